import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { monteCarloDescription } from "@/lib/workspace/monte-carlo-wording";

import { buildEntrySection, entryRisks } from "./build-entry";
import { buildGroupSection } from "./build-group";
import { buildProfile } from "./build-profiles";
import { buildMatrix, buildRanking } from "./build-ranking";
import { buildAssumptions, buildRobustness } from "./build-robustness";
import { collectEditions, collectGaps, collectSources } from "./build-sources";
import { buildShortlist, buildTie } from "./build-shortlist";
import { buildBoard, buildSummary } from "./build-summary";
import type { useTranslations } from "next-intl";

import { contextOf, type ReportInput } from "./context";
import { joinList, reportDate, reportTranslator } from "./i18n";
import { scenarioIdentity } from "./json";
import { methodologyParagraphs, monteCarloSentence, REFERENCES } from "./methodology";
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
    ? buildEntrySection(
        results.entryModes,
        input.framework,
        input.caseLibrary,
        (iso3) => context.marketName(iso3),
        input.locale,
      )
    : null;
  const robustness = buildRobustness(context);
  const profiles = ranking.rows
    .slice(0, input.profileCount ?? DEFAULT_PROFILE_COUNT)
    .map((row) =>
      buildProfile(
        context,
        matrix,
        row.iso3,
        entry && entry.market.iso3 === row.iso3 ? entryRisks(entry, input.locale) : [],
      ),
    );
  const base = buildSummary(context, ranking, entry);
  const shortlist = buildShortlist(context, ranking, matrix, input.shortlist);
  const summary = { ...base, board: buildBoard(context, ranking, base, shortlist, buildTie(context, ranking), matrix) };
  const sources = collectSources(matrix, profiles, entry, context.sourceKeys, context.t);
  const gaps = collectGaps(context, matrix, entry);
  const { editions, oldValues } = collectEditions(context, matrix);
  const methodKey = results.ranking.method;
  const locale = input.locale ?? DEFAULT_LOCALE;
  return {
    locale,
    title: scenario.name,
    question: questionOf(
      ranking.rows.map((r) => r.name),
      locale,
      reportTranslator(locale),
    ),
    generatedAt: input.generatedAt.toISOString(),
    dateDisplay: reportDate(locale, input.generatedAt),
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
      paragraphs: methodologyParagraphs(reportTranslator(locale), {
        method: methodKey,
        ahp: Boolean(scenario.inputs.ahp),
        monteCarlo:
          locale === DEFAULT_LOCALE
            ? monteCarloDescription(results.robustness.monteCarlo)
            : monteCarloSentence(reportTranslator(locale), locale, results.robustness.monteCarlo),
      }),
      references: REFERENCES,
    },
    ...(input.groupDecision ? { group: buildGroupSection(context, input.groupDecision) } : {}),
  };
}

function questionOf(markets: string[], locale: Locale, t: ReturnType<typeof useTranslations<"report">>): string {
  return t("question", { list: markets.length === 0 ? t("questionFallback") : joinList(locale, markets) });
}
