/**
 * Stability interval of each weight: how far it can move from its current value (within [0, 1],
 * the others rescaled proportionally) before the top-ranked alternative changes, i.e. before
 * another alternative scores strictly higher (beyond the tie tolerance). The one-at-a-time weight
 * stability analysis of Mareschal (1988, "Weight stability intervals in multicriteria decision
 * aid", EJOR 33) and Triantaphyllou & Sánchez (1997), computed by grid + bisection on the
 * method's own scores (weightPaths.ts), one procedure for every method.
 */
import { toProblem, type ProblemInput } from "./decisionProblem";
import { beats, competitionRanks } from "./ranks";
import { createScorer } from "./scorer";
import { firstFailure, rescaledWeights } from "./weightPaths";

export interface StabilityInterval {
  /** Current normalized weight. */
  weight: number;
  /** Lowest weight at which the leader still leads. */
  low: number;
  /** Highest weight at which the leader still leads. */
  high: number;
  /** False when the leader keeps the lead all the way down to 0. */
  lowBounded: boolean;
  /** False when the leader keeps the lead all the way up to 1. */
  highBounded: boolean;
  /** Who takes the lead just below `low` / above `high` (null when unbounded). */
  lowChallenger: string | null;
  highChallenger: string | null;
}

export interface StabilityResult {
  /** The top-ranked alternative (first by id among ties). */
  leader: string;
  /** Per criterion id. */
  intervals: Record<string, StabilityInterval>;
  /**
   * True when the bounds are exact (weighted sum, PROMETHEE II: scores linear in the weight, so
   * grid + bisection finds the single crossing to 1e-12); false for TOPSIS, whose closeness is not
   * linear in the weights: the grid of PATH_GRID_STEPS steps can miss a reversal narrower than a
   * step, so its bounds are approximations (decision records 003, 013).
   */
  exact: boolean;
}

export function stabilityIntervals(input: ProblemInput): StabilityResult {
  const problem = toProblem(input);
  const { n, m, ids, criterionIds, weights } = problem;
  const scorer = createScorer(problem);
  const scores = new Float64Array(n);
  scorer.scores(weights, scores);
  const ranks = competitionRanks(scores);
  let leader = 0;
  while (ranks[leader] !== 1) leader++;

  const holds = (w: Float64Array): boolean => {
    scorer.scores(w, scores);
    const top = scores[leader]!;
    for (let a = 0; a < n; a++) if (a !== leader && beats(scores[a]!, top)) return false;
    return true;
  };
  // Who is on top where the leader first loses: the alternative that takes over.
  const challengerAt = (k: number, t: number | null, w: Float64Array): string | null => {
    if (t === null) return null;
    rescaledWeights(weights, k, t, w);
    scorer.scores(w, scores);
    let best = -1;
    for (let a = 0; a < n; a++) if (a !== leader && (best < 0 || scores[a]! > scores[best]!)) best = a;
    return best < 0 ? null : ids[best]!;
  };

  const scratch = new Float64Array(m);
  const intervals: Record<string, StabilityInterval> = {};
  for (let k = 0; k < m; k++) {
    const down = firstFailure(weights, k, 0, holds, scratch);
    const up = firstFailure(weights, k, 1, holds, scratch);
    intervals[criterionIds[k]!] = {
      weight: weights[k]!,
      low: down.value,
      high: up.value,
      lowBounded: down.bounded,
      highBounded: up.bounded,
      lowChallenger: challengerAt(k, down.failsAt, scratch),
      highChallenger: challengerAt(k, up.failsAt, scratch),
    };
  }
  return { leader: ids[leader]!, intervals, exact: problem.method !== "topsis" };
}
