/**
 * The matrix a method actually scores, after the missing-value policy (see
 * docs/decisions/004-missing-data.md):
 * - "renormalize": the observed values and the observed mask; each method skips missing cells and
 *   renormalizes the weights per alternative over the criteria it has.
 * - "worst": a missing value takes the worst value observed on that criterion (the minimum for a
 *   benefit criterion, the maximum for a cost one), and every cell counts as present.
 */
import type { DecisionProblem } from "./decisionProblem";

export class ScoringMatrix {
  readonly n: number;
  readonly m: number;
  /** Values to score (imputed under "worst"). */
  values: Float64Array;
  /** 1 where the cell takes part in scoring. */
  readonly mask: Uint8Array;
  /** Every cell takes part: methods may skip the mask. */
  readonly complete: boolean;
  private readonly problem: DecisionProblem;
  private readonly imputed: Float64Array | null;

  constructor(problem: DecisionProblem) {
    this.problem = problem;
    this.n = problem.n;
    this.m = problem.m;
    const imputes = problem.missing === "worst" && !problem.complete;
    this.imputed = imputes ? new Float64Array(problem.n * problem.m) : null;
    this.mask = imputes ? new Uint8Array(problem.n * problem.m).fill(1) : problem.observed;
    this.complete = problem.complete || imputes;
    this.values = problem.values;
  }

  /** Takes a raw n × m matrix (observed cells per the problem) and applies the policy. */
  load(raw: Float64Array): void {
    const imputed = this.imputed;
    if (imputed === null) {
      this.values = raw;
      return;
    }
    const { n, m, observed, benefit } = this.problem;
    for (let c = 0; c < m; c++) {
      let worst = benefit[c] === 1 ? Infinity : -Infinity;
      for (let a = 0; a < n; a++) {
        const k = a * m + c;
        if (observed[k] !== 1) continue;
        const x = raw[k]!;
        if (benefit[c] === 1 ? x < worst : x > worst) worst = x;
      }
      for (let a = 0; a < n; a++) {
        const k = a * m + c;
        imputed[k] = observed[k] === 1 ? raw[k]! : worst;
      }
    }
    this.values = imputed;
  }
}
