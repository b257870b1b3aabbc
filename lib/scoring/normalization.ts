/**
 * Normalization of a decision matrix, criterion by criterion, over the observed values only
 * (a missing value neither counts as 0 nor moves the minimum, maximum or norm).
 * Both write into a caller-owned n × m buffer so that Monte Carlo samples allocate nothing;
 * `complete` (every cell observed) skips the mask in the hot loops.
 */

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
): void {
  const size = n * m;
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
        if (!complete && observed[k] !== 1) out[k] = 0;
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
        out[k] = observed[k] !== 1 ? 0 : r > 1 ? 1 : r;
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
): void {
  for (let c = 0; c < m; c++) {
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
      out[k] = observed[k] === 1 && scale > 0 ? values[k]! / scale / norm : 0;
    }
  }
}
