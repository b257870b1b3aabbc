/**
 * PROMETHEE II (Brans & Vincke 1985; Brans & Mareschal 2005). For each pair, on each criterion,
 * the preference P_c(a,b) = F_c(d) of a over b, with d = g_c(a) − g_c(b) for a benefit criterion
 * and g_c(b) − g_c(a) for a cost one, and F_c:
 * - "usual" (type I): F(d) = 1 if d > 0, else 0;
 * - "linear" (type V, indifference threshold q, preference threshold p): 0 if d ≤ q,
 *   (d − q)/(p − q) if q < d ≤ p, 1 if d > p (p = q reduces to a step at q).
 * Net flow φ(a) = φ⁺(a) − φ⁻(a) = 1/(n−1) Σ_b [π(a,b) − π(b,a)] with π(a,b) = Σ_c w_c·P_c(a,b).
 * Because π is additive, φ(a) = Σ_c w_c·φ_c(a) with the unicriterion net flow
 * φ_c(a) = 1/(n−1) Σ_b [P_c(a,b) − P_c(b,a)] (Brans & Mareschal 2005, §5.3): φ_c depends on the
 * values only, so `load` computes it once (O(n²·m)) and `scores` is a weighted sum (O(n·m)).
 * Contributions are w_c·φ_c(a) (over Σ w), which add up to φ(a).
 * Missing values under "renormalize": φ_c is computed among the n_c alternatives that have a
 * value on c (divided by n_c − 1), and each alternative's weights are renormalized over its
 * observed criteria: φ(a) = Σ_{c observed} w_c·φ_c(a) / Σ_{c observed} w_c. With complete data
 * this is exactly PROMETHEE II; with gaps the flows no longer sum to 0 over alternatives.
 */
import type { DecisionProblem } from "../decisionProblem";
import type { Scorer } from "../scorer";
import { ScoringMatrix } from "../scoringMatrix";
import { weightedParts } from "./weightedParts";

export class PrometheeScorer implements Scorer {
  readonly n: number;
  readonly m: number;
  readonly loadCost: number;
  private readonly matrix: ScoringMatrix;
  /** n × m unicriterion net flows φ_c(a), 0 where missing. */
  private readonly flows: Float64Array;
  private readonly problem: DecisionProblem;

  constructor(problem: DecisionProblem) {
    this.problem = problem;
    this.n = problem.n;
    this.m = problem.m;
    this.loadCost = (problem.n * problem.n * problem.m) / 2 + problem.n * problem.m;
    this.matrix = new ScoringMatrix(problem);
    this.flows = new Float64Array(problem.n * problem.m);
  }

  load(raw: Float64Array): void {
    const { matrix, flows, n, m } = this;
    const { benefit, linear, q, p } = this.problem;
    matrix.load(raw);
    const values = matrix.values;
    const mask = matrix.mask;
    flows.fill(0);
    for (let c = 0; c < m; c++) {
      const sign = benefit[c] === 1 ? 1 : -1;
      const isLinear = linear[c] === 1;
      const qc = q[c]!;
      const pc = p[c]!;
      const span = pc - qc;
      let count = 0;
      for (let a = 0; a < n; a++) count += mask[a * m + c]!;
      if (count < 2) continue;
      for (let a = 0; a < n; a++) {
        const ka = a * m + c;
        if (mask[ka] !== 1) continue;
        const ga = values[ka]!;
        let flow = flows[ka]!;
        for (let b = a + 1; b < n; b++) {
          const kb = b * m + c;
          if (mask[kb] !== 1) continue;
          // d > 0: a preferred to b. P(a,b) − P(b,a) = sign(d)·F(|d|).
          const d = sign * (ga - values[kb]!);
          let h: number;
          if (!isLinear) h = d > 0 ? 1 : d < 0 ? -1 : 0;
          else {
            const abs = d < 0 ? -d : d;
            const f = abs <= qc ? 0 : abs > pc ? 1 : (abs - qc) / span;
            h = d < 0 ? -f : f;
          }
          flow += h;
          flows[kb] = flows[kb]! - h;
        }
        flows[ka] = flow;
      }
      const inv = 1 / (count - 1);
      for (let a = 0; a < n; a++) flows[a * m + c] = flows[a * m + c]! * inv;
    }
  }

  scores(weights: Float64Array, out: Float64Array): void {
    const { flows, n, m } = this;
    const mask = this.matrix.mask;
    const complete = this.matrix.complete;
    let total = 0;
    for (let c = 0; c < m; c++) total += weights[c]!;
    for (let a = 0, k = 0; a < n; a++) {
      let sum = 0;
      let covered = complete ? total : 0;
      if (complete) {
        for (let c = 0; c < m; c++, k++) sum += weights[c]! * flows[k]!;
      } else {
        for (let c = 0; c < m; c++, k++) {
          if (mask[k] !== 1) continue;
          sum += weights[c]! * flows[k]!;
          covered += weights[c]!;
        }
      }
      out[a] = covered > 0 ? sum / covered : 0;
    }
  }

  explain(weights: Float64Array, a: number, out: Float64Array): number {
    return weightedParts(weights, this.flows, this.matrix.mask, a, this.m, out);
  }
}
