/**
 * Alternatives → flat n × m arrays (values, observed mask, uncertainty half-widths), sorted by
 * id, with every value and uncertainty checked. Part of decisionProblem().
 */
import { ScoringInputError, ScoringLimitError } from "./errors";
import { MAX_ALTERNATIVES } from "./limits";
import type { Alternative, Uncertainty } from "./types";

export interface AlternativeMatrix {
  n: number;
  ids: string[];
  inputIndex: Int32Array;
  values: Float64Array;
  observed: Uint8Array;
  halfWidth: Float64Array;
  uncertain: boolean;
  complete: boolean;
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
    throw new ScoringInputError(
      "an uncertainty must be a finite half-width ≥ 0 (a number, {relative} or {absolute})",
      path,
    );
  }
  return relative ? h * Math.abs(value) : h;
}

export function alternativeMatrix(
  alternatives: readonly Alternative[],
  criterionIds: readonly string[],
): AlternativeMatrix {
  const m = criterionIds.length;
  const column = new Map(criterionIds.map((id, c) => [id, c]));
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
    // One keyed read per cell: requests parsed by zod hold their values in dictionary-mode
    // objects, where Object.values/entries cost ten times more than direct reads.
    let found = 0;
    for (let c = 0; c < m; c++) {
      const id = criterionIds[c]!;
      let v: unknown = given[id];
      // An inherited property (a criterion called "constructor") is not a value.
      if (v !== undefined && v !== null && typeof v !== "number" && !Object.hasOwn(given, id)) v = undefined;
      if (v === undefined) {
        complete = false;
        continue;
      }
      found++;
      if (v === null) {
        complete = false;
        continue;
      }
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new ScoringInputError(
          `alternative "${alternative.id}": the value of "${id}" must be a finite number or null`,
          ["alternatives", i, "values", id],
        );
      }
      values[a * m + c] = v;
      observed[a * m + c] = 1;
    }
    const keys = Object.keys(given);
    if (keys.length !== found) {
      for (const key of keys) {
        if (!column.has(key)) {
          throw new ScoringInputError(`alternative "${alternative.id}" has a value for unknown criterion "${key}"`, [
            "alternatives",
            i,
            "values",
            key,
          ]);
        }
      }
    }
    const uncertainty = alternative.uncertainty ?? {};
    for (const [key, u] of Object.entries(uncertainty)) {
      const c = column.get(key);
      const path = ["alternatives", i, "uncertainty", key];
      if (c === undefined)
        throw new ScoringInputError(
          `alternative "${alternative.id}" has an uncertainty for unknown criterion "${key}"`,
          path,
        );
      // An uncertainty on a missing value has nothing to perturb: it is ignored.
      const h = halfWidthOf(u, values[a * m + c]!, path);
      if (observed[a * m + c] === 1 && h > 0) {
        halfWidth[a * m + c] = h;
        uncertain = true;
      }
    }
  });

  return { n, ids, inputIndex, values, observed, halfWidth, uncertain, complete };
}
