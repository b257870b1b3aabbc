/**
 * PROMETHEE preference functions (Brans & Vincke 1985, "A preference ranking organisation
 * method", Management Science 31(6); the six types as in Brans & Mareschal 2005, ch. 5 of
 * Figueira, Greco & Ehrgott, "Multiple Criteria Decision Analysis"), and the defaults of their
 * thresholds from the spread of the criterion over the reference set.
 *
 * Defaults (docs/decisions/014-uncertainty-and-preferences.md): with σ the population standard
 * deviation of the criterion's reference values, q = 0.1σ (differences this small are noise),
 * p = 0.5σ (half a standard deviation is a clear difference) and, for the Gaussian, s = 0.3σ,
 * midway between q and p as Mareschal advises ("s is somewhere between q and p").
 */
import { portableExp } from "./portableMath";
import type { PreferenceType, ResolvedPreference } from "./types";

export const PREFERENCE_TYPES: readonly PreferenceType[] = ["usual", "ushape", "vshape", "level", "linear", "gaussian"];

/** Numeric codes used in the hot loop, in PREFERENCE_TYPES order. */
export const USUAL = 0;
export const USHAPE = 1;
export const VSHAPE = 2;
export const LEVEL = 3;
export const LINEAR = 4;
export const GAUSSIAN = 5;

export const DEFAULT_THRESHOLD_SHARES = { q: 0.1, p: 0.5, s: 0.3 } as const;

/** Population standard deviation, two-pass (mean first) so large magnitudes do not cancel. */
export function standardDeviation(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (values[i]! - mean) * (values[i]! - mean);
  return Math.sqrt(sum / n);
}

/**
 * F(d) for d ≥ 0 (the preference of the better alternative by a difference d). `q`, `p`, `s` are
 * the resolved thresholds; a zero threshold degrades to the usual step, as the limits of the
 * formulas do.
 */
export function preferenceDegree(type: number, d: number, q: number, p: number, s: number): number {
  if (!(d > 0)) return 0;
  switch (type) {
    case USHAPE:
      return d > q ? 1 : 0;
    case VSHAPE:
      return d >= p ? 1 : d / p;
    case LEVEL:
      return d > p ? 1 : d > q ? 0.5 : 0;
    case LINEAR:
      return d <= q ? 0 : d > p ? 1 : (d - q) / (p - q);
    case GAUSSIAN:
      return s > 0 ? 1 - portableExp(-(d * d) / (2 * s * s)) : 1;
    default:
      return 1;
  }
}

/** Fills thresholds left out with the defaults from σ; given thresholds are kept as they are. */
export function resolvedPreference(
  type: PreferenceType,
  given: { q?: number | undefined; p?: number | undefined; s?: number | undefined },
  sigma: number,
): ResolvedPreference {
  const q = given.q ?? DEFAULT_THRESHOLD_SHARES.q * sigma;
  const p = given.p ?? Math.max(q, DEFAULT_THRESHOLD_SHARES.p * sigma);
  switch (type) {
    case "usual":
      return { type };
    case "ushape":
      return { type, q };
    case "vshape":
      return { type, p: given.p ?? DEFAULT_THRESHOLD_SHARES.p * sigma };
    case "level":
    case "linear":
      return { type, q, p };
    case "gaussian":
      return { type, s: given.s ?? DEFAULT_THRESHOLD_SHARES.s * sigma };
  }
}
