/**
 * Where a group's disagreement matters (issue 13 §4): the one criterion whose disagreement moves
 * the ranking most. For each criterion j and each member k, the group's weights are changed only
 * in j, set to member k's weight for it, the other criteria rescaled to keep their proportions
 * (the slider rule, decision record 007); the markets are ranked again and the ranking compared
 * with the group's by Spearman's footrule, Σ_i |rank_i − groupRank_i| (Diaconis & Graham 1977).
 * A criterion's displacement is the largest over the members: how far the one member who
 * disagrees most on it would move the ranking. Pure: ranking is the caller's (any method).
 */
import { ScoringInputError } from "../errors";

export interface CriterionDisplacement {
  criterion: number;
  /** Largest footrule distance from the group's ranking over the members' weights for it. */
  displacement: number;
  /** The member whose weight for this criterion moves the ranking that far. */
  member: number;
}

export function displacementByCriterion(
  groupWeights: readonly number[],
  memberWeights: readonly (readonly number[])[],
  rank: (weights: number[]) => readonly number[],
): CriterionDisplacement[] {
  const n = groupWeights.length;
  memberWeights.forEach((w, k) => {
    if (w.length !== n) throw new ScoringInputError(`member ${k + 1} gives ${w.length} weights for ${n} criteria`, [k]);
  });
  const groupRanks = rank([...groupWeights]);
  return groupWeights.map((_, j) => {
    let best: CriterionDisplacement = { criterion: j, displacement: 0, member: -1 };
    memberWeights.forEach((w, k) => {
      const ranks = rank(withWeight(groupWeights, j, w[j]!));
      const displacement = ranks.reduce((s, r, i) => s + Math.abs(r - groupRanks[i]!), 0);
      if (displacement > best.displacement) best = { criterion: j, displacement, member: k };
    });
    return best;
  });
}

/** The criterion with the largest displacement (the first of equals), or null when none moves it. */
export function mostDivisiveCriterion(displacements: readonly CriterionDisplacement[]): CriterionDisplacement | null {
  let top: CriterionDisplacement | null = null;
  for (const d of displacements) if (d.displacement > 0 && (!top || d.displacement > top.displacement)) top = d;
  return top;
}

/** Weights with criterion j set to `value`, the others rescaled in proportion so they sum to 1. */
export function withWeight(weights: readonly number[], j: number, value: number): number[] {
  const others = weights.reduce((s, w, i) => (i === j ? s : s + w), 0);
  const left = 1 - value;
  return weights.map((w, i) => {
    if (i === j) return value;
    // All other weights 0: share what is left equally.
    return others > 0 ? (w / others) * left : left / (weights.length - 1);
  });
}
