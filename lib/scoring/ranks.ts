/**
 * Ranks from scores. Two scores closer than TIE_TOLERANCE (relative, with an absolute floor of
 * the same size for scores near 0) are a tie: rounding noise must not decide a ranking.
 */

export const TIE_TOLERANCE = 1e-12;

export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** True when a is better than b by more than the tie tolerance. */
export function beats(a: number, b: number): boolean {
  return a > b && !sameScore(a, b);
}

/** Fills `order` with the identity permutation 0..n-1. */
export function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/**
 * Sorts `order` (any permutation of 0..n-1) by descending score, ties by index (callers keep
 * alternatives sorted by id, so ties come out by id). Allocation-free for the Monte Carlo loop.
 */
export function descendingOrder(scores: ArrayLike<number>, order: Int32Array): void {
  const n = order.length;
  // Insertion sort: n ≤ 300, and the Monte Carlo loop passes the previous sample's order, which
  // is nearly sorted already, so a pass costs about n comparisons.
  for (let i = 1; i < n; i++) {
    const idx = order[i]!;
    const s = scores[idx]!;
    let j = i - 1;
    while (j >= 0) {
      const other = order[j]!;
      const t = scores[other]!;
      if (t > s || (t === s && other < idx)) break;
      order[j + 1] = other;
      j--;
    }
    order[j + 1] = idx;
  }
}

/** Competition ranking ("1224"): an alternative's rank is 1 + the number that strictly beat it. */
export function competitionRanks(scores: ArrayLike<number>): Int32Array {
  const n = scores.length;
  const order = identityOrder(n);
  descendingOrder(scores, order);
  const ranks = new Int32Array(n);
  let groupRank = 1;
  let groupScore = n > 0 ? scores[order[0]!]! : 0;
  for (let p = 0; p < n; p++) {
    const idx = order[p]!;
    const s = scores[idx]!;
    if (!sameScore(s, groupScore)) {
      groupRank = p + 1;
      groupScore = s;
    }
    ranks[idx] = groupRank;
  }
  return ranks;
}

/**
 * Fractional ("average") ranking: tied alternatives share the mean of the positions they occupy,
 * as Spearman's coefficient with ties requires (Kendall & Gibbons 1990, ch. 3).
 */
export function averageRanks(scores: ArrayLike<number>): Float64Array {
  const n = scores.length;
  const order = identityOrder(n);
  descendingOrder(scores, order);
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    const first = scores[order[start]!]!;
    let end = start + 1;
    while (end < n && sameScore(scores[order[end]!]!, first)) end++;
    const mean = (start + 1 + end) / 2;
    for (let p = start; p < end; p++) ranks[order[p]!] = mean;
    start = end;
  }
  return ranks;
}
