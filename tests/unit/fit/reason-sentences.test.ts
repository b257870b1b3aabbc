import { describe, expect, test } from "vitest";

import { EntryModeResponseSchema } from "@/lib/contracts/fit";
import { reasonSentence } from "@/lib/reports/reason-sentence";
import {
  entryModeFit,
  entryModeModel,
  FIRM_FACTOR_KEYS,
  type FirmProfile,
  type FitEffect,
  MARKET_FACTOR_KEYS,
  type MarketProfile,
  upgradeStoredFitAnswer,
  upgradeStoredReason,
} from "@/lib/scoring/fit";

import { loadFramework } from "./framework-data";

// Issue 11 §1: every reason states the effect it actually had. Over 500 random firm profiles and
// markets (a seeded generator, so a failure replays), every reason of every entry mode and
// strategy is checked against the sign the test works out on its own from the effects row:
// sign(rule's direction) × sign(value − 3), with the value the test itself put in (docs/decisions/
// 005-entry-mode-fit.md: contribution = sign(direction) × strength × (value − 3) / 2). The code's
// own `direction` is checked against that sign, never used to make it.

const framework = loadFramework();
const rowById = new Map(framework.effects.map((e) => [e.id, e]));

/** mulberry32: a small, well-known 32-bit PRNG; seeded so every run sees the same 500 cases. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A rating in [1, 5]: whole steps (3 among them, so neutral factors occur), halves, and any
 * fraction, including values a hair off 3 whose contribution rounds to 0.
 */
function rating(random: () => number): number {
  const pick = random();
  if (pick < 0.4) return 1 + Math.floor(random() * 5);
  if (pick < 0.6) return 1 + Math.floor(random() * 9) / 2;
  if (pick < 0.65) return 3 + (random() - 0.5) * 0.0008;
  return 1 + random() * 4;
}

const profile = <K extends string>(keys: readonly K[], random: () => number) =>
  Object.fromEntries(keys.map((k) => [k, rating(random)])) as Record<K, number>;

/** The effect a row has at a value, from the row alone: +1 adds, −1 takes off, 0 neither. */
const expectedSign = (row: FitEffect, value: number) => (row.direction === "raises" ? 1 : -1) * Math.sign(value - 3);

const CASES = 500;

// The shipped hand-set table, and a calibrated model with other strengths (same signs) and offsets:
// the words must follow the effect whichever strengths are used.
const calibrated = entryModeModel({
  inputsHash: "0".repeat(64),
  settings: { family: "per_row", form: "sum", offsets: true, lambda: 1 },
  offsets: Object.fromEntries(framework.modes.map((m, i) => [m.key, (i - 2) / 10])),
  strengths: Object.fromEntries(
    framework.effects
      .filter((e) => e.targetKind === "entry_mode")
      .map((e, i) => [e.id, { handSet: e.strength, calibrated: (i % 4) * 0.7 }]),
  ),
});

describe("reason sentences over 500 random firms and markets", () => {
  test("every reason's direction, verb and wording match sign(rule) × sign(value − 3); its ruleDirection is the table's", () => {
    const random = mulberry32(20261203);
    const counts = { adds: 0, takesOff: 0, neutral: 0, lowRuleLowers: 0, lowRuleRaises: 0 };
    // ~40,000 reasons: mismatches are collected and asserted once (an expect per check is too slow)
    const wrong: string[] = [];
    const check = (ok: boolean, where: string, what: string) => {
      if (!ok && wrong.length < 20) wrong.push(`${where}: ${what}`);
    };
    for (let i = 0; i < CASES; i += 1) {
      const firm = profile(FIRM_FACTOR_KEYS, random) as FirmProfile;
      const market = profile(MARKET_FACTOR_KEYS, random) as MarketProfile;
      const input: Record<string, number> = { ...firm, ...market };
      const result = entryModeFit({
        firm,
        market,
        effects: framework.effects,
        modes: framework.modes,
        strategies: framework.strategies,
        model: i % 2 === 0 ? undefined : calibrated,
      });
      const targets = [...result.modes, ...result.strategies];
      // every mode and strategy is scored
      expect(targets).toHaveLength(framework.modes.length + framework.strategies.length);
      for (const target of targets) {
        for (const reason of target.reasons) {
          const row = rowById.get(reason.effectId)!;
          const value = input[row.factor]!;
          const where = `case ${i}, ${reason.effectId} at ${value}`;
          check(reason.ruleDirection === row.direction, where, `ruleDirection ${reason.ruleDirection}`);
          // the rounded contribution the reason reports; 0 only when value − 3 is a hair off 0
          const sign = Math.abs(reason.contribution) === 0 ? 0 : expectedSign(row, value);
          if (sign === 0) check(Math.abs(value - 3) < 0.001, where, "a zero contribution away from 3");
          const expected = sign > 0 ? "raises" : sign < 0 ? "lowers" : "neutral";
          check(reason.direction === expected, where, `direction ${reason.direction}, expected ${expected}`);

          const full = reasonSentence({ ...reason, factor: row.factor }, { target: target.id });
          // the words the sentence itself writes (the rationale is the table's text, checked whole below)
          const text = reasonSentence({ ...reason, factor: row.factor }, { target: target.id, rationale: false });
          check(full === `${text} ${row.rationale}`, where, "the rationale is not the table's, whole, at the end");
          if (sign > 0) {
            counts.adds += 1;
            check(new RegExp(`^${row.factor} at \\S+ of 5 adds \\d`).test(text), where, text);
            check(text.includes(`value favours ${target.id}`), where, text);
            check(!/takes|counts against|no effect/.test(text), where, text);
          } else if (sign < 0) {
            counts.takesOff += 1;
            check(new RegExp(`^${row.factor} at \\S+ of 5 takes [\\d.]+ off`).test(text), where, text);
            check(text.includes(`value counts against ${target.id}`), where, text);
            check(!/ adds |favours|no effect/.test(text), where, text);
          } else {
            counts.neutral += 1;
            check(text.includes("has no effect"), where, text);
            check(!/ adds |takes .* off|favours|counts against/.test(text), where, text);
          }
          if (sign !== 0) {
            // "a low value" when the test's value is below 3, "a high value" above; the rule stated as the table has it
            check(text.includes(value > 3 ? "a high value" : "a low value"), where, text);
            check(text.includes(`since a higher value ${row.direction} its fit`), where, text);
            // the size printed is |contribution| to two decimals
            const printed = Number(/ (?:adds|takes) ([\d.]+)/.exec(text)![1]);
            check(Math.abs(printed - Math.abs(reason.contribution)) <= 0.005 + 1e-9, where, `printed ${printed}`);
            if (row.direction === "lowers" && value < 3) counts.lowRuleLowers += 1;
            if (row.direction === "raises" && value < 3) counts.lowRuleRaises += 1;
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    // the generator reached every case the bug lived in, many times over
    expect(counts.adds).toBeGreaterThan(1000);
    expect(counts.takesOff).toBeGreaterThan(1000);
    expect(counts.neutral).toBeGreaterThan(0);
    expect(counts.lowRuleLowers).toBeGreaterThan(500);
    expect(counts.lowRuleRaises).toBeGreaterThan(500);
  }, 60_000);
});

describe("the issue's example, by hand", () => {
  // export-regulatory-openness: a higher institutional openness lowers cross-border export,
  // strength 1 (data/framework/effects.csv). At 1.4: −1 × 1 × (1.4 − 3) / 2 = +0.8.
  const row = rowById.get("export-regulatory-openness")!;
  test("institutional openness at 1.4 of 5 adds 0.8 to cross-border export: the low value helped", () => {
    expect(row.direction).toBe("lowers");
    const text = reasonSentence(
      {
        factor: "Institutional openness",
        value: 1.4,
        contribution: 0.8,
        ruleDirection: "lowers",
        strength: 1,
        theory: "TCE",
        rationale: row.rationale,
      },
      { target: "cross-border export" },
    );
    expect(text).toBe(
      `Institutional openness at 1.4 of 5 adds 0.8: a low value favours cross-border export, since a higher value lowers its fit (TCE, weak effect). ${row.rationale}`,
    );
  });
});

describe("reasons saved before issue 11", () => {
  // The old shape: `direction` was the rule's, no ruleDirection. Values from the issue's report.
  const old = {
    effectId: "export-regulatory-openness",
    factor: "regulatoryOpenness",
    value: 1.4,
    direction: "lowers",
    strength: 1,
    contribution: 0.8,
    theory: "TCE",
    rationale: "r",
    precedent: null,
  };

  test("are read with the rule's direction in ruleDirection and the effect from the stored contribution", () => {
    expect(upgradeStoredReason(old)).toEqual({ ...old, direction: "raises", ruleDirection: "lowers" });
    expect(upgradeStoredReason({ ...old, direction: "raises", contribution: -0.5 })).toEqual({
      ...old,
      direction: "lowers",
      ruleDirection: "raises",
      contribution: -0.5,
    });
    expect(upgradeStoredReason({ ...old, contribution: 0 })).toMatchObject({
      direction: "neutral",
      ruleDirection: "lowers",
    });
  });

  test("a reason already in today's shape is left as it is, and the stored object is not changed", () => {
    const today = { ...old, direction: "raises", ruleDirection: "lowers" };
    expect(upgradeStoredReason(today)).toBe(today);
    const stored = structuredClone(old);
    upgradeStoredReason(stored);
    expect(stored).toEqual(old);
  });

  test("a whole saved answer in the old shape parses with the response contract, its reasons reading right", () => {
    const firm = Object.fromEntries(FIRM_FACTOR_KEYS.map((k) => [k, 3]));
    const values = Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, 3]));
    const factor = { value: 3, basis: "neutral_default", inputs: [] };
    const target = {
      id: "cross_border_export",
      score: 52.5,
      rank: 1,
      raw: 0.8,
      maxRaw: 16,
      reasons: [old],
      neutralFactors: [],
      evidence: [],
    };
    const saved = {
      market: { iso3: "RUS", name: "Russia", indicatorYear: null },
      firm,
      modes: [target],
      strategies: [],
      assumptions: [],
      marketProfile: { values, factors: Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, factor])) },
    };
    const parsed = EntryModeResponseSchema.parse(saved);
    expect(parsed.modes[0]!.reasons[0]).toMatchObject({ direction: "raises", ruleDirection: "lowers" });
    expect(upgradeStoredFitAnswer(saved).modes[0]!.reasons[0]).toMatchObject({
      direction: "raises",
      ruleDirection: "lowers",
    });
    // a new-shape reason whose direction contradicts its contribution is refused, saying where
    const wrong = { ...saved, modes: [{ ...target, reasons: [{ ...old, ruleDirection: "lowers" }] }] };
    const result = EntryModeResponseSchema.safeParse(wrong);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["modes", 0, "reasons", 0, "direction"]);
  });
});
