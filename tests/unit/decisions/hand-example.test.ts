import { describe, expect, it } from "vitest";

import type { DecisionSetup } from "@/lib/contracts/decisions";
import { resolveInput } from "@/lib/decisions/compute";
import {
  ahpConsensus,
  displacementByCriterion,
  groupAhp,
  kendallW,
  mostDivisiveCriterion,
  ranksFromScores,
  summariseDirectWeights,
} from "@/lib/scoring/group";

// The worked example of issue 13's closing note: three members weigh four criteria — A
// (attractiveness), G (governance), I (infrastructure), P (proximity) — and every figure below is
// worked out by hand in the comments (checked once with a pocket calculator), never by the code
// under test.
//
// Each member's comparisons are consistent (a_ij = w_i / w_j), so their AHP weights are exactly
// their own proportions and CR = 0 (λmax = n for a consistent matrix, Saaty 1980):
//   member 1, strategy lead:  8 : 4 : 2 : 1   → (8, 4, 2, 1)/15 = 0.5333, 0.2667, 0.1333, 0.0667
//   member 2, regional head:  1 : 2 : 2 : 4   → (1, 2, 2, 4)/9  = 0.1111, 0.2222, 0.2222, 0.4444
//   member 3, finance:        2 : 4 : 1 : 2   → (2, 4, 1, 2)/9  = 0.2222, 0.4444, 0.1111, 0.2222
// The upper triangles they submit, row by row (a12, a13, a14, a23, a24, a34):
//   member 1: 2, 4, 8, 2, 4, 2
//   member 2: 1/2, 1/2, 1/4, 1, 1/2, 1/2
//   member 3: 1/2, 2, 1, 4, 2, 1/2

const KEYS = ["A", "G", "I", "P"];
const SETUP: DecisionSetup = {
  markets: ["IDN", "MYS"],
  criteria: { level: "groups", keys: KEYS },
  method: "ahp",
  aggregation: "aij",
  rankingMethod: "wsm",
  firmProfile: null,
};
const JUDGEMENTS = [
  [2, 4, 8, 2, 4, 2],
  [1 / 2, 1 / 2, 1 / 4, 1, 1 / 2, 1 / 2],
  [1 / 2, 2, 1, 4, 2, 1 / 2],
];
const OWN = [
  [8 / 15, 4 / 15, 2 / 15, 1 / 15],
  [1 / 9, 2 / 9, 2 / 9, 4 / 9],
  [2 / 9, 4 / 9, 1 / 9, 2 / 9],
];
const members = JUDGEMENTS.map((judgements) => resolveInput(SETUP, { method: "ahp", judgements }));

describe("hand-computed example: three members, four criteria", () => {
  it("reads each member's upper triangle into their own weights with CR 0", () => {
    members.forEach((m, k) => {
      OWN[k]!.forEach((w, j) => expect(m.weights[j]).toBeCloseTo(w, 12));
      expect(m.ahp!.cr).toBeCloseTo(0, 12);
    });
  });

  it("AIJ with equal say: weights 2c, 2c², c², 2 over 9.2820 (c = ∛2) = 0.2715, 0.3420, 0.1710, 0.2155; CR 0", () => {
    // The group's entry is the geometric mean of the members': a12 = (2 · ½ · ½)^⅓ = ∛(1/2).
    // Consistent members give a consistent group matrix a_ij = g_i/g_j with g_i = (Π_k w_ik)^⅓
    // on the raw scales:
    //   g_A = (8·1·2)^⅓ = ∛16 = 2c = 2.519842     g_G = (4·2·4)^⅓ = ∛32 = 2c² = 3.174802
    //   g_I = (2·2·1)^⅓ = ∛4  = c² = 1.587401     g_P = (1·4·2)^⅓ = ∛8  = 2    = 2
    //   Σ = 2c + 3c² + 2 = 9.282045
    const { matrix, result } = groupAhp(members.map((m) => m.matrix!));
    expect(matrix[0]![1]).toBeCloseTo(Math.cbrt(1 / 2), 12);
    const sum = 9.282045;
    [2.519842 / sum, 3.174802 / sum, 1.587401 / sum, 2 / sum].forEach((w, j) =>
      expect(result.weights[j]).toBeCloseTo(w, 6),
    );
    expect(result.cr).toBeCloseTo(0, 10);
  });

  it("AIJ with member weights 2 : 1 : 1 (λ = ½, ¼, ¼): exactly 1/3, 1/3, 1/6, 1/6", () => {
    //   g_A = 8^½ · 1^¼ · 2^¼ = 2^1.5 · 2^0.25 = 2^1.75     g_G = 4^½ · 2^¼ · 4^¼ = 2^1 · 2^0.25 · 2^0.5 = 2^1.75
    //   g_I = 2^½ · 2^¼ · 1^¼ = 2^0.75                     g_P = 1^½ · 4^¼ · 2^¼ = 2^0.5 · 2^0.25   = 2^0.75
    //   ratio 2 : 2 : 1 : 1
    const { result } = groupAhp(
      members.map((m) => m.matrix!),
      { weights: [2, 1, 1] },
    );
    [1 / 3, 1 / 3, 1 / 6, 1 / 6].forEach((w, j) => expect(result.weights[j]).toBeCloseTo(w, 12));
  });

  it("direct weights: mean 13/45, 14/45, 7/45, 11/45 with SD 0.1787, 0.0960, 0.0480, 0.1550", () => {
    // On a common denominator of 45: member 1 = 24, 12, 6, 3; member 2 = 5, 10, 10, 20; member 3 = 10, 20, 5, 10.
    //   mean A = (24 + 5 + 10)/3 = 13, G = 42/3 = 14, I = 21/3 = 7, P = 33/3 = 11   (/45)
    //   deviations A = 11, −8, −3 → Σ² = 194; G = −2, −4, 6 → 56; I = −1, 3, −2 → 14; P = −8, 9, −1 → 146
    //   SD = √(Σ²/3)/45: A √64.667/45 = 0.178701, G √18.667/45 = 0.096011, I √4.667/45 = 0.048005,
    //   P √48.667/45 = 0.155026
    const s = summariseDirectWeights(OWN);
    [13 / 45, 14 / 45, 7 / 45, 11 / 45].forEach((m, j) => expect(s.mean[j]).toBeCloseTo(m, 12));
    [Math.sqrt(194 / 3) / 45, Math.sqrt(56 / 3) / 45, Math.sqrt(14 / 3) / 45, Math.sqrt(146 / 3) / 45].forEach(
      (sd, j) => expect(s.standardDeviation[j]).toBeCloseTo(sd, 12),
    );
    expect(s.standardDeviation[0]).toBeCloseTo(0.178701, 6);
    expect(s.min[0]).toBeCloseTo(5 / 45, 12);
    expect(s.max[0]).toBeCloseTo(24 / 45, 12);
  });

  it("Kendall's W over the members' orderings of the criteria: W = 4/21 (very weak: below 0.3, record 021), χ² = 12/7, p = 0.634", () => {
    // Ranks (1 = heaviest, ties share): member 1 A1 G2 I3 P4; member 2 P1, G and I tie 2.5, A4;
    // member 3 G1, A and P tie 2.5, I4. Rank sums A 7.5, G 5.5, I 9.5, P 7.5 around m(n+1)/2 = 7.5:
    // S = 0 + 4 + 4 + 0 = 8. Ties: members 2 and 3 each one pair, 2³ − 2 = 6 each, T = 12.
    // W = 12S / (m²(n³ − n) − mT) = 96 / (9·60 − 3·12) = 96/504 = 4/21 = 0.1905.
    // χ² = m(n − 1)W = 9 · 4/21 = 12/7 = 1.7143 on 3 df; P(χ²₃ > x) = 2(1 − Φ(√x)) + √(2x/π)·e^(−x/2)
    //    = 2(1 − Φ(1.3093)) + 1.0447 · 0.4244 = 0.1904 + 0.4433 = 0.6338.
    const c = kendallW(OWN.map((w) => ranksFromScores(w)));
    expect(c.w).toBeCloseTo(4 / 21, 12);
    expect(c.chiSquare).toBeCloseTo(12 / 7, 12);
    expect(c.pValue).toBeCloseTo(0.6338, 4);
    expect(c.word).toBe("very weak");
  });

  // Four markets scored on the four criteria, values already normalized to 0–1 (an illustration
  // of the arithmetic, not data): the weighted sum Σ w_j v_j ranks them.
  const VALUES = [
    [1, 0, 0.5, 0.5], // market 1
    [0, 1, 0.5, 0], // market 2
    [0.5, 0.5, 1, 0], // market 3
    [0, 0, 0, 1], // market 4
  ];
  const scores = (w: readonly number[]) => VALUES.map((v) => v.reduce((s, x, j) => s + x * w[j]!, 0));

  it("Kendall's W over the members' market rankings: W = 17/87 (very weak)", () => {
    // member 1 (/15): 9.5, 5, 8, 1     → ranks 1, 3, 2, 4
    // member 2 (/9):  4, 3, 3.5, 4     → ranks 1.5, 4, 3, 1.5 (markets 1 and 4 tie)
    // member 3 (/9):  3.5, 4.5, 4, 2   → ranks 3, 1, 2, 4
    // Rank sums 5.5, 8, 7, 9.5 around 7.5: S = 4 + 0.25 + 0.25 + 4 = 8.5; T = 6 (member 2's pair).
    // W = 12 · 8.5 / (9·60 − 3·6) = 102/522 = 17/87 = 0.1954.
    const ranks = OWN.map((w) => ranksFromScores(scores(w)));
    expect(ranks).toEqual([
      [1, 3, 2, 4],
      [1.5, 4, 3, 1.5],
      [3, 1, 2, 4],
    ]);
    const c = kendallW(ranks);
    expect(c.w).toBeCloseTo(17 / 87, 12);
    expect(c.word).toBe("very weak");
  });

  it("Goepel's S* over the members' priorities: 0.7155 (moderate)", () => {
    // Shannon entropies: H1 = ln 15 − (8 ln 8 + 4 ln 4 + 2 ln 2)/15 = ln 15 − 34 ln 2/15 = 1.136917;
    // H2 = H3 = ln 9 − (2 ln 2 + 2 ln 2 + 4 ln 4)/9 = ln 9 − 12 ln 2/9 = 1.273028; Hα = mean = 1.227658.
    // Hγ = H(13/45, 14/45, 7/45, 11/45) = ln 45 − (13 ln 13 + 14 ln 14 + 7 ln 7 + 11 ln 11)/45 = 1.355788.
    // Hβ = Hγ − Hα = 0.128130; S = 1/e^Hβ = 1/1.136701 = 0.879739.
    // Dα,min (one criterion 9 times each other, M = 9): p = 9/12, 1/12 × 3, H = 0.836988,
    // e^H = 2.309401, over n = 4: 0.577350. S* = (S − 0.577350)/(1 − 0.577350) = 0.302389/0.422650 = 0.7155.
    const s = ahpConsensus(members.map((m) => m.weights));
    expect(s.hAlpha).toBeCloseTo(1.227658, 6);
    expect(s.hGamma).toBeCloseTo(1.355788, 6);
    expect(s.consensus).toBeCloseTo(0.7155, 4);
    expect(s.word).toBe("moderate");
  });

  it("the most divisive criterion is P: member 2's weight for it alone moves the group ranking by 6", () => {
    // Group (equal say) weights 0.2715, 0.3420, 0.1710, 0.2155 score the markets 0.4647, 0.4275,
    // 0.4778, 0.2155 → ranks 2, 3, 1, 4. Member 2 puts P at 4/9: the others rescaled in
    // proportion to share 5/9 → 0.1922, 0.2422, 0.1211, 0.4444; scores 0.5033, 0.3027, 0.4027,
    // 0.4444 → ranks 1, 4, 3, 2; footrule |1−2| + |4−3| + |3−1| + |2−4| = 6. No other
    // (criterion, member) pair moves it more than 4 (member 2 on A, member 3 on G).
    const c = Math.cbrt(2);
    const total = 2 * c + 3 * c * c + 2;
    const group = [2 * c, 2 * c * c, c * c, 2].map((g) => g / total);
    const rank = (w: number[]) => ranksFromScores(scores(w));
    expect(rank(group)).toEqual([2, 3, 1, 4]);
    const displacements = displacementByCriterion(group, OWN, rank);
    expect(displacements.map((d) => d.displacement)).toEqual([4, 4, 2, 6]);
    expect(mostDivisiveCriterion(displacements)).toEqual({ criterion: 3, displacement: 6, member: 1 });
  });
});
