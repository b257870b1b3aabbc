import { describe, expect, test } from "vitest";

import { buildReportModel } from "@/lib/reports/build";
import { shortSource } from "@/lib/reports/context";
import { confidenceLevel } from "@/lib/reports/methodology";
import { fixtureReportInput, fixtureScenario, HOSTILE_NAME } from "@/tests/fixtures/reports/report-input";

const model = buildReportModel(fixtureReportInput());
const leader = model.ranking.rows[0]!;

describe("buildReportModel", () => {
  test("recommends the top-ranked market, the best-fitting entry mode and the best strategy", () => {
    const { results } = fixtureScenario();
    expect(model.summary.market.iso3).toBe(results.ranking.ranking[0]!.id);
    expect(model.summary.entryMode?.key).toBe(results.entryModes!.modes.find((m) => m.rank === 1)!.id);
    expect(model.summary.strategies[0]?.key).toBe(results.entryModes!.strategies.find((s) => s.rank === 1)!.id);
    expect(model.entry?.market.iso3).toBe(leader.iso3);
  });

  test("keeps untrusted text verbatim (the renderers escape it) and asks the question over the ranked markets", () => {
    expect(model.title).toBe(HOSTILE_NAME);
    expect(model.question).toBe(
      "Which market should we expand into among Viet Nam, Indonesia and Russia, how should we enter it, and with which business strategy?",
    );
    expect(model.dateDisplay).toBe("26 November 2026");
  });

  test("every figure of the ranking carries its year and a keyed source; a missing value is a gap, never 0", () => {
    for (const market of model.matrix.markets) {
      for (const criterion of model.matrix.criteria) {
        const cell = model.matrix.cells[market.iso3]![criterion.key];
        if (cell === null) continue;
        expect(cell!.source.length).toBeGreaterThan(3);
        expect(cell!.sourceKey).toMatch(/^S\d+$/);
        if (cell!.source !== "Your assessment") expect(cell!.year).toBeGreaterThan(2000);
      }
    }
    expect(model.matrix.cells.RUS!.lpi_score).toBeNull();
    expect(model.gaps).toContainEqual(
      expect.objectContaining({ market: "Russia", item: "Logistics Performance Index" }),
    );
    expect(model.ranking.rows.find((r) => r.iso3 === "RUS")!.missing).toEqual(["Logistics Performance Index"]);
  });

  test("the source list gives each keyed source once, with the years of its figures", () => {
    const keyed = model.sources.filter((s) => s.key);
    expect(keyed.map((s) => s.key)).toEqual(keyed.map((_, i) => `S${i + 1}`));
    const wdi = model.sources.find((s) => s.source.startsWith("World Bank (WDI)"))!;
    expect(wdi.years).toEqual([2023, 2024]);
    expect(wdi.usedFor).toContain("Population");
    expect(model.sources.some((s) => s.key === null && s.source.startsWith("Thesis"))).toBe(true);
  });

  test("group contributions add up to each market's weighted-sum score", () => {
    for (const row of model.ranking.rows) {
      const sum = Object.values(row.groupContributions).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(row.score, 10);
    }
    expect(model.ranking.stackable).toBe(true);
  });

  test("profiles cover the top markets, with strengths, risks and evidence", () => {
    expect(model.profiles.map((p) => p.iso3)).toEqual(model.ranking.rows.slice(0, 3).map((r) => r.iso3));
    const first = model.profiles[0]!;
    expect(first.evidence[0]?.source).toBe("Momentum Works event notes (2025)");
    expect(first.strengths.some((s) => s.includes("Distance to Beijing: 2,330 km"))).toBe(true);
    expect(first.risks.some((r) => r.includes("not measured"))).toBe(true);
    const russia = model.profiles.find((p) => p.iso3 === "RUS")!;
    expect(russia.risks.some((r) => r.startsWith("No value for Logistics Performance Index"))).toBe(true);
  });

  test("the robustness section and the confidence statement come from the frozen Monte Carlo results", () => {
    const { robustness } = fixtureScenario().results;
    expect(model.summary.confidence.probabilityFirst).toBe(robustness.probabilityFirst[leader.iso3]);
    expect(model.summary.confidence.statement).toMatch(
      /^(High|Moderate|Low) confidence: Viet Nam ranks first in \d+% of 500 Monte Carlo/,
    );
    expect(model.robustness.rankProbabilities.map((m) => m.iso3)).toEqual(model.ranking.rows.map((r) => r.iso3));
    const weights = model.robustness.stability.map((s) => s.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  test("without a firm profile there is no entry section, and the summary says why", () => {
    const input = fixtureReportInput();
    input.scenario = {
      ...input.scenario,
      results: { ...input.scenario.results, entryModes: null },
      inputs: { ...input.scenario.inputs, firmProfile: null },
    };
    const bare = buildReportModel(input);
    expect(bare.entry).toBeNull();
    expect(bare.summary.entryMode).toBeNull();
    expect(bare.summary.entryModeMissing).toMatch(/No firm profile/);
    expect(bare.assumptions.firmProfile).toBeNull();
  });

  test("a scenario frozen on an older data set is flagged", () => {
    const stale = buildReportModel(fixtureReportInput({ stale: true }));
    expect(stale.scenario.stale).toBe(true);
  });
});

test("the confidence rule: high needs 80% first and agreeing methods; a tie is always low", () => {
  expect(confidenceLevel(0.95, true, false)).toBe("high");
  expect(confidenceLevel(0.95, false, false)).toBe("moderate");
  expect(confidenceLevel(0.6, true, false)).toBe("moderate");
  expect(confidenceLevel(0.49, true, false)).toBe("low");
  expect(confidenceLevel(0.9, true, true)).toBe("low");
});

test("a source's short name drops its retrieval details", () => {
  expect(
    shortSource("World Bank WDI SP.POP.TOTL (original: UN World Population Prospects), via github.com/x @4ebec5a"),
  ).toBe("World Bank WDI SP.POP.TOTL");
  expect(shortSource("Transparency International CPI 2024 (CPI2024.csv), via github.com/plotly")).toBe(
    "Transparency International CPI 2024",
  );
  expect(shortSource("Your assessment")).toBe("Your assessment");
});

describe("editions and figures older than three years", () => {
  /** The fixture's data set as today's, with editions and kinds as the shipped data gives them. */
  function withEditions(generatedAt: Date) {
    const input = fixtureReportInput();
    for (const byKey of Object.values(input.scoringData.values)) {
      for (const [key, value] of Object.entries(byKey)) {
        if (key === "distance_to_beijing_km")
          Object.assign(value, { kind: "computed", edition: "computed from Natural Earth 4.0.0" });
        else if (key === "lpi_score") Object.assign(value, { kind: "observed", edition: "LPI 2023" });
        else Object.assign(value, { kind: "observed", edition: "WDI, July 2026 update" });
      }
    }
    return buildReportModel({ ...input, generatedAt });
  }

  test("the report lists the editions of the ranking's figures with their data years", () => {
    const m = withEditions(new Date("2026-11-26T10:00:00Z"));
    expect(m.editions.map((e) => e.edition)).toEqual([
      "computed from Natural Earth 4.0.0",
      "LPI 2023",
      "WDI, July 2026 update",
    ]);
    expect(m.editions.find((e) => e.edition === "LPI 2023")).toEqual({
      edition: "LPI 2023",
      years: [2023],
      usedFor: ["Logistics Performance Index"],
    });
    // in 2026 the fixture's 2023 and 2024 figures are at most 3 years old
    expect(m.oldValues).toEqual([]);
  });

  test("ages count from the report's year: in 2027 the 2023 figures are flagged, computed distances are not", () => {
    const m = withEditions(new Date("2027-03-01T10:00:00Z"));
    // fixture: 2023 figures are internet use (3 markets), LPI (IDN, VNM; RUS is a gap), rule of law (3)
    expect(m.oldValues).toHaveLength(8);
    expect(m.oldValues.every((o) => o.year === 2023 && o.age === 4)).toBe(true);
    expect(m.oldValues).toContainEqual({
      market: "Indonesia",
      criterion: "Logistics Performance Index",
      year: 2023,
      age: 4,
      edition: "LPI 2023",
    });
    expect(m.oldValues.some((o) => o.criterion === "Distance to Beijing")).toBe(false);
  });

  test("a figure frozen before today's data set changed it has no recorded edition", () => {
    const input = fixtureReportInput();
    input.scoringData.values.IDN!.population = {
      ...input.scoringData.values.IDN!.population!,
      year: 2025,
      edition: "WDI, July 2026 update",
    };
    const m = buildReportModel(input);
    expect(m.editions.at(-1)).toMatchObject({ edition: null, usedFor: expect.arrayContaining(["Population"]) });
  });
});

describe("value uncertainty in the report", () => {
  test("each figure carries the 95 % half-width frozen with the results, and none where none was drawn", () => {
    const input = fixtureReportInput();
    const { results } = input.scenario;
    const model = buildReportModel(input);
    const frozen = results.problem.alternatives.flatMap((a) =>
      Object.entries(a.uncertainty ?? {}).map(([key, u]) => ({ iso3: a.id, key, u, value: a.values[key]! })),
    );
    // The fixture's ratings (±0.5) and any estimate, older value or survey share carry one.
    expect(frozen.length).toBeGreaterThan(0);
    let checked = 0;
    for (const { iso3, key, u, value } of frozen) {
      const expected =
        typeof u === "number" ? u * Math.abs(value) : "absolute" in u ? u.absolute : u.relative * Math.abs(value);
      const cell = model.matrix.cells[iso3]?.[key];
      if (!cell || expected === 0) continue;
      expect(cell.uncertainty?.halfWidth, `${iso3} ${key}`).toBeCloseTo(expected, 12);
      expect(cell.uncertainty?.display).toMatch(/^±/);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    // A value without one prints none.
    const without = model.matrix.markets
      .flatMap((m) => model.matrix.criteria.map((c) => ({ iso3: m.iso3, key: c.key })))
      .find(({ iso3, key }) => {
        const alternative = results.problem.alternatives.find((a) => a.id === iso3);
        return alternative?.values[key] != null && alternative.uncertainty?.[key] === undefined;
      });
    if (without) expect(model.matrix.cells[without.iso3]![without.key]!.uncertainty).toBeNull();
  });
});
