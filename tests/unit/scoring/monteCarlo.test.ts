import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  createMonteCarloRun,
  MAX_MONTE_CARLO_SAMPLES,
  maxMonteCarloSamples,
  monteCarloRanks,
  rankAlternatives,
  ScoringInputError,
  ScoringLimitError,
} from "@/lib/scoring";
import { fighterAircraft, problemArbitrary, table } from "./fixtures";

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe("Monte Carlo rank probabilities", () => {
  test("sum to 1 per alternative and per rank", () => {
    const anyProblem = fc
      .constantFrom("wsm", "topsis", "promethee2" as const)
      .chain((method) => problemArbitrary(method, { missing: true }));
    fc.assert(
      fc.property(anyProblem, fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.boolean(), (input, seed, uncertain) => {
        if (uncertain)
          input.alternatives.forEach(
            (a) => (a.uncertainty = Object.fromEntries(input.criteria.map((c) => [c.id, 0.3]))),
          );
        const result = monteCarloRanks(input, { samples: 40, seed, concentration: 5 });
        const ids = Object.keys(result.rankProbabilities);
        for (const id of ids) {
          expect(sum(result.rankProbabilities[id]!)).toBeCloseTo(1, 12);
          expect(result.probabilityFirst[id]).toBe(result.rankProbabilities[id]![0]);
        }
        for (let r = 0; r < ids.length; r++)
          expect(sum(ids.map((id) => result.rankProbabilities[id]![r]!))).toBeCloseTo(1, 12);
      }),
      { numRuns: 100 },
    );
  });

  test("same seed, same output; the run does not depend on the order of alternatives", () => {
    const input = fighterAircraft();
    input.alternatives.forEach((a) => (a.uncertainty = { speed: 0.1, range: { absolute: 100 } }));
    const first = monteCarloRanks(input, { samples: 500, seed: 7 });
    expect(monteCarloRanks(input, { samples: 500, seed: 7 })).toEqual(first);
    expect(
      monteCarloRanks({ ...input, alternatives: [...input.alternatives].reverse() }, { samples: 500, seed: 7 }),
    ).toEqual(first);
    expect(monteCarloRanks(input, { samples: 500, seed: 8 })).not.toEqual(first);
  });

  test("a run advanced in steps gives exactly the one-shot result, and reports progress", () => {
    const input = fighterAircraft("wsm");
    const run = createMonteCarloRun(input, { samples: 300, seed: 3 });
    expect(() => run.result()).toThrow(/no Monte Carlo sample/);
    expect(run.step(1)).toEqual({ completed: 1, total: 300, done: false });
    expect(run.step(99)).toEqual({ completed: 100, total: 300, done: false });
    expect(run.result().samples).toBe(100);
    expect(run.step(1000)).toEqual({ completed: 300, total: 300, done: true });
    expect(run.result()).toEqual(monteCarloRanks(input, { samples: 300, seed: 3 }));
  });

  test("with near-fixed weights and certain values every sample gives the deterministic ranking", () => {
    const input = fighterAircraft();
    const result = monteCarloRanks(input, { samples: 200, concentration: 1e9 });
    for (const r of rankAlternatives(input).ranking) {
      expect(result.rankProbabilities[r.id]![r.rank - 1]).toBe(1);
      expect(result.meanRank[r.id]).toBeCloseTo(r.rank, 12);
      expect(result.rankInterval90[r.id]).toEqual({ low: r.rank, high: r.rank });
    }
  });

  test("alternatives tied in a sample share the positions they occupy", () => {
    const result = monteCarloRanks(
      table(
        "wsm",
        [
          ["x", 1, "benefit"],
          ["y", 1, "benefit"],
        ],
        { A: [1, 1], B: [1, 1], C: [0, 0] },
      ),
      { samples: 50 },
    );
    expect(result.rankProbabilities).toEqual({ A: [0.5, 0.5, 0], B: [0.5, 0.5, 0], C: [0, 0, 1] });
    expect(result.meanRank.A).toBe(1.5);
  });

  test("weights follow Dirichlet(concentration × w): P(first) matches the Beta distribution", () => {
    // A = (1, 0), B = (0, 1) after min-max, w = (.6, .4), concentration 50: A leads iff
    // W₁ > ½ with W₁ ~ Beta(30, 20); SciPy: 1 − I_{½}(30, 20) = 0.92380.
    const input = table(
      "wsm",
      [
        ["x", 0.6, "benefit"],
        ["y", 0.4, "benefit"],
      ],
      { A: [1, 0], B: [0, 1] },
    );
    const result = monteCarloRanks(input, { samples: 40_000, seed: 1, concentration: 50 });
    expect(Math.abs(result.probabilityFirst.A! - 0.9238)).toBeLessThan(0.006);
  });

  test("uniform value uncertainty: P(10 ± 2 beats 11) = ¼", () => {
    const input = table("wsm", [["x", 1, "benefit"]], { A: [10], B: [11] });
    input.alternatives[0]!.uncertainty = { x: { absolute: 2 } };
    const result = monteCarloRanks(input, { samples: 40_000, seed: 2 });
    expect(Math.abs(result.probabilityFirst.A! - 0.25)).toBeLessThan(0.01);
  });

  test("normal value uncertainty: ±h is the central 95 %, P(10 ± 2 beats 11) = 1 − Φ(0.98)", () => {
    const input = table("wsm", [["x", 1, "benefit"]], { A: [10], B: [11] });
    input.alternatives[0]!.uncertainty = { x: 0.2 }; // relative: ±20 % of 10
    const result = monteCarloRanks(input, { samples: 40_000, seed: 3, valueDistribution: "normal" });
    expect(Math.abs(result.probabilityFirst.A! - 0.16355)).toBeLessThan(0.01);
  });

  test("echoes its settings, with defaults 2000 samples, seed 42, concentration 50, uniform", () => {
    const result = monteCarloRanks(fighterAircraft());
    expect(result).toMatchObject({ samples: 2000, seed: 42, concentration: 50, valueDistribution: "uniform" });
  });

  test("limits and invalid settings are domain errors", () => {
    expect(() => monteCarloRanks(fighterAircraft(), { samples: MAX_MONTE_CARLO_SAMPLES + 1 })).toThrow(
      ScoringLimitError,
    );
    expect(() => monteCarloRanks(fighterAircraft(), { samples: 0 })).toThrow(ScoringInputError);
    expect(() => monteCarloRanks(fighterAircraft(), { concentration: 0 })).toThrow(ScoringInputError);
    expect(() => monteCarloRanks(fighterAircraft(), { seed: 1.5 })).toThrow(ScoringInputError);
    const rows = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`m${i}`, [i, 300 - i]]));
    const big = table(
      "promethee2",
      [
        ["x", 1, "benefit"],
        ["y", 1, "benefit"],
      ],
      rows,
    );
    big.alternatives.forEach((a) => (a.uncertainty = { x: 0.1 }));
    let error: unknown;
    try {
      createMonteCarloRun(big, { samples: MAX_MONTE_CARLO_SAMPLES });
    } catch (e) {
      error = e;
    }
    expect((error as ScoringLimitError).limit).toBe("MAX_MONTE_CARLO_WORK");
  });

  test("the stated sample limit is the largest run the engine accepts: one more sample is refused", () => {
    const rows = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`m${i}`, [i, 300 - i]]));
    const big = table(
      "promethee2",
      [
        ["x", 1, "benefit"],
        ["y", 1, "benefit"],
      ],
      rows,
    );
    big.alternatives.forEach((a) => (a.uncertainty = { x: 0.1 }));
    const limit = maxMonteCarloSamples(big);
    expect(limit).toBeLessThan(MAX_MONTE_CARLO_SAMPLES);
    expect(() => createMonteCarloRun(big, { samples: limit })).not.toThrow();
    expect(() => createMonteCarloRun(big, { samples: limit + 1 })).toThrow(ScoringLimitError);
    // A small weighted-sum problem is bound only by the sample cap.
    expect(maxMonteCarloSamples(fighterAircraft())).toBe(MAX_MONTE_CARLO_SAMPLES);
  });
});
