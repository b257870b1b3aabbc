/**
 * AHP priorities from an incomplete set of pairwise comparisons: only some pairs (i, j) carry a
 * judgement a_ij (how many times more important i is than j). Pure.
 *
 * Weights: the logarithmic least squares method (LLSM) for incomplete matrices (Bozóki, Fülöp &
 * Rónyai 2010, "On optimal completion of incomplete pairwise comparison matrices", Mathematical
 * and Computer Modelling 52, 318-333, section 4): y = ln w minimises Σ_{(i,j) given} (ln a_ij − y_i + y_j)².
 * Its normal equations are L·y = r, L the Laplacian of the comparison graph (L_ii = number of
 * judgements on i, L_ij = −1 when i and j are compared) and r_i = Σ_j ln a_ij over the judgements
 * on i; the solution is unique up to a constant, i.e. the weights are unique, iff the graph is
 * connected. On a complete matrix it is the row geometric mean (Crawford & Williams 1985).
 *
 * Consistency: the geometric consistency index of Aguarón & Moreno-Jiménez 2003 ("The geometric
 * consistency index: approximated thresholds", EJOR 147, 137-145), GCI = Σ ln² e_ij / ((n−1)(n−2)/2)
 * with e_ij = a_ij·w_j/w_i. For an incomplete set we sum over the given pairs and divide by the
 * number of judgements beyond a spanning tree, m − (n − 1): the number of independent cycles
 * that can disagree, which is (n−1)(n−2)/2 for a complete matrix, so the index reduces to theirs.
 * Their thresholds (0.31 for n = 3, 0.35 for n = 4, 0.37 above; the counterparts of Saaty's
 * CR ≤ 0.1) apply. With exactly n − 1 judgements (a spanning tree) every judgement is reproduced
 * exactly: there is nothing to check, and the index is null.
 */
import { ScoringInputError, ScoringLimitError } from "./errors";
import { MAX_AHP_CRITERIA } from "./limits";
import { portableExp, portableLog } from "./portableMath";

/** One judgement: criterion `first` is `value` times as important as criterion `second`. */
export interface PairJudgement {
  first: number;
  second: number;
  value: number;
}

export interface IncompleteAhpResult {
  /** LLSM priorities in criterion order, summing to 1. */
  weights: number[];
  /** Judgements given, and how many go beyond a spanning tree (m − n + 1). */
  judgements: number;
  redundant: number;
  /** Generalised GCI; null when nothing can be checked (a spanning tree, or n ≤ 2). */
  gci: number | null;
  /** Aguarón & Moreno-Jiménez's threshold for n; null for n ≤ 2. */
  gciThreshold: number | null;
  /** gci ≤ threshold, or true when nothing can be checked. */
  consistent: boolean;
  /** The given judgement with the largest |ln e_ij| when inconsistent, and the value w_i/w_j. */
  worstJudgement: number | null;
  suggestedValue: number | null;
}

/** GCI thresholds equivalent to CR = 0.1 (Aguarón & Moreno-Jiménez 2003, Table 3). */
export function gciThreshold(n: number): number | null {
  if (n <= 2) return null;
  if (n === 3) return 0.31;
  if (n === 4) return 0.35;
  return 0.37;
}

/** The criteria not reachable from criterion 0 through the judgements (empty when connected). */
export function unlinkedCriteria(n: number, judgements: readonly PairJudgement[]): number[] {
  const neighbours = Array.from({ length: n }, () => [] as number[]);
  for (const { first, second } of judgements) {
    neighbours[first]!.push(second);
    neighbours[second]!.push(first);
  }
  const seen = new Array<boolean>(n).fill(false);
  const queue = [0];
  seen[0] = true;
  while (queue.length > 0) {
    const i = queue.shift()!;
    for (const j of neighbours[i]!) {
      if (!seen[j]) {
        seen[j] = true;
        queue.push(j);
      }
    }
  }
  return seen.flatMap((s, i) => (s ? [] : [i]));
}

function checkJudgements(n: number, judgements: readonly PairJudgement[], labels: readonly string[]): void {
  if (!Number.isInteger(n) || n < 1) throw new ScoringInputError("at least one criterion is needed", ["criteria"]);
  if (n > MAX_AHP_CRITERIA) {
    throw new ScoringLimitError("MAX_AHP_CRITERIA", MAX_AHP_CRITERIA, n, "too many elements to compare", [
      "criteria",
    ]);
  }
  const seen = new Map<string, number>();
  judgements.forEach(({ first, second, value }, k) => {
    for (const [field, index] of [
      ["first", first],
      ["second", second],
    ] as const) {
      if (!Number.isInteger(index) || index < 0 || index >= n) {
        throw new ScoringInputError(`comparisons[${k}].${field} = ${String(index)} names no criterion`, [
          "comparisons",
          k,
          field,
        ]);
      }
    }
    if (first === second) {
      throw new ScoringInputError(`comparisons[${k}] compares ${labels[first]} with itself`, ["comparisons", k]);
    }
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      throw new ScoringInputError(`comparisons[${k}].value = ${String(value)} must be a positive number`, [
        "comparisons",
        k,
        "value",
      ]);
    }
    const key = first < second ? `${first}:${second}` : `${second}:${first}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new ScoringInputError(
        `comparisons[${k}] compares ${labels[first]} and ${labels[second]} again (already comparisons[${earlier}]); give each pair once`,
        ["comparisons", k],
      );
    }
    seen.set(key, k);
  });
  const unlinked = unlinkedCriteria(n, judgements);
  if (unlinked.length > 0) {
    const names = unlinked.map((i) => labels[i]!);
    throw new ScoringInputError(
      `the comparisons do not link every criterion: ${names.join(", ")} ${names.length === 1 ? "is" : "are"} not compared, directly or through others, with ${labels[0]}; add a comparison that connects ${names.length === 1 ? "it" : "them"} (n − 1 comparisons forming a connected graph are the minimum)`,
      ["comparisons"],
    );
  }
}

/** Solves the (n−1)×(n−1) system L' y' = r' (row and column 0 dropped, y_0 = 0) by Gaussian elimination. */
function solveLaplacian(n: number, judgements: readonly PairJudgement[]): number[] {
  const size = n - 1;
  const a = Array.from({ length: size }, () => new Array<number>(size + 1).fill(0));
  const add = (row: number, column: number, v: number) => {
    if (row > 0 && column > 0) a[row - 1]![column - 1] = a[row - 1]![column - 1]! + v;
  };
  const rhs = (row: number, v: number) => {
    if (row > 0) a[row - 1]![size] = a[row - 1]![size]! + v;
  };
  for (const { first: i, second: j, value } of judgements) {
    const l = portableLog(value);
    add(i, i, 1);
    add(j, j, 1);
    add(i, j, -1);
    add(j, i, -1);
    rhs(i, l);
    rhs(j, -l);
  }
  // The reduced Laplacian of a connected graph is symmetric positive definite: no pivoting needed,
  // but partial pivoting costs nothing at n ≤ 15 and guards the rounding.
  for (let c = 0; c < size; c++) {
    let pivot = c;
    for (let r = c + 1; r < size; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    for (let r = c + 1; r < size; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      if (f === 0) continue;
      for (let k = c; k <= size; k++) a[r]![k] = a[r]![k]! - f * a[c]![k]!;
    }
  }
  const y = new Array<number>(size).fill(0);
  for (let r = size - 1; r >= 0; r--) {
    let s = a[r]![size]!;
    for (let k = r + 1; k < size; k++) s -= a[r]![k]! * y[k]!;
    y[r] = s / a[r]![r]!;
  }
  return [0, ...y];
}

export function incompleteAhpWeights(
  n: number,
  judgements: readonly PairJudgement[],
  options: { labels?: readonly string[] } = {},
): IncompleteAhpResult {
  const labels = options.labels ?? Array.from({ length: n }, (_, i) => `criterion ${i}`);
  checkJudgements(n, judgements, labels);
  const logs = n === 1 ? [0] : solveLaplacian(n, judgements);
  const top = Math.max(...logs);
  const raw = logs.map((l) => portableExp(l - top));
  const sum = raw.reduce((s, v) => s + v, 0);
  const weights = raw.map((v) => v / sum);

  const redundant = judgements.length - (n - 1);
  const threshold = gciThreshold(n);
  const deviations = judgements.map(({ first, second, value }) => portableLog(value) - logs[first]! + logs[second]!);
  const gci =
    redundant > 0 && threshold !== null ? deviations.reduce((s, d) => s + d * d, 0) / redundant : null;
  const consistent = gci === null || gci <= threshold!;
  let worstJudgement: number | null = null;
  let suggestedValue: number | null = null;
  if (!consistent) {
    let worst = -1;
    deviations.forEach((d, k) => {
      if (Math.abs(d) > worst) {
        worst = Math.abs(d);
        worstJudgement = k;
      }
    });
    const { first, second } = judgements[worstJudgement!]!;
    suggestedValue = portableExp(logs[first]! - logs[second]!);
  }
  return {
    weights,
    judgements: judgements.length,
    redundant,
    gci,
    gciThreshold: threshold,
    consistent,
    worstJudgement,
    suggestedValue,
  };
}

/** The judgements of a full reciprocal matrix (upper triangle), for comparing the two paths. */
export function judgementsOfMatrix(matrix: readonly (readonly number[])[]): PairJudgement[] {
  const out: PairJudgement[] = [];
  for (let i = 0; i < matrix.length; i++)
    for (let j = i + 1; j < matrix.length; j++) out.push({ first: i, second: j, value: matrix[i]![j]! });
  return out;
}
