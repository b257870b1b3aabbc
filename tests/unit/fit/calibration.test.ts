import { describe, expect, it } from "vitest";

import {
  type CalibrationCase,
  calibrateStrengths,
  folds,
  handSetBacktest,
  leaveOneOutBacktest,
  type ModelSpec,
  modelSpecs,
  modesByFrequency,
  mostCommonMode,
  noInformationRates,
  objective,
  rankModes,
  ratingCoverage,
  selectAndCalibrate,
  similarCases,
  summarize,
} from "@/lib/scoring/fit/calibration";
import type { FitEffect } from "@/lib/scoring/fit/factors";

// A three-mode toy table: each mode is pushed by one or two factors, so fits can be computed by hand.
const MODES = ["export", "partner", "own"];
const effect = (
  id: string,
  factor: string,
  target: string,
  direction: "raises" | "lowers",
  strength: number,
  theory: string,
): FitEffect => ({
  id,
  factor,
  targetKind: "entry_mode",
  target,
  direction,
  strength,
  theory,
  rationale: "r",
  precedent: null,
});
const EFFECTS: FitEffect[] = [
  effect("export-distance", "distance", "export", "raises", 2, "CAGE"),
  effect("export-resources", "resources", "export", "lowers", 1, "TCE"),
  effect("partner-openness", "openness", "partner", "lowers", 2, "Regulation"),
  effect("own-resources", "resources", "own", "raises", 2, "TCE"),
  effect("own-openness", "openness", "own", "raises", 1, "Regulation"),
  // a strategy row must be ignored by the entry-mode calibration
  { ...effect("cost-distance", "distance", "cost", "raises", 3, "Porter"), targetKind: "strategy" },
];

const kase = (id: string, mode: string, factors: Record<string, number>): CalibrationCase => ({ id, mode, factors });
const CASES = [
  kase("a", "export", { distance: 5, resources: 2, openness: 3 }),
  kase("b", "own", { distance: 2, resources: 5, openness: 4 }),
  kase("c", "partner", { distance: 3, resources: 3, openness: 1 }),
  kase("d", "export", { distance: 4, resources: 1, openness: 3 }),
  kase("e", "own", { distance: 1, resources: 4, openness: 5 }),
  kase("f", "partner", { distance: 3, resources: 2, openness: 2 }),
];
const FAST = { maxIterations: 100, tolerance: 1e-8 };

describe("entry-mode calibration: the model", () => {
  it("ranks modes by the strength-weighted mean push, computed by hand", () => {
    // distance 5 → +1, resources 1 → −1, openness 2 → −0.5
    // export: (2·1 + 1·(+1)) / 3 = 1; partner: (2·(+0.5)) / 2 = 0.5; own: (2·(−1) + 1·(−0.5)) / 3 = −0.833
    const c = kase("a", "export", { distance: 5, resources: 1, openness: 2 });
    expect(rankModes(EFFECTS, MODES, c, null)).toEqual(["export", "partner", "own"]);
    // an unknown factor reads as neutral 3: only resources 5 → own (2·1)/3 = 0.667, export −1/3, partner 0
    expect(rankModes(EFFECTS, MODES, kase("b", "own", { resources: 5 }), null)).toEqual(["own", "partner", "export"]);
  });

  it("computes the penalized log-likelihood by hand", () => {
    const c = kase("a", "export", { distance: 5, resources: 1, openness: 2 });
    // hand_set, θ = [τ]: u = (1, 0.5, −5/6) as above; P(export) = e^{2·1} / (e^{2·1} + e^{2·0.5} + e^{2·(−5/6)})
    const pExport = Math.exp(2) / (Math.exp(2) + Math.exp(1) + Math.exp(-5 / 3));
    expect(objective(EFFECTS, MODES, [c], { family: "hand_set", offsets: false, lambda: 0 }, [2]).value).toBeCloseTo(
      -Math.log(pExport),
      12,
    );
    // per_theory, θ = [g_CAGE, g_TCE, g_Regulation, τ] = [1, 3, 1, 2]: export's TCE row gets strength 3,
    // u_export = (2·1 + 3·1)/5 = 1; own: (6·(−1) + 1·(−0.5))/7 = −13/14; partner unchanged 0.5.
    // penalty λ·Σ(g − 1)² = 0.5·4 = 2
    const spec: ModelSpec = { family: "per_theory", offsets: false, lambda: 0.5 };
    const p = Math.exp(2) / (Math.exp(2) + Math.exp(1) + Math.exp((2 * -13) / 14));
    expect(objective(EFFECTS, MODES, [c], spec, [1, 3, 1, 2]).value).toBeCloseTo(-Math.log(p) + 2, 12);
    // offsets on the logit scale: θ = [β_export, β_partner, β_own, τ] = [0, 1, 0, 2], λ = 0.1 → penalty 0.1
    const withOffsets: ModelSpec = { family: "hand_set", offsets: true, lambda: 0.1 };
    const q = Math.exp(2) / (Math.exp(2) + Math.exp(1 + 1) + Math.exp(-5 / 3));
    expect(objective(EFFECTS, MODES, [c], withOffsets, [0, 1, 0, 2]).value).toBeCloseTo(-Math.log(q) + 0.1, 12);
  });

  it("computes the sum form by hand: Σ w·a over the mode's hand-set Σ s, so scaling a mode's strengths widens its fit", () => {
    const c = kase("a", "export", { distance: 5, resources: 1, openness: 2 });
    // hand-set totals S: export 3, partner 2, own 3. θ = [g_CAGE, g_TCE, g_Regulation, τ] = [1, 3, 1, 2]:
    // export (2·1 + 3·1)/3 = 5/3 (the mean form gives 1), partner 2·0.5/2 = 0.5, own (6·(−1) + 1·(−0.5))/3 = −13/6
    const spec: ModelSpec = { family: "per_theory", form: "sum", offsets: false, lambda: 0.5 };
    const p = Math.exp(10 / 3) / (Math.exp(10 / 3) + Math.exp(1) + Math.exp((2 * -13) / 6));
    expect(objective(EFFECTS, MODES, [c], spec, [1, 3, 1, 2]).value).toBeCloseTo(-Math.log(p) + 2, 12);
    // at the hand-set strengths both forms are the same model
    const at = (form: "mean" | "sum") =>
      objective(
        EFFECTS,
        MODES,
        CASES,
        { family: "per_factor", form, offsets: true, lambda: 0.3 },
        [1, 1, 1, 0.2, -0.1, 0, 3],
      );
    expect(at("sum").value).toBeCloseTo(at("mean").value, 12);
  });

  it("ranks with the sum form by hand: only the sum form rewards a mode whose strengths all grew", () => {
    // resources 5 → +1, distance 4 → +0.5, openness 3 → 0. Hand-set: export (2·0.5 − 1)/3 = 0, partner 0, own 2/3.
    const c = kase("x", "own", { distance: 4, resources: 5, openness: 3 });
    const strengths = new Map([
      ["export-distance", 20],
      ["export-resources", 1],
      ["partner-openness", 2],
      ["own-resources", 2],
      ["own-openness", 1],
    ]);
    const model = (form: "mean" | "sum") => ({
      spec: { family: "per_row" as const, form, offsets: false, lambda: 1 },
      temperature: 1,
      multipliers: new Map<string, number>(),
      strengths,
      offsets: new Map(MODES.map((m) => [m, 0])),
    });
    // mean: export (20·0.5 − 1)/21 = 9/21 < own 2/3; sum: export (10 − 1)/3 = 3 > own 2/3
    expect(rankModes(EFFECTS, MODES, c, model("mean"))).toEqual(["own", "export", "partner"]);
    expect(rankModes(EFFECTS, MODES, c, model("sum"))).toEqual(["export", "own", "partner"]);
  });

  it.each([
    ["hand_set", false, [2.5]],
    ["hand_set", true, [0.3, -0.2, 0.1, 3]],
    ["per_theory", false, [1.4, 0.6, 0.9, 4]],
    ["per_theory", true, [1.4, 0.6, 0.9, 0.2, 0, -0.3, 4]],
    ["per_factor", true, [0.8, 1.3, 0.5, -0.1, 0.4, 0.2, 6]],
    ["per_row", false, [1.5, 0.7, 2.2, 1.1, 0.4, 5]],
    ["per_theory/sum", false, [1.4, 0.6, 0.9, 4]],
    ["per_factor/sum", true, [0.8, 1.3, 0.5, -0.1, 0.4, 0.2, 6]],
    ["per_row/sum", true, [1.5, 0.7, 2.2, 1.1, 0.4, 0.3, -0.2, 0.1, 2]],
  ] as const)(
    "has the gradient of its objective for %s (offsets %s), checked against central finite differences",
    (name, offsets, theta) => {
      const [family, form] = name.split("/") as [ModelSpec["family"], "sum" | undefined];
      const spec: ModelSpec = { family, form: form ?? "mean", offsets, lambda: 0.8 };
      const { gradient } = objective(EFFECTS, MODES, CASES, spec, theta);
      expect(gradient).toHaveLength(theta.length);
      const h = 1e-6;
      theta.forEach((_, i) => {
        const at = (d: number) =>
          objective(
            EFFECTS,
            MODES,
            CASES,
            spec,
            theta.map((x, j) => (j === i ? x + d : x)),
          ).value;
        expect(gradient[i]).toBeCloseTo((at(h) - at(-h)) / (2 * h), 5);
      });
    },
  );

  it("keeps every strength non-negative (the theory's sign) and stays at the hand-set strengths when the penalty dominates", () => {
    // cases that contradict export-distance: far markets entered by own subsidiaries
    const cases = Array.from({ length: 8 }, (_, i) => kase(`c${i}`, "own", { distance: 5, resources: 3, openness: 3 }));
    const loose = calibrateStrengths(
      EFFECTS,
      MODES,
      cases,
      { family: "per_row", offsets: false, lambda: 0.01 },
      { maxIterations: 2000, tolerance: 1e-12 },
    );
    expect([...loose.strengths.values()].every((w) => w >= 0)).toBe(true);
    expect(loose.strengths.get("export-distance")!).toBeLessThan(2);
    const tight = calibrateStrengths(EFFECTS, MODES, cases, { family: "per_row", offsets: false, lambda: 1e4 }, FAST);
    expect(tight.strengths.get("export-distance")!).toBeCloseTo(2, 2);
    expect(tight.strengths.has("cost-distance")).toBe(false);
    // the sum form can only shrink a contradicted row to 0, never turn its sign: export-distance goes to 0
    const sum = calibrateStrengths(
      EFFECTS,
      MODES,
      cases,
      { family: "per_row", form: "sum", offsets: false, lambda: 0.01 },
      { maxIterations: 2000, tolerance: 1e-12 },
    );
    expect([...sum.strengths.values()].every((w) => w >= 0)).toBe(true);
    expect(sum.strengths.get("export-distance")!).toBeLessThan(0.1);
  });

  it("scales every row of a theory by its one multiplier", () => {
    const m = calibrateStrengths(EFFECTS, MODES, CASES, { family: "per_theory", offsets: false, lambda: 1 }, FAST);
    expect([...m.multipliers.keys()].sort()).toEqual(["CAGE", "Regulation", "TCE"]);
    const g = m.multipliers.get("TCE")!;
    expect(m.strengths.get("export-resources")).toBeCloseTo(1 * g, 12);
    expect(m.strengths.get("own-resources")).toBeCloseTo(2 * g, 12);
    // the hand-set family has nothing to fit but τ: its strengths are the table's
    const hand = calibrateStrengths(EFFECTS, MODES, CASES, { family: "hand_set", offsets: false, lambda: 0 }, FAST);
    expect(hand.multipliers.size).toBe(0);
    expect(hand.strengths.get("partner-openness")).toBe(2);
  });

  it("solves a toy problem by hand: with every factor neutral, the offsets' maximum likelihood is the log of the mode shares", () => {
    // four cases, nothing rated: fits are 0, only the offsets β act; P(m) = e^{β_m} / Σ e^{β} is maximized
    // at the shares 2/4, 1/4, 1/4, so β_export − β_partner = ln 2 and β_partner = β_own (the ridge, tiny here,
    // picks the solution with Σ β closest to 0 and changes the differences by less than 1e-4)
    const neutral = [kase("1", "export", {}), kase("2", "export", {}), kase("3", "partner", {}), kase("4", "own", {})];
    for (const form of ["mean", "sum"] as const) {
      const m = calibrateStrengths(
        EFFECTS,
        MODES,
        neutral,
        { family: "per_factor", form, offsets: true, lambda: 1e-6 },
        { maxIterations: 5000, tolerance: 1e-15 },
      );
      const beta = (mode: string) => m.offsets.get(mode)! * m.temperature;
      expect(beta("export") - beta("partner")).toBeCloseTo(Math.log(2), 4);
      expect(beta("partner") - beta("own")).toBeCloseTo(0, 4);
      // nothing rated, so the data say nothing about the strengths: the ridge keeps them at the hand-set ones
      for (const g of m.multipliers.values()) expect(g).toBeCloseTo(1, 6);
    }
  });

  it.each(["mean", "sum"] as const)(
    "stops at a minimum (%s form): the projected gradient vanishes (KKT) at the fitted parameters",
    (form) => {
      const spec: ModelSpec = { family: "per_factor", form, offsets: true, lambda: 0.5 };
      const m = calibrateStrengths(EFFECTS, MODES, CASES, spec, { maxIterations: 5000, tolerance: 1e-14 });
      // θ = [g_distance, g_resources, g_openness, β (= offset·τ) per mode, τ]
      const theta = [
        ...m.multipliers.values(),
        ...MODES.map((mode) => m.offsets.get(mode)! * m.temperature),
        m.temperature,
      ];
      const { gradient } = objective(EFFECTS, MODES, CASES, spec, theta);
      theta.forEach((x, i) => {
        const atLowerBound = i < 3 && x === 0;
        if (atLowerBound) expect(gradient[i]!).toBeGreaterThanOrEqual(-1e-4);
        else expect(Math.abs(gradient[i]!)).toBeLessThan(1e-3);
      });
    },
  );
});

describe("entry-mode calibration: selection and backtest", () => {
  it("lists every family with and without offsets, simplest first, the hand-set table without offsets once", () => {
    const specs = modelSpecs([1, 10]);
    // 1 + hand_set+offsets ×2 + (per_theory, per_factor) × 2 forms × 2 offsets × 2 λ + per_row mean × 2 offsets × 2 λ
    expect(specs).toHaveLength(1 + 2 + 16 + 4);
    expect(specs.slice(0, 9)).toEqual([
      { family: "hand_set", form: "mean", offsets: false, lambda: 0 },
      { family: "hand_set", form: "mean", offsets: true, lambda: 10 },
      { family: "hand_set", form: "mean", offsets: true, lambda: 1 },
      { family: "per_theory", form: "mean", offsets: false, lambda: 10 },
      { family: "per_theory", form: "mean", offsets: false, lambda: 1 },
      { family: "per_theory", form: "mean", offsets: true, lambda: 10 },
      { family: "per_theory", form: "mean", offsets: true, lambda: 1 },
      { family: "per_theory", form: "sum", offsets: false, lambda: 10 },
      { family: "per_theory", form: "sum", offsets: false, lambda: 1 },
    ]);
    expect(specs.at(-1)).toEqual({ family: "per_row", form: "mean", offsets: true, lambda: 1 });
    expect(modelSpecs([1], ["mean"])).toHaveLength(1 + 1 + 3 * 2);
  });

  it("chooses the simplest candidate within one standard error of the smallest cross-validated log-loss", () => {
    const specs = modelSpecs([0.01, 30]);
    const result = selectAndCalibrate(EFFECTS, MODES, CASES, specs, FAST, 3);
    expect(result.candidates.map((c) => c.spec)).toEqual(specs);
    const losses = result.candidates.map((c) => c.crossValidatedLogLoss);
    const min = losses.indexOf(Math.min(...losses));
    const threshold = losses[min]! + result.candidates[min]!.standardError;
    const first = result.candidates.findIndex((c) => c.crossValidatedLogLoss <= threshold);
    expect(result.model.spec).toEqual(specs[first]);
    expect(result.crossValidatedLogLoss).toBe(losses[first]);
    expect(result.candidates.every((c) => c.standardError > 0)).toBe(true);
  });

  it("summarizes hit rates, both base rates and the confusion table as counted by hand", () => {
    const s = summarize(MODES, [
      {
        caseId: "1",
        actual: "export",
        predicted: ["export", "own", "partner"],
        baseline: "own",
        baselineTop2: ["own", "export"],
      },
      {
        caseId: "2",
        actual: "own",
        predicted: ["export", "own", "partner"],
        baseline: "own",
        baselineTop2: ["own", "export"],
      },
      {
        caseId: "3",
        actual: "partner",
        predicted: ["own", "export", "partner"],
        baseline: "export",
        baselineTop2: ["export", "own"],
      },
      {
        caseId: "4",
        actual: "own",
        predicted: ["own", "partner", "export"],
        baseline: "own",
        baselineTop2: ["own", "partner"],
      },
    ]);
    expect(s.top1).toBe(2 / 4);
    expect(s.top2).toBe(3 / 4);
    expect(s.baseRate).toBe(2 / 4);
    expect(s.baseRateTop2).toBe(3 / 4);
    expect(s.confusion.own).toEqual({ export: 1, partner: 0, own: 1 });
    expect(s.perMode.own).toEqual({ cases: 2, top1: 0.5, top2: 1, top1Hits: 1, top2Hits: 2 });
    expect(s.perMode.partner).toEqual({ cases: 1, top1: 0, top2: 0, top1Hits: 0, top2Hits: 0 });
  });

  it("never lets a held-out case's own label reach its prediction", () => {
    const specs = modelSpecs([1]);
    const before = leaveOneOutBacktest(EFFECTS, MODES, CASES, specs, FAST, 3);
    // relabel case "a": every other case's prediction may change, "a"'s own must not
    const relabelled = CASES.map((c) => (c.id === "a" ? { ...c, mode: "partner" } : c));
    const after = leaveOneOutBacktest(EFFECTS, MODES, relabelled, specs, FAST, 3);
    const of = (r: typeof before, id: string) => r.nested.predictions.find((p) => p.caseId === id)!;
    expect(of(after, "a").predicted).toEqual(of(before, "a").predicted);
    expect(of(after, "a").chosenFamily).toBe(of(before, "a").chosenFamily);
    // its baseline is the most common mode of the five others: export 1, partner 2, own 2; the tie goes to partner, listed before own
    expect(of(before, "a").baseline).toBe("partner");
    expect(of(before, "a").baselineTop2).toEqual(["partner", "own"]);
    // one comparison per family, each over every case
    expect(Object.keys(before.byFamily).sort()).toEqual(
      [
        "hand_set",
        "hand_set+offsets",
        "per_factor",
        "per_factor+offsets",
        "per_row",
        "per_row+offsets",
        "per_theory",
        "per_theory+offsets",
        "per_factor/sum",
        "per_factor/sum+offsets",
        "per_theory/sum",
        "per_theory/sum+offsets",
      ].sort(),
    );
    expect(before.byFamily.hand_set!.cases).toBe(6);
  });

  it("scores the hand-set table without fitting: hand_set without offsets in the backtest ranks like the table", () => {
    const loo = leaveOneOutBacktest(
      EFFECTS,
      MODES,
      CASES,
      [{ family: "hand_set", offsets: false, lambda: 0 }],
      FAST,
      3,
    );
    const table = handSetBacktest(EFFECTS, MODES, CASES);
    expect(loo.nested.predictions.map((p) => p.predicted)).toEqual(table.predictions.map((p) => p.predicted));
  });

  it("names the most common modes, ties going to the mode listed first, and the no-information rates", () => {
    expect(mostCommonMode([kase("1", "own", {}), kase("2", "partner", {}), kase("3", "own", {})], MODES)).toBe("own");
    expect(mostCommonMode([kase("1", "own", {}), kase("2", "partner", {})], MODES)).toBe("partner");
    expect(modesByFrequency([kase("1", "own", {}), kase("2", "own", {}), kase("3", "export", {})], MODES)).toEqual([
      "own",
      "export",
      "partner",
    ]);
    // CASES: export 2, partner 2, own 2 → export, partner by listing order; 2/6 and 4/6
    expect(noInformationRates(CASES, MODES)).toEqual({ mostCommon: ["export", "partner"], top1: 2 / 6, top2: 4 / 6 });
  });

  it("counts how many cases rate each factor", () => {
    const cases = [kase("1", "own", { a: 4, b: 2 }), kase("2", "own", { a: 1 }), kase("3", "own", { b: Number.NaN })];
    expect(ratingCoverage(cases, ["a", "b", "c"])).toEqual({ a: 2, b: 1, c: 0 });
  });

  it("deals folds round-robin and scores the hand-set table on every case", () => {
    expect(folds([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 3, 5],
      [2, 4],
    ]);
    const s = handSetBacktest(EFFECTS, MODES, [kase("a", "export", { distance: 5, resources: 1, openness: 2 })]);
    expect(s.top1).toBe(1);
  });

  it("finds the nearest documented entries on the factors both have, by root-mean-square difference", () => {
    const library = [
      kase("near", "own", { a: 4, b: 4, c: 4 }), // diffs 0,1,1 → sqrt(2/3)
      kase("far", "export", { a: 1, b: 1, c: 1 }), // diffs 3,4,2 → sqrt(29/3)
      kase("sparse", "partner", { a: 4 }), // one shared factor: left out with minShared 2
      kase("exact", "own", { a: 4, b: 5, c: 3, d: 1 }), // d not in the query: compared on a, b, c → 0
    ];
    const found = similarCases({ a: 4, b: 5, c: 3 }, library, 3, 2);
    expect(found.map((f) => f.case.id)).toEqual(["exact", "near", "far"]);
    expect(found[1]!.distance).toBeCloseTo(Math.sqrt(2 / 3), 10);
    expect(found[2]!.distance).toBeCloseTo(Math.sqrt(29 / 3), 10);
  });
});
