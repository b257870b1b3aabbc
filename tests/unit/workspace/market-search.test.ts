import { readFileSync } from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";

import { ISO_NUMERIC } from "@/components/charts/iso-numeric";
import {
  areaOptions,
  filterMarkets,
  foldText,
  incomeGroupOptions,
  NO_INCOME_GROUP,
  readMarketFilter,
  readMarketSort,
  sortMarketRows,
  type SearchableMarket,
} from "@/lib/workspace/market-search";
import { MARKET_PRESETS, presetSummary, resolvePreset, type MarketPreset } from "@/lib/workspace/market-presets";

// A hand-made list with the awkward cases: accents, a name whose ISO3 differs from its initials,
// a territory the World Bank does not classify.
const m = (
  iso3: string,
  name: string,
  region: string,
  subregion: string,
  incomeGroup: string | null,
  role = "other",
) => ({
  iso3,
  name,
  region,
  subregion,
  incomeGroup,
  role,
});
const markets: SearchableMarket[] = [
  m("CIV", "Côte d'Ivoire", "Africa", "Sub-Saharan Africa", "Lower middle income"),
  m("TUR", "Türkiye", "Asia", "Western Asia", "Upper middle income", "emerging_other"),
  m("CUW", "Curaçao", "Americas", "Latin America and the Caribbean", "High income"),
  m("KOR", "Korea, Rep.", "Asia", "Eastern Asia", "High income"),
  m("PRK", "Korea, Dem. People's Rep.", "Asia", "Eastern Asia", "Low income"),
  m("VNM", "Viet Nam", "Asia", "South-eastern Asia", "Lower middle income", "target_sea"),
  m("SGP", "Singapore", "Asia", "South-eastern Asia", "High income", "target_sea"),
  m("RUS", "Russian Federation", "Europe", "Eastern Europe", "High income", "target_russia"),
  m("ESH", "Western Sahara", "Africa", "Northern Africa", null),
  m("DEU", "Germany", "Europe", "Western Europe", "High income", "reference"),
];
const codes = (list: { iso3: string }[]) => list.map((x) => x.iso3);
const filter = (query: string, area = "", incomeGroup = "") =>
  codes(filterMarkets(markets, { query, area, incomeGroup }));

describe("search", () => {
  test("ignores accents and case in names", () => {
    expect(filter("cote")).toEqual(["CIV"]);
    expect(filter("TURKIYE")).toEqual(["TUR"]);
    expect(filter("curacao")).toEqual(["CUW"]);
    // Accents typed by the user are folded too.
    expect(filter("Côte")).toEqual(["CIV"]);
    // A typographic apostrophe finds the plain one in the data.
    expect(filter("d\u2019ivoire")).toEqual(["CIV"]);
  });

  test("finds a market by its ISO3 code, the exact code first", () => {
    expect(filter("deu")).toEqual(["DEU"]);
    expect(filter("VNM")).toEqual(["VNM"]);
    // "kor" is KOR's code and the start of both Koreas' names: the code match leads.
    expect(filter("kor")).toEqual(["KOR", "PRK"]);
  });

  test("ranks names starting with the query before names merely containing it", () => {
    // "rep" starts a word in both Koreas' names (tie: given order); "sahara" a word of Western Sahara.
    expect(filter("rep")).toEqual(["KOR", "PRK"]);
    expect(filter("sahara")).toEqual(["ESH"]);
    // "ngap" is inside "Singapore", neither a prefix nor a word start: still found.
    expect(filter("ngap")).toEqual(["SGP"]);
    // "ger" starts "Germany" and appears in no other name.
    expect(filter("ger")).toEqual(["DEU"]);
    // "ia" appears inside "Russian Federation" only.
    expect(filter("ia")).toEqual(["RUS"]);
  });

  test("an empty query keeps the given order", () => {
    expect(filter("")).toEqual(codes(markets));
  });

  test("a query nothing matches returns nothing", () => {
    expect(filter("atlantis")).toEqual([]);
  });

  test("folds text the same way on both sides", () => {
    expect(foldText("  Côte   d’Ivoire ")).toBe("cote d'ivoire");
    expect(foldText("São Tomé and Príncipe")).toBe("sao tome and principe");
  });
});

describe("filters", () => {
  test("by region and by sub-region", () => {
    expect(filter("", "Europe")).toEqual(["RUS", "DEU"]);
    expect(filter("", "Asia/South-eastern Asia")).toEqual(["VNM", "SGP"]);
    expect(filter("", "Asia/Eastern Europe")).toEqual([]);
  });

  test("by income group, including economies the World Bank does not classify", () => {
    expect(filter("", "", "High income")).toEqual(["CUW", "KOR", "SGP", "RUS", "DEU"]);
    expect(filter("", "", NO_INCOME_GROUP)).toEqual(["ESH"]);
  });

  test("query, area and income group combine", () => {
    expect(filter("korea", "Asia/Eastern Asia", "Low income")).toEqual(["PRK"]);
  });

  test("offers the regions and income groups present, with counts, poorest group first", () => {
    const areas = areaOptions(markets);
    expect(areas.map((a) => [a.region, a.count])).toEqual([
      ["Africa", 2],
      ["Americas", 1],
      ["Asia", 5],
      ["Europe", 2],
    ]);
    expect(areas.find((a) => a.region === "Asia")!.subregions).toEqual([
      { subregion: "Eastern Asia", count: 2 },
      { subregion: "South-eastern Asia", count: 2 },
      { subregion: "Western Asia", count: 1 },
    ]);
    expect(incomeGroupOptions(markets).map((o) => [o.label, o.count])).toEqual([
      ["Low income", 1],
      ["Lower middle income", 2],
      ["Upper middle income", 1],
      ["High income", 5],
      ["Not classified", 1],
    ]);
  });

  test("reads a filter from the URL and reports values the data set does not have", () => {
    expect(readMarketFilter({ q: "viet", area: "Asia", income: "High income" }, markets)).toEqual({
      filter: { query: "viet", area: "Asia", incomeGroup: "High income" },
      problems: [],
    });
    const bad = readMarketFilter({ area: "Atlantis", income: "Very rich" }, markets);
    expect(bad.filter).toEqual({ query: "", area: "", incomeGroup: "" });
    expect(bad.problems).toEqual([
      'Region "Atlantis" is not in the data set; showing every region.',
      'Income group "Very rich" is not in the data set; showing every income group.',
    ]);
  });
});

describe("markets list order", () => {
  const rows = [
    { ...markets[0]!, indicatorsWithData: 12, latestYear: 2024 }, // Côte d'Ivoire
    { ...markets[1]!, indicatorsWithData: 18, latestYear: 2025 }, // Türkiye
    { ...markets[2]!, indicatorsWithData: 12, latestYear: null }, // Curaçao
    { ...markets[9]!, indicatorsWithData: 18, latestYear: 2024 }, // Germany
  ];
  test("by name with accents folded (Côte before Curaçao: o < u)", () => {
    expect(codes(sortMarketRows(rows, "name"))).toEqual(["CIV", "CUW", "DEU", "TUR"]);
  });
  test("by coverage, most first, ties by name", () => {
    expect(codes(sortMarketRows(rows, "coverage"))).toEqual(["DEU", "TUR", "CIV", "CUW"]);
  });
  test("by latest year, newest first, no year last", () => {
    expect(codes(sortMarketRows(rows, "latest"))).toEqual(["TUR", "CIV", "DEU", "CUW"]);
  });
  test("an unknown sort in the URL falls back to name", () => {
    expect(readMarketSort("coverage")).toBe("coverage");
    expect(readMarketSort("population")).toBe("name");
    expect(readMarketSort(undefined)).toBe("name");
  });
});

describe("presets", () => {
  const preset = (key: string): MarketPreset => MARKET_PRESETS.find((p) => p.key === key)!;

  test("each preset has a label, a description and a source", () => {
    for (const p of MARKET_PRESETS) {
      expect(p.label.length, p.key).toBeGreaterThan(0);
      expect(p.description.length, p.key).toBeGreaterThan(10);
      expect(p.source.length, p.key).toBeGreaterThan(10);
    }
    expect(MARKET_PRESETS.map((p) => p.label)).toEqual([
      "Thesis markets",
      "ASEAN",
      "Southeast Asia (UN M49)",
      "BRICS",
      "G20",
      "Emerging markets in the data set",
      "All",
    ]);
  });

  test("every listed member is a real ISO 3166-1 alpha-3 code (Debian iso-codes table)", () => {
    for (const p of MARKET_PRESETS) {
      if (p.members.kind !== "list") continue;
      for (const code of p.members.iso3) expect(ISO_NUMERIC[code], `${p.key}: ${code}`).toBeDefined();
      expect(new Set(p.members.iso3).size, p.key).toBe(p.members.iso3.length);
    }
  });

  test("memberships as published: ASEAN 11 with Timor-Leste, BRICS 10, G20 19 countries", () => {
    const list = (key: string) => {
      const members = preset(key).members;
      return members.kind === "list" ? [...members.iso3].sort() : [];
    };
    expect(list("asean")).toEqual(["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "TLS", "VNM"]);
    expect(list("thesis")).toEqual(["IDN", "MYS", "PHL", "RUS", "SGP", "THA", "VNM"]);
    expect(list("brics")).toHaveLength(10);
    expect(list("brics")).not.toContain("SAU");
    expect(list("g20")).toHaveLength(19);
    expect(preset("g20").otherMembers).toEqual(["European Union", "African Union"]);
  });

  test("resolves to the markets that exist and reports the members that do not", () => {
    const resolved = resolvePreset(preset("asean"), markets);
    // Data-set order (VNM before SGP in the fixture), the other nine members missing.
    expect(resolved).toEqual({
      markets: ["VNM", "SGP"],
      missing: ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "THA", "TLS"],
    });
    expect(presetSummary(preset("asean"), resolved)).toBe(
      "ASEAN: 2 markets selected. Not in the data set: BRN, KHM, IDN, LAO, MYS, MMR, PHL, THA, TLS.",
    );
    expect(resolvePreset(preset("emerging"), markets)).toEqual({ markets: ["TUR", "VNM", "SGP", "RUS"], missing: [] });
    expect(resolvePreset(preset("all"), markets).markets).toEqual(codes(markets));
    expect(presetSummary(preset("g20"), resolvePreset(preset("g20"), markets))).toContain(
      "Also members, not single economies: European Union, African Union.",
    );
  });

  test("against the shipped data set: every resolved market exists, every member is either resolved or reported", () => {
    const rows = parse(readFileSync(path.resolve(import.meta.dirname, "../../../data/markets.csv"), "utf8"), {
      columns: true,
    }) as { iso3: string; name: string; role: string }[];
    const known = new Set(rows.map((r) => r.iso3));
    for (const p of MARKET_PRESETS) {
      const resolved = resolvePreset(p, rows);
      for (const code of resolved.markets) expect(known.has(code), `${p.key}: ${code}`).toBe(true);
      for (const code of resolved.missing) expect(known.has(code), `${p.key}: ${code}`).toBe(false);
      if (p.members.kind === "list") {
        expect([...resolved.markets, ...resolved.missing].sort(), p.key).toEqual([...p.members.iso3].sort());
      }
    }
    // The thesis markets are the data set's core: none may be missing.
    expect(resolvePreset(preset("thesis"), rows).missing).toEqual([]);
  });
});
