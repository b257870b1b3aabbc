import { monteCarloDescription } from "@/lib/workspace/monte-carlo-wording";

import { buildEntrySection, entryRisks } from "./build-entry";
import { buildProfile } from "./build-profiles";
import { buildMatrix, buildRanking } from "./build-ranking";
import { buildAssumptions, buildRobustness } from "./build-robustness";
import { collectEditions, collectGaps, collectSources } from "./build-sources";
import { buildShortlist, buildTie } from "./build-shortlist";
import { buildBoard, buildSummary } from "./build-summary";
import { contextOf, type ReportInput } from "./context";
import { scenarioIdentity } from "./json";
import { methodologyParagraphs, REFERENCES } from "./methodology";
import type { ReportModel } from "./model";

export type { ReportInput } from "./context";

// buildReportModel: from a saved scenario (its inputs and frozen results) and today's reference data
// (indicator metadata, market evidence, framework names) to everything the report prints. Pure.
// The figures are the frozen ones the results were computed from, never today's, so a report made
// later says the same thing; when the data set has changed since, the report says so.

export const DEFAULT_PROFILE_COUNT = 3;

export function buildReportModel(input: ReportInput): ReportModel {
  const { scenario, scoringData } = input;
  const { results } = scenario;
  const context = contextOf(input);
  const matrix = buildMatrix(context);
  const ranking = buildRanking(context);
  const entry = results.entryModes
    ? buildEntrySection(results.entryModes, input.framework, input.caseLibrary, (iso3) => context.marketName(iso3))
    : null;
  const robustness = buildRobustness(context);
  const profiles = ranking.rows
    .slice(0, input.profileCount ?? DEFAULT_PROFILE_COUNT)
    .map((row) =>
      buildProfile(context, matrix, row.iso3, entry && entry.market.iso3 === row.iso3 ? entryRisks(entry) : []),
    );
  const base = buildSummary(context, ranking, entry);
  const shortlist = buildShortlist(context, ranking, matrix, input.shortlist);
  const summary = { ...base, board: buildBoard(context, ranking, base, shortlist, buildTie(context, ranking), matrix) };
  const sources = collectSources(matrix, profiles, entry, context.sourceKeys);
  const gaps = collectGaps(context, matrix, entry);
  const { editions, oldValues } = collectEditions(context, matrix);
  const methodKey = results.ranking.method;
  return {
    title: scenario.name,
    question: questionOf(ranking.rows.map((r) => r.name)),
    generatedAt: input.generatedAt.toISOString(),
    dateDisplay: dateOf(input.generatedAt),
    scenario: {
      ...scenarioIdentity(scenario),
      computedAt: results.computedAt,
      datasetVersion: results.datasetVersion,
      datasetHash: results.datasetHash,
      stale: scenario.stale,
      ...(scenario.staleBecause ? { staleBecause: scenario.staleBecause } : {}),
      currentDatasetVersion: scoringData.datasetVersion,
    },
    summary,
    shortlist,
    ranking,
    profiles,
    entry,
    robustness,
    assumptions: buildAssumptions(context),
    matrix,
    sources,
    editions,
    oldValues,
    gaps,
    methodology: {
      paragraphs: methodologyParagraphs({
        method: methodKey,
        samples: results.robustness.monteCarlo.samples,
        concentration: results.robustness.monteCarlo.concentration,
        seed: results.robustness.monteCarlo.seed,
        ahp: Boolean(scenario.inputs.ahp),
        monteCarlo: monteCarloDescription(results.robustness.monteCarlo),
      }),
      references: REFERENCES,
    },
  };
}

function dateOf(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    date,
  );
}

function questionOf(markets: string[]): string {
  const list =
    markets.length <= 1
      ? (markets[0] ?? "the selected market")
      : `${markets.slice(0, -1).join(", ")} and ${markets.at(-1)}`;
  return `Which market should we expand into among ${list}, how should we enter it, and with which business strategy?`;
}
