/**
 * From the data set and a workspace state to the engine's input: which markets, which criteria,
 * which weights and which values. Pure (no React, Next or IO): the workspace runs it in the
 * browser on every slider move, the report generator and the tests run it on the server.
 *
 * - A criterion no selected market has a value for cannot be scored (the engine refuses it): it
 *   is left out and reported in `omitted`, never filled in.
 * - A criteria group measured by the user's own assessment (competitive intensity) becomes one
 *   cost criterion valued by `state.assessments[iso3][groupKey]` (1-5); markets the user has not
 *   rated are missing, never given a neutral value.
 * - A group whose scored indicators all weigh 0 counts as a group of weight 0 (the engine asks
 *   for exactly that), so it is left out too.
 */
import type { ScoringData } from "@/lib/contracts/api";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import type { Alternative, CriteriaGroup, Criterion, Direction, ScoringInput } from "@/lib/scoring";

export type CriterionKind = "indicator" | "assessment";

/** A criterion as the workspace shows it: an indicator or the user's own assessment of a group. */
export interface WorkspaceCriterion {
  key: string;
  name: string;
  group: string;
  kind: CriterionKind;
  definition: string;
  unit: string;
  direction: Direction;
  /** Who publishes the figures (or "Your assessment"). */
  source: string;
  dataset: string;
  decimals: number;
  /** Raw default weight within its group. */
  defaultWeight: number;
}

export interface MarketRef {
  iso3: string;
  name: string;
}

export interface Omission {
  kind: "criterion" | "group";
  key: string;
  reason: string;
}

export type WorkspaceScoring =
  | {
      ok: true;
      input: ScoringInput;
      /** The selected markets that exist in the data set, in the user's order. */
      markets: MarketRef[];
      /** Criteria that take part in the ranking, in criteria-tree order. */
      criteria: WorkspaceCriterion[];
      omitted: Omission[];
      unknownMarkets: string[];
    }
  | { ok: false; reason: string; markets: MarketRef[]; omitted: Omission[]; unknownMarkets: string[] };

/** The 1-5 scale of the user's assessments (1 = weak, 5 = intense). */
export const ASSESSMENT_MIN = 1;
export const ASSESSMENT_MAX = 5;
export const ASSESSMENT_SOURCE = "Your assessment";

/** Every criterion of the tree, indicators and assessed groups, in the data set's order. */
export function workspaceCriteria(data: ScoringData): WorkspaceCriterion[] {
  const criteria: WorkspaceCriterion[] = [];
  for (const group of data.criteriaGroups) {
    if (group.measurement === "user_assessment") {
      criteria.push({
        key: group.key,
        name: `${group.name} (your assessment)`,
        group: group.key,
        kind: "assessment",
        definition: group.description,
        unit: `your rating, ${ASSESSMENT_MIN} (weak) to ${ASSESSMENT_MAX} (intense)`,
        // The only user-assessed group is competitive intensity: more of it is worse for an entrant.
        direction: "cost",
        source: ASSESSMENT_SOURCE,
        dataset: "entered in the workspace",
        decimals: 0,
        defaultWeight: 1,
      });
      continue;
    }
    for (const indicator of data.indicators) {
      if (indicator.criteriaGroup !== group.key) continue;
      criteria.push({
        key: indicator.key,
        name: indicator.name,
        group: group.key,
        kind: "indicator",
        definition: indicator.definition,
        unit: indicator.unit,
        direction: indicator.direction,
        source: indicator.publisher,
        dataset: indicator.dataset,
        decimals: indicator.decimals,
        defaultWeight: indicator.defaultWeight,
      });
    }
  }
  return criteria;
}

/** Markets the user can pick: those with at least one value in the data set. */
export function availableMarkets(data: ScoringData): ScoringData["markets"] {
  return data.markets.filter((m) => Object.keys(data.values[m.iso3] ?? {}).length > 0);
}

/** The raw weight of a group (the state's, or the data set's default). */
export function rawGroupWeight(data: ScoringData, state: WorkspaceState, groupKey: string): number {
  return state.groupWeights[groupKey] ?? data.criteriaGroups.find((g) => g.key === groupKey)?.defaultWeight ?? 0;
}

/** The raw weight of a criterion within its group (the state's, or its default). */
export function rawCriterionWeight(state: WorkspaceState, criterion: WorkspaceCriterion): number {
  return criterion.kind === "assessment"
    ? criterion.defaultWeight
    : (state.indicatorWeights[criterion.key] ?? criterion.defaultWeight);
}

/** A market's value on a criterion, with its year and source; null = a data gap. */
export function criterionValue(
  data: ScoringData,
  state: WorkspaceState,
  iso3: string,
  criterion: WorkspaceCriterion,
): { value: number; year: number | null; source: string; note: string | null; origin?: "dataset" | "user" } | null {
  if (criterion.kind === "assessment") {
    const value = state.assessments[iso3]?.[criterion.key];
    return value === undefined ? null : { value, year: null, source: ASSESSMENT_SOURCE, note: null };
  }
  return data.values[iso3]?.[criterion.key] ?? null;
}

export function workspaceScoringInput(data: ScoringData, state: WorkspaceState): WorkspaceScoring {
  const known = new Map(availableMarkets(data).map((m) => [m.iso3, m]));
  const markets: MarketRef[] = [];
  const unknownMarkets: string[] = [];
  for (const iso3 of state.markets) {
    const market = known.get(iso3);
    if (market && !markets.some((m) => m.iso3 === iso3)) markets.push({ iso3, name: market.name });
    else if (!market) unknownMarkets.push(iso3);
  }
  const omitted: Omission[] = [];
  if (markets.length === 0) {
    return {
      ok: false,
      reason: "No market is selected: pick at least one market to rank.",
      markets,
      omitted,
      unknownMarkets,
    };
  }

  const all = workspaceCriteria(data);
  const criteria: WorkspaceCriterion[] = [];
  const engineCriteria: Criterion[] = [];
  const groups: CriteriaGroup[] = [];
  for (const group of data.criteriaGroups) {
    const members = all.filter((c) => c.group === group.key);
    const scored = members.filter((c) => {
      const hasData = markets.some((m) => criterionValue(data, state, m.iso3, c) !== null);
      if (!hasData) {
        omitted.push({
          kind: "criterion",
          key: c.key,
          reason:
            c.kind === "assessment" ? "you have not rated any selected market yet" : "no selected market has a value",
        });
      }
      return hasData;
    });
    if (scored.length === 0) {
      omitted.push({ kind: "group", key: group.key, reason: "no selected market has data for it" });
      continue;
    }
    if (scored.every((c) => rawCriterionWeight(state, c) === 0)) {
      omitted.push({ kind: "group", key: group.key, reason: "all its scored indicators weigh 0" });
      continue;
    }
    groups.push({ id: group.key, weight: rawGroupWeight(data, state, group.key) });
    for (const c of scored) {
      criteria.push(c);
      engineCriteria.push({
        id: c.key,
        weight: rawCriterionWeight(state, c),
        direction: c.direction,
        group: group.key,
      });
    }
  }
  if (groups.length === 0 || groups.every((g) => g.weight === 0)) {
    return {
      ok: false,
      reason:
        "Every criteria group that has data weighs 0: give at least one group a positive weight, or reset the weights.",
      markets,
      omitted,
      unknownMarkets,
    };
  }

  const alternatives: Alternative[] = markets.map((m) => {
    const values: Record<string, number | null> = {};
    for (const c of criteria) values[c.key] = criterionValue(data, state, m.iso3, c)?.value ?? null;
    return { id: m.iso3, values };
  });

  const input: ScoringInput = {
    method: state.method,
    missing: state.missing,
    criteria: engineCriteria,
    groups,
    alternatives,
    ...(state.normalization && state.method !== "promethee2" ? { normalization: state.normalization } : {}),
  };
  return { ok: true, input, markets, criteria, omitted, unknownMarkets };
}
