/**
 * The matrix a method actually scores, after the missing-value policy (see
 * docs/decisions/004-missing-data.md and 013-missing-data-never-helps.md). Every cell is filled:
 * - "renormalize" (default), with the coverage adjustment of record 013: a missing value takes
 *   the mean of the values the other alternatives report on that criterion (the peer mean), so
 *   the gap counts as typical of the peers. A criterion only one alternative reports then cannot
 *   separate it from anyone, and which criterion a market lacks does not matter through the level
 *   of that criterion's scale. Equivalently, score = coverage × (score renormalized over the
 *   criteria it has) + (1 − coverage) × (the peers' level on the criteria it lacks).
 * - "worst": a missing value takes the worst value known on that criterion: over the reference
 *   set when one is supplied, else over the observed values of the alternatives (the minimum for
 *   a benefit criterion, the maximum for a cost one).
 * `observed` (the problem's) keeps saying which cells are real: statistics (norm, PROMETHEE
 * comparisons) use only those and the reference set, never imputed values. An imputed value lies
 * within the observed range (and the reference's, for "worst"), so min and max may be taken over
 * every cell.
 */
import type { DecisionProblem } from "./decisionProblem";
import { referenceStats, type ReferenceStats } from "./normalization";

export class ScoringMatrix {
  readonly n: number;
  readonly m: number;
  /** Values to score: observed, and imputed where missing. */
  values: Float64Array;
  /** Every cell takes part in scoring (imputed where missing). */
  readonly mask: Uint8Array;
  readonly complete = true;
  /** The cells with a real value: what statistics are computed over. */
  readonly observed: Uint8Array;
  /** Statistics of the supplied reference set (NaN for criteria without one). */
  readonly reference: ReferenceStats;
  private readonly problem: DecisionProblem;
  private readonly imputed: Float64Array | null;
  /** Missing cells grouped by criterion: gaps[gapStart[c] … gapStart[c + 1]). */
  private readonly gaps: Int32Array;
  private readonly gapStart: Int32Array;

  constructor(problem: DecisionProblem) {
    this.problem = problem;
    this.n = problem.n;
    this.m = problem.m;
    this.imputed = problem.complete ? null : new Float64Array(problem.n * problem.m);
    this.mask = new Uint8Array(problem.n * problem.m).fill(1);
    this.observed = problem.observed;
    this.values = problem.values;
    this.reference = referenceStats(problem.reference, true);
    const { n, m, observed } = problem;
    const gaps: number[] = [];
    this.gapStart = new Int32Array(m + 1);
    for (let c = 0; c < m; c++) {
      this.gapStart[c] = gaps.length;
      for (let a = 0; a < n; a++) if (observed[a * m + c] !== 1) gaps.push(a * m + c);
    }
    this.gapStart[m] = gaps.length;
    this.gaps = Int32Array.from(gaps);
  }

  /** Takes a raw n × m matrix (observed cells per the problem) and applies the policy. */
  load(raw: Float64Array): void {
    const imputed = this.imputed;
    if (imputed === null) {
      this.values = raw;
      return;
    }
    const { n, m, observed, benefit, missing } = this.problem;
    const reference = this.reference;
    const gaps = this.gaps;
    imputed.set(raw);
    for (let c = 0; c < m; c++) {
      const from = this.gapStart[c]!;
      const to = this.gapStart[c + 1]!;
      if (from === to) continue;
      let sum = 0;
      let count = 0;
      let min = Infinity;
      let max = -Infinity;
      for (let k = c; k < n * m; k += m) {
        if (observed[k] !== 1) continue;
        const x = raw[k]!;
        sum += x;
        if (x < min) min = x;
        if (x > max) max = x;
        count++;
      }
      let fill: number;
      if (missing === "worst") {
        fill = benefit[c] === 1 ? min : max;
        if (!Number.isNaN(reference.min[c]!)) {
          fill = benefit[c] === 1 ? Math.min(fill, reference.min[c]!) : Math.max(fill, reference.max[c]!);
        }
      } else {
        // The plain mean keeps one observer's value (and equal values) exact; a sum that overflows
        // is redone scaled by the largest magnitude. Clamped to the observed range against
        // rounding, so an imputed value never moves a minimum or maximum.
        if (Number.isFinite(sum)) fill = sum / count;
        else {
          const scale = Math.max(Math.abs(min), Math.abs(max));
          let scaled = 0;
          for (let k = c; k < n * m; k += m) if (observed[k] === 1) scaled += raw[k]! / scale;
          fill = (scaled / count) * scale;
        }
        fill = Math.min(max, Math.max(min, fill));
      }
      for (let i = from; i < to; i++) imputed[gaps[i]!] = fill;
    }
    this.values = imputed;
  }
}
