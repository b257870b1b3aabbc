/**
 * Group weighting (issue 13 §4): several members weigh the same criteria; their inputs are combined
 * into one set of group weights.
 * - AIJ, aggregation of individual judgements: the group's pairwise matrix is the element-wise
 *   weighted geometric mean of the members' matrices, a_ij = Π_k a_ij(k)^λ_k with Σ λ_k = 1
 *   (Aczél & Saaty 1983, "Procedures for synthesizing ratio judgements", J. Math. Psychology
 *   27(1); the geometric mean is the only such mean that keeps the matrix reciprocal). Its weights
 *   and consistency are then those of any AHP matrix (ahp.ts).
 * - AIP, aggregation of individual priorities: the members' priority vectors are combined by a
 *   weighted geometric mean, renormalised, or a weighted arithmetic mean (Forman & Peniwati 1998,
 *   "Aggregating individual judgments and priorities with the AHP", EJOR 108(1): AIJ when the
 *   group acts as one new individual, AIP when members act as separate individuals; either mean
 *   suits AIP).
 * - Direct weights (sliders): the weighted mean, with its dispersion per criterion.
 * Member weights λ are optional (equal by default), e.g. by role.
 */
import { ahpWeights, type AhpMethod, type AhpResult } from "../ahp";
import { ScoringInputError } from "../errors";

/** The members' weights λ_k, positive and summing to 1; equal when none are given. */
export function memberWeights(members: number, given?: readonly number[]): number[] {
  if (!Number.isInteger(members) || members < 1) {
    throw new ScoringInputError("a group needs at least one member", ["members"]);
  }
  if (!given) return Array.from({ length: members }, () => 1 / members);
  if (given.length !== members) {
    throw new ScoringInputError(`${given.length} member weights for ${members} members`, ["memberWeights"]);
  }
  given.forEach((w, k) => {
    if (!Number.isFinite(w) || w <= 0) {
      throw new ScoringInputError(`member weight ${k + 1} must be a positive number`, ["memberWeights", k]);
    }
  });
  const total = given.reduce((s, w) => s + w, 0);
  return given.map((w) => w / total);
}

/** AIJ: the element-wise weighted geometric mean of the members' comparison matrices. */
export function aggregateJudgements(
  matrices: readonly (readonly (readonly number[])[])[],
  weights?: readonly number[],
): number[][] {
  const lambda = memberWeights(matrices.length, weights);
  const n = matrices[0]!.length;
  matrices.forEach((m, k) => {
    if (m.length !== n || m.some((row) => row.length !== n)) {
      throw new ScoringInputError(`member ${k + 1}'s matrix is not ${n} × ${n}`, ["matrices", k]);
    }
  });
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      if (i === j) return 1;
      // Σ λ_k ln a_ij(k), exponentiated: the weighted geometric mean.
      const log = matrices.reduce((s, m, k) => s + lambda[k]! * Math.log(positive(m[i]![j]!, k, i, j)), 0);
      return Math.exp(log);
    }),
  );
}

/** The group's AHP result under AIJ: the aggregated matrix's weights and consistency. */
export function groupAhp(
  matrices: readonly (readonly (readonly number[])[])[],
  options: { weights?: readonly number[]; method?: AhpMethod } = {},
): { matrix: number[][]; result: AhpResult } {
  const matrix = aggregateJudgements(matrices, options.weights);
  return { matrix, result: ahpWeights(matrix, { method: options.method }) };
}

export type PriorityMean = "geometric" | "arithmetic";

/** AIP: the members' priority vectors combined by a weighted geometric (renormalised) or arithmetic mean. */
export function aggregatePriorities(
  priorities: readonly (readonly number[])[],
  options: { weights?: readonly number[]; mean?: PriorityMean } = {},
): number[] {
  const lambda = memberWeights(priorities.length, options.weights);
  const n = checkedVectors(priorities);
  const mean = options.mean ?? "geometric";
  const combined = Array.from({ length: n }, (_, j) =>
    mean === "arithmetic"
      ? priorities.reduce((s, p, k) => s + lambda[k]! * p[j]!, 0)
      : Math.exp(priorities.reduce((s, p, k) => s + lambda[k]! * Math.log(positive(p[j]!, k, j)), 0)),
  );
  const total = combined.reduce((s, v) => s + v, 0);
  return combined.map((v) => v / total);
}

export interface WeightDispersion {
  /** Weighted mean of the members' weights for each criterion (sums to 1 when each member's does). */
  mean: number[];
  /** Weighted standard deviation around that mean (population form: the members are the whole group). */
  standardDeviation: number[];
  min: number[];
  max: number[];
}

/** Direct weights: the group's weights as the members' weighted mean, with how far they spread. */
export function summariseDirectWeights(
  weights: readonly (readonly number[])[],
  memberWeightsGiven?: readonly number[],
): WeightDispersion {
  const lambda = memberWeights(weights.length, memberWeightsGiven);
  const n = checkedVectors(weights, { allowZero: true });
  const mean = Array.from({ length: n }, (_, j) => weights.reduce((s, w, k) => s + lambda[k]! * w[j]!, 0));
  return {
    mean,
    standardDeviation: mean.map((m, j) =>
      Math.sqrt(weights.reduce((s, w, k) => s + lambda[k]! * (w[j]! - m) ** 2, 0)),
    ),
    min: mean.map((_, j) => Math.min(...weights.map((w) => w[j]!))),
    max: mean.map((_, j) => Math.max(...weights.map((w) => w[j]!))),
  };
}

function checkedVectors(vectors: readonly (readonly number[])[], { allowZero = false } = {}): number {
  if (vectors.length === 0) throw new ScoringInputError("a group needs at least one member", ["members"]);
  const n = vectors[0]!.length;
  vectors.forEach((v, k) => {
    if (v.length !== n) throw new ScoringInputError(`member ${k + 1} gives ${v.length} weights for ${n} criteria`, [k]);
    v.forEach((x, j) => {
      if (!Number.isFinite(x) || x < 0 || (!allowZero && x === 0)) {
        throw new ScoringInputError(`member ${k + 1}'s weight ${j + 1} must be ${allowZero ? "≥ 0" : "> 0"}`, [k, j]);
      }
    });
  });
  return n;
}

function positive(value: number, ...where: number[]): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ScoringInputError(`judgement ${where.map((i) => i + 1).join(",")} must be a positive number`, where);
  }
  return value;
}
