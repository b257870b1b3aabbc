/**
 * From the data set and a workspace state to the engine's input: which markets, which criteria,
 * which weights and which values. Pure (no React, Next or IO): the workspace runs it in the
 * browser on every slider move, the report generator and the tests run it on the server.
 *
 * - A criterion no selected market has a value for cannot be scored (the engine refuses it): it
 *   is left out and reported in `omitted`, never filled in.
 * - A criteria group measured by the user's own assessment (competitive intensity) becomes one
 *   cost criterion valued by the market rating it reads, `state.assessments[iso3][ratingKeyForGroup(groupKey)]`
 *   (1-5; lib/workspace/market-ratings.ts); markets the user has not
 *   rated are missing, never given a neutral value.
 * - A group whose scored indicators all weigh 0 counts as a group of weight 0 (the engine asks
 *   for exactly that), so it is left out too.
 * - A criterion known for fewer than `coverageThreshold` of the selected markets (default 50 %)
 *   is left out and reported with its coverage (decision record 013); the engine gets the
 *   threshold too, so its own answer says the same.
 * - Every indicator is normalized over the reference set of all markets with a value in the data
 *   set, and every value carries its 95 % uncertainty from the model of decision record 014
 *   (kind, age, survey margin), which the Monte Carlo samples.
 */
import type { ScoringData } from "@/lib/contracts/api";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import type { Alternative, CriteriaGroup, Criterion, Direction, ScoringInput, Uncertainty } from "@/lib/scoring";

import { DEFAULT_COVERAGE_THRESHOLD, DEFAULT_PREFERENCE } from "./defaults";
import { presetGroupWeight, presetIndicatorWeight } from "./weight-presets";
import { ratingKeyForGroup } from "./market-ratings";
import { ASSESSMENT_HALF_WIDTH, valueHalfWidth } from "./value-uncertainty";

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

/** Why a criterion or group is left out, for a page to say in the reader's language. */
export type OmissionCode = "notRated" | "noValue" | "belowCoverage" | "groupNoData" | "groupZeroWeight";

export interface Omission {
  kind: "criterion" | "group";
  key: string;
  reason: string;
  code: OmissionCode;
  /** For "belowCoverage": markets with a value, selected markets and the threshold (0-1). */
  known?: number;
  of?: number;
  threshold?: number;
  /** Share of the selected markets with a value, for criteria left out under the coverage threshold. */
  coverage?: number;
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
  | {
      ok: false;
      reason: string;
      /** The reason as a key, for a page to say in the reader's language. */
      code: "noMarkets" | "allGroupsZero";
      markets: MarketRef[];
      omitted: Omission[];
      unknownMarkets: string[];
    };

/** The words of the user-assessed criteria, in the reader's language (English by default). */
export interface AssessmentWords {
  /** The criterion's name from its group's name. */
  name: (groupName: string) => string;
  unit: string;
  source: string;
  dataset: string;
}

/** The 1-5 scale of the user's assessments (1 = weak, 5 = intense). */
export const ASSESSMENT_MIN = 1;
export const ASSESSMENT_MAX = 5;
export const ASSESSMENT_SOURCE = "Your assessment";

const ENGLISH_ASSESSMENT: AssessmentWords = {
  name: (group) => `${group} (your assessment)`,
  unit: `your rating, ${ASSESSMENT_MIN} (weak) to ${ASSESSMENT_MAX} (intense)`,
  source: ASSESSMENT_SOURCE,
  dataset: "entered in the workspace",
};

/** Every criterion of the tree, indicators and assessed groups, in the data set's order. */
export function workspaceCriteria(
  data: ScoringData,
  words: AssessmentWords = ENGLISH_ASSESSMENT,
): WorkspaceCriterion[] {
  const criteria: WorkspaceCriterion[] = [];
  for (const group of data.criteriaGroups) {
    if (group.measurement === "user_assessment") {
      criteria.push({
        key: group.key,
        name: words.name(group.name),
        group: group.key,
        kind: "assessment",
        definition: group.description,
        unit: words.unit,
        // The only user-assessed group is competitive intensity: more of it is worse for an entrant.
        direction: "cost",
        source: words.source,
        dataset: words.dataset,
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

/** A group's weight before the user moves it: its weight preset's, or the data set's default. */
export function baseGroupWeight(data: ScoringData, state: WorkspaceState, groupKey: string): number {
  return (
    presetGroupWeight(state.weightPreset, groupKey) ??
    data.criteriaGroups.find((g) => g.key === groupKey)?.defaultWeight ??
    0
  );
}

/**
 * A criterion's weight within its group before the user moves it: its weight preset's, or its
 * default (an indicator the user imported is in no preset and keeps its own default).
 */
export function baseCriterionWeight(state: WorkspaceState, criterion: WorkspaceCriterion): number {
  if (criterion.kind === "assessment") return criterion.defaultWeight;
  return presetIndicatorWeight(state.weightPreset, criterion.key) ?? criterion.defaultWeight;
}

/** The raw weight of a group (the state's, or its base weight). */
export function rawGroupWeight(data: ScoringData, state: WorkspaceState, groupKey: string): number {
  return state.groupWeights[groupKey] ?? baseGroupWeight(data, state, groupKey);
}

/** The raw weight of a criterion within its group (the state's, or its base weight). */
export function rawCriterionWeight(state: WorkspaceState, criterion: WorkspaceCriterion): number {
  return criterion.kind === "assessment"
    ? criterion.defaultWeight
    : (state.indicatorWeights[criterion.key] ?? baseCriterionWeight(state, criterion));
}

/** A market's value on a criterion, with its year and source; null = a data gap. */
export function criterionValue(
  data: ScoringData,
  state: WorkspaceState,
  iso3: string,
  criterion: WorkspaceCriterion,
): { value: number; year: number | null; source: string; note: string | null; origin?: "dataset" | "user" } | null {
  if (criterion.kind === "assessment") {
    const value = state.assessments[iso3]?.[ratingKeyForGroup(criterion.key)];
    return value === undefined ? null : { value, year: null, source: ASSESSMENT_SOURCE, note: null };
  }
  return data.values[iso3]?.[criterion.key] ?? null;
}

export function workspaceScoringInput(
  data: ScoringData,
  state: WorkspaceState,
  words: AssessmentWords = ENGLISH_ASSESSMENT,
): WorkspaceScoring {
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
      code: "noMarkets",
      markets,
      omitted,
      unknownMarkets,
    };
  }

  const all = workspaceCriteria(data, words);
  const threshold = state.coverageThreshold ?? DEFAULT_COVERAGE_THRESHOLD;
  const criteria: WorkspaceCriterion[] = [];
  const engineCriteria: Criterion[] = [];
  const groups: CriteriaGroup[] = [];
  for (const group of data.criteriaGroups) {
    const members = all.filter((c) => c.group === group.key);
    const scored = members.filter((c) => {
      const known = markets.filter((m) => criterionValue(data, state, m.iso3, c) !== null).length;
      const coverage = known / markets.length;
      if (known === 0) {
        omitted.push({
          kind: "criterion",
          key: c.key,
          reason:
            c.kind === "assessment" ? "you have not rated any selected market yet" : "no selected market has a value",
          code: c.kind === "assessment" ? "notRated" : "noValue",
        });
        return false;
      }
      if (coverage < threshold) {
        omitted.push({
          kind: "criterion",
          key: c.key,
          reason: `known for ${known} of ${markets.length} selected markets (${Math.round(coverage * 100)} %), below the ${Math.round(threshold * 100)} % coverage threshold`,
          code: "belowCoverage",
          known,
          of: markets.length,
          threshold,
          coverage,
        });
        return false;
      }
      return true;
    });
    if (scored.length === 0) {
      omitted.push({
        kind: "group",
        key: group.key,
        reason: "no selected market has data for it",
        code: "groupNoData",
      });
      continue;
    }
    if (scored.every((c) => rawCriterionWeight(state, c) === 0)) {
      omitted.push({
        kind: "group",
        key: group.key,
        reason: "all its scored indicators weigh 0",
        code: "groupZeroWeight",
      });
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
        ...(state.method === "promethee2" ? { preference: { type: preferenceFor(state, c) } } : {}),
      });
    }
  }
  if (groups.length === 0 || groups.every((g) => g.weight === 0)) {
    return {
      ok: false,
      reason:
        "Every criteria group that has data weighs 0: give at least one group a positive weight, or reset the weights.",
      code: "allGroupsZero",
      markets,
      omitted,
      unknownMarkets,
    };
  }

  const indicators = new Map(data.indicators.map((i) => [i.key, i]));
  const alternatives: Alternative[] = markets.map((m) => {
    const values: Record<string, number | null> = {};
    const uncertainty: Record<string, Uncertainty> = {};
    for (const c of criteria) {
      const found = criterionValue(data, state, m.iso3, c);
      values[c.key] = found?.value ?? null;
      if (!found) continue;
      const indicator = indicators.get(c.key);
      const stored = data.values[m.iso3]?.[c.key];
      const h =
        c.kind === "assessment"
          ? ASSESSMENT_HALF_WIDTH
          : indicator && stored
            ? valueHalfWidth(data, indicator, stored)
            : 0;
      if (h > 0) uncertainty[c.key] = { absolute: h };
    }
    return { id: m.iso3, values, uncertainty };
  });

  const input: ScoringInput = {
    method: state.method,
    missing: state.missing,
    coverageThreshold: threshold,
    reference: referenceSet(data, criteria),
    criteria: engineCriteria,
    groups,
    alternatives,
    ...(state.normalization && state.method !== "promethee2" ? { normalization: state.normalization } : {}),
  };
  return { ok: true, input, markets, criteria, omitted, unknownMarkets };
}

/** The preference function of a criterion: the user's choice for indicators; usual for a 1-5 rating. */
function preferenceFor(state: WorkspaceState, c: WorkspaceCriterion) {
  // Mareschal: the usual function suits qualitative criteria with few levels, like a 1-5 rating.
  return c.kind === "assessment" ? "usual" : (state.preference ?? DEFAULT_PREFERENCE);
}

/**
 * Every market with a value in the data set, per indicator: what each indicator is normalized
 * over (decision record 013). The user's own 1-5 ratings have no data set behind them and fall
 * back to the selected markets.
 */
export function referenceSet(data: ScoringData, criteria: readonly WorkspaceCriterion[]): ScoringInput["reference"] {
  const markets = availableMarkets(data);
  const values: Record<string, number[]> = {};
  for (const c of criteria) {
    if (c.kind !== "indicator") continue;
    values[c.key] = markets.flatMap((m) => {
      const v = data.values[m.iso3]?.[c.key];
      return v ? [v.value] : [];
    });
  }
  return { label: `all ${markets.length} markets with data in data set ${data.datasetVersion}`, values };
}
