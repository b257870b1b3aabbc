import { clampToScale, FACTOR_MAX, FACTOR_MIN } from "./factors";

// The documented entries most like a firm and a market, in factor space
// (docs/decisions/015-similar-cases.md). Pure.
//
// Distance: the root mean square gap, on the 1-5 scale, over the factors the *query* rates. A
// factor the case rates is compared directly: (q − c)². A factor the case does not rate is not
// read as a match (that would let a sparsely rated case look near) nor as the neutral 3 (that
// would pull every gap towards the middle): it counts as the gap one should expect, the mean of
// (q − c')² over the library's cases that do rate it (with no such case, over a rating spread
// evenly on 1-5: (q − 3)² + 2). A factor the query does not rate is left out for every case
// alike. So a case known on few factors sits near the library's typical distance, never at 0 by
// default, and a case must also share at least `minShared` rated factors with the query.

/** A documented entry as the similarity sees it: its id and its factor ratings (unrated = absent). */
export type RatedCase = { id: string; factors: Readonly<Record<string, number>> };

/** Factor key → rating 1-5; absent, null or non-finite = unknown. */
export type FactorQuery = Readonly<Record<string, number | null | undefined>>;

export type SimilarCaseMatch<C extends RatedCase> = {
  case: C;
  /** Root mean square gap on the 1-5 scale over the factors the query rates (0 = identical). */
  distance: number;
  /** Factors both the query and the case rate. */
  shared: number;
  /** Factors the query rates (the denominator of the mean). */
  compared: number;
};

export const DEFAULT_SIMILAR_COUNT = 3;
export const DEFAULT_MIN_SHARED = 3;

/** Variance of a rating spread evenly over 1, 2, 3, 4, 5: ((1−3)² + (2−3)² + 0 + 1 + 4)/5 = 2. */
const UNIFORM_RATING_VARIANCE = 2;

function known(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** E[(q − c)²] over the library's ratings of one factor: the gap to expect where a case is silent. */
export function expectedSquaredGap(q: number, ratings: readonly number[]): number {
  if (ratings.length === 0) return (q - (FACTOR_MIN + FACTOR_MAX) / 2) ** 2 + UNIFORM_RATING_VARIANCE;
  return ratings.reduce((s, c) => s + (q - c) ** 2, 0) / ratings.length;
}

export function similarCaseDistances<C extends RatedCase>(
  query: FactorQuery,
  cases: readonly C[],
): SimilarCaseMatch<C>[] {
  const factors = Object.keys(query).filter((f) => known(query[f]));
  const q = Object.fromEntries(factors.map((f) => [f, clampToScale(query[f]!)]));
  const ratingsOf = (f: string) => cases.flatMap((c) => (known(c.factors[f]) ? [clampToScale(c.factors[f]!)] : []));
  const expected = Object.fromEntries(factors.map((f) => [f, expectedSquaredGap(q[f]!, ratingsOf(f))]));
  return cases.map((c) => {
    let sum = 0;
    let shared = 0;
    for (const f of factors) {
      const v = c.factors[f];
      if (known(v)) {
        sum += (q[f]! - clampToScale(v)) ** 2;
        shared += 1;
      } else sum += expected[f]!;
    }
    return {
      case: c,
      distance: factors.length > 0 ? Math.sqrt(sum / factors.length) : Infinity,
      shared,
      compared: factors.length,
    };
  });
}

/**
 * The `count` documented entries nearest to the query, nearest first (ties by id, so the answer
 * never depends on the library's order); cases sharing fewer than `minShared` rated factors with
 * the query are left out.
 */
export function similarEntries<C extends RatedCase>(
  query: FactorQuery,
  cases: readonly C[],
  count = DEFAULT_SIMILAR_COUNT,
  minShared = DEFAULT_MIN_SHARED,
): SimilarCaseMatch<C>[] {
  return similarCaseDistances(query, cases)
    .filter((m) => m.shared >= minShared)
    .sort((x, y) => x.distance - y.distance || x.case.id.localeCompare(y.case.id))
    .slice(0, count);
}
