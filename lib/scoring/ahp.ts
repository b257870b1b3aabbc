/**
 * AHP priorities from a reciprocal pairwise comparison matrix (Saaty 1980). a_ij says how many
 * times more important i is than j on the 1-9 scale; a_ji = 1/a_ij.
 * - "eigenvector" (Saaty 1980): w = principal right eigenvector, by power iteration until the
 *   normalized vector moves less than 1e-12 (Perron-Frobenius: a positive matrix has a unique
 *   positive principal eigenvector and power iteration converges to it).
 * - "geometric" (row geometric mean; Crawford & Williams 1985): w_i ∝ (Π_j a_ij)^(1/n).
 * Consistency is always Saaty's: λmax is the principal eigenvalue, CI = (λmax − n)/(n − 1),
 * CR = CI/RI(n) (RI from randomIndex.ts; n ≤ 2 gives CI = CR = 0), consistent when CR ≤ 0.1.
 * When CR > 0.1 the judgement that most worsens consistency is reported: the pair with the
 * largest |ln ε_ij|, ε_ij = a_ij·w_j/w_i (Saaty 2003, "Decision-making with the AHP: why is the
 * principal eigenvector necessary", EJOR 145(1)). For the eigenvector,
 * λmax − n = (1/n)·Σ_{i<j} (ε_ij + 1/ε_ij − 2), and each term grows with |ln ε_ij|, so that pair
 * adds most to CI (the max-deviation rule; Ergu et al. 2011 give an induced-matrix variant).
 * The value w_i/w_j that would make the judgement consistent comes with it.
 */
import { ScoringInputError, ScoringLimitError } from "./errors";
import { MAX_AHP_CRITERIA } from "./limits";
import { portableExp, portableLog } from "./portableMath";
import { RANDOM_INDEX_TABLE, randomIndex } from "./randomIndex";

export type AhpMethod = "eigenvector" | "geometric";

export interface AhpResult {
  /** Priorities in matrix order, summing to 1. */
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  /** CR ≤ CONSISTENCY_THRESHOLD. */
  consistent: boolean;
  /** Row and column of the judgement to revisit first, only when CR > 0.1. */
  worstPair: [number, number] | null;
  /** The value of that judgement consistent with the weights, w_i/w_j. */
  suggestedValue: number | null;
  method: AhpMethod;
  randomIndex: typeof RANDOM_INDEX_TABLE;
  randomIndexValue: number;
}

/** Saaty's 10 % rule. */
export const CONSISTENCY_THRESHOLD = 0.1;
/** Relative tolerance when checking a_ij·a_ji = 1 and a_ii = 1 (0.3333 for 1/3 passes). */
export const RECIPROCAL_TOLERANCE = 1e-3;
const POWER_TOLERANCE = 1e-12;
const MAX_POWER_ITERATIONS = 10_000;

function checkedMatrix(matrix: readonly (readonly number[])[]): number {
  if (!Array.isArray(matrix) || matrix.length === 0) {
    throw new ScoringInputError("the comparison matrix must have at least one row", ["matrix"]);
  }
  const n = matrix.length;
  if (n > MAX_AHP_CRITERIA) {
    throw new ScoringLimitError("MAX_AHP_CRITERIA", MAX_AHP_CRITERIA, n, "too many elements to compare", ["matrix"]);
  }
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new ScoringInputError(
        `matrix[${i}] has ${Array.isArray(row) ? row.length : 0} entries; a ${n} × ${n} matrix needs ${n}`,
        ["matrix", i],
      );
    }
    row.forEach((value, j) => {
      if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
        throw new ScoringInputError(`matrix[${i}][${j}] = ${String(value)} must be a positive number`, [
          "matrix",
          i,
          j,
        ]);
      }
    });
  });
  for (let i = 0; i < n; i++) {
    const diagonal = matrix[i]![i]!;
    if (Math.abs(diagonal - 1) > RECIPROCAL_TOLERANCE) {
      throw new ScoringInputError(`matrix[${i}][${i}] = ${diagonal} must be 1 (an element compared with itself)`, [
        "matrix",
        i,
        i,
      ]);
    }
    for (let j = i + 1; j < n; j++) {
      const upper = matrix[i]![j]!;
      const lower = matrix[j]![i]!;
      if (Math.abs(upper * lower - 1) > RECIPROCAL_TOLERANCE) {
        throw new ScoringInputError(
          `matrix[${j}][${i}] = ${lower} is not the reciprocal of matrix[${i}][${j}] = ${upper} (expected ${+(1 / upper).toPrecision(6)})`,
          ["matrix", j, i],
        );
      }
    }
  }
  return n;
}

/** Principal eigenpair by power iteration on A scaled by its largest entry (no overflow). */
function principalEigen(
  matrix: readonly (readonly number[])[],
  start: Float64Array,
): { vector: Float64Array; lambda: number } {
  const n = matrix.length;
  let scale = 0;
  for (const row of matrix) for (const v of row) scale = Math.max(scale, v);
  let current = Float64Array.from(start);
  let next = new Float64Array(n);
  let lambda = 0;
  for (let iteration = 0; iteration < MAX_POWER_ITERATIONS; iteration++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const row = matrix[i]!;
      let s = 0;
      for (let j = 0; j < n; j++) s += (row[j]! / scale) * current[j]!;
      next[i] = s;
      sum += s;
    }
    // With Σ current = 1, Σ (A·current) → λ at the fixed point.
    lambda = sum * scale;
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = next[i]! / sum;
      change = Math.max(change, Math.abs(next[i]! - current[i]!));
    }
    [current, next] = [next, current];
    if (change < POWER_TOLERANCE) break;
  }
  return { vector: current, lambda };
}

function rowGeometricMeans(matrix: readonly (readonly number[])[]): Float64Array {
  const n = matrix.length;
  const logs = matrix.map((row) => row.reduce((s, v) => s + portableLog(v), 0) / n);
  const top = Math.max(...logs);
  const w = Float64Array.from(logs, (l) => portableExp(l - top));
  const sum = w.reduce((s, v) => s + v, 0);
  return w.map((v) => v / sum);
}

export function ahpWeights(matrix: readonly (readonly number[])[], options: { method?: AhpMethod } = {}): AhpResult {
  const method = options.method ?? "eigenvector";
  if (method !== "eigenvector" && method !== "geometric") {
    throw new ScoringInputError(`unknown AHP method "${String(method)}"`, ["method"]);
  }
  const n = checkedMatrix(matrix);
  const geometric = rowGeometricMeans(matrix);
  const eigen = principalEigen(matrix, geometric);
  const weights = method === "eigenvector" ? eigen.vector : geometric;
  const ri = randomIndex(n) ?? 0;
  const ci = n <= 2 ? 0 : Math.max(0, (eigen.lambda - n) / (n - 1));
  const cr = ri > 0 ? ci / ri : 0;

  let worstPair: [number, number] | null = null;
  let suggestedValue: number | null = null;
  if (cr > CONSISTENCY_THRESHOLD) {
    const logW = Array.from(weights, (w) => portableLog(Math.max(w, Number.MIN_VALUE)));
    let worst = -1;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const deviation = Math.abs(portableLog(matrix[i]![j]!) + logW[j]! - logW[i]!);
        if (deviation > worst) {
          worst = deviation;
          worstPair = [i, j];
        }
      }
    }
    if (worstPair !== null) suggestedValue = portableExp(logW[worstPair[0]]! - logW[worstPair[1]]!);
  }

  return {
    weights: Array.from(weights),
    lambdaMax: n <= 2 ? n : eigen.lambda,
    ci,
    cr,
    consistent: cr <= CONSISTENCY_THRESHOLD,
    worstPair,
    suggestedValue,
    method,
    randomIndex: RANDOM_INDEX_TABLE,
    randomIndexValue: ri,
  };
}
