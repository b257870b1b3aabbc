/**
 * Rank distributions from simulated rankings: a tally per sample, then per alternative the
 * probability of each rank, the mean rank, the 90 % interval (5th and 95th percentile ranks)
 * and the probability of ranking first.
 */
import { descendingOrder, sameScore } from "./ranks";

export interface RankDistribution {
  /** Per alternative, P(rank = 1), P(rank = 2), … (length n). */
  rankProbabilities: Record<string, number[]>;
  meanRank: Record<string, number>;
  /** 5th and 95th percentile of the rank distribution. */
  rankInterval90: Record<string, { low: number; high: number }>;
  probabilityFirst: Record<string, number>;
}

/**
 * Adds one sample's ranking to `counts` (n × n, alternative × position). `order` holds the
 * previous sample's order, which makes the insertion sort nearly linear. Alternatives tied in
 * the sample share the positions they occupy equally (the expectation over random tie-breaks),
 * so every row and every column of the final distribution sums to 1.
 */
export function tallyRanks(scores: Float64Array, order: Int32Array, counts: Float64Array, n: number): void {
  descendingOrder(scores, order);
  let start = 0;
  while (start < n) {
    const first = scores[order[start]!]!;
    let end = start + 1;
    while (end < n && sameScore(scores[order[end]!]!, first)) end++;
    if (end - start === 1) counts[order[start]! * n + start]! += 1;
    else {
      const share = 1 / (end - start);
      for (let p = start; p < end; p++) {
        const row = order[p]! * n;
        for (let r = start; r < end; r++) counts[row + r]! += share;
      }
    }
    start = end;
  }
}

export function rankDistribution(ids: string[], counts: Float64Array, samples: number): RankDistribution {
  const n = ids.length;
  const rankProbabilities: Record<string, number[]> = {};
  const meanRank: Record<string, number> = {};
  const rankInterval90: Record<string, { low: number; high: number }> = {};
  const probabilityFirst: Record<string, number> = {};
  for (let a = 0; a < n; a++) {
    const p = Array.from(counts.subarray(a * n, a * n + n), (c) => c / samples);
    let mean = 0;
    let cumulative = 0;
    let low = 0;
    let high = 0;
    for (let r = 0; r < n; r++) {
      mean += (r + 1) * p[r]!;
      cumulative += p[r]!;
      // Smallest rank whose cumulative probability reaches the quantile (tolerating rounding).
      if (low === 0 && cumulative >= 0.05 - 1e-9) low = r + 1;
      if (high === 0 && cumulative >= 0.95 - 1e-9) high = r + 1;
    }
    const id = ids[a]!;
    rankProbabilities[id] = p;
    meanRank[id] = mean;
    rankInterval90[id] = { low: low || n, high: high || n };
    probabilityFirst[id] = p[0]!;
  }
  return { rankProbabilities, meanRank, rankInterval90, probabilityFirst };
}
