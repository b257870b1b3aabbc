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

/**
 * One question of the AHP page: items[first] against items[second]. `position` is the slider's
 * Saaty position once the user has moved it; until then the judgement is the exact `ratio` of the
 * current weights (issue 11 §10: the comparisons start from the weights in use).
 */
export interface Question {
  first: number;
  second: number;
  position: number | null;
  ratio: number;
}

/** a_ij of a question: the exact starting ratio until the user moves the slider. */
export function questionValue(q: Question): number {
  return q.position === null ? q.ratio : judgementValue(q.position);
}

/**
 * The n − 1 starting questions: a star around the most important item (the largest current
 * share; the first on a tie), each other item against it at the exact ratio of their current
 * weights. A star is the spanning tree of smallest diameter (every item is one question away from
 * the reference), so one misjudged answer moves only its own item's weight, where in a chain it
 * would carry over to every item further down. Items with weight 0 are left out: AHP weights are
 * always positive, so comparing them would give them weight. Returns the compared items' indices.
 */
export function spanningQuestions(shares: readonly number[]): { compared: number[]; questions: Question[] } {
  const compared = shares.flatMap((s, i) => (s > 0 && Number.isFinite(s) ? [i] : []));
  if (compared.length < 2) return { compared, questions: [] };
  const centre = compared.reduce((best, i) => (shares[i]! > shares[best]! ? i : best), compared[0]!);
  const questions = compared
    .filter((i) => i !== centre)
    .map((i) => ({ first: centre, second: i, position: null, ratio: shares[centre]! / shares[i]! }));
  return { compared, questions };
}

/** The pairs of compared items that no question asks yet, in reading order. */
export function openPairs(compared: readonly number[], questions: readonly Question[]): [number, number][] {
  const asked = new Set(questions.map((q) => `${Math.min(q.first, q.second)}:${Math.max(q.first, q.second)}`));
  const open: [number, number][] = [];
  for (let a = 0; a < compared.length; a++)
    for (let b = a + 1; b < compared.length; b++) {
      const [i, j] = [compared[a]!, compared[b]!];
      if (!asked.has(`${Math.min(i, j)}:${Math.max(i, j)}`)) open.push([i, j]);
    }
  return open;
}
