/**
 * The workspace's own computation at the full data set's scale, for `npm run bench`: the shipped
 * criteria with their default weights over 200 markets, from the workspace state to the ranking
 * (workspaceScoringInput + rankAlternatives, as the browser runs on every change), and the
 * stability bands and "why" it computes a beat later. Markets come from data/: when it holds
 * fewer than 200, the rest are synthetic, each indicator's value drawn (seeded) inside its
 * plausible range and left as a gap at the data set's own gap rate, so the shape and sparsity
 * of the matrix match the real one. Nothing here is shipped data.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";

import type { ScoringData } from "../lib/contracts/api";
import type { WorkspaceState } from "../lib/contracts/workspace";
import { rankAlternatives, SeededRandom } from "../lib/scoring";
import { workspaceScoringInput } from "../lib/workspace/scoring-input";
import { bandProblem, weightBands } from "../lib/workspace/weight-bands";
import { explainMarket } from "../lib/workspace/why";

type Row = Record<string, string>;
const DATA_DIR = path.resolve(import.meta.dirname, "../data");
const read = (name: string) =>
  parse(readFileSync(path.join(DATA_DIR, name), "utf8"), { columns: true, skip_empty_lines: true }) as Row[];

export const WORKSPACE_MARKETS = 200;

/** The shipped data set as the workspace receives it, padded to `size` markets; and how many are real. */
export function workspaceBenchData(size = WORKSPACE_MARKETS): { data: ScoringData; real: number } {
  const groups = read("criteria-groups.csv").sort((a, b) => Number(a.sort) - Number(b.sort));
  const indicatorRows = read("indicators.csv");
  const values: ScoringData["values"] = {};
  for (const row of read("indicator-values.csv")) {
    const byMarket = (values[row.market!] ??= {});
    const current = byMarket[row.indicator!];
    if (!current || Number(row.year) > current.year) {
      byMarket[row.indicator!] = {
        value: Number(row.value),
        year: Number(row.year),
        source: row.source!,
        note: row.note || null,
      };
    }
  }
  const markets: ScoringData["markets"] = read("markets.csv").map((m) => ({
    iso3: m.iso3!,
    name: m.name!,
    region: m.region!,
    subregion: m.subregion!,
    incomeGroup: m.income_group || null,
    role: m.role as ScoringData["markets"][number]["role"],
  }));
  const real = Math.min(markets.length, size);
  markets.length = real;
  const cells = real * indicatorRows.length;
  const filled = markets.reduce((sum, m) => sum + Object.keys(values[m.iso3] ?? {}).length, 0);
  const gapRate = cells > 0 ? 1 - filled / cells : 0;
  const random = new SeededRandom(200);
  for (let i = real; i < size; i++) {
    // ISO 3166-1 leaves alpha-3 codes QMA to QZZ for user assignment: no real economy has one.
    const iso3 = `Q${String.fromCharCode(77 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
    markets.push({
      iso3,
      name: `Synthetic ${i}`,
      region: "Synthetic",
      subregion: "Synthetic",
      incomeGroup: null,
      role: "other",
    });
    const row: ScoringData["values"][string] = {};
    for (const ind of indicatorRows) {
      if (random.uniform() < gapRate) continue;
      const lo = Number(ind.plausible_min);
      const hi = Number(ind.plausible_max);
      row[ind.key!] = { value: lo + (hi - lo) * random.uniform(), year: 2024, source: "synthetic", note: null };
    }
    values[iso3] = row;
  }
  const data: ScoringData = {
    datasetVersion: "bench",
    criteriaGroups: groups.map((g) => ({
      key: g.key!,
      name: g.name!,
      description: g.description!,
      measurement: g.measurement as "public_data" | "user_assessment",
      defaultWeight: Number(g.default_weight),
    })),
    indicators: indicatorRows.map((i) => ({
      key: i.key!,
      name: i.name!,
      definition: i.definition!,
      unit: i.unit!,
      direction: i.direction as "benefit" | "cost",
      criteriaGroup: i.criteria_group!,
      publisher: i.publisher!,
      dataset: i.dataset!,
      defaultWeight: Number(i.default_weight),
      decimals: Number(i.decimals),
    })),
    markets,
    values,
  };
  return { data, real };
}

/** The workspace's default state (default weights) with every market selected. */
export function allMarketsState(data: ScoringData, method: WorkspaceState["method"]): WorkspaceState {
  return {
    markets: data.markets.map((m) => m.iso3),
    method,
    missing: "renormalize",
    groupWeights: {},
    indicatorWeights: {},
    assessments: {},
  };
}

/** Input building plus ranking, as the workspace does on each change; throws if the data cannot be scored. */
export function workspaceRanking(data: ScoringData, state: WorkspaceState) {
  const scoring = workspaceScoringInput(data, state);
  if (!scoring.ok) throw new Error(`workspace bench: ${scoring.reason}`);
  return { scoring, result: rankAlternatives(scoring.input) };
}

export function workspaceBands(data: ScoringData, state: WorkspaceState) {
  return weightBands(data, state, bandProblem(data, state));
}

export function workspaceWhy(data: ScoringData, state: WorkspaceState) {
  const { scoring, result } = workspaceRanking(data, state);
  return explainMarket(data, state, scoring.criteria, result, result.ranking[0]!.id);
}
