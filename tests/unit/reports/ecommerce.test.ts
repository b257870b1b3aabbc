import { describe, expect, test } from "vitest";

import { buildReportModel } from "@/lib/reports/build";
import { renderMarkdown } from "@/lib/reports/markdown";
import { fixtureReportInput } from "@/tests/fixtures/reports/report-input";

// The report's e-commerce facts per profiled market (the fixture's Viet Nam evidence, made up in
// the shape of data/evidence/*.csv), and the sources appendix citing them.

const model = buildReportModel(fixtureReportInput());
const vnm = model.profiles.find((p) => p.iso3 === "VNM");

describe("e-commerce facts in the market profiles", () => {
  test("size: the range across sources, each figure of the latest year, the forecast with the year it was made", () => {
    expect(vnm).toBeDefined();
    const size = vnm!.ecommerce!.size.map((l) => l.statement);
    expect(size[0]).toBe("Range across 2 sources: US$22 billion to US$25 billion");
    expect(size).toContain("Online retail sales: US$25 billion (estimate), by Publisher A");
    expect(size).toContain("E-commerce GMV: US$63 billion (forecast made in 2024), by Publisher B");
    // A secondary source names the primary it quotes first, then the site that reported it (issue 11 §6).
    const gmv = vnm!.ecommerce!.size.find((l) => l.statement.startsWith("E-commerce GMV: US$22"))!;
    expect(gmv.source).toBe(
      "Publisher B, Annual report 2024, as reported by News site <b>quoting</b> Publisher B (2024)",
    );
  });

  test("incumbents by share, largest first, with owner and home country; rules only those in force", () => {
    const incumbents = vnm!.ecommerce!.incumbents.map((l) => l.statement);
    expect(incumbents[0]).toBe("Shopee (Sea Limited, SGP): 60% of GMV");
    expect(incumbents).toHaveLength(4);
    const rules = vnm!.ecommerce!.rules;
    expect(rules).toHaveLength(1);
    expect(rules[0]!.yearNote).toBe("in force since 2025-02-18");
    expect(rules[0]!.statement).toMatch(
      /^VAT on low-value imports \(1,000,000 VND per express shipment\), a cost or compliance step: /,
    );
  });

  test("the Markdown report prints them and the sources appendix cites each", () => {
    const md = renderMarkdown(model);
    expect(md).toContain("E-commerce size");
    expect(md).toContain("Rules for foreign sellers in force");
    // The Sources list cites the publication; its address is in the Data provenance appendix.
    const [main, provenance] = md.split("## Data provenance");
    expect(main).toContain("| Publisher A, E-commerce report 2025 (March 2025) |");
    expect(main).not.toContain("https://example.org/a");
    expect(provenance).toContain("| Publisher A, E-commerce report 2025 (March 2025) | https://example.org/a |");
    expect(provenance).toContain("https://example.org/decree");
    expect(md).not.toContain("https://example.org/decision"); // superseded: not cited
  });
});
