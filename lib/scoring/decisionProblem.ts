/**
 * Validates a scoring input once and lays it out as flat typed arrays (row-major, alternative ×
 * criterion) for the methods and the robustness analyses. Alternatives are sorted by id so that
 * every sum over alternatives runs in the same order whatever the request's order: the ranking is
 * then exactly invariant under reordering, not just up to rounding.
 */
import { alternativeMatrix, type AlternativeMatrix } from "./alternativeMatrix";
import { globalWeights } from "./criteriaTree";
import { criterionProperties } from "./criterionProperties";
import { ScoringInputError, ScoringLimitError } from "./errors";
import { MAX_REFERENCE_VALUES } from "./limits";
import { PREFERENCE_TYPES, resolvedPreference, standardDeviation } from "./preferences";
import type {
  AppliedNormalization,
  Criterion,
  ExcludedCriterion,
  Method,
  MissingPolicy,
  Normalization,
  ResolvedPreference,
  ScoringInput,
} from "./types";

/** A criterion known for fewer than this share of the alternatives is left out (decision record 013). */
export const DEFAULT_COVERAGE_THRESHOLD = 0.5;

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
  /** Per criterion PROMETHEE preference type code (preferences.ts) and resolved thresholds. */
  preference: Uint8Array;
  q: Float64Array;
  p: Float64Array;
  s: Float64Array;
  /** Per criterion: the supplied reference values, or null (the selected alternatives' observed values). */
  reference: (Float64Array | null)[];
  referenceLabel: string | null;
  coverageThreshold: number;
  /** Criteria of the request left out for low coverage (not among criterionIds). */
  excluded: ExcludedCriterion[];
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
  const coverageThreshold = input.coverageThreshold ?? DEFAULT_COVERAGE_THRESHOLD;
  if (typeof coverageThreshold !== "number" || !(coverageThreshold >= 0 && coverageThreshold <= 1)) {
    throw new ScoringInputError("coverageThreshold must be a number from 0 to 1 (a share of the alternatives)", [
      "coverageThreshold",
    ]);
  }

  // Validate everything the request names first, so that errors point at the request's indices.
  const allCriteria = input.criteria;
  globalWeights(allCriteria, input.groups);
  const allIds = allCriteria.map((c) => c.id);
  criterionProperties(allCriteria);
  const full = alternativeMatrix(input.alternatives, allIds);
  const supplied = referenceColumns(input.reference, allIds);

  // The coverage threshold: a criterion known for fewer than that share of the alternatives is
  // left out, and reported (decision record 013).
  const excluded: ExcludedCriterion[] = [];
  const kept: number[] = [];
  allCriteria.forEach((criterion, c) => {
    let count = 0;
    for (let a = 0; a < full.n; a++) count += full.observed[a * allIds.length + c]!;
    const coverage = count / full.n;
    if (coverage < coverageThreshold) excluded.push({ id: criterion.id, coverage });
    else if (count === 0) {
      throw new ScoringInputError(
        `criterion "${criterion.id}" has no value for any alternative; remove it or supply data`,
        ["criteria", c],
      );
    } else kept.push(c);
  });
  if (kept.length === 0) {
    throw new ScoringInputError(
      `no criterion is known for at least ${formatShare(coverageThreshold)} of the alternatives (coverageThreshold); lower the threshold or supply data`,
      ["coverageThreshold"],
    );
  }

  const criteria: Criterion[] = kept.map((c) => allCriteria[c]!);
  const keptGroups = new Set(criteria.map((c) => c.group));
  const groups = input.groups?.filter((g) => keptGroups.has(g.id));
  const weights = globalWeights(criteria, groups);
  const m = criteria.length;
  const criterionIds = criteria.map((c) => c.id);
  const { benefit, preference, q: givenQ, p: givenP, s: givenS } = criterionProperties(criteria);
  const { n, ids, inputIndex, values, observed, halfWidth, uncertain, complete } =
    kept.length === allIds.length ? full : columns(full, allIds.length, kept);
  const reference = kept.map((c) => supplied[c]!);

  // Thresholds left out default to shares of σ over the reference set (preferences.ts).
  const q = new Float64Array(m);
  const p = new Float64Array(m);
  const s = new Float64Array(m);
  for (let c = 0; c < m; c++) {
    const type = PREFERENCE_TYPES[preference[c]!]!;
    if (type === "usual") continue;
    const spread = reference[c] ?? observedColumn(values, observed, n, m, c);
    const resolved = resolvedPreference(
      type,
      { q: nanToUndefined(givenQ[c]!), p: nanToUndefined(givenP[c]!), s: nanToUndefined(givenS[c]!) },
      standardDeviation(spread),
    );
    const r = resolved as { q?: number; p?: number; s?: number };
    q[c] = r.q ?? 0;
    p[c] = r.p ?? 0;
    s[c] = r.s ?? 0;
  }

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
    preference,
    q,
    p,
    s,
    reference,
    referenceLabel: input.reference?.label ?? null,
    coverageThreshold,
    excluded,
    halfWidth,
    uncertain,
    complete,
  };
}

/** The resolved preference function of criterion c, as the response reports it. */
export function preferenceOf(problem: DecisionProblem, c: number): ResolvedPreference {
  const type = PREFERENCE_TYPES[problem.preference[c]!]!;
  return resolvedPreference(type, { q: problem.q[c]!, p: problem.p[c]!, s: problem.s[c]! }, 0);
}

function nanToUndefined(x: number): number | undefined {
  return Number.isNaN(x) ? undefined : x;
}

function formatShare(x: number): string {
  return `${Math.round(x * 1000) / 10} %`;
}

function observedColumn(values: Float64Array, observed: Uint8Array, n: number, m: number, c: number): number[] {
  const out: number[] = [];
  for (let a = 0; a < n; a++) if (observed[a * m + c] === 1) out.push(values[a * m + c]!);
  return out;
}

/** The matrix restricted to the kept columns. */
function columns(full: AlternativeMatrix, width: number, kept: number[]): AlternativeMatrix {
  const { n } = full;
  const m = kept.length;
  const values = new Float64Array(n * m);
  const observed = new Uint8Array(n * m);
  const halfWidth = new Float64Array(n * m);
  let uncertain = false;
  let complete = true;
  for (let a = 0; a < n; a++) {
    kept.forEach((from, c) => {
      values[a * m + c] = full.values[a * width + from]!;
      observed[a * m + c] = full.observed[a * width + from]!;
      halfWidth[a * m + c] = full.halfWidth[a * width + from]!;
      if (halfWidth[a * m + c]! > 0) uncertain = true;
      if (observed[a * m + c] !== 1) complete = false;
    });
  }
  return { ...full, values, observed, halfWidth, uncertain, complete };
}

/** The supplied reference values per criterion (in `ids` order), checked; null where none. */
function referenceColumns(reference: ScoringInput["reference"], ids: string[]): (Float64Array | null)[] {
  const out: (Float64Array | null)[] = ids.map(() => null);
  if (reference === undefined) return out;
  const column = new Map(ids.map((id, c) => [id, c]));
  const given = reference.values ?? {};
  for (const key of Object.keys(given)) {
    const c = column.get(key);
    const path = ["reference", "values", key];
    if (c === undefined) throw new ScoringInputError(`the reference set names unknown criterion "${key}"`, path);
    const list = given[key];
    if (!Array.isArray(list)) throw new ScoringInputError("reference values must be a list of numbers", path);
    if (list.length > MAX_REFERENCE_VALUES) {
      throw new ScoringLimitError(
        "MAX_REFERENCE_VALUES",
        MAX_REFERENCE_VALUES,
        list.length,
        "too many reference values for one criterion",
        path,
      );
    }
    list.forEach((x, i) => {
      if (typeof x !== "number" || !Number.isFinite(x)) {
        throw new ScoringInputError("a reference value must be a finite number", [...path, i]);
      }
    });
    if (list.length > 0) out[c] = Float64Array.from(list);
  }
  return out;
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
