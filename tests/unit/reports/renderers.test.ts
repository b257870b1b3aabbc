import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";

import { buildReportModel } from "@/lib/reports/build";
import { CSV_COLUMNS, renderCsv } from "@/lib/reports/csv";
import { renderJson, reproductionOf, ScenarioExportSchema } from "@/lib/reports/json";
import { renderMarkdown } from "@/lib/reports/markdown";
import { fixtureReportInput, fixtureScenario, GENERATED_AT, HOSTILE_NAME } from "@/tests/fixtures/reports/report-input";

const model = buildReportModel(fixtureReportInput());

describe("Markdown", () => {
  const md = renderMarkdown(model);

  test("has every section of the report, in order", () => {
    const headings = md.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Executive summary",
      "## The short list side by side",
      "## Market ranking",
      "## Profiles of the top markets",
      "## Entry mode and business strategy: Viet Nam",
      "## Robustness",
      "## Assumptions",
      "## Sources and years",
      "## Data gaps",
      "## Methodology",
      "## Glossary",
      "## Data provenance",
    ]);
  });

  test("states the recommendation, and every figure with its source key and year", () => {
    expect(md).toContain("- **Recommended market:** Viet Nam (rank 1 of 3;");
    expect(md).toContain("- **Entry mode:** Acquisition of, or stake in, a local firm (fit");
    // "Every figure of the ranking": a criterion per row, a market per column (Viet Nam first).
    expect(md).toMatch(/\| Population \| 101 million \(2024 · S\d+\) \| 285\.7 million \(2024 · S\d+\) \|/);
    expect(md).toContain("Gerschewski, S., Rose, E. L. & Lindsay, V. J. (2014)");
  });

  test("shows the hostile name and notes as text: no HTML tag, link or heading can form", () => {
    // The question is the title (issue 11 §5); the scenario's name is the subtitle under it.
    const [title, , subtitle] = md.split("\n");
    expect(title).toBe(
      "# Which market should we expand into among Viet Nam, Indonesia and Russia, how should we enter it, and with which business strategy?",
    );
    expect(subtitle).toBe(
      '**Recommendation report on the scenario &lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK("http://evil.example","x") \\[click\\](javascript:alert(1))**',
    );
    expect(md).not.toMatch(/<script|<img/);
    expect(md).toContain(
      "\\# Not a heading  \n\\- not a list  \n\\=1+1  \n&lt;img src=x onerror=alert(1)&gt; \\*\\*not bold\\*\\* \\| pipe",
    );
    expect(
      md
        .split("\n")
        .filter((line) => /^#{1,6} /.test(line))
        .every((line) => !line.includes("Not a heading")),
    ).toBe(true);
  });
});

describe("CSV", () => {
  const csv = renderCsv(model);
  const rows = parse(csv, { columns: true }) as Record<string, string>[];

  test("one row per market and criterion, the markets in rank order, every value with year and source", () => {
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(model.matrix.markets.length * model.matrix.criteria.length);
    expect([...new Set(rows.map((r) => r.market_iso3))]).toEqual(model.ranking.rows.map((r) => r.iso3));
    const population = rows.find((r) => r.market_iso3 === "IDN" && r.criterion_key === "population")!;
    expect(population).toMatchObject({ rank: "2", value: "285721236", year: "2024", direction: "benefit" });
    expect(population.source).toMatch(/^World Bank \(WDI\)/);
    const gap = rows.find((r) => r.market_iso3 === "RUS" && r.criterion_key === "lpi_score")!;
    expect(gap).toMatchObject({ value: "", year: "", source: "no value (data gap)" });
    expect(rows.find((r) => r.criterion_key === "wgi_rule_of_law_est" && r.market_iso3 === "RUS")!.value).toBe("-1.03");
  });

  test("every row says what the Monte Carlo varied and how gaps and thin criteria were treated", () => {
    for (const row of rows) {
      expect(row.monte_carlo).toBe(model.robustness.monteCarlo.description);
      expect(row.monte_carlo).toMatch(/Monte Carlo draws of the weights/);
      expect(row.coverage_rule).toMatch(/A criterion known for fewer than 50 % of the selected markets is left out/);
    }
  });

  test("a hostile market name cannot become a formula", () => {
    const hostile = buildReportModel(fixtureReportInput());
    hostile.ranking.rows[0]!.name = '=HYPERLINK("http://evil.example","click")';
    hostile.matrix.criteria[0]!.name = "@SUM(A1:A9)";
    const parsed = parse(renderCsv(hostile), { columns: true }) as Record<string, string>[];
    expect(parsed[0]!.market).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(parsed[0]!.criterion).toBe("'@SUM(A1:A9)");
  });
});

describe("JSON export and the reproduction check", () => {
  const scenario = fixtureScenario();
  const file = ScenarioExportSchema.parse(JSON.parse(renderJson(scenario, GENERATED_AT)));

  test("holds the format, the inputs and the results, and parses with the import schema", () => {
    expect(file.format).toBe("outbound-scenario");
    expect(file.formatVersion).toBe(1);
    expect(file.scenario.name).toBe(HOSTILE_NAME);
    expect(file.scenario.inputs).toEqual(scenario.inputs);
    expect(file.scenario.results).toEqual(scenario.results);
  });

  test("identical results on the same data set are identical, whenever computed", () => {
    const again = { ...scenario.results, computedAt: "2030-01-01T00:00:00.000Z" };
    expect(reproductionOf(file.scenario, again)).toMatchObject({
      status: "identical",
      identical: true,
      differences: [],
    });
  });

  test("a changed figure is found and named by its path", () => {
    const changed = structuredClone(scenario.results);
    changed.ranking.ranking[1]!.score += 1e-12;
    const result = reproductionOf(file.scenario, changed);
    expect(result).toMatchObject({ status: "different", identical: false });
    expect(result.differences).toEqual(["results.ranking.ranking[1].score"]);
  });

  test("another data set is reported as such, never as identical", () => {
    const other = { ...scenario.results, datasetHash: "e".repeat(64), datasetVersion: "2027.1.1" };
    const result = reproductionOf(file.scenario, other);
    expect(result.status).toBe("dataset_changed");
    expect(result.identical).toBe(false);
    expect(result.message).toMatch(/2026\.11\.1 then, 2027\.1\.1 now/);
  });

  test("a file without results can only be created, not compared", () => {
    const withoutResults = { ...file.scenario, results: undefined };
    expect(reproductionOf(withoutResults, scenario.results).status).toBe("no_results_in_file");
  });
});
