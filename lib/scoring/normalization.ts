/**
 * Normalization of a decision matrix, criterion by criterion, over the observed values only
 * (a missing value neither counts as 0 nor moves the minimum, maximum or norm), or over a
 * reference set (decision record 013): the minimum and maximum then come from the reference
 * extended by the observed values, the norm from the reference alone.
 * Both write into a caller-owned n × m buffer so that Monte Carlo samples allocate nothing;
 * `complete` (every cell observed) skips the mask in the hot loops.
 */

/**
 * Statistics of a supplied reference set per criterion (NaN where a criterion has none), and
 * whether every cell of `values` holds a value to normalize (imputed cells included): then every
 * cell is written, otherwise unobserved cells are written as 0.
 */
export interface ReferenceStats {
  min: Float64Array;
  max: Float64Array;
  /** √Σx² of the reference values (NaN = none: the observed values' norm is used). */
  norm: Float64Array;
  filled: boolean;
}

/** min, max and √Σx² of each criterion's reference values (NaN where none is given). */
export function referenceStats(reference: readonly (Float64Array | null)[], filled: boolean): ReferenceStats {
  const m = reference.length;
  const min = new Float64Array(m).fill(NaN);
  const max = new Float64Array(m).fill(NaN);
  const norm = new Float64Array(m).fill(NaN);
  reference.forEach((values, c) => {
    if (values === null) return;
    let lo = Infinity;
    let hi = -Infinity;
    let scale = 0;
    for (const x of values) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
      scale = Math.max(scale, Math.abs(x));
    }
    let sum = 0;
    if (scale > 0) for (const x of values) sum += (x / scale) * (x / scale);
    min[c] = lo;
    max[c] = hi;
    // Stored as scale·√Σ(x/scale)² so that large values cannot overflow.
    norm[c] = scale * Math.sqrt(sum);
  });
  return { min, max, norm, filled };
}

/** A criterion whose range is below this share of its magnitude counts as constant. */
const CONSTANT_RANGE = 1e-12;

/**
 * Linear min-max normalization (Hwang & Yoon 1981, "linear scale transformation, max-min"):
 * benefit (x − min)/(max − min), cost (max − x)/(max − min), so 1 is always best. A criterion on
 * which every alternative is equal gives everyone 1: it does not separate them, and 1 (rather
 * than 0) keeps an alternative's renormalized score unchanged by it.
 */
export function minMaxNormalized(
  values: Float64Array,
  observed: Uint8Array,
  benefit: Uint8Array,
  n: number,
  m: number,
  out: Float64Array,
  complete = false,
  reference: ReferenceStats | null = null,
): void {
  const size = n * m;
  const filled = complete || (reference?.filled ?? false);
  for (let c = 0; c < m; c++) {
    let min = Infinity;
    let max = -Infinity;
    if (complete) {
      for (let k = c; k < size; k += m) {
        const x = values[k]!;
        if (x < min) min = x;
        if (x > max) max = x;
      }
    } else {
      for (let k = c; k < size; k += m) {
        if (observed[k] !== 1) continue;
        const x = values[k]!;
        if (x < min) min = x;
        if (x > max) max = x;
      }
    }
    if (reference !== null && !Number.isNaN(reference.min[c]!)) {
      min = Math.min(min, reference.min[c]!);
      max = Math.max(max, reference.max[c]!);
    }
    const range = max - min;
    const constant = !(range > CONSTANT_RANGE * Math.max(Math.abs(min), Math.abs(max)));
    const inverse = 1 / range;
    if (constant || range === Infinity || inverse === Infinity) {
      // Slow path: a constant criterion (everyone gets 1); values so large that max − min
      // overflows (work in halves, which are exact); or a subnormal range whose reciprocal
      // overflows (divide instead).
      const halves = range === Infinity;
      const span = halves ? max / 2 - min / 2 : range;
      for (let k = c; k < size; k += m) {
        if (!filled && observed[k] !== 1) out[k] = 0;
        else if (constant) out[k] = 1;
        else {
          const x = values[k]!;
          const above = benefit[c] === 1 ? (halves ? x / 2 - min / 2 : x - min) : halves ? max / 2 - x / 2 : max - x;
          out[k] = Math.min(1, above / span);
        }
      }
      continue;
    }
    // Multiplying by the reciprocal is one rounding away from dividing, and several times faster
    // in the Monte Carlo loop; the clamp absorbs that rounding at the ends.
    const isBenefit = benefit[c] === 1;
    if (complete) {
      for (let k = c; k < size; k += m) {
        const r = isBenefit ? (values[k]! - min) * inverse : (max - values[k]!) * inverse;
        out[k] = r > 1 ? 1 : r;
      }
    } else {
      for (let k = c; k < size; k += m) {
        const r = isBenefit ? (values[k]! - min) * inverse : (max - values[k]!) * inverse;
        // An imputed value lies inside the observed range, so only the top needs the clamp.
        out[k] = !filled && observed[k] !== 1 ? 0 : r > 1 ? 1 : r;
      }
    }
  }
}

/**
 * Vector normalization x / √Σx² (Hwang & Yoon 1981), direction untouched: TOPSIS handles cost
 * criteria through the ideal and anti-ideal. An all-zero criterion normalizes to 0.
 */
export function vectorNormalized(
  values: Float64Array,
  observed: Uint8Array,
  n: number,
  m: number,
  out: Float64Array,
  reference: ReferenceStats | null = null,
): void {
  const filled = reference?.filled ?? false;
  for (let c = 0; c < m; c++) {
    const given = reference === null ? NaN : reference.norm[c]!;
    if (!Number.isNaN(given)) {
      for (let a = 0; a < n; a++) {
        const k = a * m + c;
        out[k] = (filled || observed[k] === 1) && given > 0 ? values[k]! / given : 0;
      }
      continue;
    }
    // Scale by the largest magnitude first so that the sum of squares cannot overflow.
    let scale = 0;
    for (let a = 0; a < n; a++) {
      if (observed[a * m + c] === 1) scale = Math.max(scale, Math.abs(values[a * m + c]!));
    }
    let sum = 0;
    if (scale > 0) {
      for (let a = 0; a < n; a++) {
        if (observed[a * m + c] !== 1) continue;
        const x = values[a * m + c]! / scale;
        sum += x * x;
      }
    }
    const norm = Math.sqrt(sum);
    for (let a = 0; a < n; a++) {
      const k = a * m + c;
      out[k] = (filled || observed[k] === 1) && scale > 0 ? values[k]! / scale / norm : 0;
    }
  }
}
