/**
 * Criteria tree → global weights. With groups, a criterion's weight counts within its group:
 * global weight = (group weight / Σ group weights) × (criterion weight / Σ weights in its group),
 * so the global weights sum to 1 by construction (the usual two-level simple additive weighting,
 * e.g. Belton & Stewart 2002, §5.4). Without groups the criterion weights are normalized directly.
 */
import { ScoringInputError, ScoringLimitError } from "./errors";
import { MAX_CRITERIA, MAX_GROUPS } from "./limits";
import type { CriteriaGroup, Criterion } from "./types";

function checkWeight(weight: unknown, path: (string | number)[], label: string): number {
  if (typeof weight !== "number" || !Number.isFinite(weight)) {
    throw new ScoringInputError(`the weight of ${label} must be a finite number`, path);
  }
  if (weight < 0) {
    throw new ScoringInputError(`the weight of ${label} is negative (${weight}); weights must be ≥ 0`, path);
  }
  return weight;
}

/** Normalized global weights, in the order of `criteria`. Throws ScoringInputError. */
export function globalWeights(criteria: readonly Criterion[], groups?: readonly CriteriaGroup[]): Float64Array {
  const m = criteria.length;
  if (m === 0) throw new ScoringInputError("at least one criterion is required", ["criteria"]);
  if (m > MAX_CRITERIA) throw new ScoringLimitError("MAX_CRITERIA", MAX_CRITERIA, m, "too many criteria", ["criteria"]);

  const seen = new Set<string>();
  const raw = new Float64Array(m);
  criteria.forEach((criterion, i) => {
    if (seen.has(criterion.id)) {
      throw new ScoringInputError(`criterion id "${criterion.id}" is used twice`, ["criteria", i, "id"]);
    }
    seen.add(criterion.id);
    raw[i] = checkWeight(criterion.weight, ["criteria", i, "weight"], `criterion "${criterion.id}"`);
  });

  if (groups === undefined) {
    const named = criteria.findIndex((c) => c.group !== undefined);
    if (named >= 0) {
      throw new ScoringInputError(
        `criterion "${criteria[named]!.id}" names group "${criteria[named]!.group}" but no groups are declared; declare groups with their weights or remove "group"`,
        ["criteria", named, "group"],
      );
    }
    return normalizedOrThrow(
      raw,
      ["criteria"],
      "all criterion weights are zero; give at least one criterion a positive weight",
    );
  }

  if (groups.length === 0) throw new ScoringInputError("groups, when given, must not be empty", ["groups"]);
  if (groups.length > MAX_GROUPS)
    throw new ScoringLimitError("MAX_GROUPS", MAX_GROUPS, groups.length, "too many groups", ["groups"]);
  const groupIndex = new Map<string, number>();
  const groupWeights = new Float64Array(groups.length);
  groups.forEach((group, k) => {
    if (groupIndex.has(group.id))
      throw new ScoringInputError(`group id "${group.id}" is used twice`, ["groups", k, "id"]);
    groupIndex.set(group.id, k);
    groupWeights[k] = checkWeight(group.weight, ["groups", k, "weight"], `group "${group.id}"`);
  });
  const normalizedGroups = normalizedOrThrow(
    groupWeights,
    ["groups"],
    "all group weights are zero; give at least one group a positive weight",
  );

  const memberOf = new Int32Array(m);
  const groupSums = new Float64Array(groups.length);
  const groupSizes = new Int32Array(groups.length);
  criteria.forEach((criterion, i) => {
    if (criterion.group === undefined) {
      throw new ScoringInputError(
        `criterion "${criterion.id}" has no group; every criterion needs one when groups are declared`,
        ["criteria", i, "group"],
      );
    }
    const k = groupIndex.get(criterion.group);
    if (k === undefined) {
      throw new ScoringInputError(`criterion "${criterion.id}" names unknown group "${criterion.group}"`, [
        "criteria",
        i,
        "group",
      ]);
    }
    memberOf[i] = k;
    groupSums[k]! += raw[i]!;
    groupSizes[k]!++;
  });
  groups.forEach((group, k) => {
    if (groupSizes[k] === 0) throw new ScoringInputError(`group "${group.id}" has no criteria`, ["groups", k]);
    if (!(groupSums[k]! > 0)) {
      throw new ScoringInputError(
        `all criteria in group "${group.id}" have weight zero; set the group's weight to 0 instead`,
        ["groups", k],
      );
    }
  });

  const weights = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const k = memberOf[i]!;
    weights[i] = (normalizedGroups[k]! * raw[i]!) / groupSums[k]!;
  }
  return normalizedOrThrow(weights, ["criteria"], "all criterion weights are zero");
}

function normalizedOrThrow(weights: Float64Array, path: (string | number)[], message: string): Float64Array {
  // Divide by the largest weight first so that huge weights cannot overflow the sum.
  let max = 0;
  for (const w of weights) if (w > max) max = w;
  if (!(max > 0)) throw new ScoringInputError(message, path);
  let sum = 0;
  for (const w of weights) sum += w / max;
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = weights[i]! / max / sum;
  return out;
}
