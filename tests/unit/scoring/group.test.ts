import { describe, expect, it } from "vitest";

import { ahpWeights } from "@/lib/scoring/ahp";
import {
  aggregateJudgements,
  aggregatePriorities,
  ahpConsensus,
  chiSquareSurvival,
  displacementByCriterion,
  groupAhp,
  kendallW,
  mostDivisiveCriterion,
  ranksFromScores,
  summariseDirectWeights,
  withWeight,
} from "@/lib/scoring/group";

/** The consistent matrix of a weight vector: a_ij = w_i / w_j. */
const consistent = (w: number[]) => w.map((wi) => w.map((wj) => wi / wj));

/** A reciprocal 4 × 4 matrix from its upper triangle (a12, a13, a14, a23, a24, a34). */
function matrix4([a12, a13, a14, a23, a24, a34]: number[]): number[][] {
  return [
    [1, a12!, a13!, a14!],
    [1 / a12!, 1, a23!, a24!],
    [1 / a13!, 1 / a23!, 1, a34!],
    [1 / a14!, 1 / a24!, 1 / a34!, 1],
  ];
}

// Three members, four criteria, with the usual AHP inconsistencies. The expected figures were
// computed by hand for the aggregated entries and, for the weights, by an independent power
// iteration in Python (2,000 steps), not by this code.
const members = [
  matrix4([3, 5, 7, 2, 3, 2]),
  matrix4([1 / 2, 2, 4, 3, 5, 2]),
  matrix4([2, 1 / 3, 1, 1 / 4, 1 / 2, 3]),
];

describe("AIJ: aggregation of individual judgements (Aczél & Saaty 1983)", () => {
  it("takes the element-wise geometric mean: a12 = (3 · ½ · 2)^⅓ = 3^⅓, a14 = (7 · 4 · 1)^⅓ = 28^⅓", () => {
    const g = aggregateJudgements(members);
    expect(g[0]![1]).toBeCloseTo(Math.cbrt(3), 12);
    expect(g[0]![3]).toBeCloseTo(Math.cbrt(28), 12);
    expect(g[2]![3]).toBeCloseTo(Math.cbrt(12), 12);
    // Reciprocal by construction: a21 = 1 / a12.
    expect(g[1]![0]! * g[0]![1]!).toBeCloseTo(1, 12);
  });

  it("of consistent members gives the normalised geometric mean of their weights (hand computation)", () => {
    // Members (4,2,1,1), (1,1,2,4), (2,2,2,2): geometric means 2, 4^⅓, 4^⅓, 2.
    const { result } = groupAhp([consistent([4, 2, 1, 1]), consistent([1, 1, 2, 4]), consistent([2, 2, 2, 2])]);
    const c = Math.cbrt(4);
    const total = 4 + 2 * c;
    [2 / total, c / total, c / total, 2 / total].forEach((w, i) => expect(result.weights[i]).toBeCloseTo(w, 10));
    expect(result.cr).toBeCloseTo(0, 10);
  });

  it("three members, four criteria: group weights 0.3703, 0.2591, 0.2497, 0.1208 and CR 0.0027", () => {
    const { result } = groupAhp(members);
    [0.370338, 0.259105, 0.249713, 0.120844].forEach((w, i) => expect(result.weights[i]).toBeCloseTo(w, 5));
    expect(result.lambdaMax).toBeCloseTo(4.007173, 5);
    // CI = (λmax − 4)/3 = 0.002391; RI(4) = 0.90.
    expect(result.cr).toBeCloseTo(0.002391 / 0.9, 5);
  });

  it("member weights 2:1:1 count the first member twice: the same as listing them twice", () => {
    const weighted = aggregateJudgements(members, [2, 1, 1]);
    const repeated = aggregateJudgements([members[0]!, members[0]!, members[1]!, members[2]!]);
    weighted.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(repeated[i]![j]!, 12)));
  });
});

describe("AIP: aggregation of individual priorities (Forman & Peniwati 1998)", () => {
  const priorities = members.map((m) => ahpWeights(m, { method: "geometric" }).weights);

  it("by the geometric mean equals AIJ with row-geometric-mean priorities (Barzilai & Golany 1994)", () => {
    const aip = aggregatePriorities(priorities);
    const aij = groupAhp(members, { method: "geometric" }).result.weights;
    aip.forEach((w, i) => expect(w).toBeCloseTo(aij[i]!, 12));
    [0.370888, 0.25891, 0.249458, 0.120743].forEach((w, i) => expect(aip[i]).toBeCloseTo(w, 5));
  });

  it("by the arithmetic mean: 0.3550, 0.2666, 0.2641, 0.1143", () => {
    const aip = aggregatePriorities(priorities, { mean: "arithmetic" });
    [0.355009, 0.266565, 0.264103, 0.114322].forEach((w, i) => expect(aip[i]).toBeCloseTo(w, 5));
  });
});

describe("direct weights: mean and dispersion", () => {
  it("gives the mean, the population standard deviation, min and max per criterion (hand computation)", () => {
    const s = summariseDirectWeights([
      [0.5, 0.3, 0.2],
      [0.3, 0.3, 0.4],
      [0.4, 0.3, 0.3],
    ]);
    [0.4, 0.3, 0.3].forEach((m, j) => expect(s.mean[j]).toBeCloseTo(m, 12));
    // First criterion: deviations 0.1, −0.1, 0 → sqrt(0.02/3).
    expect(s.standardDeviation[0]).toBeCloseTo(Math.sqrt(0.02 / 3), 12);
    expect(s.standardDeviation[1]).toBeCloseTo(0, 12);
    expect(s.min).toEqual([0.3, 0.3, 0.2]);
    expect(s.max).toEqual([0.5, 0.3, 0.4]);
  });
});

describe("Kendall's W", () => {
  it("three members ranking four markets: W = 7/9, χ² = 7 on 3 df, p = 0.0719 (hand computation, χ² table)", () => {
    // Rank sums 4, 6, 8, 12 around m(n+1)/2 = 7.5: S = 35; W = 12·35 / (9·60) = 7/9.
    const c = kendallW([
      [1, 2, 3, 4],
      [1, 3, 2, 4],
      [2, 1, 3, 4],
    ]);
    expect(c.w).toBeCloseTo(7 / 9, 12);
    expect(c.chiSquare).toBeCloseTo(7, 12);
    expect(c.degreesOfFreedom).toBe(3);
    expect(c.pValue).toBeCloseTo(0.0719, 4);
    expect(c.approximate).toBe(true);
    expect(c.word).toBe("strong");
  });

  it("corrects for ties: W = 204/216 (hand computation)", () => {
    // Sums 2.5, 3.5, 6.5, 7.5 around 5: S = 17; T = 2·(2³ − 2) = 12; W = 12·17 / (4·60 − 2·12).
    expect(
      kendallW([
        [1, 2, 3, 4],
        [1.5, 1.5, 3.5, 3.5],
      ]).w,
    ).toBeCloseTo(204 / 216, 12);
  });

  it("is 1 for identical rankings and 0 for two opposite ones", () => {
    expect(kendallW([ranksFromScores([0.9, 0.5, 0.1]), ranksFromScores([0.8, 0.6, 0.2])]).w).toBeCloseTo(1, 12);
    expect(kendallW([[1, 2, 3, 4], [4, 3, 2, 1]]).w).toBeCloseTo(0, 12);
  });

  it("χ² survival matches the tables: 3.8415 on 1 df and 18.307 on 10 df are the 5% points; e^(−2) for 4 on 2 df", () => {
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(18.307038, 10)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(4, 2)).toBeCloseTo(Math.exp(-2), 12);
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });
});

describe("AHP consensus S* (Goepel 2013)", () => {
  it("is 1 when every member gives the same priorities", () => {
    const p = [0.5, 0.3, 0.2];
    expect(ahpConsensus([p, p, p]).consensus).toBeCloseTo(1, 12);
  });

  it("is 0 for two members at the scale's opposite extremes on two criteria", () => {
    // Each rates one criterion 9 times the other; the mean is (½, ½): 1/Dβ reaches Dα,min/Dγ,max.
    expect(ahpConsensus([[0.9, 0.1], [0.1, 0.9]]).consensus).toBeCloseTo(0, 12);
  });

  it("three members, four criteria: S* = 0.668, moderate (independent computation)", () => {
    const priorities = members.map((m) => ahpWeights(m, { method: "geometric" }).weights);
    const c = ahpConsensus(priorities);
    expect(c.hAlpha).toBeCloseTo(1.168398, 5);
    expect(c.hGamma).toBeCloseTo(1.319653, 5);
    expect(c.consensus).toBeCloseTo(0.667877, 5);
    expect(c.word).toBe("moderate");
  });
});

describe("the criterion whose disagreement moves the ranking most", () => {
  // Three markets scored on three criteria by a weighted sum; ranks 1 = best.
  const scores = [
    [0.9, 0.1, 0.5],
    [0.2, 0.9, 0.5],
    [0.5, 0.5, 0.6],
  ];
  const rank = (w: number[]) => ranksFromScores(scores.map((s) => s.reduce((acc, v, j) => acc + v * w[j]!, 0)));

  it("rescales the other weights in proportion when one changes", () => {
    expect(withWeight([0.5, 0.3, 0.2], 0, 0.2)).toEqual([0.2, 0.48, 0.32].map((x) => expect.closeTo(x, 12)));
  });

  it("finds the criterion a brute-force search finds", () => {
    const group = [0.4, 0.3, 0.3];
    const memberWeights = [
      [0.8, 0.1, 0.1],
      [0.1, 0.8, 0.1],
      [0.4, 0.3, 0.3],
    ];
    const found = displacementByCriterion(group, memberWeights, rank);
    // Brute force: every criterion × member, footrule distance from the group's ranking.
    const base = rank(group);
    const brute = group.map((_, j) =>
      Math.max(
        ...memberWeights.map((w) => {
          const others = group.reduce((s, g, i) => (i === j ? s : s + g), 0);
          const changed = group.map((g, i) => (i === j ? w[j]! : (g / others) * (1 - w[j]!)));
          return rank(changed).reduce((s, r, i) => s + Math.abs(r - base[i]!), 0);
        }),
      ),
    );
    expect(found.map((d) => d.displacement)).toEqual(brute);
    const top = mostDivisiveCriterion(found);
    expect(top?.displacement).toBe(Math.max(...brute));
    expect(top?.criterion).toBe(brute.indexOf(Math.max(...brute)));
  });
});
