import type { useTranslations } from "next-intl";

import { csvRows, type CsvValue } from "./escape";
import { reportTranslator } from "./i18n";
import type { ReportModel } from "./model";
import { similarCaseText } from "./phrases";

// The ranking and the market × indicator matrix as one tidy CSV table: one row per market and
// criterion, the market's rank and score repeated on each of its rows, every value with its year
// and source. Opens in any spreadsheet and loads into R or pandas without reshaping.

export const CSV_COLUMNS = [
  "rank",
  "market_iso3",
  "market",
  "score",
  "method",
  "coverage",
  "probability_first",
  "rank_90_low",
  "rank_90_high",
  "criteria_group",
  "criterion_key",
  "criterion",
  "unit",
  "direction",
  "global_weight",
  "value",
  "year",
  "source",
  "dataset_version",
  // Added with issue 10 (at the end, so existing readers keep their columns): what the Monte
  // Carlo behind probability_first varied, and how gaps and thin criteria were treated.
  "monte_carlo",
  "coverage_rule",
  // The 95 % half-width the Monte Carlo drew the value within, in its unit (empty: none assigned).
  "value_uncertainty_95",
  // Added with issue 10 §5.3-5.4: the recommended entry mode, the entry-mode model's backtest in
  // one sentence, and the documented entries most like the firm and market (empty without them).
  "entry_mode",
  "entry_mode_backtest",
  "similar_cases",
  // Added with issue 10 §3: the weight preset the weights start from (docs/decisions/016-weight-presets.md).
  "weights",
  // The home market distance and cultural distance were measured from (docs/decisions/017).
  "home_market",
  // Issue 13 §4.5, for a scenario frozen from a group decision (empty otherwise): the market's rank
  // under each member's weights, and how far the members' weights for this criterion (or its
  // criteria group, when the group weighed the groups) spread (standard deviation, 0–1).
  "group_member_ranks",
  "group_weight_sd",
] as const;

export function renderCsv(model: ReportModel): string {
  return localizedCsv(model, reportTranslator(model.locale));
}

// The header row is the columns' names in the report's language: the English file keeps the
// snake_case names scripts read; a Chinese or Russian file names them for its reader. The columns'
// order and content are the same in every language.
function localizedCsv(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): string {
  const rows: CsvValue[][] = [CSV_COLUMNS.map((column) => t(`csv.columns.${column}`))];
  const { ranking, matrix } = model;
  const entryMode = model.summary.entryMode;
  const similar = model.entry?.similarCases?.map(similarCaseText).join(" | ");
  const group = model.group;
  const memberRanks = (iso3: string) => {
    const row = group?.ranking.find((r) => r.iso3 === iso3);
    if (!group || !row) return undefined;
    return group.members.map((m, k) => `${m.label}: ${row.memberRanks[k] ?? ""}`).join("; ");
  };
  const spread = (key: string, groupKey: string) =>
    group?.criteria.find((c) => c.key === key || c.key === groupKey)?.standardDeviation;
  for (const row of ranking.rows) {
    for (const criterion of matrix.criteria) {
      const cell = matrix.cells[row.iso3]?.[criterion.key] ?? null;
      rows.push([
        row.rank,
        row.iso3,
        row.name,
        row.score,
        ranking.methodKey,
        row.coverage,
        row.probabilityFirst,
        row.rankInterval90?.low,
        row.rankInterval90?.high,
        criterion.groupName,
        criterion.key,
        criterion.name,
        criterion.unit,
        criterion.direction,
        criterion.weight,
        cell?.value,
        cell?.year,
        cell ? cell.source : t("csv.dataGap"),
        model.scenario.datasetVersion,
        model.robustness.monteCarlo.description,
        model.assumptions.coverage,
        cell?.uncertainty?.halfWidth,
        entryMode ? `${model.entry?.market.name ?? ""}: ${entryMode.name}` : undefined,
        model.entry?.backtest,
        similar,
        model.ranking.weights ?? "",
        model.assumptions.home,
        memberRanks(row.iso3),
        spread(criterion.key, criterion.group),
      ]);
    }
  }
  return csvRows(rows);
}
