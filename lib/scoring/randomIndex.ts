/**
 * Saaty's random consistency index RI(n): the mean consistency index of random reciprocal
 * matrices on the 1-9 scale. n = 1..10 from Saaty (1980), The Analytic Hierarchy Process,
 * McGraw-Hill: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49. n = 11..15: 1.51, 1.48,
 * 1.56, 1.57, 1.59, the extension of the same table in Saaty's later AHP texts, as widely
 * reproduced. The dip at n = 12 is in the published table (small simulation samples); we keep
 * the published values rather than smoothing them. See docs/decisions/002-ahp-random-index.md.
 */

export const RANDOM_INDEX_TABLE = "Saaty 1980" as const;

const SAATY_RANDOM_INDEX: readonly number[] = [
  0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/** Largest matrix order the table covers. */
export const RANDOM_INDEX_MAX_ORDER = SAATY_RANDOM_INDEX.length - 1;

/** RI(n) for 1 ≤ n ≤ 15; undefined outside the table. */
export function randomIndex(n: number): number | undefined {
  return Number.isInteger(n) && n >= 1 ? SAATY_RANDOM_INDEX[n] : undefined;
}
