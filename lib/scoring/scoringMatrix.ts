/**
 * The matrix a method actually scores, after the missing-value policy (see
 * docs/decisions/004-missing-data.md and 010-missing-data-never-helps.md). Every cell is filled:
 * - "renormalize" (default), with the coverage adjustment of record 010: a missing value takes
 *   the mean of the values the other alternatives report on that criterion (the peer mean), so
 *   the gap counts as typical of the peers. A criterion only one alternative reports then cannot
 *   separate it from anyone, and which criterion a market lacks does not matter through the level
 *   of that criterion's scale. Equivalently, score = coverage × (score renormalized over the
 *   criteria it has) + (1 − coverage) × (the peers' level on the criteria it lacks).
 * - "worst": a missing value takes the worst value known on that criterion: over the reference
 *   set when one is supplied, else over the observed values of the alternatives (the minimum for
 *   a benefit criterion, the maximum for a cost one).
 * `observed` (the problem's) keeps saying which cells are real: statistics (min, max, norm,
 * PROMETHEE comparisons) use only those and the reference set, never imputed values.
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
  /** Every cell observed (no imputation): the fast paths of complete data apply. */
  readonly allObserved: boolean;
  /** Statistics of the supplied reference set (NaN for criteria without one). */
  readonly reference: ReferenceStats;
  private readonly problem: DecisionProblem;
  private readonly imputed: Float64Array | null;

  constructor(problem: DecisionProblem) {
    this.problem = problem;
    this.n = problem.n;
    this.m = problem.m;
    this.imputed = problem.complete ? null : new Float64Array(problem.n * problem.m);
    this.mask = new Uint8Array(problem.n * problem.m).fill(1);
    this.observed = problem.observed;
    this.allObserved = problem.complete;
    this.values = problem.values;
    this.reference = referenceStats(problem.reference, true);
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
    for (let c = 0; c < m; c++) {
      let fill: number;
      if (missing === "worst") {
        let worst = benefit[c] === 1 ? Infinity : -Infinity;
        for (let a = 0; a < n; a++) {
          const k = a * m + c;
          if (observed[k] !== 1) continue;
          const x = raw[k]!;
          if (benefit[c] === 1 ? x < worst : x > worst) worst = x;
        }
        if (!Number.isNaN(reference.min[c]!)) {
          worst = benefit[c] === 1 ? Math.min(worst, reference.min[c]!) : Math.max(worst, reference.max[c]!);
        }
        fill = worst;
      } else {
        // The plain mean keeps one observer's value (and equal values) exact; only a sum that
        // overflows is redone scaled by the largest magnitude.
        let sum = 0;
        let count = 0;
        let scale = 0;
        for (let a = 0; a < n; a++) {
          const k = a * m + c;
          if (observed[k] !== 1) continue;
          sum += raw[k]!;
          scale = Math.max(scale, Math.abs(raw[k]!));
          count++;
        }
        if (Number.isFinite(sum)) fill = sum / count;
        else {
          let scaled = 0;
          for (let a = 0; a < n; a++) if (observed[a * m + c] === 1) scaled += raw[a * m + c]! / scale;
          fill = (scaled / count) * scale;
        }
      }
      for (let a = 0; a < n; a++) {
        const k = a * m + c;
        imputed[k] = observed[k] === 1 ? raw[k]! : fill;
      }
    }
    this.values = imputed;
  }
}
