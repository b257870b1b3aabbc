import { describe, expect, test } from "vitest";
import { rankAlternatives } from "@/lib/scoring";
import { fighterAircraft, ranksById, suppliers, table } from "./fixtures";

const sum = (record: Record<string, number>) => Object.values(record).reduce((s, v) => s + v, 0);

describe("weighted sum", () => {
  // Worked by hand. Min-max: price (cost) A 1, B 0.5, C 0; quality A 2/3, B 1, C 0;
  // speed A 0, B 1, C 0.5. Scores: A 0.5 + 0.2 = 0.7, B 0.25 + 0.3 + 0.2 = 0.75, C 0.1.
  test("scores a hand-worked min-max example", () => {
    const result = rankAlternatives(suppliers());
    expect(result.method).toBe("wsm");
    expect(result.normalization).toBe("minmax");
    expect(result.ranking.map((r) => r.id)).toEqual(["B", "A", "C"]);
    const [b, a, c] = result.ranking;
    expect(b!.score).toBeCloseTo(0.75, 12);
    expect(a!.score).toBeCloseTo(0.7, 12);
    expect(c!.score).toBeCloseTo(0.1, 12);
    expect(a!.contributions.price).toBeCloseTo(0.5, 12);
    expect(a!.contributions.quality).toBeCloseTo(0.2, 12);
    expect(a!.contributions.speed).toBe(0);
  });

  test("contributions add up to the score", () => {
    for (const r of rankAlternatives(fighterAircraft("wsm")).ranking)
      expect(sum(r.contributions)).toBeCloseTo(r.score, 12);
  });

  test("vector normalization flips cost criteria as 1 − x/‖x‖", () => {
    // price norm = √(100² + 150² + 200²) = √72500; A's price utility 1 − 100/√72500.
    const result = rankAlternatives({ ...suppliers(), normalization: "vector" });
    const a = result.ranking.find((r) => r.id === "A")!;
    expect(result.normalization).toBe("vector");
    expect(a.contributions.price).toBeCloseTo(0.5 * (1 - 100 / Math.sqrt(72500)), 12);
    expect(a.contributions.quality).toBeCloseTo(0.3 * (8 / Math.sqrt(64 + 81 + 36)), 12);
  });

  test("normalizes weights and reports them", () => {
    const input = suppliers();
    input.criteria.forEach((c) => (c.weight *= 10));
    const result = rankAlternatives(input);
    expect(result.weights).toEqual({ price: 0.5, quality: 0.3, speed: 0.2 });
    expect(result.ranking[0]!.score).toBeCloseTo(0.75, 12);
  });

  test("a criterion on which all alternatives are equal gives everyone 1", () => {
    const result = rankAlternatives(
      table(
        "wsm",
        [
          ["x", 1, "benefit"],
          ["flat", 1, "cost"],
        ],
        { A: [1, 7], B: [3, 7] },
      ),
    );
    for (const r of result.ranking) expect(r.contributions.flat).toBeCloseTo(0.5, 12);
  });
});

describe("TOPSIS", () => {
  // Published closeness coefficients: Hwang & Yoon (1981), fighter-aircraft example:
  // C*(A1) = 0.643, C*(A2) = 0.268, C*(A3) = 0.613, C*(A4) = 0.312, ranking A1 > A3 > A4 > A2.
  test("reproduces Hwang & Yoon's fighter-aircraft example", () => {
    const result = rankAlternatives(fighterAircraft());
    expect(result.normalization).toBe("vector");
    expect(result.ranking.map((r) => r.id)).toEqual(["A1", "A3", "A4", "A2"]);
    // The book rounds intermediate results, so its third decimal may be one off.
    const published = { A1: 0.643, A2: 0.268, A3: 0.613, A4: 0.312 };
    for (const r of result.ranking)
      expect(Math.abs(r.score - published[r.id as keyof typeof published])).toBeLessThan(1e-3);
  });

  test("contributions add up to CC − ½ (midpoint decomposition)", () => {
    for (const normalization of ["vector", "minmax"] as const) {
      for (const r of rankAlternatives({ ...fighterAircraft(), normalization }).ranking) {
        expect(sum(r.contributions)).toBeCloseTo(r.score - 0.5, 12);
      }
    }
  });

  test("all alternatives equal on every criterion: S⁺ + S⁻ = 0, CC = 1 for all, tied", () => {
    const result = rankAlternatives(
      table(
        "topsis",
        [
          ["x", 1, "benefit"],
          ["y", 2, "cost"],
        ],
        { A: [3, 4], B: [3, 4], C: [3, 4] },
      ),
    );
    for (const r of result.ranking) {
      expect(r.score).toBe(1);
      expect(r.rank).toBe(1);
      expect(Object.values(r.contributions)).toEqual([0, 0]);
    }
  });

  test("min-max TOPSIS by hand: ideal 1, anti-ideal 0 on every criterion", () => {
    // r: A (1, 0), B (0, 1), C (0.5, 0.5); w = (0.75, 0.25).
    // A: S⁺ = 0.25, S⁻ = 0.75, CC = 0.75. B: S⁺ = 0.75, S⁻ = 0.25, CC = 0.25.
    // C: S⁺ = S⁻ = √(0.375² + 0.125²), CC = 0.5.
    const result = rankAlternatives({
      ...table(
        "topsis",
        [
          ["x", 3, "benefit"],
          ["y", 1, "cost"],
        ],
        { A: [10, 5], B: [0, 1], C: [5, 3] },
      ),
      normalization: "minmax",
    });
    expect(ranksById(result.ranking)).toEqual({ A: 1, C: 2, B: 3 });
    const cc = Object.fromEntries(result.ranking.map((r) => [r.id, r.score]));
    expect(cc.A).toBeCloseTo(0.75, 12);
    expect(cc.B).toBeCloseTo(0.25, 12);
    expect(cc.C).toBeCloseTo(0.5, 12);
  });
});

describe("PROMETHEE II", () => {
  // Worked by hand (Brans & Vincke 1985 definitions). g1 benefit, usual, w 0.6; g2 cost, linear
  // q = 1, p = 3, w 0.4. a (10, 5), b (8, 2), c (8, 4).
  // g1: P(a,b) = P(a,c) = 1, b = c → φ1 = (1, −½, −½).
  // g2: d(b,a) = 3 → 1, d(b,c) = 2 → ½, d(c,a) = 1 ≤ q → 0 → φ2 = (−½, ¾, −¼).
  // φ = 0.6 φ1 + 0.4 φ2 = (0.4, 0, −0.4).
  const example = () => {
    const input = table(
      "promethee2",
      [
        ["g1", 0.6, "benefit"],
        ["g2", 0.4, "cost"],
      ],
      { a: [10, 5], b: [8, 2], c: [8, 4] },
    );
    input.criteria[1]!.preference = { type: "linear", q: 1, p: 3 };
    return input;
  };

  test("net flows of a hand-worked example", () => {
    const result = rankAlternatives(example());
    expect(result.normalization).toBe("none");
    expect(result.ranking.map((r) => r.id)).toEqual(["a", "b", "c"]);
    const [a, b, c] = result.ranking;
    expect(a!.score).toBeCloseTo(0.4, 12);
    expect(b!.score).toBeCloseTo(0, 12);
    expect(c!.score).toBeCloseTo(-0.4, 12);
    expect(a!.contributions).toEqual({ g1: expect.closeTo(0.6, 12), g2: expect.closeTo(-0.2, 12) });
    expect(b!.contributions).toEqual({ g1: expect.closeTo(-0.3, 12), g2: expect.closeTo(0.3, 12) });
  });

  test("net flows sum to zero and contributions add up to the flow", () => {
    const result = rankAlternatives(fighterAircraft("promethee2"));
    expect(result.ranking.reduce((s, r) => s + r.score, 0)).toBeCloseTo(0, 12);
    for (const r of result.ranking) expect(sum(r.contributions)).toBeCloseTo(r.score, 12);
  });

  test("usual criterion: flow = (#worse − #better)/(n − 1)", () => {
    const result = rankAlternatives(table("promethee2", [["x", 1, "benefit"]], { A: [1], B: [2], C: [2], D: [5] }));
    expect(Object.fromEntries(result.ranking.map((r) => [r.id, r.score]))).toEqual({ D: 1, B: 0, C: 0, A: -1 });
    expect(ranksById(result.ranking)).toEqual({ D: 1, B: 2, C: 2, A: 4 });
  });

  test("linear preference with p = q is a step at q", () => {
    const input = table("promethee2", [["x", 1, "benefit"]], { A: [0], B: [2], C: [5] });
    input.criteria[0]!.preference = { type: "linear", q: 2, p: 2 };
    // d(B,A) = 2 ≤ q → 0; d(C,A) = 5 → 1; d(C,B) = 3 → 1. φ = (−½, −½, 1).
    const flows = Object.fromEntries(rankAlternatives(input).ranking.map((r) => [r.id, r.score]));
    expect(flows).toEqual({ C: 1, A: -0.5, B: -0.5 });
  });
});

describe("ranking output", () => {
  test("is sorted by rank then id, with competition ranks for ties", () => {
    const result = rankAlternatives(table("wsm", [["x", 1, "benefit"]], { d: [1], c: [3], b: [3], a: [5] }));
    expect(result.ranking.map((r) => [r.id, r.rank])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 2],
      ["d", 4],
    ]);
  });

  test("a single alternative is ranked first", () => {
    for (const method of ["wsm", "topsis", "promethee2"] as const) {
      const result = rankAlternatives(table(method, [["x", 1, "benefit"]], { only: [3] }));
      expect(result.ranking).toHaveLength(1);
      expect(result.ranking[0]!.rank).toBe(1);
      expect(Number.isFinite(result.ranking[0]!.score)).toBe(true);
    }
  });
});
