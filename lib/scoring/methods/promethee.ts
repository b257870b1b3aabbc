/**
 * PROMETHEE II (Brans & Vincke 1985; Brans & Mareschal 2005). For each pair, on each criterion,
 * the preference P_c(a,b) = F_c(d) of a over b, with d = g_c(a) − g_c(b) for a benefit criterion
 * and g_c(b) − g_c(a) for a cost one, F_c one of the six preference functions (preferences.ts).
 * Net flow φ(a) = φ⁺(a) − φ⁻(a) = 1/(n−1) Σ_b [π(a,b) − π(b,a)] with π(a,b) = Σ_c w_c·P_c(a,b).
 * Because π is additive, φ(a) = Σ_c w_c·φ_c(a) with the unicriterion net flow
 * φ_c(a) = 1/(n−1) Σ_b [P_c(a,b) − P_c(b,a)] (Brans & Mareschal 2005, §5.3): φ_c depends on the
 * values only, so `load` computes it once and `scores` is a weighted sum (O(n·m)).
 * Contributions are w_c·φ_c(a) (over Σ w), which add up to φ(a).
 * Reference set (decision record 013): each alternative is compared with the criterion's
 * reference values R_c, φ_c(a) = Σ_{v∈R_c} [F(d) − F(−d)] / (|R_c| − 1), where R_c is the
 * supplied reference set or, without one, the observed values of the alternatives. With complete
 * data and no reference this is exactly PROMETHEE II (comparing a with itself adds 0). Missing
 * values are filled by the policy first (scoringMatrix.ts), and imputed values are never in R_c.
 * With a supplied reference, sorted once, every function but the Gaussian is computed per cell
 * from binary searches: usual, U-shape and level count the reference values in each band (exact
 * integer counts); V-shape and linear add the partial band (q, p] in closed form from prefix sums
 * (the sorting idea of Calders & Van Assche 2018, "PROMETHEE is not quadratic", Computers &
 * Operations Research 100). The Gaussian, and the fallback to the alternatives (kept in pairwise
 * order so complete data give the same bits as before), sum over the reference.
 */
import type { DecisionProblem } from "../decisionProblem";
import { GAUSSIAN, LEVEL, USHAPE, USUAL, VSHAPE, preferenceDegree } from "../preferences";
import type { Scorer } from "../scorer";
import { ScoringMatrix } from "../scoringMatrix";
import { weightedParts } from "./weightedParts";

/** Number of entries of the ascending `sorted` below x (strictly). */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of entries of the ascending `sorted` at or below x. */
function countAtMost(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PrometheeScorer implements Scorer {
  readonly n: number;
  readonly m: number;
  readonly loadCost: number;
  private readonly matrix: ScoringMatrix;
  /** n × m unicriterion net flows φ_c(a). */
  private readonly flows: Float64Array;
  private readonly problem: DecisionProblem;
  /** Per criterion, the supplied reference sorted ascending (null: compare with the alternatives). */
  private readonly sortedReference: (Float64Array | null)[];
  /** Per criterion with a supplied reference: prefix sums of (sorted value − origin). */
  private readonly prefixSums: ({ origin: number; sums: Float64Array } | null)[];
  /** Scratch: one criterion's observed values of the alternatives. */
  private readonly column: Float64Array;

  constructor(problem: DecisionProblem) {
    this.problem = problem;
    this.n = problem.n;
    this.m = problem.m;
    let referenceSize = 0;
    for (const r of problem.reference) referenceSize += r === null ? problem.n : r.length;
    this.loadCost = problem.n * referenceSize + problem.n * problem.m;
    this.matrix = new ScoringMatrix(problem);
    this.flows = new Float64Array(problem.n * problem.m);
    this.sortedReference = problem.reference.map((r) => (r === null ? null : Float64Array.from(r).sort()));
    this.column = new Float64Array(problem.n);
    // Sums of the values relative to the reference's mean, so that the closed-form partial bands
    // do not subtract large, nearly equal totals.
    this.prefixSums = this.sortedReference.map((sorted) => {
      if (sorted === null) return null;
      let origin = 0;
      for (const v of sorted) origin += v / sorted.length;
      const sums = new Float64Array(sorted.length + 1);
      for (let i = 0; i < sorted.length; i++) sums[i + 1] = sums[i]! + (sorted[i]! - origin);
      return { origin, sums };
    });
  }

  load(raw: Float64Array): void {
    const { matrix, flows, n, m, column } = this;
    const { benefit, preference, q, p, s, observed } = this.problem;
    matrix.load(raw);
    const values = matrix.values;
    for (let c = 0; c < m; c++) {
      const sign = benefit[c] === 1 ? 1 : -1;
      const type = preference[c]!;
      const qc = q[c]!;
      const pc = p[c]!;
      const sc = s[c]!;
      // The values compared with: the supplied reference, or the alternatives' observed values in
      // id order (the order of the original pairwise sums, so complete data give identical bits).
      let reference = this.sortedReference[c] ?? null;
      let size: number;
      if (reference === null) {
        size = 0;
        for (let a = 0; a < n; a++) if (observed[a * m + c] === 1) column[size++] = raw[a * m + c]!;
        reference = column;
      } else size = reference.length;
      if (size < 2) {
        for (let a = 0; a < n; a++) flows[a * m + c] = 0;
        continue;
      }
      const inv = 1 / (size - 1);
      const prefix = this.prefixSums[c] ?? null;
      for (let a = 0; a < n; a++) {
        const x = values[a * m + c]!;
        let flow = 0;
        if (prefix !== null && type !== GAUSSIAN) {
          // Sorted reference: count and sum the reference values in each band of the preference
          // function by binary search (exact counts; the partial bands of V-shape and linear in
          // closed form from prefix sums). Benefit: a beats v by d = x − v; cost: by v − x.
          const sorted = reference;
          if (type === USUAL || type === USHAPE || type === LEVEL) {
            const t1 = type === USUAL ? 0 : qc;
            const below1 = countBelow(sorted, x - t1);
            const above1 = size - countAtMost(sorted, x + t1);
            let net = sign === 1 ? below1 - above1 : above1 - below1;
            if (type === LEVEL) {
              const below2 = countBelow(sorted, x - pc);
              const above2 = size - countAtMost(sorted, x + pc);
              net = 0.5 * net + 0.5 * (sign === 1 ? below2 - above2 : above2 - below2);
            }
            flow = net;
          } else {
            // Linear (V-shape is linear with q = 0): full preference beyond p, (d − q)/(p − q) between.
            const q0 = type === VSHAPE ? 0 : qc;
            const span = pc - q0;
            const lowFull = countBelow(sorted, x - pc);
            const lowPart = countBelow(sorted, x - q0);
            const highPart = countAtMost(sorted, x + q0);
            const highFull = countAtMost(sorted, x + pc);
            // Values below x (minus side for a cost criterion) and above x, each with its weight.
            const shifted = x - prefix.origin;
            const sumLow = prefix.sums[lowPart]! - prefix.sums[lowFull]!;
            const sumHigh = prefix.sums[highFull]! - prefix.sums[highPart]!;
            const partLow = span > 0 ? ((lowPart - lowFull) * (shifted - q0) - sumLow) / span : 0;
            const partHigh = span > 0 ? (sumHigh - (highFull - highPart) * (shifted + q0)) / span : 0;
            const lower = lowFull + partLow;
            const higher = size - highFull + partHigh;
            flow = sign === 1 ? lower - higher : higher - lower;
          }
        } else {
          for (let i = 0; i < size; i++) {
            const d = sign * (x - reference[i]!);
            if (type === USUAL) flow += d > 0 ? 1 : d < 0 ? -1 : 0;
            else flow += d < 0 ? -preferenceDegree(type, -d, qc, pc, sc) : preferenceDegree(type, d, qc, pc, sc);
          }
        }
        flows[a * m + c] = flow * inv;
      }
    }
  }

  scores(weights: Float64Array, out: Float64Array): void {
    // Every cell holds a flow once the missing-data policy has filled the gaps (scoringMatrix.ts).
    const { flows, n, m } = this;
    let total = 0;
    for (let c = 0; c < m; c++) total += weights[c]!;
    for (let a = 0, k = 0; a < n; a++) {
      let sum = 0;
      for (let c = 0; c < m; c++, k++) sum += weights[c]! * flows[k]!;
      out[a] = total > 0 ? sum / total : 0;
    }
  }

  explain(weights: Float64Array, a: number, out: Float64Array): number {
    return weightedParts(weights, this.flows, this.matrix.mask, a, this.m, out);
  }
}
