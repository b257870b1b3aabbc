import { describe, expect, it } from "vitest";

import {
  ForeignSellerRuleRow,
  IncumbentRow,
  SanctionsProgramRow,
  TradeAgreementRow,
  EcommerceSizeRow,
  type EvidenceFiles,
} from "@/lib/contracts/dataset";
import { deriveEvidenceValues, deriveFromEvidence, onOrBefore } from "@/scripts/data/derived-evidence";
import { readReleaseDate } from "@/scripts/data/evidence-files";

import { DATA_DIR, readData } from "./helpers";

// Each derived value recomputed by hand: first on the shipped evidence files (the rows picked by
// reading the CSV directly, the arithmetic written out here), then on small made-up rows that pin
// down each selection rule.

const derived = deriveEvidenceValues(DATA_DIR);
const valueOf = (market: string, indicator: string) => derived.find((v) => v.market === market && v.indicator === indicator);
const asOf = readReleaseDate(DATA_DIR);

describe("derived from the shipped evidence files", () => {
  it("platform_top3_share_pct for IDN adds the three largest 2024 GMV shares of one source", () => {
    const shares = readData("evidence/incumbents.csv").filter(
      (r) => r.market === "IDN" && r.measure === "market_share_pct" && r.year === "2024" && r.unit === "% of GMV",
    );
    expect(new Set(shares.map((r) => r.source)).size).toBe(1);
    const top = shares.map((r) => Number(r.value)).sort((a, b) => b - a);
    expect(top.length).toBeGreaterThanOrEqual(3);
    const v = valueOf("IDN", "platform_top3_share_pct")!;
    expect(v.value).toBeCloseTo(top[0]! + top[1]! + top[2]!, 6);
    expect(v.kind).toBe("computed");
    expect(v.locator.split("rows ")[1]!.split(", ")).toHaveLength(3);
  });

  it("foreign_seller_restrictiveness for RUS and IDN is the mean burden of the latest rule per type in force", () => {
    for (const market of ["RUS", "IDN"]) {
      const rules = readData("evidence/foreign-seller-rules.csv").filter((r) => r.market === market);
      const latest = new Map<string, Record<string, string>>();
      for (const r of rules) {
        if (r.effective && r.effective > asOf.slice(0, r.effective.length)) continue; // not yet in force
        const held = latest.get(r.rule_type!);
        if (!held || (r.effective ?? "") > (held.effective ?? "") || ((r.effective ?? "") === (held.effective ?? "") && r.id! > held.id!)) {
          latest.set(r.rule_type!, r);
        }
      }
      const burdens = [...latest.values()].map((r) => Number(r.burden));
      const mean = burdens.reduce((a, b) => a + b, 0) / burdens.length;
      const v = valueOf(market, "foreign_seller_restrictiveness");
      if (burdens.length < 4) expect(v, market).toBeUndefined();
      else expect(v!.value, market).toBeCloseTo(mean, 2);
    }
  });

  it("ecommerce_sales_usd for THA and VNM is the latest non-forecast US$ figure", () => {
    const rows = readData("evidence/ecommerce-size.csv");
    for (const market of ["THA", "VNM"]) {
      const usd = rows.filter(
        (r) => r.market === market && r.currency === "USD" && r.kind !== "forecast" && r.measure !== "online_sales_total",
      );
      const latestYear = Math.max(...usd.map((r) => Number(r.year)));
      const v = valueOf(market, "ecommerce_sales_usd")!;
      expect(v.year).toBe(latestYear);
      const candidates = usd.filter((r) => Number(r.year) === latestYear).map((r) => Number(r.value));
      expect(candidates).toContain(v.value);
      expect(v.locator).toMatch(/^data\/evidence\/ecommerce-size\.csv row /);
    }
  });

  it("names the evidence rows behind every value", () => {
    for (const v of derived) {
      expect(v.kind).toBe("computed");
      expect(v.source).toMatch(/data\/evidence\//);
      expect(v.locator).toMatch(/^data\/evidence\//);
      expect(Number.isFinite(v.value)).toBe(true);
    }
  });
});

// ─── The rules on made-up rows ────────────────────────────────────────────────────────────────

const rule = (id: string, market: string, rule_type: string, effective: string, burden: number) =>
  ForeignSellerRuleRow.parse({
    id,
    market,
    rule_type,
    statement: "made-up rule",
    threshold: "",
    threshold_unit: "",
    effective,
    burden: String(burden),
    published: "",
    source: "test",
    locator: "test",
    secondary_of: "",
  });
const empty: EvidenceFiles = {
  ecommerceSize: [],
  incumbents: [],
  foreignSellerRules: [],
  marketContext: [],
  tradeAgreements: [],
  sanctionsPrograms: [],
  partnerships: [],
};
const options = { asOf: "2025-06-30", markets: ["AAA", "BBB", "CCC", "CHN"], coverage: {} };

describe("derived values, rule by rule", () => {
  it("compares dates at the precision the source gives", () => {
    expect(onOrBefore("2025", "2025-06-30")).toBe(true);
    expect(onOrBefore("2025-07", "2025-06-30")).toBe(false);
    expect(onOrBefore("2025-06-30", "2025-06-30")).toBe(true);
    expect(onOrBefore("2025-07-01", "2025-06-30")).toBe(false);
  });

  it("restrictiveness: a later change supersedes, a future rule waits, fewer than 4 types is a gap", () => {
    const rules = [
      rule("aaa-1", "AAA", "duty_de_minimis", "2018-01-01", 0),
      rule("aaa-2", "AAA", "duty_de_minimis", "2024-01-01", 2), // replaces aaa-1
      rule("aaa-3", "AAA", "vat_low_value_imports", "2020", 1),
      rule("aaa-4", "AAA", "platform_ban", "2023-09", 3),
      rule("aaa-5", "AAA", "data_localisation", "", 2), // undated: in force, oldest of its type
      rule("aaa-6", "AAA", "price_floor", "2026-01-01", 3), // not in force on 2025-06-30
      rule("bbb-1", "BBB", "duty_de_minimis", "2020", 1),
      rule("bbb-2", "BBB", "vat_low_value_imports", "2020", 1),
      rule("bbb-3", "BBB", "platform_ban", "2020", 1),
    ];
    const values = deriveFromEvidence({ ...empty, foreignSellerRules: rules }, options);
    const aaa = values.find((v) => v.market === "AAA")!;
    expect(aaa.value).toBe(2); // (2 + 1 + 3 + 2) / 4
    expect(aaa.year).toBe(2025); // the state on 2025-06-30
    expect(aaa.note).toContain("latest change took effect 2024-01-01");
    expect(aaa.locator).not.toContain("aaa-1");
    expect(aaa.locator).not.toContain("aaa-6");
    expect(values.find((v) => v.market === "BBB")).toBeUndefined();
  });

  it("trade agreements: deepest in force; without a completeness date only listed partners", () => {
    const agreement = (id: string, partner: string, kind: string, in_force: string) =>
      TradeAgreementRow.parse({ id, agreement: id, partner, signed: "", in_force, kind, source: "s", locator: "l", secondary_of: "" });
    const tradeAgreements = [
      agreement("rcep-aaa", "AAA", "regional_fta", "2022-01-01"),
      agreement("fta-aaa", "AAA", "bilateral_fta", "2015-12-20"),
      agreement("eaeu-bbb", "BBB", "economic_cooperation", "2019-10-25"),
      agreement("pending-ccc", "CCC", "bilateral_fta", ""),
    ];
    const partial = deriveFromEvidence({ ...empty, tradeAgreements }, options);
    expect(partial.map((v) => [v.market, v.value])).toEqual([
      ["AAA", 3],
      ["BBB", 1],
    ]);
    const complete = deriveFromEvidence(
      { ...empty, tradeAgreements },
      { ...options, coverage: { "china-trade-agreements.csv": { completeAsOf: "2025-05-01", basis: "a list" } } },
    );
    // CCC's agreement is only signed: 0; China itself gets no value.
    expect(complete.map((v) => [v.market, v.value])).toEqual([
      ["AAA", 3],
      ["BBB", 1],
      ["CCC", 0],
    ]);
  });

  it("sanctions: broadest program in force; a lifted program no longer counts", () => {
    const program = (id: string, market: string, scope: string, since: string, until: string) =>
      SanctionsProgramRow.parse({ id, market, authority: "US", program: id, scope, since, until, source: "s", locator: "l", secondary_of: "" });
    const sanctionsPrograms = [
      program("aaa-targeted", "AAA", "targeted", "2014", ""),
      program("aaa-sectoral", "AAA", "sectoral", "2022-02-24", ""),
      program("bbb-lifted", "BBB", "comprehensive", "2004", "2025-06-30"),
    ];
    const values = deriveFromEvidence(
      { ...empty, sanctionsPrograms },
      { ...options, coverage: { "sanctions-programs.csv": { completeAsOf: "2025-06-01", basis: "a list" } } },
    );
    expect(values.map((v) => [v.market, v.value])).toEqual([
      ["AAA", 2],
      ["BBB", 0],
      ["CCC", 0],
      ["CHN", 0],
    ]);
  });

  it("top-3 share: shares of one source, year and base only, at least three platforms", () => {
    const share = (id: string, market: string, platform: string, value: number, source: string, year = "2024") =>
      IncumbentRow.parse({
        id,
        market,
        platform,
        owner: "o",
        owner_home: "",
        measure: "market_share_pct",
        value: String(value),
        unit: "% of GMV",
        year,
        published: "",
        source,
        locator: "l",
        secondary_of: "",
        note: "",
      });
    const incumbents = [
      share("aaa-a", "AAA", "A", 40, "S1"),
      share("aaa-b", "AAA", "B", 30, "S1"),
      share("aaa-c", "AAA", "C", 10, "S1"),
      share("aaa-d", "AAA", "D", 5, "S1"),
      share("aaa-e", "AAA", "E", 90, "S2"), // another source: never added to S1's shares
      share("aaa-old-a", "AAA", "A", 60, "S3", "2020"),
      share("aaa-old-b", "AAA", "B", 20, "S3", "2020"),
      share("aaa-old-c", "AAA", "C", 10, "S3", "2020"),
      share("bbb-a", "BBB", "A", 50, "S1"),
      share("bbb-b", "BBB", "B", 30, "S1"),
    ];
    const values = deriveFromEvidence({ ...empty, incumbents }, options);
    expect(values.map((v) => [v.market, v.value, v.year])).toEqual([["AAA", 80, 2024]]); // 40 + 30 + 10
  });

  it("e-commerce sales: latest US$ non-forecast, retail sales before GMV within a year", () => {
    const figure = (id: string, measure: string, value: number, currency: string, year: string, kind: string) =>
      EcommerceSizeRow.parse({
        id,
        market: "AAA",
        measure,
        value: String(value),
        currency,
        year,
        kind,
        published: "2025",
        publisher: "p",
        source: "s",
        locator: "l",
        secondary_of: "",
        note: "",
      });
    const ecommerceSize = [
      figure("aaa-gmv-2024", "ecommerce_gmv", 30, "USD", "2024", "estimate"),
      figure("aaa-retail-2024", "retail_ecommerce_sales", 20, "USD", "2024", "estimate"),
      figure("aaa-retail-2023", "retail_ecommerce_sales", 18, "USD", "2023", "actual"),
      figure("aaa-forecast-2026", "retail_ecommerce_sales", 40, "USD", "2026", "forecast"),
      figure("aaa-local-2025", "retail_ecommerce_sales", 900, "EUR", "2025", "actual"),
      figure("aaa-b2b-2025", "online_sales_total", 99, "USD", "2025", "actual"),
    ];
    const [v] = deriveFromEvidence({ ...empty, ecommerceSize }, options);
    expect([v!.value, v!.year, v!.locator]).toEqual([20, 2024, "data/evidence/ecommerce-size.csv row aaa-retail-2024"]);
  });
});
