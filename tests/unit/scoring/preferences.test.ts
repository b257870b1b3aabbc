import { describe, expect, test } from "vitest";

import {
  preferenceDegree,
  rankAlternatives,
  resolvedPreference,
  standardDeviation,
  ScoringInputError,
} from "@/lib/scoring";

// Brans & Vincke (1985), the six preference functions, and the defaults of decision record 014.
const [USUAL, USHAPE, VSHAPE, LEVEL, LINEAR, GAUSSIAN] = [0, 1, 2, 3, 4, 5];

describe("PROMETHEE preference functions", () => {
  test.each([
    [
      "usual",
      USUAL,
      [
        [0.5, 1],
        [0, 0],
        [-1, 0],
      ],
    ],
    [
      "U-shape (q = 1)",
      USHAPE,
      [
        [0.5, 0],
        [1, 0],
        [1.5, 1],
      ],
    ],
    [
      "V-shape (p = 3)",
      VSHAPE,
      [
        [1.5, 0.5],
        [3, 1],
        [4, 1],
      ],
    ],
    [
      "level (q = 1, p = 3)",
      LEVEL,
      [
        [0.5, 0],
        [2, 0.5],
        [3, 0.5],
        [4, 1],
      ],
    ],
    [
      "linear (q = 1, p = 3)",
      LINEAR,
      [
        [0.5, 0],
        [2, 0.5],
        [3, 1],
        [3.5, 1],
      ],
    ],
    [
      "Gaussian (s = 2)",
      GAUSSIAN,
      [
        [2, 1 - Math.exp(-0.5)],
        [0, 0],
      ],
    ],
  ] as const)("%s", (_, type, points) => {
    for (const [d, expected] of points) expect(preferenceDegree(type, d, 1, 3, 2)).toBeCloseTo(expected, 12);
  });

  test("thresholds left out default to 0.1σ, 0.5σ and 0.3σ of the reference set; given ones are kept", () => {
    expect(standardDeviation([0, 10, 20, 30])).toBeCloseTo(Math.sqrt(125), 12);
    expect(resolvedPreference("linear", {}, 10)).toEqual({ type: "linear", q: 1, p: 5 });
    expect(resolvedPreference("linear", { q: 2 }, 10)).toEqual({ type: "linear", q: 2, p: 5 });
    expect(resolvedPreference("gaussian", {}, 10)).toEqual({ type: "gaussian", s: 3 });
    expect(resolvedPreference("vshape", {}, 10)).toEqual({ type: "vshape", p: 5 });
  });

  // Worked by hand: reference 0, 10, 20, 30 (σ = √125, q = 0.1σ ≈ 1.118, p = 0.5σ ≈ 5.590),
  // flows over |R| − 1 = 3. A = 12: +1 (vs 0), (2 − q)/(p − q) (vs 10), −1, −1. B = 25: +1, +1,
  // (5 − q)/(p − q) − (5 − q)/(p − q) = 0 → 2/3.
  test("linear flows against a supplied reference set, with default thresholds, by hand", () => {
    const sigma = Math.sqrt(125);
    const q = 0.1 * sigma;
    const p = 0.5 * sigma;
    const result = rankAlternatives({
      method: "promethee2",
      criteria: [{ id: "x", weight: 1, direction: "benefit", preference: { type: "linear" } }],
      alternatives: [
        { id: "A", values: { x: 12 } },
        { id: "B", values: { x: 25 } },
      ],
      reference: { values: { x: [30, 0, 20, 10] } },
    });
    const score = Object.fromEntries(result.ranking.map((r) => [r.id, r.score]));
    expect(score.A).toBeCloseTo((1 + (2 - q) / (p - q) - 2) / 3, 12);
    expect(score.B).toBeCloseTo(2 / 3, 12);
    expect(result.preferences).toEqual({ x: { type: "linear", q: expect.closeTo(q, 12), p: expect.closeTo(p, 12) } });
    expect(result.reference).toEqual({ set: "supplied", label: null, fallback: [] });
  });

  test("bad thresholds and unknown functions are errors naming the criterion", () => {
    const input = (preference: unknown) => ({
      method: "promethee2" as const,
      criteria: [{ id: "x", weight: 1, direction: "benefit" as const, preference: preference as never }],
      alternatives: [{ id: "A", values: { x: 1 } }],
    });
    expect(() => rankAlternatives(input({ type: "linear", q: 3, p: 1 }))).toThrow(/q ≤ p/);
    expect(() => rankAlternatives(input({ type: "sigmoid" }))).toThrow(ScoringInputError);
    expect(() => rankAlternatives(input({ type: "gaussian", s: -1 }))).toThrow(/threshold s/);
  });
});
