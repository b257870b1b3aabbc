/**
 * One weight moves, the others follow: the one-at-a-time weight path used by the stability
 * intervals, the tornado and the smallest-change analysis. Weight k is set to t ∈ [0, 1] and the
 * other weights are rescaled proportionally so the sum stays 1 (the usual convention of weight
 * sensitivity analysis; e.g. Triantaphyllou & Sánchez 1997, Butler, Jia & Dyer 1997 §3).
 */

/** Fills `out` with weights where criterion k has weight t and the rest keep their proportions. */
export function rescaledWeights(base: Float64Array, k: number, t: number, out: Float64Array): void {
  const m = base.length;
  let rest = 0;
  for (let j = 0; j < m; j++) if (j !== k) rest += base[j]!;
  if (rest > 0) {
    const scale = (1 - t) / rest;
    for (let j = 0; j < m; j++) out[j] = base[j]! * scale;
  } else {
    // Every other weight is 0: proportions are undefined, so the remainder is shared equally.
    for (let j = 0; j < m; j++) out[j] = m > 1 ? (1 - t) / (m - 1) : 0;
  }
  out[k] = t;
}

export interface Boundary {
  /** Where the condition first fails along the path (or the end of the path). */
  value: number;
  /** False when the condition holds all the way to the end of the path. */
  bounded: boolean;
  /** The nearest weight found where the condition fails (null when unbounded). */
  failsAt: number | null;
}

/** Grid steps between the current weight and the end of the path before bisection. */
export const PATH_GRID_STEPS = 100;
const BISECTION_TOLERANCE = 1e-12;

/**
 * Walks weight k from its current value towards `end` (0 or 1) on a grid of PATH_GRID_STEPS and
 * bisects the first cell where `holds` turns false. When the scores are linear in the weight
 * (weighted sum and PROMETHEE II, gaps included since decision record 013, which fills every cell) the region where a comparison holds is an
 * interval, so this finds the exact boundary; for TOPSIS a reversal narrower than one grid cell
 * could be missed.
 */
export function firstFailure(
  base: Float64Array,
  k: number,
  end: number,
  holds: (weights: Float64Array) => boolean,
  scratch: Float64Array,
): Boundary {
  const start = base[k]!;
  let previous = start;
  if (start === end) return { value: end, bounded: false, failsAt: null };
  for (let i = 1; i <= PATH_GRID_STEPS; i++) {
    const t = i === PATH_GRID_STEPS ? end : start + ((end - start) * i) / PATH_GRID_STEPS;
    rescaledWeights(base, k, t, scratch);
    if (holds(scratch)) {
      previous = t;
      continue;
    }
    let good = previous;
    let bad = t;
    while (Math.abs(bad - good) > BISECTION_TOLERANCE) {
      const mid = (good + bad) / 2;
      if (mid === good || mid === bad) break;
      rescaledWeights(base, k, mid, scratch);
      if (holds(scratch)) good = mid;
      else bad = mid;
    }
    return { value: (good + bad) / 2, bounded: true, failsAt: bad };
  }
  return { value: end, bounded: false, failsAt: null };
}
