import type { ScoringData } from "@/lib/contracts/api";
import type { AhpResponse, ScoreRequest } from "@/lib/contracts/engine";
import type { EntryModeRequest } from "@/lib/contracts/fit";
import type { AhpComparison, ScenarioInputs, ScenarioResults } from "@/lib/contracts/scenarios";
import {
  ScoringInputError,
  ahpRequest,
  decisionProblem,
  methodAgreement,
  monteCarloRanks,
  monteCarloSummary,
  rankProblem,
  smallestWeightChange,
  stabilityIntervals,
  tornadoSwings,
  type ScoringInput,
} from "@/lib/scoring";
import { entryModeRequest, type EntryModeRequestContext } from "@/lib/scoring/fit";
import { workspaceCriteria, workspaceScoringInput } from "@/lib/workspace/scoring-input";
import { decodeWorkspaceState, encodeWorkspaceState } from "@/lib/workspace/url-state";
import { defaultsAreDefaultPreset } from "@/lib/workspace/weight-preset-status";
import { DEFAULT_WEIGHT_PRESET } from "@/lib/workspace/weight-presets";

// A scenario's results, computed from its inputs and the data set as the database holds it now.
// Pure: the caller reads the data (lib/db/scenarios.ts); the same inputs and data give the same
// numbers here, in the workspace and in the report.

/** The entry-mode tables (effects, modes, strategies, anchors, evidence), as lib/db/fit reads them. */
export type FitTables = Omit<EntryModeRequestContext, "marketIndicators" | "marketName">;

export type ComputeContext = {
  fit: FitTables;
  datasetHash: string;
  computedAt: Date;
  /** Rank the markets still in the data set when some have left it (recompute previews). */
  lenient?: boolean;
};

export type ComputedScenario = { inputs: ScenarioInputs; results: ScenarioResults };

/**
 * Resolves the inputs (weights from AHP comparisons; numbers rounded as the workspace URL rounds
 * them, so "Open in workspace" reproduces them exactly) and computes every frozen result.
 */
export function computeScenarioResults(
  raw: ScenarioInputs,
  data: ScoringData,
  context: ComputeContext,
): ComputedScenario {
  const { inputs, ahp } = resolveInputs(raw, data);
  const engineInput = engineInputOf(data, inputs, context.lenient ?? false);
  const problem = decisionProblem(engineInput);
  const labels = labelsOf(data);
  const nameOf = { ...labels.markets, ...labels.criteria };

  const ranking = rankProblem(problem);
  const stability = stabilityIntervals(problem);
  const simulation = monteCarloRanks(problem, inputs.monteCarlo);
  const robustness: ScenarioResults["robustness"] = {
    leader: stability.leader,
    stability: stability.intervals,
    stabilityExact: stability.exact,
    tornado: tornadoSwings(problem, {}),
    smallestChange: smallestWeightChange(problem, nameOf),
    ...monteCarloSummary(simulation),
    methodAgreement: methodAgreement(problem),
  };

  const used = new Set([...inputs.state.markets, inputs.entryMode?.market].filter((m): m is string => Boolean(m)));
  return {
    inputs,
    results: {
      computedAt: context.computedAt.toISOString(),
      datasetVersion: data.datasetVersion,
      datasetHash: context.datasetHash,
      labels: {
        markets: Object.fromEntries(Object.entries(labels.markets).filter(([iso3]) => used.has(iso3))),
        criteria: Object.fromEntries(engineInput.criteria.map((c) => [c.id, labels.criteria[c.id] ?? c.id])),
        groups: labels.groups,
      },
      problem: frozenProblem(engineInput),
      provenance: provenanceOf(engineInput, data),
      ranking,
      robustness,
      ...(ahp ? { ahp } : {}),
      entryModes: entryModesFor(inputs, data, context.fit, ranking.ranking[0]?.id),
      ...entryModesByMarketFor(
        inputs,
        data,
        context.fit,
        ranking.ranking.map((r) => r.id),
      ),
    },
  };
}

/** The workspace's own translation of its state (lib/workspace/scoring-input.ts), so both agree. */
function engineInputOf(data: ScoringData, inputs: ScenarioInputs, lenient: boolean): ScoringInput {
  const scoring = workspaceScoringInput(data, inputs.state);
  if (!lenient && scoring.unknownMarkets.length > 0) {
    const list = scoring.unknownMarkets.join(", ");
    throw new ScoringInputError(
      `${list} ${scoring.unknownMarkets.length === 1 ? "is" : "are"} not in the data set (or has no data)`,
      ["inputs", "state", "markets"],
    );
  }
  if (!scoring.ok) throw new ScoringInputError(scoring.reason, ["inputs", "state"]);
  return scoring.input;
}

/** Names of every market, criterion and criteria group of the data set. */
export function labelsOf(data: ScoringData) {
  return {
    markets: Object.fromEntries(data.markets.map((m) => [m.iso3, m.name])),
    criteria: Object.fromEntries(workspaceCriteria(data).map((c) => [c.key, c.name])),
    groups: Object.fromEntries(data.criteriaGroups.map((g) => [g.key, g.name])),
  };
}

type ResolvedAhp = NonNullable<ScenarioResults["ahp"]>;

/**
 * AHP comparisons, when given, are the source of the weights they cover: compared elements get
 * the AHP priority, elements of the same level left out of the comparison get 0. Then every
 * weight and assessment is rounded to the workspace URL's precision.
 */
export function resolveInputs(raw: ScenarioInputs, data: ScoringData): { inputs: ScenarioInputs; ahp?: ResolvedAhp } {
  // A scenario names the weight preset its weights start from, so that it, its report and the
  // workspace it opens in say which one it was, even after the default preset changes
  // (docs/decisions/016-weight-presets.md). Scenarios saved before presets name none, and neither
  // does one on a data set whose defaults are not the default preset's (its defaults are its own).
  let state: ScenarioInputs["state"] =
    raw.state.weightPreset === undefined && defaultsAreDefaultPreset(data)
      ? { ...raw.state, weightPreset: DEFAULT_WEIGHT_PRESET }
      : raw.state;
  let ahp: ResolvedAhp | undefined;
  if (raw.ahp?.groups) {
    const known = data.criteriaGroups.map((g) => g.key);
    const result = ahpOf(raw.ahp.groups, known, ["inputs", "ahp", "groups"], "criteria group");
    state = { ...state, groupWeights: Object.fromEntries(known.map((k) => [k, result.weights[k] ?? 0])) };
    ahp = { groups: result };
  }
  for (const [groupKey, comparison] of Object.entries(raw.ahp?.indicators ?? {})) {
    if (!data.criteriaGroups.some((g) => g.key === groupKey)) {
      throw new ScoringInputError(`unknown criteria group "${groupKey}"`, ["inputs", "ahp", "indicators", groupKey]);
    }
    const members = data.indicators.filter((i) => i.criteriaGroup === groupKey).map((i) => i.key);
    const result = ahpOf(comparison, members, ["inputs", "ahp", "indicators", groupKey], `indicator of ${groupKey}`);
    state = {
      ...state,
      indicatorWeights: {
        ...state.indicatorWeights,
        ...Object.fromEntries(members.map((k) => [k, result.weights[k] ?? 0])),
      },
    };
    ahp = { ...ahp, indicators: { ...ahp?.indicators, [groupKey]: result } };
  }
  // The URL codec is the workspace's definition of the state: a round trip gives what a reopened
  // workspace will hold, to the last digit.
  const decoded = decodeWorkspaceState(new URLSearchParams(encodeWorkspaceState(state)));
  return { inputs: { ...raw, state: decoded.state }, ...(ahp ? { ahp } : {}) };
}

function ahpOf(comparison: AhpComparison, known: string[], path: string[], what: string): AhpResponse {
  comparison.criteria.forEach((key, i) => {
    if (!known.includes(key)) throw new ScoringInputError(`"${key}" is not a known ${what}`, [...path, "criteria", i]);
  });
  try {
    return ahpRequest(comparison);
  } catch (error) {
    if (error instanceof ScoringInputError) throw new ScoringInputError(error.message, [...path, ...error.path]);
    throw error;
  }
}

/** The engine input as plain JSON (missing values as null), frozen with the results. */
function frozenProblem(input: ScoringInput): ScoreRequest {
  return {
    method: input.method,
    ...(input.normalization ? { normalization: input.normalization } : {}),
    ...(input.missing ? { missing: input.missing } : {}),
    ...(input.coverageThreshold !== undefined ? { coverageThreshold: input.coverageThreshold } : {}),
    ...(input.reference
      ? {
          reference: {
            ...(input.reference.label !== undefined ? { label: input.reference.label } : {}),
            values: Object.fromEntries(Object.entries(input.reference.values).map(([k, v]) => [k, [...v]])),
          },
        }
      : {}),
    criteria: input.criteria.map((c) => ({
      id: c.id,
      weight: c.weight,
      direction: c.direction,
      ...(c.group !== undefined ? { group: c.group } : {}),
      ...(c.preference !== undefined ? { preference: { ...c.preference } } : {}),
    })),
    ...(input.groups ? { groups: input.groups.map((g) => ({ id: g.id, weight: g.weight })) } : {}),
    alternatives: input.alternatives.map((a) => ({
      id: a.id,
      values: Object.fromEntries(input.criteria.map((c) => [c.id, a.values[c.id] ?? null])),
      ...(a.uncertainty && Object.keys(a.uncertainty).length > 0 ? { uncertainty: { ...a.uncertainty } } : {}),
    })),
  };
}

function provenanceOf(input: ScoringInput, data: ScoringData): ScenarioResults["provenance"] {
  return Object.fromEntries(
    input.alternatives.map((a) => [
      a.id,
      Object.fromEntries(
        input.criteria.flatMap((c) => {
          const value = data.values[a.id]?.[c.id];
          return value ? [[c.id, { year: value.year, source: value.source }]] : [];
        }),
      ),
    ]),
  );
}

function entryModesFor(inputs: ScenarioInputs, data: ScoringData, fit: FitTables, leader: string | undefined) {
  if (!inputs.firmProfile) return null;
  const iso3 = inputs.entryMode?.market ?? leader;
  return entryModesOfMarket(inputs, data, fit, iso3);
}

/**
 * The fit model's answer for every ranked market, so a report can set the short list's entry
 * modes side by side (issue 11 §4). The entry-mode assessments of the saved inputs belong to the
 * market they were made for (`entryMode.market`, else the leader); other markets use only the
 * workspace's own ratings of them.
 */
function entryModesByMarketFor(inputs: ScenarioInputs, data: ScoringData, fit: FitTables, ranked: string[]) {
  if (!inputs.firmProfile) return {};
  const assessed = inputs.entryMode?.market ?? ranked[0];
  return {
    entryModesByMarket: Object.fromEntries(
      ranked.flatMap((iso3) => {
        const own = iso3 === assessed ? inputs : { ...inputs, entryMode: { market: iso3 } };
        const response = entryModesOfMarket(own, data, fit, iso3);
        return response ? [[iso3, response] as const] : [];
      }),
    ),
  };
}

function entryModesOfMarket(inputs: ScenarioInputs, data: ScoringData, fit: FitTables, iso3: string | undefined) {
  if (!inputs.firmProfile) return null;
  const market = data.markets.find((m) => m.iso3 === iso3);
  if (!iso3 || !market)
    throw new ScoringInputError(`market ${iso3 ?? "(none)"} is not in the data set`, ["inputs", "entryMode", "market"]);
  // The market ratings of the workspace state (lib/workspace/market-ratings.ts) are the ones the
  // fit reads; an older scenario's entry-mode assessment (which may carry a reason) still wins.
  const rated = inputs.state.assessments[iso3] ?? {};
  const assessments = {
    ...(rated.competitiveIntensity !== undefined ? { competitiveIntensity: rated.competitiveIntensity } : {}),
    ...(rated.foreignOwnershipRestriction !== undefined
      ? { foreignOwnershipRestriction: rated.foreignOwnershipRestriction }
      : {}),
    ...inputs.entryMode?.assessments,
  };
  const request: EntryModeRequest = {
    market: iso3,
    firm: inputs.firmProfile,
    ...(Object.keys(assessments).length > 0 ? { assessments } : {}),
  };
  const marketIndicators = Object.fromEntries(
    Object.entries(data.values[iso3] ?? {}).map(([key, v]) => [key, v.value]),
  );
  return entryModeRequest(request, { ...fit, marketIndicators, marketName: market.name });
}
