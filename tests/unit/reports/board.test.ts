import { describe, expect, test } from "vitest";

import type { MarketProfile } from "@/lib/contracts/api";
import type { Scenario } from "@/lib/contracts/scenarios";
import { buildReportModel } from "@/lib/reports/build";
import { forAgainst } from "@/lib/reports/build-for-against";
import { materialRisks } from "@/lib/reports/build-risks";
import { reportSections, type Block } from "@/lib/reports/document";
import { renderMarkdown } from "@/lib/reports/markdown";
import type { MatrixSection } from "@/lib/reports/model";
import { fixtureReportInput, fixtureScenario, profiles } from "@/tests/fixtures/reports/report-input";

// Issue 11 §2-§5 on hand-made inputs: ties read off the frozen Monte Carlo shares, the default
// short list, evidence for and against an entry mode, material risks ranked by the stated rule,
// entry modes frozen for every ranked market, and Markdown parity with the document.

/** The fixture with two markets and the Monte Carlo shares replaced by hand-set ones. */
function twoMarkets(first: number): ReturnType<typeof fixtureReportInput> {
  const input = fixtureReportInput({}, (i) => ({ ...i, state: { ...i.state, markets: ["VNM", "IDN"] } }));
  const [a, b] = input.scenario.results.ranking.ranking.map((r) => r.id) as [string, string];
  const robustness = input.scenario.results.robustness;
  input.scenario.results.robustness = {
    ...robustness,
    leader: a,
    probabilityFirst: { [a]: first, [b]: 1 - first },
    rankProbabilities: { [a]: [first, 1 - first], [b]: [1 - first, first] },
    rankInterval90: { [a]: { low: 1, high: first >= 0.95 ? 1 : 2 }, [b]: { low: first > 0.95 ? 2 : 1, high: 2 } },
    monteCarlo: { ...robustness.monteCarlo, samples: 10_000 },
  };
  return input;
}

describe("ties (issue 11 §2)", () => {
  test("a leader first in 52% of the draws against 48% is statistically tied, and a course is still recommended", () => {
    const model = buildReportModel(twoMarkets(0.52));
    const board = model.summary.board!;
    const [a, b] = model.ranking.rows;
    expect(board.tie.tied).toBe(true);
    expect(board.tie.statement).toBe(
      `${a!.name} and ${b!.name} are statistically tied: ${a!.name} ranks first in 52% of the 10,000 Monte Carlo draws of the weights and values, ${b!.name} in 48%. The order between them is not settled by the data and weights.`,
    );
    expect(board.recommendation).toMatch(
      /^A staged entry: .* are statistically tied, so start with the cheapest reversible step/,
    );
    expect(board.changeTheAnswer[0]).toBe(board.tie.statement);
  });

  test("a leader first in 97% of the draws is not tied", () => {
    const model = buildReportModel(twoMarkets(0.97));
    const board = model.summary.board!;
    expect(board.tie.tied).toBe(false);
    expect(board.tie.statement).toMatch(/leads clearly: it ranks first in 97% of the 10,000/);
    expect(board.recommendation).toMatch(/^Expand into /);
  });

  test("without an uncertainty on the entry-mode scores, the report says so and invents none", () => {
    const model = buildReportModel(fixtureReportInput());
    expect(model.summary.board!.entryModeTie).toMatch(/carry no uncertainty estimate/);
    expect(model.shortlist!.markets[0]!.entryMode!.uncertainty).toBeNull();
  });

  test("with the backtest's band on the answer (record 018), a gap within it is a tie and a wider gap is not", () => {
    const input = fixtureReportInput();
    const response = input.scenario.results.entryModesByMarket![input.scenario.results.ranking.ranking[0]!.id]!;
    const sorted = [...response.modes].sort((x, y) => x.rank - y.rank);
    const gap = sorted[0]!.score - sorted[1]!.score;
    const band = (points: number) => ({
      points,
      coverage: 0.5,
      cases: 52,
      firstChoiceRight: 14,
      within: 27,
      basis: "hand-made band",
      tiedWithFirst: [],
      calibrationInputsHash: "0".repeat(64),
    });
    response.scoreUncertainty = band(gap + 1);
    expect(buildReportModel(input).summary.board!.entryModeTie).toMatch(/within the entry-mode model's error/);
    response.scoreUncertainty = band(gap / 2);
    expect(buildReportModel(input).summary.board!.entryModeTie).toMatch(/more than the entry-mode model's error/);
    expect(buildReportModel(input).shortlist!.markets[0]!.entryMode!.uncertainty).toBe(gap / 2);
  });
});

describe("short list (issue 11 §4)", () => {
  function withThird(p12: number) {
    const input = fixtureReportInput();
    const ids = input.scenario.results.ranking.ranking.map((r) => r.id);
    const third = ids[2]!;
    input.scenario.results.robustness.rankProbabilities[third] = [p12 / 2, p12 / 2, 1 - p12];
    return { model: buildReportModel(input), ids };
  }

  test("the third market joins the top two only when it ranks first or second in at least 5% of the draws", () => {
    const out = withThird(0.04);
    expect(out.model.shortlist!.markets.map((m) => m.iso3)).toEqual(out.ids.slice(0, 2));
    const within = withThird(0.06);
    expect(within.model.shortlist!.markets.map((m) => m.iso3)).toEqual(within.ids.slice(0, 3));
    expect(within.model.shortlist!.chosenBy).toBe("default");
  });

  test("a user's short list is kept in the user's order, each market with its own frozen entry mode", () => {
    const input = { ...fixtureReportInput(), shortlist: ["RUS", "VNM"] };
    const model = buildReportModel(input);
    expect(model.shortlist!.chosenBy).toBe("user");
    expect(model.shortlist!.markets.map((m) => m.iso3)).toEqual(["RUS", "VNM"]);
    // Independent of the per-market freezing: a scenario saved with its entry modes assessed for Russia.
    const russia = fixtureScenario({}, (i) => ({ ...i, entryMode: { market: "RUS" } })).results.entryModes!;
    const best = [...russia.modes].sort((a, b) => a.rank - b.rank)[0]!;
    expect(model.shortlist!.markets[0]!.entryMode).toMatchObject({ key: best.id, score: best.score });
  });

  test("page 1 stays about the ranking's leader when the user's short list leaves it out", () => {
    const model = buildReportModel({ ...fixtureReportInput(), shortlist: ["RUS", "IDN"] });
    expect(model.ranking.rows[0]!.name).toBe("Viet Nam");
    expect(model.summary.board!.recommendation).toMatch(/^Expand into Viet Nam by /);
    expect(model.summary.board!.freshness).toMatch(/^The ranking figures for Viet Nam /);
  });

  test("results saved before entry modes were frozen per market still open, and say how to get the rest", () => {
    const input = fixtureReportInput();
    const scenario: Scenario = { ...input.scenario, results: { ...input.scenario.results } };
    delete scenario.results.entryModesByMarket;
    const model = buildReportModel({ ...input, scenario });
    const [leader, second] = model.shortlist!.markets;
    expect(leader!.entryMode).not.toBeNull();
    expect(second!.entryMode).toBeNull();
    expect(second!.entryModeMissing).toBe(
      `Entry modes were saved for ${leader!.name} only (the scenario was saved before they were kept for every market). Save the scenario again to assess ${second!.name}.`,
    );
  });

  test("save time freezes entry modes for every ranked market", () => {
    const { results } = fixtureScenario();
    expect(Object.keys(results.entryModesByMarket!).sort()).toEqual(results.ranking.ranking.map((r) => r.id).sort());
    expect(results.entryModesByMarket![results.ranking.ranking[0]!.id]).toEqual(results.entryModes);
  });
});

// A market profile with only the evidence a test needs (same shape as data/evidence/*.csv).
function profile(over: Partial<MarketProfile>): MarketProfile {
  const base = profiles[0]!;
  return {
    ...base,
    market: { ...base.market, iso3: "XXX", name: "Testland" },
    evidence: [],
    ecommerceSize: { figures: [], latestRanges: [] },
    incumbents: [],
    foreignSellerRules: [],
    context: [],
    tradeAgreements: [],
    sanctionsPrograms: [],
    ...over,
  };
}

const rule = (
  id: string,
  ruleType: MarketProfile["foreignSellerRules"][number]["ruleType"],
  burden: number,
  effective: string,
) => ({
  id,
  ruleType,
  statement: `${id} statement.`,
  threshold: null,
  thresholdUnit: null,
  effective,
  burden,
  published: null,
  source: `${id} source`,
  locator: "https://example.org",
  secondaryOf: null,
  inForce: true,
  status: "in_force" as const,
});

const context = (id: string, topic: MarketProfile["context"][number]["topic"], effective: string) => ({
  id,
  topic,
  statement: `${id} statement.`,
  effective,
  published: null,
  source: `${id} source`,
  locator: "https://example.org",
  secondaryOf: null,
});

describe("evidence for and against (issue 11 §3)", () => {
  const russiaLike = profile({
    evidence: [
      {
        id: "cross-border-share",
        scope: "XXX",
        topic: "competition",
        statement: "Cross-border purchases were only 3.1% of online commerce in 2023.",
        year: 2023,
        yearNote: null,
        metric: "cross_border_share_of_online_commerce",
        value: 3.1,
        unit: "% of online commerce volume",
        source: "AKIT",
        locator: "x",
      },
    ],
    foreignSellerRules: [
      rule("deminimis-cut", "duty_de_minimis", 1, "2020-01-01"),
      rule("ownership-cap", "foreign_ownership_limit", 2, "2018"),
    ],
  });

  test("a 3.1% cross-border share and a cut duty-free allowance count against cross-border export, newest first", () => {
    const stance = forAgainst(russiaLike, "cross_border_export");
    expect(stance.against.map((s) => [s.rule, s.year])).toEqual([
      ["cross-border-share-small", 2023],
      ["parcel-duty-or-vat", 2020],
    ]);
    expect(stance.for).toEqual([]);
  });

  test("a foreign-ownership cap counts against an own subsidiary and for a joint venture", () => {
    expect(forAgainst(russiaLike, "own_subsidiary").against.map((s) => s.rule)).toEqual(["ownership-cap"]);
    expect(forAgainst(russiaLike, "joint_venture").for.map((s) => s.rule)).toContain("ownership-cap");
    expect(forAgainst(russiaLike, "joint_venture").against).toEqual([]);
  });
});

describe("material risks (issue 11 §3)", () => {
  const targeted = {
    id: "xxx-un",
    authority: "UN" as const,
    program: "Targeted listings",
    scope: "targeted" as const,
    since: "2024",
    until: null,
    source: "UN",
    locator: "x",
    secondaryOf: null,
  };
  const market = profile({
    sanctionsPrograms: [targeted],
    context: [context("payments-2025", "payment_rails", "2025-03"), context("sanctions-2019", "sanctions", "2019-06")],
    foreignSellerRules: [rule("data-local", "data_localisation", 3, "2015-09-01")],
    incumbents: [
      ["A", 45],
      ["B", 25],
      ["C", 10],
    ].map(([platform, share]) => ({
      id: `xxx-${platform}`,
      platform: String(platform),
      owner: "Owner",
      ownerHome: "XXX",
      measure: "market_share_pct",
      value: Number(share),
      unit: "% of GMV",
      year: 2018,
      published: "2019",
      source: "Shares 2019",
      locator: "x",
      secondaryOf: null,
      note: null,
    })),
  });
  const matrix: MatrixSection = { criteria: [], markets: [], cells: {} };

  test("ranked by severity × bearing × recency: hand-ranked for cross-border export", () => {
    // By hand: sanctions 3 (a dated sanctions event, not only targeted listings) × 2 (bears on every
    // mode) × 1 (newest item 2024, within three years of 2026) = 6; rules 3 (burden 3) × 2 (data
    // localisation bears on cross-border) × 1 (in force) = 6, after sanctions on the tie (category
    // order); payments 2 × 2 × 1 (2025; under sanctions, so a disruption) = 4; incumbents 2
    // (45% + 25% = 70% ≥ 60%) × 2 × 0.5 (2018 is more than three years before 2026) = 2.
    const risks = materialRisks(market, "cross_border_export", matrix, "XXX", 2026);
    expect(risks.map((r) => [r.category, r.weight])).toEqual([
      ["sanctions", 6],
      ["rules", 6],
      ["payments", 4],
      ["incumbents", 2],
    ]);
  });

  test("hand-ranked for an acquisition: rules and incumbents no longer bear on the mode", () => {
    // sanctions 3 × 2 × 1 = 6; payments 2 × 2 × 1 = 4; rules 3 × 1 × 1 = 3; incumbents 2 × 1 × 0.5 = 1.
    const risks = materialRisks(market, "acquisition_stake", matrix, "XXX", 2026);
    expect(risks.map((r) => [r.category, r.weight])).toEqual([
      ["sanctions", 6],
      ["payments", 4],
      ["rules", 3],
      ["incumbents", 1],
    ]);
  });

  test("old evidence counts half, and payment items without broad sanctions are rails in place, not a risk", () => {
    // Only targeted listings (severity 1) dated 2019 (more than three years before 2026: 0.5):
    // 1 × 2 × 0.5 = 1; the 2025 payment item is not a disruption here.
    const calm = profile({
      sanctionsPrograms: [{ ...targeted, since: "2019" }],
      context: [context("payments-2025", "payment_rails", "2025-03")],
    });
    expect(materialRisks(calm, "cross_border_export", matrix, "XXX", 2026).map((r) => [r.category, r.weight])).toEqual([
      ["sanctions", 1],
    ]);
    expect(forAgainst(calm, "cross_border_export").for.map((s) => s.rule)).toEqual(["payments-available"]);
  });

  test("the lowest-scoring indicators are not risks: a market without material evidence has none", () => {
    expect(materialRisks(profile({}), "cross_border_export", matrix, "XXX", 2026)).toEqual([]);
  });

  test("a market profile lists its material risks from the evidence; its weakest indicators are weak points, not risks", () => {
    const model = buildReportModel(fixtureReportInput());
    const section = reportSections(model).find((s) => s.id === "profiles")!;
    const listTitles = (blocks: Block[]): string[] =>
      blocks.flatMap((b) =>
        b.kind === "list" && b.title ? [b.title] : b.kind === "subsection" ? listTitles(b.blocks) : [],
      );
    const titles = listTitles(section.blocks);
    expect(titles).not.toContain("Risks");
    for (const p of model.profiles) {
      expect(titles).toContain(`Material risks in ${p.name} (highest weight first)`);
      // Only the material evidence categories of issue 11 §3 can be a profile's risk.
      for (const r of p.materialRisks)
        expect(["sanctions", "payments", "rules", "incumbents", "logistics"]).toContain(r.category);
    }
    expect(titles.filter((t) => t === "Weak points in the figures compared")).toHaveLength(model.profiles.length);
  });
});

describe("executive summary and Markdown parity (issue 11 §5)", () => {
  const model = buildReportModel(fixtureReportInput());

  test("page 1 holds the recommendation, three reasons, what would change it, risks, freshness and next steps", () => {
    const board = model.summary.board!;
    expect(board.recommendation).toMatch(/^Expand into Viet Nam by acquisition of, or stake in, a local firm/);
    expect(board.mainReasons).toHaveLength(3);
    expect(board.changeTheAnswer.length).toBeGreaterThan(0);
    expect(board.freshness).toMatch(/^The ranking figures for Viet Nam date from 2023 to 2024/);
    expect(board.nextSteps.map((s) => s.split(" ")[0])).toEqual(["Pilot", "Partner", "Regulatory"]);
  });

  test("the Markdown has every heading, list title and shown table title of the document", () => {
    const md = renderMarkdown(model).replace(/\\(.)/g, "$1");
    const titles = (blocks: Block[]): string[] =>
      blocks.flatMap((b) =>
        b.kind === "heading"
          ? [b.text]
          : b.kind === "list" && b.title
            ? [b.title]
            : b.kind === "table" && b.titleStyle !== "hidden"
              ? [b.title]
              : b.kind === "subsection"
                ? [b.title, ...titles(b.blocks)]
                : [],
      );
    const sections = reportSections(model);
    expect(sections.map((s) => s.id)).toContain("shortlist");
    expect(sections.map((s) => s.id)).toContain("glossary");
    for (const s of sections) {
      expect(md).toContain(`## ${s.title}`);
      for (const title of titles(s.blocks)) expect(md, title).toContain(title);
    }
  });

  test("the glossary explains TCE, OLI, CAGE, born global and strength", () => {
    const glossary = reportSections(model).find((s) => s.id === "glossary")!;
    const table = glossary.blocks[0]!;
    const terms = table.kind === "table" ? table.rows.map((r) => String(r[0])) : [];
    for (const term of ["TCE", "OLI", "CAGE", "Born global", "Strength"]) {
      expect(terms.some((t) => t.startsWith(term))).toBe(true);
    }
  });
});
