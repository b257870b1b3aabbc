import { csvRows, type CsvValue } from "./escape";
import type { ReportModel } from "./model";

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
  // The home market distance and cultural distance were measured from (docs/decisions/017).
  "home_market",
] as const;

export function renderCsv(model: ReportModel): string {
  const rows: CsvValue[][] = [[...CSV_COLUMNS]];
  const { ranking, matrix } = model;
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
        cell ? cell.source : "no value (data gap)",
        model.scenario.datasetVersion,
        model.robustness.monteCarlo.description,
        model.assumptions.coverage,
        model.assumptions.home,
      ]);
    }
  }
  return csvRows(rows);
}
