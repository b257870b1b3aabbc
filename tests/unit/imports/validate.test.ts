import { readFileSync } from "node:fs";

import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";

import { readDataset } from "@/lib/db/dataset-files";
import { MAX_DATA_ROWS } from "@/lib/imports/limits";
import type { Cell } from "@/lib/imports/read-table";
import { validateImport as validateCodes, type ImportContext } from "@/lib/imports/validate";
import { wordProblems } from "@/lib/imports/wording";

import { context, NOW } from "./context";

// The plan with its problems as a user reads them (in English, the default).
const validateImport = (...args: Parameters<typeof validateCodes>) => {
  const plan = validateCodes(...args);
  return {
    ...plan,
    problems: wordProblems(plan.problems).map(({ row, column, message }) => ({ row, column, message })),
  };
};
const table = (rows: Cell[][]) => ({ type: "csv" as const, rows });
const csvTable = (text: string) =>
  table(parse(text, { relax_column_count: true }).map((r: string[]) => r.map((c) => (c === "" ? null : c))));
const HEADER = ["market", "indicator", "year", "value", "source", "note"];
const problemsOf = (rows: Cell[][], ctx: ImportContext = context()) =>
  validateImport(table(rows), ctx).problems.map((p) => `${p.row}/${p.column ?? "-"}: ${p.message}`);

describe("the header", () => {
  test("names the columns in any order and case; unknown and repeated columns are problems of row 1", () => {
    const plan = validateImport(
      table([
        ["Source", "YEAR", "Market", "indicator", "value", "notes", "value"],
        ["Panel", 2024, "VNM", "gdp_growth_pct", 3, "x", 4],
      ]),
      context(),
    );
    expect(plan.columns).toEqual(["source", "year", "market", "indicator", "value"]);
    expect(plan.problems).toEqual([
      { row: 1, column: "value", message: expect.stringMatching(/appears twice .*columns E and G/) },
      {
        row: 1,
        column: "notes",
        message: expect.stringMatching(/^Unknown column "notes". The columns are: market, indicator/),
      },
    ]);
  });

  test("a value in a column without a name is a problem, reported once, at its first row", () => {
    const plan = validateImport(
      table([
        [...HEADER],
        ["VNM", "gdp_growth_pct", 2024, 3, "Panel", null, "stray"],
        ["IDN", "gdp_growth_pct", 2024, 3, "Panel", null, "stray"],
      ]),
      context(),
    );
    expect(plan.problems).toEqual([
      { row: 2, column: "G", message: expect.stringMatching(/^Column G has a value but no name in the header row/) },
    ]);
  });

  test("a missing required column stops the check there, naming the column", () => {
    expect(
      problemsOf([
        ["market", "indicator", "year", "value"],
        ["VNM", "gdp_growth_pct", 2024, 3],
      ]),
    ).toEqual(['1/source: The header has no "source" column; the file needs market, indicator, year, value, source.']);
    expect(problemsOf([])).toEqual([expect.stringMatching(/^1\/-: The file has no rows/)]);
  });

  test("leading empty rows are skipped; the header's own row number is kept", () => {
    const plan = validateImport(table([[], HEADER, ["VNM", "gdp_growth_pct", "2024", "3", "Panel", null]]), context());
    expect(plan.problems).toEqual([]);
    expect(plan.values).toEqual([
      { row: 3, market: "VNM", indicator: "gdp_growth_pct", year: 2024, value: 3, source: "Panel", note: null },
    ]);
  });
});

describe("rows of values", () => {
  test("market codes are upper-cased; every problem of a row is listed, not just the first", () => {
    const problems = problemsOf([HEADER, ["vnm", "GDP growth", "", "n/a", "", "=cmd"]]);
    expect(problems).toEqual([
      expect.stringMatching(/^2\/indicator: "GDP growth" is not an indicator key/),
      expect.stringMatching(/^2\/year: Year is missing/),
      expect.stringMatching(/^2\/value: Value "n\/a" is not a number/),
      expect.stringMatching(/^2\/source: Source is missing/),
      expect.stringMatching(/^2\/note: Note starts with "="/),
    ]);
  });

  test("a market code that is not three letters, and a year in the far future, are problems", () => {
    expect(problemsOf([HEADER, ["Vietnam", "gdp_growth_pct", 2032, 3, "Panel", null]])).toEqual([
      expect.stringMatching(/^2\/market: "VIETNAM" is not a 3-letter ISO 3166 code/),
      "2/year: Year 2032 is out of range: years from 1960 to 2031 are accepted.",
    ]);
  });

  test("a value the user already imported is a duplicate that names the import; a shipped value for the same year is not", () => {
    const stored = new Map([
      ["VNM|gdp_growth_pct|2024", { fileName: "sales-q3.csv", importedAt: new Date("2026-10-01T09:00:00Z") }],
    ]);
    expect(
      problemsOf(
        [HEADER, ["VNM", "gdp_growth_pct", 2024, 3, "Panel", null], ["VNM", "gdp_growth_pct", 2023, 3, "Panel", null]],
        context({ storedUserValues: stored }),
      ),
    ).toEqual([
      '2/-: Duplicate: you already imported a value for VNM · gdp_growth_pct · 2024 (file "sales-q3.csv", 2026-10-01). Delete that import first, or remove this row.',
    ]);
  });

  test("over 20,000 rows of values the file is refused, naming the first row too many", () => {
    const rows: Cell[][] = [HEADER];
    for (let i = 0; i <= MAX_DATA_ROWS; i++)
      rows.push(["VNM", "gdp_growth_pct", 1960 + (i % 60), 1, `Panel ${i}`, null]);
    const plan = validateImport(table(rows), context());
    expect(plan.problems.find((p) => p.column === null && /more than 20,000 rows/.test(p.message))?.row).toBe(
      MAX_DATA_ROWS + 2,
    );
  });
});

describe("new indicators and markets defined inline", () => {
  const header = [
    ...HEADER,
    "indicator_name",
    "unit",
    "direction",
    "criteria_group",
    "definition",
    "market_name",
    "region",
    "subregion",
  ];
  const row = (market: string, indicator: string, value: number, extra: (string | null)[] = []) => [
    market,
    indicator,
    2026,
    value,
    "Strategy team, Nov 2026",
    null,
    ...extra,
    ...Array<null>(8 - extra.length).fill(null),
  ];

  test("one row defines the indicator (and the market); the others refer to it", () => {
    const plan = validateImport(
      table([
        header,
        row("VNM", "competitive_intensity", 4, ["Competitive intensity", "1-5", "Cost", "competition", null]),
        row("CHL", "competitive_intensity", 2, [null, null, null, null, null, "Chile", "Americas", null]),
        row("CHL", "internet_users_pct", 90.25),
      ]),
      context(),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.newIndicators).toEqual([
      {
        row: 2,
        key: "competitive_intensity",
        name: "Competitive intensity",
        unit: "1-5",
        direction: "cost",
        criteriaGroup: "competition",
        definition: null,
        decimals: 0,
        defaultWeight: 1,
      },
    ]);
    expect(plan.newMarkets).toEqual([
      { row: 3, iso3: "CHL", name: "Chile", region: "Americas", subregion: "Americas" },
    ]);
    expect(plan.values.map((v) => `${v.market}/${v.indicator}`)).toEqual([
      "VNM/competitive_intensity",
      "CHL/competitive_intensity",
      "CHL/internet_users_pct",
    ]);
  });

  test("an incomplete or contradictory definition is a problem on its row and column; rows using it are refused too", () => {
    const problems = problemsOf([
      header,
      row("VNM", "own_sales", 4, ["Our sales", null, "more", "sales", null]),
      row("IDN", "own_sales", 5),
      row("CHL", "own_sales", 1, [null, null, null, null, null, "Chile", null, null]),
    ]);
    expect(problems).toEqual([
      "2/unit: Unit is missing.",
      '2/direction: Direction "more" is neither benefit nor cost.',
      expect.stringMatching(
        /^2\/criteria_group: Criteria group "sales" does not exist; use one of attractiveness, host_regulation/,
      ),
      "3/indicator: The new indicator own_sales is not defined correctly (see the problems listed for its definition).",
      "4/indicator: The new indicator own_sales is not defined correctly (see the problems listed for its definition).",
      "4/region: Region is missing.",
    ]);
  });

  test("a second definition that differs from the first, or one that renames a known indicator or market, is a problem", () => {
    expect(
      problemsOf([
        header,
        row("VNM", "own_sales", 4, ["Our sales", "EUR m", "benefit", "attractiveness", null]),
        row("IDN", "own_sales", 5, ["Our sales", "USD m", null, null, null]),
        row("VNM", "internet_users_pct", 70, ["Web users", null, null, null, null]),
        row("THA", "gdp_growth_pct", 3, [null, null, null, null, null, "Siam", null, null]),
      ]),
    ).toEqual([
      "3/unit: Unit differs from row 2 for the new indicator own_sales.",
      "4/indicator_name: Indicator internet_users_pct already exists (Internet users, % of population); leave indicator_name empty for it.",
      "5/market_name: Market THA already exists as Thailand (Asia, South-eastern Asia); leave market_name empty for it.",
    ]);
  });

  test("a known indicator keeps its plausible range; a user's new one has none", () => {
    expect(problemsOf([HEADER, ["VNM", "gdp_growth_pct", 2024, 45, "Panel", null]])).toEqual([
      "2/value: Value 45 is outside the plausible range of GDP growth (-30 to 30 % per year); check the unit and the decimal point.",
    ]);
  });
});

test("the downloadable template passes the check against the shipped data set as it is", () => {
  const dataset = readDataset();
  const ctx: ImportContext = {
    now: NOW,
    markets: new Map(dataset.markets.map((m) => [m.iso3, m])),
    indicators: new Map(
      dataset.indicators.map((i) => [
        i.key,
        {
          key: i.key,
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          criteriaGroup: i.criteria_group,
          plausibleMin: i.plausible_min,
          plausibleMax: i.plausible_max,
          decimals: i.decimals,
        },
      ]),
    ),
    criteriaGroups: new Map(
      dataset.criteriaGroups.map((g) => [g.key, { key: g.key, name: g.name, newIndicatorWeight: 1 }]),
    ),
    storedUserValues: new Map(),
  };
  const plan = validateImport(csvTable(readFileSync("public/templates/outbound-import-template.csv", "utf8")), ctx);
  expect(plan.problems).toEqual([]);
  expect(plan.values).toHaveLength(6);
  expect(plan.newIndicators.map((i) => i.key)).toEqual(["own_net_sales_eur_m", "competitive_intensity"]);
  expect(plan.newMarkets.map((m) => m.iso3)).toEqual(["REU"]);
});
