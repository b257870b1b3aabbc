import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { ahpWeights, ScoringInputError } from "@/lib/scoring";
import { incompleteAhpWeights, judgementsOfMatrix, type PairJudgement } from "@/lib/scoring/ahpIncomplete";

const LN2 = Math.log(2);

describe("AHP from an incomplete set of comparisons (LLSM)", () => {
  test("a spanning tree of judgements is reproduced exactly: 0 ≻ 1 by 2, 1 ≻ 2 by 3 gives 0.6, 0.3, 0.1", () => {
    // By hand: w0/w1 = 2, w1/w2 = 3 → w ∝ (6, 3, 1) / 10.
    const result = incompleteAhpWeights(3, [
      { first: 0, second: 1, value: 2 },
      { first: 1, second: 2, value: 3 },
    ]);
    expect(result.weights[0]).toBeCloseTo(0.6, 12);
    expect(result.weights[1]).toBeCloseTo(0.3, 12);
    expect(result.weights[2]).toBeCloseTo(0.1, 12);
    expect(result.redundant).toBe(0);
    expect(result.gci).toBeNull();
    expect(result.consistent).toBe(true);
  });

  test("a star of the exact ratios of given weights gives those weights back", () => {
    const current = [0.55, 0.15, 0.05, 0.15, 0.1];
    const star = current.slice(1).map((w, k) => ({ first: 0, second: k + 1, value: current[0]! / w }));
    const { weights } = incompleteAhpWeights(5, star);
    weights.forEach((w, i) => expect(w).toBeCloseTo(current[i]!, 12));
  });

  test("an incomplete 4-criterion set solves the Laplacian system worked by hand", () => {
    // Judgements 0:1 = 2, 1:2 = 2, 0:2 = 8 (a cycle that disagrees) and 2:3 = 3 (a leaf); 0:3 and
    // 1:3 are missing. Normal equations with y0 = 0 (L_ii = degree, r_i = Σ ln a_ij):
    //   node 1: 2y1 − y2 = 0;  node 2: −y1 + 3y2 − y3 = −4 ln2 − ln3;  node 3: −y2 + y3 = −ln3
    // → y3 = y2 − ln3, then 2y2 − y1 = −4 ln2 and y2 = 2y1 → y1 = −4/3 ln2, y2 = −8/3 ln2.
    const judgements: PairJudgement[] = [
      { first: 0, second: 1, value: 2 },
      { first: 1, second: 2, value: 2 },
      { first: 0, second: 2, value: 8 },
      { first: 2, second: 3, value: 3 },
    ];
    const y = [0, (-4 / 3) * LN2, (-8 / 3) * LN2, (-8 / 3) * LN2 - Math.log(3)];
    const expected = y.map(Math.exp);
    const total = expected.reduce((s, v) => s + v, 0);
    const result = incompleteAhpWeights(4, judgements);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i]! / total, 12));
    // Residuals ln a_ij − y_i + y_j: −1/3 ln2, −1/3 ln2, +1/3 ln2, 0; one judgement beyond the tree.
    expect(result.redundant).toBe(1);
    expect(result.gci).toBeCloseTo((LN2 * LN2) / 3, 12);
    expect(result.gciThreshold).toBe(0.35);
    expect(result.consistent).toBe(true);
  });

  test("on a complete matrix the LLSM weights equal the row geometric means (Crawford & Williams 1985)", () => {
    const reciprocal = fc.integer({ min: 3, max: 8 }).chain((n) =>
      fc
        .array(fc.integer({ min: -8, max: 8 }), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })
        .map((positions) => {
          const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
          let k = 0;
          for (let i = 0; i < n; i++)
            for (let j = i + 1; j < n; j++) {
              const p = positions[k++]!;
              const a = p >= 0 ? p + 1 : 1 / (1 - p);
              m[i]![j] = a;
              m[j]![i] = 1 / a;
            }
          return m;
        }),
    );
    fc.assert(
      fc.property(reciprocal, (matrix) => {
        const geometric = ahpWeights(matrix, { method: "geometric" }).weights;
        const llsm = incompleteAhpWeights(matrix.length, judgementsOfMatrix(matrix)).weights;
        llsm.forEach((w, i) => expect(w).toBeCloseTo(geometric[i]!, 10));
      }),
      { numRuns: 60 },
    );
  });

  test("on a complete 3 × 3 matrix the GCI is Aguarón & Moreno-Jiménez's: Σ ln² e_ij over the three pairs", () => {
    // 2, 2, 8: each residual is ±ln2/3 (worked above), so GCI = 2/((n−1)(n−2)) Σ = (ln2)²/3.
    const result = incompleteAhpWeights(3, [
      { first: 0, second: 1, value: 2 },
      { first: 1, second: 2, value: 2 },
      { first: 0, second: 2, value: 8 },
    ]);
    expect(result.gci).toBeCloseTo((LN2 * LN2) / 3, 12);
    expect(result.gciThreshold).toBe(0.31);
  });

  test("the LLSM weights minimise the squared log residuals: no nearby point does better", () => {
    const judgements: PairJudgement[] = [
      { first: 0, second: 1, value: 3 },
      { first: 1, second: 2, value: 5 },
      { first: 0, second: 2, value: 2 },
      { first: 2, second: 3, value: 1 / 4 },
      { first: 1, second: 3, value: 7 },
    ];
    const objective = (y: number[]) =>
      judgements.reduce((s, j) => s + (Math.log(j.value) - y[j.first]! + y[j.second]!) ** 2, 0);
    const y = incompleteAhpWeights(4, judgements).weights.map(Math.log);
    const best = objective(y);
    for (let i = 0; i < 4; i++)
      for (const step of [-1e-3, 1e-3]) {
        const moved = y.map((v, k) => (k === i ? v + step : v));
        expect(objective(moved)).toBeGreaterThan(best);
      }
  });

  test("a circular set of strong judgements is inconsistent and names the judgement that disagrees most", () => {
    // 0 ≫ 1 (9), 1 ≻ 2 (2), 2 ≫ 0 (9): around the cycle the logs add up to ln 162 instead of 0.
    const result = incompleteAhpWeights(3, [
      { first: 0, second: 1, value: 9 },
      { first: 1, second: 2, value: 2 },
      { first: 2, second: 0, value: 9 },
    ]);
    // LLSM spreads the misfit evenly over a 3-cycle: each residual is ln(162)/3 ≈ 1.696, GCI = 3·1.696² ≈ 8.63.
    expect(result.gci).toBeCloseTo(3 * (Math.log(162) / 3) ** 2, 10);
    expect(result.consistent).toBe(false);
    expect(result.worstJudgement).not.toBeNull();
  });

  test("a disconnected set of comparisons is refused, naming the criteria not linked", () => {
    const call = () =>
      incompleteAhpWeights(
        4,
        [
          { first: 0, second: 1, value: 2 },
          { first: 2, second: 3, value: 3 },
        ],
        { labels: ["Attractiveness", "Governance", "Infrastructure", "Proximity"] },
      );
    expect(call).toThrow(ScoringInputError);
    expect(call).toThrow(/Infrastructure, Proximity are not compared, directly or through others, with Attractiveness/);
  });

  test("a pair given twice, a criterion compared with itself or an unknown index is refused", () => {
    expect(() =>
      incompleteAhpWeights(2, [
        { first: 0, second: 1, value: 2 },
        { first: 1, second: 0, value: 0.5 },
      ]),
    ).toThrow(/again \(already comparisons\[0\]\)/);
    expect(() => incompleteAhpWeights(2, [{ first: 1, second: 1, value: 2 }])).toThrow(/with itself/);
    expect(() => incompleteAhpWeights(2, [{ first: 0, second: 2, value: 2 }])).toThrow(/names no criterion/);
    expect(() => incompleteAhpWeights(2, [{ first: 0, second: 1, value: 0 }])).toThrow(/positive/);
  });
});
