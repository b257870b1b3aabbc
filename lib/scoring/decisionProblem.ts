/**
 * Validates a scoring input once and lays it out as flat typed arrays (row-major, alternative ×
 * criterion) for the methods and the robustness analyses. Alternatives are sorted by id so that
 * every sum over alternatives runs in the same order whatever the request's order: the ranking is
 * then exactly invariant under reordering, not just up to rounding.
 */
import { alternativeMatrix } from "./alternativeMatrix";
import { globalWeights } from "./criteriaTree";
import { criterionProperties } from "./criterionProperties";
import { ScoringInputError } from "./errors";
import type { AppliedNormalization, Method, MissingPolicy, Normalization, ScoringInput } from "./types";

export interface DecisionProblem {
  method: Method;
  normalization: AppliedNormalization;
  missing: MissingPolicy;
  n: number;
  m: number;
  /** Alternative ids, sorted (code-unit order). */
  ids: string[];
  /** Position in the request of each (sorted) alternative, for error paths. */
  inputIndex: Int32Array;
  criterionIds: string[];
  /** Normalized global weights, in criterion order. */
  weights: Float64Array;
  /** n × m raw values; 0 where missing (read `observed`, never the 0). */
  values: Float64Array;
  /** n × m, 1 where the alternative has a value. */
  observed: Uint8Array;
  /** Per criterion, 1 = benefit (more is better), 0 = cost. */
  benefit: Uint8Array;
  /** Per criterion PROMETHEE preference: 1 = linear with thresholds q < p, 0 = usual. */
  linear: Uint8Array;
  q: Float64Array;
  p: Float64Array;
  /** n × m absolute half-widths of the values' uncertainty (0 = certain). */
  halfWidth: Float64Array;
  uncertain: boolean;
  /** No missing cell at all. */
  complete: boolean;
}

export const METHODS: readonly Method[] = ["wsm", "topsis", "promethee2"];

/** Hwang & Yoon's TOPSIS uses vector normalization; a weighted sum needs a common 0-1 scale. */
export function defaultNormalization(method: Method): AppliedNormalization {
  if (method === "promethee2") return "none";
  return method === "topsis" ? "vector" : "minmax";
}

function appliedNormalization(method: Method, requested: Normalization | undefined): AppliedNormalization {
  if (method === "promethee2") return "none";
  if (requested === undefined) return defaultNormalization(method);
  if (requested !== "minmax" && requested !== "vector") {
    throw new ScoringInputError(`unknown normalization "${String(requested)}"`, ["normalization"]);
  }
  return requested;
}

export function decisionProblem(input: ScoringInput): DecisionProblem {
  const method = input.method;
  if (!METHODS.includes(method)) throw new ScoringInputError(`unknown method "${String(method)}"`, ["method"]);
  const normalization = appliedNormalization(method, input.normalization);
  const missing = input.missing ?? "renormalize";
  if (missing !== "renormalize" && missing !== "worst") {
    throw new ScoringInputError(`unknown missing-value policy "${String(missing)}"`, ["missing"]);
  }

  const criteria = input.criteria;
  const weights = globalWeights(criteria, input.groups);
  const m = criteria.length;
  const criterionIds = criteria.map((c) => c.id);

  const { benefit, linear, q, p } = criterionProperties(criteria);
  const { n, ids, inputIndex, values, observed, halfWidth, uncertain, complete } = alternativeMatrix(
    input.alternatives,
    criterionIds,
  );

  criteria.forEach((criterion, c) => {
    let count = 0;
    for (let a = 0; a < n; a++) count += observed[a * m + c]!;
    if (count === 0) {
      throw new ScoringInputError(
        `criterion "${criterion.id}" has no value for any alternative; remove it or supply data`,
        ["criteria", c],
      );
    }
  });

  if (missing === "renormalize") checkCoverage(ids, inputIndex, observed, weights);

  return {
    method,
    normalization,
    missing,
    n,
    m,
    ids,
    inputIndex,
    criterionIds,
    weights,
    values,
    observed,
    benefit,
    linear,
    q,
    p,
    halfWidth,
    uncertain,
    complete,
  };
}

/** Share of the total weight each alternative has data for (weights need not sum to 1). */
export function coverageOf(problem: DecisionProblem, weights: Float64Array, a: number): number {
  const { m, observed } = problem;
  let covered = 0;
  let total = 0;
  for (let c = 0; c < m; c++) {
    total += weights[c]!;
    if (observed[a * m + c] === 1) covered += weights[c]!;
  }
  return total > 0 ? covered / total : 0;
}

/** Robustness analyses accept raw input or a problem the caller already validated. */
export type ProblemInput = ScoringInput | DecisionProblem;

function isDecisionProblem(input: ProblemInput): input is DecisionProblem {
  return "criterionIds" in input && input.weights instanceof Float64Array;
}

export function toProblem(input: ProblemInput): DecisionProblem {
  return isDecisionProblem(input) ? input : decisionProblem(input);
}

/**
 * The same problem under new weights, for live re-ranking while a slider moves: only the criteria
 * tree is re-validated (same criterion ids, same order); values and their layout are reused.
 */
export function withWeights(
  problem: DecisionProblem,
  weights: { criteria: ScoringInput["criteria"]; groups?: ScoringInput["groups"] },
): DecisionProblem {
  const { criteria } = weights;
  if (criteria.length !== problem.m || criteria.some((c, i) => c.id !== problem.criterionIds[i])) {
    throw new ScoringInputError("new weights must list the same criteria, in the same order", ["criteria"]);
  }
  const global = globalWeights(criteria, weights.groups);
  if (problem.missing === "renormalize") checkCoverage(problem.ids, problem.inputIndex, problem.observed, global);
  return { ...problem, weights: global };
}

/** Under "renormalize" every alternative needs a value on some criterion with positive weight. */
function checkCoverage(ids: string[], inputIndex: Int32Array, observed: Uint8Array, weights: Float64Array): void {
  const m = weights.length;
  for (let a = 0; a < ids.length; a++) {
    let coverage = 0;
    for (let c = 0; c < m; c++) if (observed[a * m + c] === 1) coverage += weights[c]!;
    if (!(coverage > 0)) {
      throw new ScoringInputError(
        `alternative "${ids[a]}" has no value on any criterion with a positive weight, so it cannot be scored; supply data or use missing: "worst"`,
        ["alternatives", inputIndex[a]!, "values"],
      );
    }
  }
}
