import { describe, expect, it } from "vitest";

import {
  type CalibrationCase,
  calibrateStrengths,
  folds,
  handSetBacktest,
  leaveOneOutBacktest,
  mostCommonMode,
  objective,
  rankModes,
  similarCases,
  summarize,
} from "@/lib/scoring/fit/calibration";
import type { FitEffect } from "@/lib/scoring/fit/factors";

// A three-mode toy table: each mode is pushed by one factor, so fits can be computed by hand.
const MODES = ["export", "partner", "own"];
const effect = (id: string, factor: string, target: string, direction: "raises" | "lowers", strength: number): FitEffect => ({
  id,
  factor,
  targetKind: "entry_mode",
  target,
  direction,
  strength,
  theory: "T",
  rationale: "r",
  precedent: null,
});
const EFFECTS: FitEffect[] = [
  effect("export-distance", "distance", "export", "raises", 2),
  effect("export-resources", "resources", "export", "lowers", 1),
  effect("partner-openness", "openness", "partner", "lowers", 2),
  effect("own-resources", "resources", "own", "raises", 2),
  effect("own-openness", "openness", "own", "raises", 1),
  // a strategy row must be ignored by the entry-mode calibration
  { ...effect("cost-distance", "distance", "cost", "raises", 3), targetKind: "strategy" },
];

const kase = (id: string, mode: string, factors: Record<string, number>): CalibrationCase => ({ id, mode, factors });

describe("entry-mode calibration", () => {
  it("ranks modes by the strength-weighted mean push, computed by hand", () => {
    // distance 5 → +1, resources 1 → −1, openness 2 → −0.5
    // export: (2·1 + 1·(+1)) / 3 = 1; partner: (2·(+0.5)) / 2 = 0.5; own: (2·(−1) + 1·(−0.5)) / 3 = −0.833
    const c = kase("a", "export", { distance: 5, resources: 1, openness: 2 });
    expect(rankModes(EFFECTS, MODES, c, null)).toEqual(["export", "partner", "own"]);
    // an unknown factor reads as neutral 3: only resources 5 → own (2·1)/3 = 0.667, export −1/3, partner 0
    expect(rankModes(EFFECTS, MODES, kase("b", "own", { resources: 5 }), null)).toEqual(["own", "partner", "export"]);
  });

  it("has the gradient of its objective (checked against central finite differences)", () => {
    const cases = [
      kase("a", "export", { distance: 5, resources: 2, openness: 3 }),
      kase("b", "own", { distance: 2, resources: 5, openness: 4 }),
      kase("c", "partner", { distance: 3, resources: 3, openness: 1 }),
    ];
    const w = [1.5, 0.7, 2.2, 1.1, 0.4];
    const settings = { lambda: 0.8, temperature: 6 };
    const { gradient } = objective(EFFECTS, MODES, cases, w, settings);
    const h = 1e-6;
    w.forEach((_, i) => {
      const up = w.map((x, j) => (j === i ? x + h : x));
      const down = w.map((x, j) => (j === i ? x - h : x));
      const numeric =
        (objective(EFFECTS, MODES, cases, up, settings).value - objective(EFFECTS, MODES, cases, down, settings).value) / (2 * h);
      expect(gradient[i]).toBeCloseTo(numeric, 5);
    });
  });

  it("keeps every strength non-negative (the theory's sign) and stays at the hand-set strengths when the penalty dominates", () => {
    // cases that contradict export-distance: far markets entered by own subsidiaries
    const cases = Array.from({ length: 8 }, (_, i) => kase(`c${i}`, "own", { distance: 5, resources: 3, openness: 3 }));
    const loose = calibrateStrengths(EFFECTS, MODES, cases, { lambda: 0.01, temperature: 8, iterations: 2000, stepSize: 0.2 });
    expect([...loose.strengths.values()].every((w) => w >= 0)).toBe(true);
    expect(loose.strengths.get("export-distance")!).toBeLessThan(2);
    const tight = calibrateStrengths(EFFECTS, MODES, cases, { lambda: 1e4, temperature: 8, iterations: 200, stepSize: 0.0001 });
    expect(tight.strengths.get("export-distance")!).toBeCloseTo(2, 2);
    expect(tight.strengths.has("cost-distance")).toBe(false);
  });

  it("summarizes hit rates, the baseline and the confusion table as counted by hand", () => {
    const s = summarize(MODES, [
      { caseId: "1", actual: "export", predicted: ["export", "own", "partner"], baseline: "own" },
      { caseId: "2", actual: "own", predicted: ["export", "own", "partner"], baseline: "own" },
      { caseId: "3", actual: "partner", predicted: ["own", "export", "partner"], baseline: "export" },
      { caseId: "4", actual: "own", predicted: ["own", "partner", "export"], baseline: "own" },
    ]);
    expect(s.top1).toBe(2 / 4);
    expect(s.top2).toBe(3 / 4);
    expect(s.baseRate).toBe(2 / 4);
    expect(s.confusion.own).toEqual({ export: 1, partner: 0, own: 1 });
    expect(s.perMode.own).toEqual({ cases: 2, top1: 0.5, top2: 1 });
    expect(s.perMode.partner).toEqual({ cases: 1, top1: 0, top2: 0 });
  });

  it("never lets a held-out case's own label reach its prediction", () => {
    const cases = [
      kase("a", "export", { distance: 5, resources: 2, openness: 3 }),
      kase("b", "own", { distance: 2, resources: 5, openness: 4 }),
      kase("c", "partner", { distance: 3, resources: 3, openness: 1 }),
      kase("d", "export", { distance: 4, resources: 1, openness: 3 }),
      kase("e", "own", { distance: 1, resources: 4, openness: 5 }),
      kase("f", "partner", { distance: 3, resources: 2, openness: 2 }),
    ];
    const grid = [{ lambda: 1, temperature: 8 }];
    const optimizer = { iterations: 100, stepSize: 0.1 };
    const before = leaveOneOutBacktest(EFFECTS, MODES, cases, grid, optimizer, 3);
    // relabel case "a": every other case's prediction may change, "a"'s own must not
    const relabelled = cases.map((c) => (c.id === "a" ? { ...c, mode: "partner" } : c));
    const after = leaveOneOutBacktest(EFFECTS, MODES, relabelled, grid, optimizer, 3);
    expect(after.predictions.find((p) => p.caseId === "a")!.predicted).toEqual(
      before.predictions.find((p) => p.caseId === "a")!.predicted,
    );
    // its baseline is the most common mode of the five others: export 1, partner 2, own 2; the tie goes to partner, listed before own
    expect(before.predictions.find((p) => p.caseId === "a")!.baseline).toBe("partner");
  });

  it("names the most common mode, ties going to the mode listed first", () => {
    expect(mostCommonMode([kase("1", "own", {}), kase("2", "partner", {}), kase("3", "own", {})], MODES)).toBe("own");
    expect(mostCommonMode([kase("1", "own", {}), kase("2", "partner", {})], MODES)).toBe("partner");
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
