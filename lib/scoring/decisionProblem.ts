/**
 * Validates a scoring input once and lays it out as flat typed arrays (row-major, alternative ×
 * criterion) for the methods and the robustness analyses. Alternatives are sorted by id so that
 * every sum over alternatives runs in the same order whatever the request's order: the ranking is
 * then exactly invariant under reordering, not just up to rounding.
 */
import { globalWeights } from "./criteriaTree";
import { ScoringInputError, ScoringLimitError } from "./errors";
import { MAX_ALTERNATIVES } from "./limits";
import type { AppliedNormalization, Method, MissingPolicy, Normalization, ScoringInput, Uncertainty } from "./types";

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

function halfWidthOf(u: Uncertainty, value: number, path: (string | number)[]): number {
  let h: unknown;
  let relative = true;
  if (typeof u === "number") h = u;
  else if (u !== null && typeof u === "object" && "relative" in u) h = u.relative;
  else if (u !== null && typeof u === "object" && "absolute" in u) {
    h = u.absolute;
    relative = false;
  }
  if (typeof h !== "number" || !Number.isFinite(h) || h < 0) {
    throw new ScoringInputError("an uncertainty must be a finite half-width ≥ 0 (a number, {relative} or {absolute})", path);
  }
  return relative ? h * Math.abs(value) : h;
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
  const column = new Map(criterionIds.map((id, c) => [id, c]));

  const benefit = new Uint8Array(m);
  const linear = new Uint8Array(m);
  const q = new Float64Array(m);
  const p = new Float64Array(m);
  criteria.forEach((criterion, c) => {
    if (criterion.direction !== "benefit" && criterion.direction !== "cost") {
      throw new ScoringInputError(`criterion "${criterion.id}": direction must be "benefit" or "cost"`, ["criteria", c, "direction"]);
    }
    benefit[c] = criterion.direction === "benefit" ? 1 : 0;
    const pref = criterion.preference;
    if (pref === undefined || pref.type === "usual") return;
    if (pref.type !== "linear") {
      throw new ScoringInputError(`criterion "${criterion.id}": unknown preference function`, ["criteria", c, "preference", "type"]);
    }
    if (!Number.isFinite(pref.q) || !Number.isFinite(pref.p) || pref.q < 0 || pref.p < pref.q) {
      throw new ScoringInputError(
        `criterion "${criterion.id}": the linear preference function needs thresholds 0 ≤ q ≤ p (got q = ${pref.q}, p = ${pref.p})`,
        ["criteria", c, "preference"],
      );
    }
    linear[c] = 1;
    q[c] = pref.q;
    p[c] = pref.p;
  });

  const alternatives = input.alternatives;
  const n = alternatives.length;
  if (n === 0) throw new ScoringInputError("at least one alternative is required", ["alternatives"]);
  if (n > MAX_ALTERNATIVES) {
    throw new ScoringLimitError("MAX_ALTERNATIVES", MAX_ALTERNATIVES, n, "too many alternatives", ["alternatives"]);
  }
  const inputOrder = alternatives.map((_, i) => i);
  inputOrder.sort((a, b) => {
    const x = alternatives[a]!.id;
    const y = alternatives[b]!.id;
    return x < y ? -1 : x > y ? 1 : a - b;
  });

  const ids: string[] = [];
  const inputIndex = new Int32Array(n);
  const values = new Float64Array(n * m);
  const observed = new Uint8Array(n * m);
  const halfWidth = new Float64Array(n * m);
  let uncertain = false;
  let complete = true;
  inputOrder.forEach((i, a) => {
    const alternative = alternatives[i]!;
    if (a > 0 && ids[a - 1] === alternative.id) {
      throw new ScoringInputError(`alternative id "${alternative.id}" is used twice`, ["alternatives", i, "id"]);
    }
    ids.push(alternative.id);
    inputIndex[a] = i;
    const given = alternative.values;
    for (const key of Object.keys(given)) {
      if (!column.has(key)) {
        throw new ScoringInputError(`alternative "${alternative.id}" has a value for unknown criterion "${key}"`, ["alternatives", i, "values", key]);
      }
    }
    for (let c = 0; c < m; c++) {
      const id = criterionIds[c]!;
      // Own properties only: a criterion called "constructor" must not read Object.prototype.
      const v = Object.hasOwn(given, id) ? given[id] : undefined;
      if (v === null || v === undefined) {
        complete = false;
        continue;
      }
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new ScoringInputError(`alternative "${alternative.id}": the value of "${id}" must be a finite number or null`, ["alternatives", i, "values", id]);
      }
      values[a * m + c] = v;
      observed[a * m + c] = 1;
    }
    const uncertainty = alternative.uncertainty ?? {};
    for (const [key, u] of Object.entries(uncertainty)) {
      const c = column.get(key);
      const path = ["alternatives", i, "uncertainty", key];
      if (c === undefined) throw new ScoringInputError(`alternative "${alternative.id}" has an uncertainty for unknown criterion "${key}"`, path);
      // An uncertainty on a missing value has nothing to perturb: it is ignored.
      const h = halfWidthOf(u, values[a * m + c]!, path);
      if (observed[a * m + c] === 1 && h > 0) {
        halfWidth[a * m + c] = h;
        uncertain = true;
      }
    }
  });

  criteria.forEach((criterion, c) => {
    let count = 0;
    for (let a = 0; a < n; a++) count += observed[a * m + c]!;
    if (count === 0) {
      throw new ScoringInputError(`criterion "${criterion.id}" has no value for any alternative; remove it or supply data`, ["criteria", c]);
    }
  });

  if (missing === "renormalize") {
    for (let a = 0; a < n; a++) {
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

  return {
    method, normalization, missing, n, m, ids, inputIndex, criterionIds, weights, values, observed,
    benefit, linear, q, p, halfWidth, uncertain, complete,
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
