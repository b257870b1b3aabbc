import { describe, expect, it } from "vitest";
import { culturalDistances } from "@/scripts/build-data";
import { PLAIN_NUMBER, THESIS_MARKETS, itWithSources, readData, readShared, sharedAvailable, type Row } from "./helpers";

// indicator-values.csv against the rules of data/SOURCES.md and, where the raw files are present,
// against world/indicators_long.csv read here on its own (not through scripts/build-data.ts).

const values = readData("indicator-values.csv");
const indicators = readData("indicators.csv");
const markets = readData("markets.csv");

const COMPUTED = new Set(["cultural_distance_china", "ethnic_chinese_pct", "distance_to_beijing_km"]);

/** Our key → the code in the shared long file (world/SOURCES.md 2-6), written out here on purpose. */
const CODE: Record<string, string> = {
  population: "SP.POP.TOTL",
  gdp_usd: "NY.GDP.MKTP.CD",
  gdp_per_capita_usd: "NY.GDP.PCAP.CD",
  gdp_per_capita_ppp_intl_usd: "NY.GDP.PCAP.PP.CD",
  gdp_growth_pct: "NY.GDP.MKTP.KD.ZG",
  internet_users_pct: "IT.NET.USER.ZS",
  urban_population_pct: "SP.URB.TOTL.IN.ZS",
  population_15_64_pct: "SP.POP.1564.TO.ZS",
  wgi_regulatory_quality_est: "RQ.EST",
  wgi_rule_of_law_est: "RL.EST",
  wgi_control_of_corruption_est: "CC.EST",
  cpi_score: "TI.CPI.SCORE",
  lpi_score: "LP.LPI.OVRL.XQ",
  account_ownership_pct: "FX.OWN.TOTL.ZS",
  online_purchase_pct: "FINDEX.FIN26B",
  online_payment_pct: "FINDEX.FIN27A",
  cash_on_delivery_pct: "FINDEX.FIN27B",
  fixed_broadband_per100: "IT.NET.BBND.P2",
  mobile_subscriptions_per100: "IT.CEL.SETS.P2",
  secure_servers_per_million: "IT.NET.SECR.P6",
};
const EDITION: Record<string, RegExp> = {
  WDI: /^WDI, July 2026 update$|^LPI \d{4} \(via WDI, July 2026 update\)$/,
  WDI_INTERNET: /^WDI, 13 July 2026 update$/,
  FINDEX2025: /^Global Findex 2025$/,
  WGI2024: /^WGI 2024 update$/,
  CPI2025: /^CPI 2025$/,
};

function find(market: string, indicator: string, year: number): Row | undefined {
  return values.find((v) => v.market === market && v.indicator === indicator && Number(v.year) === year);
}
function yearsOf(market: string, indicator: string): number[] {
  return values.filter((v) => v.market === market && v.indicator === indicator).map((v) => Number(v.year));
}

/** code → iso3 → year → { value, source_id } from the shared long file. */
function readLong(): Map<string, Map<string, Map<number, { value: string; source: string }>>> {
  const out = new Map<string, Map<string, Map<number, { value: string; source: string }>>>();
  for (const r of readShared("world/indicators_long.csv")) {
    const byIso = out.get(r.indicator!) ?? new Map();
    out.set(r.indicator!, byIso);
    const byYear = byIso.get(r.iso3!) ?? new Map();
    byIso.set(r.iso3!, byYear);
    byYear.set(Number(r.year), { value: r.value!, source: r.source_id! });
  }
  return out;
}
const long = sharedAvailable() ? readLong() : new Map();
const at = (code: string, iso3: string, year: number) => long.get(code)?.get(iso3)?.get(year);

/**
 * Findex 2021 published 0 for both payment questions where it did not ask them (high-income
 * economies); a pair of zeros beside a positive "bought online" share is not an answer.
 */
function notAsked(iso3: string, year: number): boolean {
  const a = at("FINDEX.FIN27A", iso3, year)?.value;
  const b = at("FINDEX.FIN27B", iso3, year)?.value;
  const bought = at("FINDEX.FIN26B", iso3, year)?.value;
  return a !== undefined && Number(a) === 0 && Number(b) === 0 && bought !== undefined && Number(bought) > 0;
}

describe("indicator-values.csv: every value is dated, sourced, located and plausible", () => {
  const indicatorByKey = new Map(indicators.map((i) => [i.key!, i]));
  const marketCodes = new Set(markets.map((m) => m.iso3));

  it("has a year, a kind, an edition, a source, a locator and a plain number for every row", () => {
    for (const v of values) {
      const where = `${v.market} ${v.indicator} ${v.year}`;
      expect(v.year, where).toMatch(/^\d{4}$/);
      expect(Number(v.year), where).toBeGreaterThanOrEqual(1990);
      expect(Number(v.year), where).toBeLessThanOrEqual(2026);
      expect(["observed", "estimate", "projection", "computed"], where).toContain(v.kind);
      for (const f of ["edition", "source", "locator"]) expect(v[f]!.trim(), `${where} ${f}`).not.toBe("");
      expect(v.value, where).toMatch(PLAIN_NUMBER);
    }
  });

  it("labels computed values as computed and says what from, and projections as projections", () => {
    for (const v of values) {
      const where = `${v.market} ${v.indicator} ${v.year}`;
      if (COMPUTED.has(v.indicator!)) {
        expect(v.kind, where).toBe("computed");
        expect(v.edition, where).toMatch(/^computed from /);
      }
      if (v.kind === "projection") {
        expect(v.indicator, where).toBe("median_age");
        expect(v.edition, where).toBe("UN WPP 2022 (projection)");
        expect(v.note, where).toMatch(/projection/);
      }
    }
    // distances have no "year computed" (2026 before): the year is Natural Earth 4.0.0's
    expect(values.filter((v) => v.indicator === "distance_to_beijing_km").every((v) => v.year === "2017")).toBe(true);
  });

  it("references only known markets and indicators, and every indicator has values", () => {
    for (const v of values) {
      expect(marketCodes.has(v.market), v.market).toBe(true);
      expect(indicatorByKey.has(v.indicator!), v.indicator).toBe(true);
    }
    for (const key of indicatorByKey.keys()) expect(values.some((v) => v.indicator === key), key).toBe(true);
  });

  it("keeps every value inside its indicator's plausible range", () => {
    for (const v of values) {
      const i = indicatorByKey.get(v.indicator!)!;
      const x = Number(v.value);
      expect(x, `${v.market} ${v.indicator} ${v.year}`).toBeGreaterThanOrEqual(Number(i.plausible_min));
      expect(x, `${v.market} ${v.indicator} ${v.year}`).toBeLessThanOrEqual(Number(i.plausible_max));
    }
  });

  it("has no duplicate (market, indicator, year) and is sorted", () => {
    const keys = values.map((v) => `${v.market}|${v.indicator}|${v.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sorted = [...values].sort(
      (a, b) => a.market!.localeCompare(b.market!) || a.indicator!.localeCompare(b.indicator!) || Number(a.year) - Number(b.year),
    );
    expect(values).toEqual(sorted);
  });
});

describe("indicator-values.csv against the shared world files", () => {
  itWithSources("every value read from the long file equals its source row, with the source's edition", () => {
    let checked = 0;
    for (const v of values) {
      const where = `${v.market} ${v.indicator} ${v.year}`;
      if (COMPUTED.has(v.indicator!) || !(v.indicator! in CODE || v.indicator === "median_age")) continue;
      const code =
        v.indicator === "median_age"
          ? v.kind === "projection"
            ? "UN.WPP.MEDIAN_AGE.PROJ"
            : "UN.WPP.MEDIAN_AGE"
          : CODE[v.indicator!]!;
      const src = at(code, v.market!, Number(v.year));
      expect(src, where).toBeDefined();
      expect(Number(v.value), where).toBe(Number(src!.value));
      if (v.indicator !== "median_age") expect(v.edition, where).toMatch(EDITION[src!.source]!);
      checked++;
    }
    expect(checked).toBeGreaterThan(7000);
  });

  itWithSources("ships each economy's latest value and, when the year differs, its thesis-era value (2018; Findex 2017)", () => {
    for (const m of markets) {
      for (const [key, code] of Object.entries(CODE)) {
        const byYear = long.get(code)?.get(m.iso3!);
        const payment = key === "online_payment_pct" || key === "cash_on_delivery_pct";
        const years = [...(byYear?.keys() ?? [])].filter((y) => !(payment && notAsked(m.iso3!, y)));
        if (years.length === 0) {
          expect(yearsOf(m.iso3!, key), `${m.iso3} ${key} is a gap`).toEqual([]);
          continue;
        }
        const latest = Math.max(...years);
        const era = key === "account_ownership_pct" ? 2017 : key.startsWith("online_") || key === "cash_on_delivery_pct" ? null : 2018;
        const expected = [latest, ...(era !== null && era !== latest && years.includes(era) ? [era] : [])].sort();
        expect(yearsOf(m.iso3!, key).sort(), `${m.iso3} ${key}`).toEqual(expected);
      }
    }
  });

  itWithSources("median age: the 2025 projection, the last estimate (2021) and the 2018 estimate", () => {
    for (const m of markets) {
      const proj = long.get("UN.WPP.MEDIAN_AGE.PROJ")?.get(m.iso3!);
      if (!proj) {
        expect(yearsOf(m.iso3!, "median_age"), m.iso3).toEqual([]);
        continue;
      }
      expect(yearsOf(m.iso3!, "median_age"), m.iso3).toEqual([2018, 2021, 2025]);
      expect(find(m.iso3!, "median_age", 2025)!.kind).toBe("projection");
      expect(find(m.iso3!, "median_age", 2021)!.kind).toBe("observed");
    }
    // the order the 15-64 share got wrong (issue 9): the Philippines is younger than Singapore
    expect(Number(find("PHL", "median_age", 2025)!.value)).toBeLessThan(Number(find("SGP", "median_age", 2025)!.value));
  });

  itWithSources("drops Findex 2021's zero pairs where the payment questions were not asked (e.g. USA) and keeps real answers", () => {
    expect(notAsked("USA", 2021)).toBe(true);
    expect(Number(at("FINDEX.FIN26B", "USA", 2021)!.value)).toBeCloseTo(74.744, 3);
    expect(yearsOf("USA", "online_purchase_pct")).toEqual([2021]);
    expect(yearsOf("USA", "online_payment_pct")).toEqual([]);
    expect(yearsOf("USA", "cash_on_delivery_pct")).toEqual([]);
    // Afghanistan 2021: 0% paid online is a real answer beside 0.0335% cash on delivery
    expect(notAsked("AFG", 2021)).toBe(false);
    expect(find("AFG", "online_payment_pct", 2021)?.value).toBe("0");
  });

  itWithSources("spot-checks figures against the source file and the brief", () => {
    expect(find("RUS", "internet_users_pct", 2024)?.value).toBe("94.36495368");
    expect(find("IDN", "population", 2025)?.value).toBe("285721236");
    expect(find("RUS", "account_ownership_pct", 2024)?.value).toBe("79.3421");
    expect(find("RUS", "account_ownership_pct", 2024)?.edition).toBe("Global Findex 2025");
    expect(find("RUS", "cpi_score", 2025)?.value).toBe("22");
    expect(find("RUS", "lpi_score", 2022)?.edition).toBe("LPI 2023 (via WDI, July 2026 update)");
    // Findex did not ask Russia the online-purchase question in 2024; the 2021 answer stays
    expect(yearsOf("RUS", "online_purchase_pct")).toEqual([2021]);
    // every focus market has Findex 2025 account ownership for 2024
    for (const iso3 of THESIS_MARKETS) expect(find(iso3, "account_ownership_pct", 2024), iso3).toBeDefined();
    // WDI first estimates are labelled as such
    expect(find("RUS", "gdp_usd", 2025)?.kind).toBe("estimate");
    expect(find("RUS", "gdp_usd", 2018)?.kind).toBe("observed");
  });

  itWithSources("locators name the original repository, commit, file and row", () => {
    expect(find("RUS", "population", 2025)!.locator).toBe(
      "github.com/datasets/world-development-indicators@4ebec5a indicators/sp.pop.totl/data.csv, Country Code=RUS, Year=2025",
    );
    expect(find("XKX", "wgi_rule_of_law_est", 2023)!.locator).toMatch(/wgidataset\.csv, code=KSV, year=2023, indicator=rl/);
    expect(find("RUS", "median_age", 2025)!.locator).toMatch(/median-age\.csv, Code=RUS, Year=2025, column Projected Age$/);
    expect(find("IDN", "account_ownership_pct", 2024)!.locator).toMatch(/GlobalFindexDatabase2025\.csv, codewb=IDN, year=2024/);
  });

  it("keeps the caveats a reader needs in the note", () => {
    expect(find("IDN", "gdp_usd", 2025)?.note).toMatch(/first .*estimate/);
    expect(find("SGP", "urban_population_pct", 2025)?.note).toMatch(/100% urban by definition/);
    expect(find("RUS", "lpi_score", 2022)?.note).toMatch(/LPI 2023 edition; year = survey year/);
    expect(find("SGP", "ethnic_chinese_pct", 2020)?.note).toMatch(/non-residents/);
    expect(find("RUS", "gdp_per_capita_usd", 2025)?.note).toMatch(/1\.7%/);
  });
});

describe("computed indicators", () => {
  /** Haversine on the IUGG mean radius (shared sources.md 4.1), written out here as a hand check. */
  const haversine = (lat1: number, lon1: number, lat2: number, lon2: number) => {
    const r = Math.PI / 180;
    const a =
      Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
    return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
  };

  itWithSources("distance to Beijing reproduces the shared 25-market distances within 0.5 km (China = 0)", () => {
    for (const c of readShared("capitals_distance.csv")) {
      expect(Math.abs(Number(find(c.iso3!, "distance_to_beijing_km", 2017)?.value) - Number(c.distance_to_beijing_km)), c.iso3).toBeLessThanOrEqual(0.5);
    }
    expect(find("CHN", "distance_to_beijing_km", 2017)?.value).toBe("0");
    expect(find("RUS", "distance_to_beijing_km", 2017)?.value).toBe("5791");
  });

  itWithSources("every economy with a capital has its distance; the six without one stay gaps", () => {
    const economies = readShared("world/economies.csv");
    for (const e of economies) {
      const v = find(e.iso3!, "distance_to_beijing_km", 2017);
      if (e.capital_lat === "") {
        expect(v, e.iso3).toBeUndefined();
        continue;
      }
      expect(Number(v?.value), e.iso3).toBe(Math.round(haversine(Number(e.capital_lat), Number(e.capital_lon), 39.9289, 116.3883)));
    }
    expect(economies.filter((e) => e.capital_lat === "").map((e) => e.iso3).sort()).toEqual(["CHI", "MAF", "NRU", "SXM", "VGB", "VIR"]);
  });

  itWithSources("ethnic Chinese share = count / WDI population of the count's year, only where a count exists", () => {
    const ethnic = readShared("ethnic_chinese.csv");
    const rows = values.filter((v) => v.indicator === "ethnic_chinese_pct");
    expect(rows.map((v) => v.market).sort()).toEqual(ethnic.map((e) => e.iso3).sort());
    for (const e of ethnic) {
      const v = find(e.iso3!, "ethnic_chinese_pct", Number(e.year))!;
      expect(Number(v.value)).toBeCloseTo((Number(e.ethnic_chinese_population) / Number(e.wdi_total_population_same_year)) * 100, 3);
      expect(Number(v.value)).toBeCloseTo(Number(e.computed_pct_of_total_population), 2);
      expect(v.source).toMatch(/Computed/);
    }
    expect(values.some((v) => v.market === "RUS" && v.indicator === "ethnic_chinese_pct")).toBe(false);
    expect(values.some((v) => v.market === "CHN" && v.indicator === "ethnic_chinese_pct")).toBe(false);
  });

  itWithSources("cultural distance follows Kogut & Singh on the Hofstede file (worked check for Vietnam)", () => {
    const hofstede = readShared("hofstede.csv");
    const countries = hofstede.filter((r) => r.is_regional_or_subnational_aggregate === "no");
    const dims = ["power_distance", "individualism", "masculinity", "uncertainty_avoidance", "long_term_orientation", "indulgence"];
    const sampleVariance = (xs: number[]) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      return xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
    };
    const chn = hofstede.find((r) => r.iso3_if_in_markets === "CHN")!;
    const vnm = hofstede.find((r) => r.iso3_if_in_markets === "VNM")!;
    const expected =
      dims.reduce((acc, d) => {
        const v = sampleVariance(countries.filter((r) => r[d] !== "").map((r) => Number(r[d])));
        return acc + (Number(vnm[d]) - Number(chn[d])) ** 2 / v;
      }, 0) / dims.length;
    expect(Number(find("VNM", "cultural_distance_china", 2015)?.value)).toBeCloseTo(expected, 4);
    expect(find("CHN", "cultural_distance_china", 2015)?.value).toBe("0");
    expect(culturalDistances(hofstede).get("VNM")?.value).toBeCloseTo(expected, 4);
  });

  itWithSources("cultural distance is a gap where the four original Hofstede dimensions are missing", () => {
    const shared = readShared("markets.csv");
    const covered = values.filter((v) => v.indicator === "cultural_distance_china").map((v) => v.market).sort();
    const withFour = shared
      .filter((m) => ["power_distance", "individualism", "masculinity", "uncertainty_avoidance"].every((d) => m[`hofstede_${d}`] !== ""))
      .map((m) => m.iso3)
      .sort();
    expect(covered).toEqual(withFour);
    for (const iso3 of ["SAU", "EGY", "NGA", "ZAF", "LKA", "NPL", "KAZ", "ARE"]) expect(covered).not.toContain(iso3);
  });
});
