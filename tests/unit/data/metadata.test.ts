import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR, PLAIN_NUMBER, headerOf, itWithSources, readData, readShared, readText } from "./helpers";

const groups = readData("criteria-groups.csv");
const indicators = readData("indicators.csv");
const markets = readData("markets.csv");

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("data files", () => {
  it.each([
    ["markets.csv", "iso3,name,region,subregion,income_group,role"],
    ["criteria-groups.csv", "key,name,description,driver,measurement,default_weight,sort"],
    [
      "indicators.csv",
      "key,name,definition,unit,direction,criteria_group,publisher,dataset,default_weight,plausible_min,plausible_max,decimals",
    ],
    ["indicator-values.csv", "market,indicator,year,value,kind,edition,source,locator,note"],
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
  itWithSources("has every economy of the shared world list that has at least 6 shipped indicators", () => {
    const economies = readShared("world/economies.csv");
    const values = readData("indicator-values.csv");
    const count = new Map<string, Set<string>>();
    for (const v of values) count.set(v.market!, (count.get(v.market!) ?? new Set()).add(v.indicator!));
    expect(markets.map((m) => m.iso3)).toEqual(economies.filter((e) => (count.get(e.iso3!)?.size ?? 0) >= 6).map((e) => e.iso3).sort());
    // world/SOURCES.md: 217 World Bank economies plus Taiwan; every one has at least 6 of ours
    expect(markets).toHaveLength(218);
    // issue 9: at least 150 economies with 12 or more indicators
    expect([...count.values()].filter((s) => s.size >= 12).length).toBeGreaterThanOrEqual(150);
  });

  itWithSources("gives the 25 thesis-set markets their role in the case and every other economy `other`", () => {
    const shared = readShared("markets.csv");
    const role = Object.fromEntries(markets.map((m) => [m.iso3, m.role]));
    expect(role.RUS).toBe("target_russia");
    for (const iso3 of ["IDN", "MYS", "PHL", "SGP", "THA", "VNM"]) expect(role[iso3]).toBe("target_sea");
    expect(role.CHN).toBe("home_reference");
    expect(role.USA).toBe("reference");
    expect(role.DEU).toBe("reference");
    const thesisSet = new Set(shared.map((m) => m.iso3));
    const emerging = markets.filter((m) => m.role === "emerging_other").map((m) => m.iso3);
    expect(emerging).toHaveLength(15);
    for (const iso3 of emerging) expect(thesisSet.has(iso3)).toBe(true);
    for (const m of markets) if (!thesisSet.has(m.iso3)) expect(m.role, m.iso3).toBe("other");
    expect(markets.filter((m) => m.role !== "other")).toHaveLength(25);
  });

  itWithSources("takes name, UN M49 region and income group from the world list; XKX and CHI say they have no M49 code", () => {
    const economies = new Map(readShared("world/economies.csv").map((e) => [e.iso3!, e]));
    for (const m of markets) {
      const e = economies.get(m.iso3!)!;
      expect(m.name, m.iso3).toBe(e.name);
      expect(m.income_group, m.iso3).toBe(e.income_group);
      if (m.iso3 === "XKX" || m.iso3 === "CHI") {
        expect(e.region).toBe("");
        expect(m.region).toBe("Unclassified (no UN M49 code)");
        expect(m.subregion).toBe("Unclassified (no UN M49 code)");
      } else {
        expect(m.region, m.iso3).toBe(e.region);
        expect(m.subregion, m.iso3).toBe(e.subregion);
      }
    }
    const byIso = Object.fromEntries(markets.map((m) => [m.iso3, m]));
    expect(byIso.RUS).toMatchObject({ region: "Europe", subregion: "Eastern Europe", income_group: "High income" });
    expect(byIso.TWN!.income_group).toBe(""); // not classified by the World Bank
  });
});

describe("criteria-groups.csv", () => {
  it("has exactly the six groups, with the agreed drivers and measurement", () => {
    expect(groups.map((g) => g.key)).toEqual(["attractiveness", "host_policy", "governance", "infrastructure", "proximity", "competition"]);
    const byKey = Object.fromEntries(groups.map((g) => [g.key, g]));
    expect(byKey.attractiveness!.driver).toBe("host_attractiveness");
    // the thesis's host-regulation driver is measured by host_policy; WGI/CPI measure governance quality
    expect(byKey.host_policy!.driver).toBe("host_regulation");
    expect(byKey.governance!.name).toBe("Governance quality");
    for (const k of ["governance", "infrastructure", "proximity", "competition"]) expect(byKey[k]!.driver).toBe("");
    expect(byKey.competition!.measurement).toBe("user_assessment");
    for (const k of ["attractiveness", "host_policy", "governance", "infrastructure", "proximity"]) {
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

  it("has unique keys, and keeps every key of data set 2026.11.1 so saved scenarios keep their weights", () => {
    expect(new Set(indicators.map((i) => i.key)).size).toBe(indicators.length);
    const keys = indicators.map((i) => i.key);
    for (const old of [
      "population", "gdp_usd", "gdp_per_capita_usd", "gdp_per_capita_ppp_intl_usd", "gdp_growth_pct", "internet_users_pct",
      "population_15_64_pct", "urban_population_pct", "wgi_regulatory_quality_est", "wgi_rule_of_law_est",
      "wgi_control_of_corruption_est", "cpi_score", "lpi_score", "account_ownership_pct", "fixed_broadband_per100",
      "mobile_subscriptions_per100", "secure_servers_per_million", "distance_to_beijing_km", "cultural_distance_china",
      "ethnic_chinese_pct",
    ]) {
      expect(keys, old).toContain(old);
    }
    for (const added of ["median_age", "online_purchase_pct", "online_payment_pct", "cash_on_delivery_pct"]) expect(keys).toContain(added);
  });

  it("measures a young population by median age (cost) and keeps the 15-64 share under an honest name at weight 0", () => {
    const byKey = Object.fromEntries(indicators.map((i) => [i.key, i]));
    expect(byKey.median_age).toMatchObject({ direction: "cost", criteria_group: "attractiveness" });
    expect(Number(byKey.median_age!.default_weight)).toBeGreaterThan(0);
    expect(byKey.population_15_64_pct).toMatchObject({ name: "Working-age share (ages 15-64)", default_weight: "0" });
    for (const k of ["wgi_regulatory_quality_est", "wgi_rule_of_law_est", "wgi_control_of_corruption_est", "cpi_score"]) {
      expect(byKey[k]!.criteria_group, k).toBe("governance");
    }
  });

  it("every indicator has a direction, an existing measured group and sane metadata", () => {
    const measured = groups.filter((g) => g.measurement === "public_data").map((g) => g.key);
    for (const i of indicators) {
      expect(["benefit", "cost"], i.key).toContain(i.direction);
      // the one exception: the evidence-derived platform concentration sits, at weight 0, in the
      // user-assessed competition group, as the basis of its evidence-based default (decision record 011)
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
    // weight 0 is allowed for indicators shown for context: the 15-64 share (kept for saved
    // scenarios) and cash on delivery (direction ambiguous); data/SOURCES.md says why
    const zero = indicators.filter((i) => Number(i.default_weight) === 0).map((i) => i.key).sort();
    expect(zero.filter((k) => ["cash_on_delivery_pct", "population_15_64_pct"].includes(k!))).toEqual(["cash_on_delivery_pct", "population_15_64_pct"]);
    for (const [group, weights] of byGroup) {
      for (const w of weights) expect(w).toBeGreaterThanOrEqual(0);
      // competition is rated by the analyst; its one indicator (weight 0) only seeds the default
      if (group !== "competition") expect(sum(weights), group).toBeCloseTo(1, 10);
    }
    for (const g of groups) {
      // host_policy's indicators are derived from evidence files and may not exist yet: then the group is omitted
      if (g.measurement === "public_data" && g.key !== "host_policy") expect(byGroup.has(g.key!), g.key).toBe(true);
      if (g.measurement === "user_assessment") expect(byGroup.get(g.key!) ?? [0], g.key).toEqual((byGroup.get(g.key!) ?? [0]).map(() => 0));
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
