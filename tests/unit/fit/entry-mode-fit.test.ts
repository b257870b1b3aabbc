import fc from "fast-check";
import { describe, expect, test } from "vitest";

import {
  entryModeFit,
  FIRM_FACTOR_KEYS,
  type FirmProfile,
  type FitEffect,
  MARKET_FACTOR_KEYS,
  type MarketProfile,
} from "@/lib/scoring/fit";

import { loadFramework } from "./framework-data";

const framework = loadFramework();

const neutralFirm = Object.fromEntries(FIRM_FACTOR_KEYS.map((k) => [k, 3])) as FirmProfile;
const neutralMarket = Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, 3])) as MarketProfile;

const effect = (over: Partial<FitEffect> & Pick<FitEffect, "id" | "factor" | "target">): FitEffect => ({
  targetKind: "entry_mode",
  direction: "raises",
  strength: 1,
  theory: "OLI",
  rationale: "because",
  precedent: null,
  ...over,
});

describe("a worked example", () => {
  // resources = 5 (c = +1), culturalDistance = 4 (c = +0.5), urgency = 2 (c = −0.5)
  const firm = { ...neutralFirm, resources: 5, urgency: 2 };
  const market = { ...neutralMarket, culturalDistance: 4 };
  const effects = [
    effect({ id: "a-res", factor: "resources", target: "acquisition_stake", strength: 3 }),
    effect({ id: "a-cult", factor: "culturalDistance", target: "acquisition_stake", strength: 1 }),
    effect({ id: "a-urg", factor: "urgency", target: "acquisition_stake", strength: 2 }),
    effect({ id: "s-cult", factor: "culturalDistance", target: "own_subsidiary", direction: "lowers", strength: 3 }),
    effect({ id: "s-eco", factor: "ecosystem", target: "own_subsidiary", strength: 1 }),
  ];
  const result = entryModeFit({
    firm,
    market,
    effects,
    modes: [{ key: "own_subsidiary" }, { key: "acquisition_stake" }, { key: "licensing_franchising" }],
    strategies: [],
  });

  test("acquisition: raw = 3×1 + 1×0.5 − 2×0.5 = 2.5 of 6 → 50 + 50 × 2.5/6 = 70.8", () => {
    const acquisition = result.modes.find((m) => m.id === "acquisition_stake")!;
    expect(acquisition).toMatchObject({ raw: 2.5, maxRaw: 6, score: 70.8, rank: 1 });
    expect(acquisition.reasons.map((r) => [r.effectId, r.contribution])).toEqual([
      ["a-res", 3],
      ["a-urg", -1],
      ["a-cult", 0.5],
    ]);
  });

  test("own subsidiary: raw = −3×0.5 = −1.5 of 4 → 31.3; the neutral ecosystem is listed, not counted as a reason", () => {
    const subsidiary = result.modes.find((m) => m.id === "own_subsidiary")!;
    expect(subsidiary).toMatchObject({ raw: -1.5, maxRaw: 4, score: 31.3, rank: 3, neutralFactors: ["ecosystem"] });
  });

  test("a mode no effect acts on scores 50 and the result says why", () => {
    expect(result.modes.find((m) => m.id === "licensing_franchising")).toMatchObject({ score: 50, rank: 2 });
    expect(result.assumptions).toContain(
      "licensing_franchising: no effects in the table act on it, so it scores the neutral 50.",
    );
  });
});

test("ties share a rank (competition ranking: 1, 1, 3)", () => {
  const effects = [
    effect({ id: "x", factor: "resources", target: "a" }),
    effect({ id: "y", factor: "resources", target: "b" }),
    effect({ id: "z", factor: "resources", target: "c", direction: "lowers" }),
  ];
  const result = entryModeFit({
    firm: { ...neutralFirm, resources: 5 },
    market: neutralMarket,
    effects,
    modes: [{ key: "c" }, { key: "a" }, { key: "b" }],
    strategies: [],
  });
  expect(result.modes.map((m) => [m.id, m.rank])).toEqual([
    ["a", 1],
    ["b", 1],
    ["c", 3],
  ]);
});

test("an unusable value is read as neutral and named among the assumptions, never NaN", () => {
  const result = entryModeFit({
    firm: { ...neutralFirm, resources: Number.NaN, urgency: 9 },
    market: neutralMarket,
    effects: framework.effects,
    modes: framework.modes,
    strategies: framework.strategies,
  });
  for (const r of [...result.modes, ...result.strategies]) expect(Number.isFinite(r.score)).toBe(true);
  expect(result.assumptions).toContain("resources has no value: the neutral 3 was used for its effects.");
  expect(result.assumptions).toContain("urgency = 9 lies outside 1-5 and was read as 5.");
});

// ---- Properties, over the shipped effects table and random profiles ----

const rating = fc.double({ min: 1, max: 5, noNaN: true });
const firmArb = fc.record(
  Object.fromEntries(FIRM_FACTOR_KEYS.map((k) => [k, rating])) as Record<keyof FirmProfile, typeof rating>,
);
const marketArb = fc.record(
  Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, rating])) as Record<keyof MarketProfile, typeof rating>,
);

const fit = (firm: FirmProfile, market: MarketProfile) =>
  entryModeFit({ firm, market, effects: framework.effects, modes: framework.modes, strategies: framework.strategies });

const scoreOf = (result: ReturnType<typeof fit>, key: string) =>
  [...result.modes, ...result.strategies].find((r) => r.id === key)!.score;

describe("properties of the model on the shipped table", () => {
  test("the neutral profile (every factor 3) scores every mode and strategy 50", () => {
    const result = fit(neutralFirm, neutralMarket);
    for (const r of [...result.modes, ...result.strategies]) {
      expect(r.score).toBe(50);
      expect(r.rank).toBe(1);
      expect(r.reasons).toEqual([]);
    }
  });

  test("every score lies in [0, 100] and every contribution within ± its strength", () => {
    fc.assert(
      fc.property(firmArb, marketArb, (firm, market) => {
        for (const r of [...fit(firm, market).modes, ...fit(firm, market).strategies]) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          for (const reason of r.reasons) expect(Math.abs(reason.contribution)).toBeLessThanOrEqual(reason.strength);
        }
      }),
    );
  });

  test("raising a factor whose rows on a target all raise it never lowers that target's score", () => {
    const targets = [...framework.modes, ...framework.strategies].map((t) => t.key);
    const factors = [...FIRM_FACTOR_KEYS, ...MARKET_FACTOR_KEYS];
    fc.assert(
      fc.property(
        firmArb,
        marketArb,
        fc.constantFrom(...factors),
        fc.constantFrom(...targets),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (firm, market, factor, target, step) => {
          const rows = framework.effects.filter((e) => e.factor === factor && e.target === target);
          fc.pre(rows.length > 0 && rows.every((e) => e.direction === "raises"));
          const raise = <P extends Record<string, number>>(profile: P): P =>
            factor in profile ? { ...profile, [factor]: Math.min(5, profile[factor]! + step) } : profile;
          expect(scoreOf(fit(raise(firm), raise(market)), target)).toBeGreaterThanOrEqual(
            scoreOf(fit(firm, market), target),
          );
        },
      ),
    );
  });

  test("the same inputs always give the same output", () => {
    fc.assert(
      fc.property(firmArb, marketArb, (firm, market) => {
        expect(JSON.stringify(fit(firm, market))).toBe(JSON.stringify(fit({ ...firm }, { ...market })));
      }),
      { numRuns: 50 },
    );
  });

  test("reasons are sorted by the size of their contribution", () => {
    fc.assert(
      fc.property(firmArb, marketArb, (firm, market) => {
        for (const r of fit(firm, market).modes) {
          const sizes = r.reasons.map((x) => Math.abs(x.contribution));
          expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        }
      }),
      { numRuns: 50 },
    );
  });
});
