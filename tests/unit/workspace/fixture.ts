import path from "node:path";

import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";

import type { ScoringData } from "@/lib/contracts/api";

type Row = Record<string, string>;
const DATA_DIR = path.resolve(import.meta.dirname, "../../../data");
const read = (name: string) =>
  parse(readFileSync(path.join(DATA_DIR, name), "utf8"), { columns: true, skip_empty_lines: true }) as Row[];

/** The shipped data set as the workspace receives it (latest value per market and indicator). */
export function shippedScoringData(): ScoringData {
  const groups = read("criteria-groups.csv").sort((a, b) => Number(a.sort) - Number(b.sort));
  const indicators = read("indicators.csv");
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
  return {
    datasetVersion: "test",
    criteriaGroups: groups.map((g) => ({
      key: g.key!,
      name: g.name!,
      description: g.description!,
      measurement: g.measurement as "public_data" | "user_assessment",
      defaultWeight: Number(g.default_weight),
    })),
    indicators: groups.flatMap((g) =>
      indicators
        .filter((i) => i.criteria_group === g.key)
        .sort((a, b) => Number(b.default_weight) - Number(a.default_weight) || a.key!.localeCompare(b.key!))
        .map((i) => ({
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
    ),
    markets: read("markets.csv").map((m) => ({
      iso3: m.iso3!,
      name: m.name!,
      region: m.region!,
      subregion: m.subregion!,
      incomeGroup: m.income_group || null,
      role: m.role as ScoringData["markets"][number]["role"],
    })),
    values,
  };
}

const source = (s: string) => ({ year: 2024, source: s, note: null });

/** Three markets, two groups (one user-assessed), small enough to check by hand. */
export function tinyScoringData(): ScoringData {
  const indicator = (key: string, group: string, direction: "benefit" | "cost", weight: number) => ({
    key,
    name: key.toUpperCase(),
    definition: `${key} definition`,
    unit: "units",
    direction,
    criteriaGroup: group,
    publisher: "Test publisher",
    dataset: "test dataset",
    defaultWeight: weight,
    decimals: 1,
  });
  return {
    datasetVersion: "tiny",
    criteriaGroups: [
      { key: "size", name: "Size", description: "How big", measurement: "public_data", defaultWeight: 0.6 },
      { key: "ease", name: "Ease", description: "How easy", measurement: "public_data", defaultWeight: 0.4 },
      {
        key: "competition",
        name: "Competitive intensity",
        description: "Rivals",
        measurement: "user_assessment",
        defaultWeight: 0,
      },
    ],
    indicators: [
      indicator("gdp", "size", "benefit", 0.7),
      indicator("pop", "size", "benefit", 0.3),
      indicator("distance", "ease", "cost", 1),
    ],
    markets: [
      { iso3: "AAA", name: "Alpha", region: "R", subregion: "S", incomeGroup: null, role: "emerging_other" },
      { iso3: "BBB", name: "Beta", region: "R", subregion: "S", incomeGroup: null, role: "emerging_other" },
      { iso3: "CCC", name: "Gamma", region: "R", subregion: "S", incomeGroup: null, role: "emerging_other" },
      { iso3: "DDD", name: "Delta (no data)", region: "R", subregion: "S", incomeGroup: null, role: "emerging_other" },
    ],
    values: {
      AAA: {
        gdp: { value: 10, ...source("s1") },
        pop: { value: 5, ...source("s2") },
        distance: { value: 100, ...source("s3") },
      },
      BBB: {
        gdp: { value: 6, ...source("s1") },
        pop: { value: 9, ...source("s2") },
        distance: { value: 50, ...source("s3") },
      },
      CCC: { gdp: { value: 8, ...source("s1") }, distance: { value: 500, ...source("s3") } },
    },
  };
}
