/**
 * Per-criterion parts of an alternative's score when its weights are renormalized over the
 * criteria it has (missing-data policy "renormalize", decision record 004): part_c = w_c·v_c / Σ w
 * over observed criteria. Writes the parts to `out` and returns their sum, the score.
 */
export function weightedParts(
  weights: Float64Array,
  values: Float64Array,
  mask: Uint8Array,
  a: number,
  m: number,
  out: Float64Array,
): number {
  let covered = 0;
  for (let c = 0; c < m; c++) if (mask[a * m + c] === 1) covered += weights[c]!;
  let score = 0;
  for (let c = 0; c < m; c++) {
    const k = a * m + c;
    const part = mask[k] === 1 && covered > 0 ? (weights[c]! * values[k]!) / covered : 0;
    out[c] = part;
    score += part;
  }
  return score;
}
