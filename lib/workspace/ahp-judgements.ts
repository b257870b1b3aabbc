/**
 * Pairwise judgements on Saaty's 1-9 scale (Saaty 1980, Table 1 of "The Analytic Hierarchy
 * Process") as the weighting page collects them, and the reciprocal matrix the engine's
 * ahpWeights takes. A judgement is a signed position −8…8: 0 = equally important, +k = the first
 * element of the pair is k+1 times as important, −k = the second is. Pure.
 */

/** Saaty's verbal scale; even values are the compromises between their neighbours. */
export const SAATY_LABELS: Readonly<Record<number, string>> = {
  1: "equally important",
  2: "equally to moderately more important",
  3: "moderately more important",
  4: "moderately to strongly more important",
  5: "strongly more important",
  6: "strongly to very strongly more important",
  7: "very strongly more important",
  8: "very strongly to extremely more important",
  9: "extremely more important",
};

export const MAX_POSITION = 8;

/** The pairs (i, j), i < j, in the order the page lists them. */
export function comparisonPairs(n: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  return pairs;
}

/** a_ij for a position: how many times more important i is than j. */
export function judgementValue(position: number): number {
  const p = Math.max(-MAX_POSITION, Math.min(MAX_POSITION, Math.round(position)));
  return p >= 0 ? p + 1 : 1 / (1 - p);
}

/** The position closest to a ratio w_i/w_j, on the log scale the judgements live on. */
export function positionOf(ratio: number): number {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return 0;
  let best = 0;
  for (let p = -MAX_POSITION; p <= MAX_POSITION; p++) {
    if (
      Math.abs(Math.log(judgementValue(p)) - Math.log(ratio)) <
      Math.abs(Math.log(judgementValue(best)) - Math.log(ratio))
    )
      best = p;
  }
  return best;
}

/** The reciprocal comparison matrix from one position per pair (comparisonPairs order). */
export function comparisonMatrix(n: number, positions: readonly number[]): number[][] {
  const matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
  comparisonPairs(n).forEach(([i, j], k) => {
    const a = judgementValue(positions[k] ?? 0);
    matrix[i]![j] = a;
    matrix[j]![i] = 1 / a;
  });
  return matrix;
}

/** "Market attractiveness is strongly more important than Proximity (5)". */
export function describeJudgement(first: string, second: string, position: number): string {
  const p = Math.round(position);
  if (p === 0) return `${first} and ${second} are equally important (1)`;
  const [more, less] = p > 0 ? [first, second] : [second, first];
  const intensity = Math.abs(p) + 1;
  return `${more} is ${SAATY_LABELS[intensity]} than ${less} (${intensity})`;
}

/** What a ratio w_i/w_j says, as a sentence: "A is about 2.4 times as important as B". */
export function describeRatio(first: string, second: string, ratio: number): string {
  if (ratio > 1 / 1.1 && ratio < 1.1) return `${first} is about as important as ${second}`;
  const [more, less, r] = ratio >= 1 ? [first, second, ratio] : [second, first, 1 / ratio];
  const rounded = Math.round(r * 10) / 10;
  return `${more} is ${Number.isInteger(rounded) ? "" : "about "}${rounded} times as important as ${less}`;
}
