/**
 * TOPSIS (Hwang & Yoon 1981): distances of each alternative to the ideal A⁺ and anti-ideal A⁻ in
 * the weighted normalized space, closeness coefficient CC = S⁻/(S⁺ + S⁻), 1 = best.
 * v = w·r, so S⁺² = Σ_c w_c²·(r_c − r⁺_c)² and S⁻² = Σ_c w_c²·(r_c − r⁻_c)²; the ideal takes the
 * best normalized value per criterion (max for benefit, min for cost under vector normalization;
 * always max under min-max, which already points every criterion up).
 * - S⁺ + S⁻ = 0 happens only when every alternative is equal on every weighted criterion: CC is
 *   then defined as 1 (all tied at the top; nothing separates them from the ideal). Gaps are
 *   filled before (decision record 013), so this holds for an alternative whose observed criteria
 *   all weigh 0 on a robustness weight path too.
 * - Missing values are filled by the policy first (scoringMatrix.ts; decision record 013). The
 *   scale (norm, min, max) comes from the reference set when one is supplied; the ideal and
 *   anti-ideal are the best and worst of the alternatives being ranked (Hwang & Yoon), so a
 *   criterion on which every alternative has the same value adds nothing to either distance.
 * Contributions (exact decomposition, the midpoint identity):
 *   CC − ½ = (S⁻ − S⁺) / (2(S⁺ + S⁻)) = (S⁻² − S⁺²) / (2(S⁺ + S⁻)²)
 *          = Σ_c w_c²·[(r_c − r⁻_c)² − (r_c − r⁺_c)²] / (2(S⁺ + S⁻)²),
 * so contributions[c] = w_c²·(d⁻_c² − d⁺_c²) / (2(S⁺ + S⁻)²), positive where the alternative sits
 * nearer the ideal than the anti-ideal, and they add up to CC − ½ (not to CC): ½ is the neutral
 * point, equidistant from A⁺ and A⁻. All zero in the S⁺ + S⁻ = 0 case.
 */
import type { DecisionProblem } from "../decisionProblem";
import { minMaxNormalized, vectorNormalized } from "../normalization";
import type { Scorer } from "../scorer";
import { ScoringMatrix } from "../scoringMatrix";

export class TopsisScorer implements Scorer {
  readonly n: number;
  readonly m: number;
  readonly loadCost: number;
  private readonly matrix: ScoringMatrix;
  private readonly normalized: Float64Array;
  /** (r − r⁺)² and (r − r⁻)², 0 where missing. */
  private readonly toIdeal: Float64Array;
  private readonly toAntiIdeal: Float64Array;
  private readonly squaredWeights: Float64Array;
  private readonly benefit: Uint8Array;
  private readonly normalization: "minmax" | "vector";

  constructor(problem: DecisionProblem, normalization: "minmax" | "vector") {
    const size = problem.n * problem.m;
    this.n = problem.n;
    this.m = problem.m;
    this.loadCost = 4 * size;
    this.matrix = new ScoringMatrix(problem);
    this.normalized = new Float64Array(size);
    this.toIdeal = new Float64Array(size);
    this.toAntiIdeal = new Float64Array(size);
    this.squaredWeights = new Float64Array(problem.m);
    this.benefit = problem.benefit;
    this.normalization = normalization;
  }

  load(raw: Float64Array): void {
    const { matrix, normalized, toIdeal, toAntiIdeal, benefit, n, m } = this;
    matrix.load(raw);
    const minmax = this.normalization === "minmax";
    if (minmax) {
      minMaxNormalized(matrix.values, matrix.observed, benefit, n, m, normalized, true, matrix.reference);
    } else vectorNormalized(matrix.values, matrix.observed, n, m, normalized, matrix.reference);
    const mask = matrix.mask;
    for (let c = 0; c < m; c++) {
      let max = -Infinity;
      let min = Infinity;
      for (let a = 0; a < n; a++) {
        const k = a * m + c;
        if (mask[k] !== 1) continue;
        if (normalized[k]! > max) max = normalized[k]!;
        if (normalized[k]! < min) min = normalized[k]!;
      }
      const up = minmax || benefit[c] === 1;
      const ideal = up ? max : min;
      const antiIdeal = up ? min : max;
      for (let a = 0; a < n; a++) {
        const k = a * m + c;
        if (mask[k] !== 1) {
          toIdeal[k] = 0;
          toAntiIdeal[k] = 0;
          continue;
        }
        const r = normalized[k]!;
        toIdeal[k] = (r - ideal) * (r - ideal);
        toAntiIdeal[k] = (r - antiIdeal) * (r - antiIdeal);
      }
    }
  }

  scores(weights: Float64Array, out: Float64Array): void {
    const { toIdeal, toAntiIdeal, squaredWeights: w2, n, m } = this;
    for (let c = 0; c < m; c++) w2[c] = weights[c]! * weights[c]!;
    for (let a = 0, k = 0; a < n; a++) {
      let plus = 0;
      let minus = 0;
      for (let c = 0; c < m; c++, k++) {
        plus += w2[c]! * toIdeal[k]!;
        minus += w2[c]! * toAntiIdeal[k]!;
      }
      const sPlus = Math.sqrt(plus);
      const sMinus = Math.sqrt(minus);
      const total = sPlus + sMinus;
      out[a] = total > 0 ? sMinus / total : 1;
    }
  }

  explain(weights: Float64Array, a: number, out: Float64Array): number {
    const { toIdeal, toAntiIdeal, m } = this;
    let plus = 0;
    let minus = 0;
    for (let c = 0; c < m; c++) {
      const w2 = weights[c]! * weights[c]!;
      plus += w2 * toIdeal[a * m + c]!;
      minus += w2 * toAntiIdeal[a * m + c]!;
    }
    const total = Math.sqrt(plus) + Math.sqrt(minus);
    const denominator = 2 * total * total;
    for (let c = 0; c < m; c++) {
      const w2 = weights[c]! * weights[c]!;
      out[c] = denominator > 0 ? (w2 * (toAntiIdeal[a * m + c]! - toIdeal[a * m + c]!)) / denominator : 0;
    }
    return total > 0 ? Math.sqrt(minus) / total : 1;
  }
}
