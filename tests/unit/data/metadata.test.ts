import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR, PLAIN_NUMBER, headerOf, itWithSources, readData, readShared, readText } from "./helpers";

const groups = readData("criteria-groups.csv");
const indicators = readData("indicators.csv");
const markets = readData("markets.csv");

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("data files", () => {
  it.each([
    ["markets.csv", "iso3,name,region,subregion,role"],
    ["criteria-groups.csv", "key,name,description,driver,measurement,default_weight,sort"],
    [
      "indicators.csv",
      "key,name,definition,unit,direction,criteria_group,publisher,dataset,default_weight,plausible_min,plausible_max,decimals",
    ],
    ["indicator-values.csv", "market,indicator,year,value,source,note"],
    ["evidence.csv", "id,scope,driver,statement,year,year_note,metric,value,unit,source,locator"],
  ])("%s has the agreed header, UTF-8 without BOM and LF line endings", (name, header) => {
    const file = path.join(DATA_DIR, name);
    expect(headerOf(file).join(",")).toBe(header);
    const text = readText(file);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain("\r");
    expect(text.endsWith("\n")).toBe(true);
  });

  it("dataset.json carries a version the app can show", () => {
    const dataset = JSON.parse(readText(path.join(DATA_DIR, "dataset.json"))) as Record<string, unknown>;
    expect(Object.keys(dataset).every((k) => ["version", "released", "title", "description", "sharedDataCommit"].includes(k))).toBe(true);
    expect(dataset.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(dataset.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // bump rule (SOURCES.md): version = release year . release month . release number in that month
    const [year, month] = String(dataset.version).split(".");
    expect(String(dataset.released).startsWith(`${year}-${month!.padStart(2, "0")}-`)).toBe(true);
    expect(typeof dataset.title).toBe("string");
    expect(typeof dataset.description).toBe("string");
  });
});

describe("markets.csv", () => {
  itWithSources("has the 25 shared markets with their role in the case", () => {
    const shared = readShared("markets.csv");
    expect(markets.map((m) => m.iso3).sort()).toEqual(shared.map((m) => m.iso3).sort());
    const role = Object.fromEntries(markets.map((m) => [m.iso3, m.role]));
    expect(role.RUS).toBe("target_russia");
    for (const iso3 of ["IDN", "MYS", "PHL", "SGP", "THA", "VNM"]) expect(role[iso3]).toBe("target_sea");
    expect(role.CHN).toBe("home_reference");
    expect(role.USA).toBe("reference");
    expect(role.DEU).toBe("reference");
    const others = markets.filter((m) => !["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM", "CHN", "USA", "DEU"].includes(m.iso3!));
    expect(others).toHaveLength(15);
    for (const m of others) expect(m.role).toBe("emerging_other");
    for (const m of markets) {
      expect(m.name).not.toBe("");
      expect(m.region).not.toBe("");
      expect(m.subregion).not.toBe("");
    }
  });
});

describe("criteria-groups.csv", () => {
  it("has exactly the five groups, with the agreed drivers and measurement", () => {
    expect(groups.map((g) => g.key)).toEqual(["attractiveness", "host_regulation", "infrastructure", "proximity", "competition", "host_policy"]);
    const byKey = Object.fromEntries(groups.map((g) => [g.key, g]));
    expect(byKey.attractiveness!.driver).toBe("host_attractiveness");
    expect(byKey.host_regulation!.driver).toBe("host_regulation");
    for (const k of ["infrastructure", "proximity", "competition"]) expect(byKey[k]!.driver).toBe("");
    expect(byKey.competition!.measurement).toBe("user_assessment");
    expect(byKey.host_policy!.driver).toBe("host_regulation");
    for (const k of ["attractiveness", "host_regulation", "infrastructure", "proximity", "host_policy"]) {
      expect(byKey[k]!.measurement).toBe("public_data");
    }
    for (const g of groups) {
      expect(g.name).not.toBe("");
      expect(g.description!.length).toBeGreaterThan(40);
      expect(g.default_weight).toMatch(PLAIN_NUMBER);
      expect(g.sort).toMatch(/^\d+$/);
    }
  });

  it("default group weights are non-negative and sum to 1", () => {
    const weights = groups.map((g) => Number(g.default_weight));
    for (const w of weights) expect(w).toBeGreaterThanOrEqual(0);
    expect(sum(weights)).toBeCloseTo(1, 10);
  });
});

describe("indicators.csv", () => {
  const COMPUTED = ["cultural_distance_china", "ethnic_chinese_pct"];
  // Derived from the evidence files by scripts/data/derived-evidence.ts (issue 9).
  const FROM_EVIDENCE = [
    "foreign_seller_restrictiveness",
    "trade_agreement_with_china",
    "sanctions_exposure",
    "platform_top3_share_pct",
    "ecommerce_sales_usd",
  ];

  itWithSources("every indicator is a shared column base name or a documented computed indicator", () => {
    const sharedColumns = Object.keys(readShared("markets.csv")[0]!);
    for (const i of indicators) {
      if (COMPUTED.includes(i.key!) || FROM_EVIDENCE.includes(i.key!)) continue;
      expect(sharedColumns, i.key).toContain(i.key);
      if (i.key === "distance_to_beijing_km") continue; // computed in the shared data, no year column
      expect(sharedColumns, `${i.key}_year`).toContain(`${i.key}_year`);
    }
    expect(new Set(indicators.map((i) => i.key)).size).toBe(indicators.length);
  });

  it("every indicator has a direction, an existing measured group and sane metadata", () => {
    const measured = groups.filter((g) => g.measurement === "public_data").map((g) => g.key);
    for (const i of indicators) {
      expect(["benefit", "cost"], i.key).toContain(i.direction);
      // The top-3 platform share sits in the rated competition group with weight 0: it sets the
      // evidence-based default of the fit model's competitive intensity, not the ranking.
      if (i.key === "platform_top3_share_pct") expect(i.criteria_group).toBe("competition");
      else expect(measured, i.key).toContain(i.criteria_group);
      for (const f of ["name", "definition", "unit", "publisher", "dataset"]) expect(i[f], `${i.key}.${f}`).not.toBe("");
      for (const f of ["default_weight", "plausible_min", "plausible_max"]) expect(i[f], `${i.key}.${f}`).toMatch(PLAIN_NUMBER);
      expect(Number(i.plausible_min)).toBeLessThan(Number(i.plausible_max));
      expect(i.decimals).toMatch(/^[0-4]$/);
    }
  });

  it("default indicator weights sum to 1 within each group, and only measured groups have indicators", () => {
    const byGroup = new Map<string, number[]>();
    for (const i of indicators) byGroup.set(i.criteria_group!, [...(byGroup.get(i.criteria_group!) ?? []), Number(i.default_weight)]);
    for (const [group, weights] of byGroup) {
      // Weight 0 is allowed for criteria known for few markets (ecommerce_sales_usd,
      // platform_top3_share_pct): how sparse criteria are weighed is a later issue.
      for (const w of weights) expect(w).toBeGreaterThanOrEqual(0);
      if (group !== "competition") expect(sum(weights), group).toBeCloseTo(1, 10);
    }
    for (const g of groups) {
      if (g.measurement === "public_data") expect(byGroup.has(g.key!), g.key).toBe(true);
      else expect(sum(byGroup.get(g.key!) ?? []), g.key).toBe(0);
    }
  });

  it("proximity costs and benefits point the right way", () => {
    const dir = Object.fromEntries(indicators.map((i) => [i.key, i.direction]));
    expect(dir.distance_to_beijing_km).toBe("cost");
    expect(dir.cultural_distance_china).toBe("cost");
    expect(dir.ethnic_chinese_pct).toBe("benefit");
  });

  it("SOURCES.md documents every indicator and every criteria group", () => {
    const doc = readText(path.join(DATA_DIR, "SOURCES.md"));
    for (const i of indicators) expect(doc, i.key).toContain(`\`${i.key}\``);
    for (const g of groups) expect(doc, g.key).toContain(`\`${g.key}\``);
  });
});
