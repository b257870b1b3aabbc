import { describe, expect, test } from "vitest";
import { createScorer, decisionProblem, monteCarloRanks, rankAlternatives, ScoringInputError } from "@/lib/scoring";
import { ranksById, table } from "./fixtures";

// Worked by hand: x (benefit, 0.5), y (benefit, 0.3), z (cost, 0.2); A has no y.
// Min-max over observed values: x A ½, B 1, C 0; y B 1, C 0; z A ½, B 0, C 1.
// Coverage adjustment (decision record 013): A's y is the peers' mean, (4 + 2)/2 = 3 → ½.
const example = (method: "wsm" | "topsis" | "promethee2" = "wsm") =>
  table(
    method,
    [
      ["x", 0.5, "benefit"],
      ["y", 0.3, "benefit"],
      ["z", 0.2, "cost"],
    ],
    {
      A: [10, null, 5],
      B: [20, 4, 10],
      C: [0, 2, 0],
    },
  );

describe("missing values", () => {
  test('"renormalize" (default) scores a gap at the peers\' mean: coverage × own score + (1 − coverage) × peer level', () => {
    const result = rankAlternatives(example());
    expect(result.missing).toBe("renormalize");
    const a = result.ranking.find((r) => r.id === "A")!;
    // 0.5·½ + 0.3·½ + 0.2·½ = 0.5 = 0.7 × (0.35/0.7) + 0.3 × ½.
    expect(a.score).toBeCloseTo(0.5, 12);
    expect(a.coverage).toBeCloseTo(0.7, 12);
    expect(a.missing).toEqual(["y"]);
    expect(a.contributions).toEqual({
      x: expect.closeTo(0.25, 12),
      y: expect.closeTo(0.15, 12),
      z: expect.closeTo(0.1, 12),
    });
    expect(ranksById(result.ranking)).toEqual({ B: 1, A: 2, C: 3 });
    const b = result.ranking.find((r) => r.id === "B")!;
    expect(b.missing).toEqual([]);
    expect(b.coverage).toBe(1);
  });

  test('"worst" takes the worst observed value on that criterion', () => {
    const result = rankAlternatives({ ...example(), missing: "worst" });
    const a = result.ranking.find((r) => r.id === "A")!;
    // y := 2 (the minimum of a benefit criterion) → 0: 0.25 + 0 + 0.1.
    expect(a.score).toBeCloseTo(0.35, 12);
    expect(a.missing).toEqual(["y"]);
    expect(a.coverage).toBeCloseTo(0.7, 12);
  });

  test("a missing value is never read as 0", () => {
    // With y = 0 for A, A's y would be the minimum and x would be unaffected; renormalized A
    // must differ from "y = 0".
    const asZero = table(
      "wsm",
      [
        ["x", 0.5, "benefit"],
        ["y", 0.3, "benefit"],
        ["z", 0.2, "cost"],
      ],
      { A: [10, 0, 5], B: [20, 4, 10], C: [0, 2, 0] },
    );
    const zeroScore = rankAlternatives(asZero).ranking.find((r) => r.id === "A")!.score;
    expect(rankAlternatives(example()).ranking.find((r) => r.id === "A")!.score).not.toBeCloseTo(zeroScore, 6);
  });

  // Worked by hand, vector normalization over observed values: x norm 5 → A .6, B .8, C 0;
  // y (B, C) norm 5 → B .6, C .8, A's gap the peer mean 3.5 → .7. Ideal (.8, .8), anti-ideal
  // (0, .6). A: S⁺ = √((.6·.2)² + (.4·.1)²) = √.016, S⁻ = √((.6·.6)² + (.4·.1)²) = √.1312.
  // B: S⁺ = .4·.2 = .08, S⁻ = .6·.8 = .48, CC = 6/7. C: CC = 1/7.
  test("TOPSIS scores a gap at the peers' mean, inside both distances", () => {
    const result = rankAlternatives(
      table(
        "topsis",
        [
          ["x", 0.6, "benefit"],
          ["y", 0.4, "benefit"],
        ],
        { A: [3, null], B: [4, 3], C: [0, 4] },
      ),
    );
    const cc = Object.fromEntries(result.ranking.map((r) => [r.id, r.score]));
    expect(cc.A).toBeCloseTo(Math.sqrt(0.1312) / (Math.sqrt(0.016) + Math.sqrt(0.1312)), 12);
    expect(cc.B).toBeCloseTo(6 / 7, 12);
    expect(cc.C).toBeCloseTo(1 / 7, 12);
  });

  // Worked by hand, usual criteria: φ_x over A, B, C = (0, 1, −1); φ_y compares with the observed
  // values 3 (B) and 4 (C) only, over n_y − 1 = 1: B −1, C 1, and A's gap, the peer mean 3.5,
  // beats 3 and loses to 4: 0. A: 0. B: 0.6 − 0.4 = 0.2. C: −0.6 + 0.4 = −0.2.
  test("PROMETHEE II compares with the observed values only; a gap is scored at the peers' mean", () => {
    const result = rankAlternatives(
      table(
        "promethee2",
        [
          ["x", 0.6, "benefit"],
          ["y", 0.4, "benefit"],
        ],
        { A: [3, null], B: [4, 3], C: [0, 4] },
      ),
    );
    const flows = Object.fromEntries(result.ranking.map((r) => [r.id, r.score]));
    expect(flows.A).toBeCloseTo(0, 12);
    expect(flows.B).toBeCloseTo(0.2, 12);
    expect(flows.C).toBeCloseTo(-0.2, 12);
    expect(result.ranking.find((r) => r.id === "A")!.coverage).toBeCloseTo(0.6, 12);
  });

  test('an alternative with no value on any weighted criterion cannot be renormalized; "worst" can score it', () => {
    const input = table(
      "wsm",
      [
        ["x", 1, "benefit"],
        ["y", 0, "benefit"],
      ],
      { A: [1, 1], B: [null, 2] },
    );
    expect(() => rankAlternatives(input)).toThrow(ScoringInputError);
    const worst = rankAlternatives({ ...input, missing: "worst" });
    expect(worst.ranking.find((r) => r.id === "B")!.coverage).toBe(0);
  });

  test("Monte Carlo keeps missing values missing", () => {
    // An uncertainty declared on A's missing y must not turn the gap into a sampled number: the
    // run samples only the observed values with a width (A's x, B's x and y, C's y: C's x is 0 and
    // ±20 % of 0 is nothing), and gives exactly the same
    // probabilities as the same run without that declaration.
    const withGap = {
      ...example(),
      alternatives: example().alternatives.map((a) => ({ ...a, uncertainty: { x: 0.2, y: 0.2 } })),
    };
    const without = {
      ...example(),
      alternatives: example().alternatives.map((a) => ({
        ...a,
        uncertainty: (a.id === "A" ? { x: 0.2 } : { x: 0.2, y: 0.2 }) as Record<string, number>,
      })),
    };
    const result = monteCarloRanks(withGap, { samples: 200, seed: 7 });
    expect(result.valuesVaried).toBe(4);
    expect(result).toEqual(monteCarloRanks(without, { samples: 200, seed: 7 }));
    // And the gap stays a gap in the ranking of the same input.
    expect(rankAlternatives(withGap).ranking.find((r) => r.id === "A")!.missing).toEqual(["y"]);
  });

  // A's only value weighs 0, so its score is its stand-in on y, the peer mean 2 of (3, 1): the
  // middle of the scale in every method (min-max ½; TOPSIS equidistant from 3 and 1: ½; PROMETHEE
  // beats 1, loses to 3: 0).
  test("on a weight path that zeroes every criterion an alternative has, it scores as its peer-mean stand-in", () => {
    for (const method of ["wsm", "topsis", "promethee2"] as const) {
      const problem = decisionProblem(
        table(
          method,
          [
            ["x", 1, "benefit"],
            ["y", 1, "benefit"],
          ],
          { A: [1, null], B: [2, 3], C: [0, 1] },
        ),
      );
      const scores = new Float64Array(3);
      createScorer(problem).scores(Float64Array.from([0, 1]), scores);
      expect(scores[0]).toBeCloseTo(method === "promethee2" ? 0 : 0.5, 12);
    }
  });
});
