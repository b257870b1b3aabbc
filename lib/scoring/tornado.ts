/**
 * Tornado of weight swings: each weight in turn is multiplied by `low` and by `high` (default
 * 0.5 and 1.5, i.e. ±50 %; clamped to [0, 1]), the others rescaled proportionally so the sum
 * stays 1, and the ranking is recomputed. A swing of 0 → 2× is `{ low: 0, high: 2 }`. Relative
 * swings leave a zero weight at zero: use the stability intervals to see what raising it does.
 * Criteria come out sorted by `swing`, the largest score change any alternative sees, so the
 * weights that matter most sit on top of the chart (the usual tornado ordering; Clemen 1996 §5).
 * A chart that draws one market's score orders by that market's swing: tornadoForMarket.
 */
import { toProblem, type ProblemInput } from "./decisionProblem";
import { ScoringInputError } from "./errors";
import { competitionRanks } from "./ranks";
import { createScorer } from "./scorer";
import { rescaledWeights } from "./weightPaths";

export interface TornadoOptions {
  /** Multiplier of each weight at the low end (≥ 0). */
  low?: number;
  /** Multiplier at the high end (≥ low). */
  high?: number;
}

export interface TornadoEnd {
  /** The swung criterion's weight at this end. */
  weight: number;
  leader: string;
  ranks: Record<string, number>;
  scores: Record<string, number>;
}

export interface TornadoBar {
  criterion: string;
  /** Current weight. */
  weight: number;
  low: TornadoEnd;
  high: TornadoEnd;
  /** Largest |score at high − score at low| over the alternatives. */
  swing: number;
  /** The leader differs between the two ends or from the current leader. */
  leaderChanges: boolean;
}

export const DEFAULT_TORNADO = { low: 0.5, high: 1.5 } as const;

export function tornadoSwings(input: ProblemInput, options: TornadoOptions = {}): TornadoBar[] {
  const lowFactor = options.low ?? DEFAULT_TORNADO.low;
  const highFactor = options.high ?? DEFAULT_TORNADO.high;
  if (!Number.isFinite(lowFactor) || lowFactor < 0) {
    throw new ScoringInputError("the tornado's low multiplier must be a finite number ≥ 0", ["tornado", "low"]);
  }
  if (!Number.isFinite(highFactor) || highFactor < lowFactor) {
    throw new ScoringInputError("the tornado's high multiplier must be a finite number ≥ the low one", [
      "tornado",
      "high",
    ]);
  }
  const problem = toProblem(input);
  const { n, m, ids, criterionIds, weights } = problem;
  const scorer = createScorer(problem);
  const scores = new Float64Array(n);
  scorer.scores(weights, scores);
  const baseLeader = leaderOf(competitionRanks(scores), ids);
  const swung = new Float64Array(m);

  const end = (k: number, factor: number): { end: TornadoEnd; raw: Float64Array } => {
    const t = Math.min(1, weights[k]! * factor);
    rescaledWeights(weights, k, t, swung);
    const raw = new Float64Array(n);
    scorer.scores(swung, raw);
    const ranks = competitionRanks(raw);
    const rankMap: Record<string, number> = {};
    const scoreMap: Record<string, number> = {};
    for (let a = 0; a < n; a++) {
      rankMap[ids[a]!] = ranks[a]!;
      scoreMap[ids[a]!] = raw[a]!;
    }
    return { end: { weight: t, leader: leaderOf(ranks, ids), ranks: rankMap, scores: scoreMap }, raw };
  };

  const bars: TornadoBar[] = [];
  for (let k = 0; k < m; k++) {
    const low = end(k, lowFactor);
    const high = end(k, highFactor);
    let swing = 0;
    for (let a = 0; a < n; a++) swing = Math.max(swing, Math.abs(high.raw[a]! - low.raw[a]!));
    bars.push({
      criterion: criterionIds[k]!,
      weight: weights[k]!,
      low: low.end,
      high: high.end,
      swing,
      leaderChanges: low.end.leader !== baseLeader || high.end.leader !== baseLeader,
    });
  }
  bars.sort((x, y) => y.swing - x.swing || (x.criterion < y.criterion ? -1 : x.criterion > y.criterion ? 1 : 0));
  return bars;
}

function leaderOf(ranks: Int32Array, ids: string[]): string {
  let a = 0;
  while (ranks[a] !== 1) a++;
  return ids[a]!;
}

/** |score at high − score at low| of one market for one swung weight (0 when it is not scored). */
export function marketSwing(bar: TornadoBar, market: string): number {
  return Math.abs((bar.high.scores[market] ?? 0) - (bar.low.scores[market] ?? 0));
}

/**
 * The bars ordered for a chart that draws one market: by that market's own swing, widest first
 * (ties by criterion id). `swing` is the widest of any market, so ordering by it could put a bar
 * on top whose width on this market's chart is small (issue 11 §9).
 */
export function tornadoForMarket(bars: readonly TornadoBar[], market: string): TornadoBar[] {
  return bars
    .map((bar) => ({ bar, swing: marketSwing(bar, market) }))
    .sort(
      (x, y) =>
        y.swing - x.swing || (x.bar.criterion < y.bar.criterion ? -1 : x.bar.criterion > y.bar.criterion ? 1 : 0),
    )
    .map(({ bar }) => bar);
}
