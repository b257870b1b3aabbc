/**
 * The smallest change of a single weight (the others rescaled proportionally) that lets the
 * runner-up overtake the leader, with a sentence for the report. Each weight is walked both ways
 * with the grid + bisection of weightPaths.ts until the runner-up's score reaches the leader's;
 * the nearest crossing over all weights wins (ties: the earlier criterion). This is the
 * "most critical criterion" question of Triantaphyllou & Sánchez (1997), asked of the top pair.
 */
import { toProblem, type ProblemInput } from "./decisionProblem";
import { beats, competitionRanks } from "./ranks";
import { createScorer } from "./scorer";
import { firstFailure } from "./weightPaths";

export interface SmallestChange {
  leader: string;
  /** null when there is a single alternative. */
  runnerUp: string | null;
  /** The leader and runner-up already share first place. */
  tied: boolean;
  /** The weight to change; null when none suffices (or tied, or a single alternative). */
  criterion: string | null;
  from: number | null;
  /** The weight at which the two tie; beyond it the runner-up is ahead. */
  to: number | null;
  /** to − from, in weight units (0.074 = 7.4 points). */
  change: number | null;
  sentence: string;
}

/** Names for ids in sentences (alternatives and criteria); ids are used where a name is missing. */
export type Labels = Readonly<Record<string, string>>;

function percent(x: number): string {
  const p = x * 100;
  return `${Math.abs(p) >= 0.1 || p === 0 ? p.toFixed(1) : p.toPrecision(2)}%`;
}

function points(x: number): string {
  const p = Math.abs(x * 100);
  const text = p >= 0.1 ? p.toFixed(1) : p.toPrecision(2);
  return `${x < 0 ? "−" : "+"}${text} ${p === 1 ? "point" : "points"}`;
}

export function smallestWeightChange(input: ProblemInput, labels: Labels = {}): SmallestChange {
  const problem = toProblem(input);
  const { n, m, ids, criterionIds, weights } = problem;
  const name = (id: string): string => (Object.hasOwn(labels, id) ? labels[id]! : id);
  const scorer = createScorer(problem);
  const scores = new Float64Array(n);
  scorer.scores(weights, scores);
  const ranks = competitionRanks(scores);
  // By rank, then id (alternatives are in id order), like the published ranking.
  const sorted = Array.from({ length: n }, (_, a) => a).sort((a, b) => ranks[a]! - ranks[b]! || a - b);
  const leader = sorted[0]!;
  const none = { criterion: null, from: null, to: null, change: null };
  if (n === 1) {
    return {
      leader: ids[leader]!,
      runnerUp: null,
      tied: false,
      ...none,
      sentence: `${name(ids[leader]!)} is the only alternative.`,
    };
  }
  const runnerUp = sorted[1]!;
  const L = name(ids[leader]!);
  const R = name(ids[runnerUp]!);
  if (ranks[runnerUp] === 1) {
    return {
      leader: ids[leader]!,
      runnerUp: ids[runnerUp]!,
      tied: true,
      ...none,
      sentence: `${R} and ${L} are tied for first place.`,
    };
  }

  const holds = (w: Float64Array): boolean => {
    scorer.scores(w, scores);
    return !beats(scores[runnerUp]!, scores[leader]!);
  };
  const scratch = new Float64Array(m);
  let best: { k: number; to: number } | null = null;
  for (let k = 0; k < m; k++) {
    for (const end of [1, 0]) {
      const boundary = firstFailure(weights, k, end, holds, scratch);
      if (!boundary.bounded) continue;
      if (best === null || Math.abs(boundary.value - weights[k]!) < Math.abs(best.to - weights[best.k]!)) {
        best = { k, to: boundary.value };
      }
    }
  }
  if (best === null) {
    return {
      leader: ids[leader]!,
      runnerUp: ids[runnerUp]!,
      tied: false,
      ...none,
      sentence: `No change of a single weight lets ${R} overtake ${L} (the others rescaled).`,
    };
  }
  const from = weights[best.k]!;
  const change = best.to - from;
  const criterion = criterionIds[best.k]!;
  return {
    leader: ids[leader]!,
    runnerUp: ids[runnerUp]!,
    tied: false,
    criterion,
    from,
    to: best.to,
    change,
    sentence:
      `${R} would overtake ${L} if the weight of ${name(criterion)} ${change >= 0 ? "rose" : "fell"} ` +
      `from ${percent(from)} to ${percent(best.to)} (${points(change)}), the others rescaled.`,
  };
}
