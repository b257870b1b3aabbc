// How far apart two entry-mode scores must be before the model can tell them apart
// (docs/decisions/018-entry-mode-score-uncertainty.md, issue 11 §2). Pure: the caller passes the
// leave-one-out predictions of data/framework/entry-mode-calibration.json.
//
// For every documented entry the backtest held out, the gap is the score of the model's first
// choice minus the score of the mode the firm actually chose (0 when the first choice was right).
// The uncertainty is the split-conformal quantile of those gaps (Vovk, Gammerman & Shafer 2005;
// Angelopoulos & Bates 2021, "A gentle introduction to conformal prediction", §1): the
// ⌈(n + 1)·q⌉-th smallest of the n gaps. Every mode within that many points of the first choice
// then forms a set that held the firm's actual choice in at least a share q of unseen entries, so
// the modes inside it are tied within the model's error.

/** One held-out prediction: the modes in the model's order and each mode's 0-100 score. */
export type HeldOutPrediction = {
  actual: string;
  predicted: readonly string[];
  scores?: Readonly<Record<string, number>>;
};

export type EntryModeScoreUncertainty = {
  /** Score points: modes within this of the first choice are tied within the model's error. */
  points: number;
  /** The coverage the points are chosen for: the share of unseen entries whose actual mode lay within them. */
  coverage: number;
  /** Held-out entries with scores, and how many of them the model's first choice got right (gap 0). */
  cases: number;
  firstChoiceRight: number;
  /** How many held-out entries had their actual mode within `points` of the first choice. */
  within: number;
};

/** The level the product uses: "as likely as not" (decision record 018). */
export const SCORE_UNCERTAINTY_COVERAGE = 0.5;

const tenth = (x: number) => Math.round(x * 10) / 10;

/**
 * The score gap of each held-out entry: first choice's score minus the actual mode's, at the
 * one decimal the scores carry; entries without scores (files written before they were kept) or
 * naming a mode without a score are left out.
 */
export function heldOutGaps(predictions: readonly HeldOutPrediction[]): number[] {
  return predictions.flatMap((p) => {
    const first = p.predicted[0];
    const top = first === undefined ? undefined : p.scores?.[first];
    const actual = p.scores?.[p.actual];
    if (top === undefined || actual === undefined) return [];
    return [Math.max(0, tenth(top - actual))];
  });
}

/**
 * The entry-mode score uncertainty at `coverage`, or null when the predictions carry no scores or
 * are too few for the quantile (⌈(n + 1)·q⌉ > n: no finite gap has that coverage).
 */
export function entryModeScoreUncertainty(
  predictions: readonly HeldOutPrediction[],
  coverage = SCORE_UNCERTAINTY_COVERAGE,
): EntryModeScoreUncertainty | null {
  if (!(coverage > 0 && coverage < 1)) throw new Error(`coverage must lie strictly between 0 and 1, not ${coverage}`);
  const gaps = heldOutGaps(predictions).sort((a, b) => a - b);
  const n = gaps.length;
  const k = Math.ceil((n + 1) * coverage);
  if (n === 0 || k > n) return null;
  const points = gaps[k - 1]!;
  return {
    points,
    coverage,
    cases: n,
    firstChoiceRight: predictions.filter(
      (p) => p.scores && p.predicted[0] === p.actual && p.scores[p.actual] !== undefined,
    ).length,
    within: gaps.filter((g) => g <= points).length,
  };
}

/**
 * The options whose score lies within `points` of the best one (the best included), best first.
 * With fewer than two, nothing is tied.
 */
export function tiedWithFirst<T extends { id: string; score: number }>(options: readonly T[], points: number): T[] {
  if (options.length === 0) return [];
  const best = Math.max(...options.map((o) => o.score));
  // scores carry one decimal: compare in tenths so 55.6 − 44.6 = 11.0 counts as within 11
  return [...options]
    .filter((o) => Math.round((best - o.score) * 10) <= Math.round(points * 10))
    .sort((a, b) => b.score - a.score);
}
