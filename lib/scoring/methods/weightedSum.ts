/**
 * Weighted sum model (simple additive weighting; Fishburn 1967, Hwang & Yoon 1981 §3.3.1):
 * score = Σ_c w_c·u_c with u the normalized value, 1 = best.
 * - min-max: u = the min-max normalized value (direction applied).
 * - vector: u = x/√Σx² for a benefit criterion and 1 − x/√Σx² for a cost one, so that less is
 *   better on a common scale; the affine flip does not change the ranking of complete data.
 * Missing values are filled by the policy first (scoringMatrix.ts; decision record 013), so the
 * score is Σ_c w_c·u_c over every criterion, linear in the weights.
 * Contributions: w_c·u_c (an imputed cell's part included), which add up to the score exactly.
 */
import type { DecisionProblem } from "../decisionProblem";
import { minMaxNormalized, vectorNormalized } from "../normalization";
import type { Scorer } from "../scorer";
import { ScoringMatrix } from "../scoringMatrix";
import { weightedParts } from "./weightedParts";

export class WeightedSumScorer implements Scorer {
  readonly n: number;
  readonly m: number;
  readonly loadCost: number;
  private readonly matrix: ScoringMatrix;
  private readonly utility: Float64Array;
  private readonly benefit: Uint8Array;
  private readonly normalization: "minmax" | "vector";

  constructor(problem: DecisionProblem, normalization: "minmax" | "vector") {
    this.n = problem.n;
    this.m = problem.m;
    this.loadCost = 3 * problem.n * problem.m;
    this.matrix = new ScoringMatrix(problem);
    this.utility = new Float64Array(problem.n * problem.m);
    this.benefit = problem.benefit;
    this.normalization = normalization;
  }

  load(raw: Float64Array): void {
    const { matrix, utility, benefit, n, m } = this;
    matrix.load(raw);
    if (this.normalization === "minmax") {
      minMaxNormalized(matrix.values, matrix.observed, benefit, n, m, utility, true, matrix.reference);
      return;
    }
    vectorNormalized(matrix.values, matrix.observed, n, m, utility, matrix.reference);
    for (let c = 0; c < m; c++) {
      if (benefit[c] === 1) continue;
      for (let a = 0; a < n; a++) {
        const k = a * m + c;
        if (matrix.mask[k] === 1) utility[k] = 1 - utility[k]!;
      }
    }
  }

  scores(weights: Float64Array, out: Float64Array): void {
    // Every cell holds a value once the missing-data policy has filled the gaps (scoringMatrix.ts).
    const { utility, n, m } = this;
    let total = 0;
    for (let c = 0; c < m; c++) total += weights[c]!;
    const inv = total > 0 ? 1 / total : 0;
    for (let a = 0, k = 0; a < n; a++) {
      let sum = 0;
      for (let c = 0; c < m; c++, k++) sum += weights[c]! * utility[k]!;
      out[a] = sum * inv;
    }
  }

  explain(weights: Float64Array, a: number, out: Float64Array): number {
    return weightedParts(weights, this.utility, this.matrix.mask, a, this.m, out);
  }
}
