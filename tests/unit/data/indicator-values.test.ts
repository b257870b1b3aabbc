import { describe, expect, it } from "vitest";
import { culturalDistances } from "@/scripts/build-data";
import { PLAIN_NUMBER, THESIS_MARKETS, itWithSources, readData, readShared, sharedAvailable, type Row } from "./helpers";

const values = readData("indicator-values.csv");
const indicators = readData("indicators.csv");
const markets = readData("markets.csv");
const shared = sharedAvailable() ? readShared("markets.csv") : [];
const sharedByIso = new Map(shared.map((m) => [m.iso3!, m]));

const COMPUTED = new Set(["cultural_distance_china", "ethnic_chinese_pct", "distance_to_beijing_km"]);
/** Indicators read straight from a shared markets.csv column (value + `_year`). */
const DIRECT = indicators.map((i) => i.key!).filter((k) => !COMPUTED.has(k));
const THESIS_ERA_COLUMN: Record<string, { column: string; year: number }> = Object.fromEntries(
  DIRECT.map((k) =>
    k === "account_ownership_pct" ? [k, { column: `${k}_2017`, year: 2017 }] : [k, { column: `${k}_2018`, year: 2018 }],
  ),
);

function find(market: string, indicator: string, year: number): Row | undefined {
  return values.find((v) => v.market === market && v.indicator === indicator && Number(v.year) === year);
}

describe("indicator-values.csv: every value is dated, sourced and plausible", () => {
  const indicatorByKey = new Map(indicators.map((i) => [i.key!, i]));
  const marketCodes = new Set(markets.map((m) => m.iso3));

  it("has a year 1990..2026, a source and a plain number for every row", () => {
    for (const v of values) {
      const where = `${v.market} ${v.indicator} ${v.year}`;
      expect(v.year, where).toMatch(/^\d{4}$/);
      expect(Number(v.year), where).toBeGreaterThanOrEqual(1990);
      expect(Number(v.year), where).toBeLessThanOrEqual(2026);
      expect(v.source!.trim(), where).not.toBe("");
      expect(v.value, where).toMatch(PLAIN_NUMBER);
    }
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

describe("indicator-values.csv against the shared data", () => {
  itWithSources("carries every latest shared value with its year, and nothing for blank cells", () => {
    for (const m of shared) {
      for (const key of DIRECT) {
        const raw = m[key]!;
        const latest = find(m.iso3!, key, Number(m[`${key}_year`]));
        if (raw === "") {
          expect(values.some((v) => v.market === m.iso3 && v.indicator === key), `${m.iso3} ${key}`).toBe(false);
          continue;
        }
        expect(latest, `${m.iso3} ${key} ${m[`${key}_year`]}`).toBeDefined();
        expect(Number(latest!.value), `${m.iso3} ${key}`).toBe(Number(raw));
      }
    }
  });

  itWithSources("carries the thesis-era value as its own row when its year differs from the latest", () => {
    for (const m of shared) {
      for (const key of DIRECT) {
        const era = THESIS_ERA_COLUMN[key]!;
        const raw = m[era.column];
        expect(raw, `shared column ${era.column}`).toBeDefined();
        if (raw === "" || Number(m[`${key}_year`]) === era.year) continue;
        expect(Number(find(m.iso3!, key, era.year)?.value), `${m.iso3} ${era.column}`).toBe(Number(raw));
      }
    }
  });

  itWithSources("gives the seven thesis markets a latest value on every indicator the shared data has for them", () => {
    for (const iso3 of THESIS_MARKETS) {
      const m = sharedByIso.get(iso3)!;
      for (const key of DIRECT) {
        if (m[key] === "") continue;
        expect(find(iso3, key, Number(m[`${key}_year`])), `${iso3} ${key}`).toBeDefined();
      }
      if (m.ethnic_chinese_pct_of_total_pop !== "") {
        expect(find(iso3, "ethnic_chinese_pct", Number(m.ethnic_chinese_population_year)), `${iso3} ethnic`).toBeDefined();
      }
      expect(find(iso3, "cultural_distance_china", 2015), `${iso3} cultural distance`).toBeDefined();
      expect(find(iso3, "distance_to_beijing_km", 2026), `${iso3} distance`).toBeDefined();
    }
  });

  itWithSources("spot-checks figures quoted in the brief against the shared file", () => {
    const rus = sharedByIso.get("RUS")!;
    const idn = sharedByIso.get("IDN")!;
    expect(rus.internet_users_pct_year).toBe("2023");
    expect(find("RUS", "internet_users_pct", 2023)?.value).toBe(String(Number(rus.internet_users_pct)));
    expect(Number(rus.internet_users_pct)).toBe(92.25);
    expect(find("IDN", "population", 2025)?.value).toBe(idn.population);
    expect(idn.population).toBe("285721236");
    // India's internet figure is only 2020 in the source; VNM and MEX account ownership only 2017
    expect(values.filter((v) => v.market === "IND" && v.indicator === "internet_users_pct").map((v) => v.year)).toEqual(["2018", "2020"]);
    for (const iso3 of ["VNM", "MEX"]) {
      expect(values.filter((v) => v.market === iso3 && v.indicator === "account_ownership_pct").map((v) => v.year)).toEqual(["2017"]);
    }
  });

  it("keeps the caveats a reader needs in the note", () => {
    expect(find("IDN", "gdp_usd", 2025)?.note).toMatch(/first .*estimate/);
    expect(find("SGP", "urban_population_pct", 2025)?.note).toMatch(/100% urban by definition/);
    expect(find("RUS", "lpi_score", 2023)?.note).toMatch(/2023 edition/);
    expect(find("PAK", "lpi_score", 2018)?.note).toMatch(/not in the LPI 2023 edition/);
    expect(find("SGP", "ethnic_chinese_pct", 2020)?.note).toMatch(/non-residents/);
  });
});

describe("computed indicators", () => {
  itWithSources("distance to Beijing equals the shared computed distance for every market (China = 0)", () => {
    for (const m of shared) {
      expect(Number(find(m.iso3!, "distance_to_beijing_km", 2026)?.value), m.iso3).toBe(Number(m.distance_to_beijing_km));
    }
    expect(find("CHN", "distance_to_beijing_km", 2026)?.value).toBe("0");
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
    expect(find("RUS", "ethnic_chinese_pct", 2017)).toBeUndefined();
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
    const covered = values.filter((v) => v.indicator === "cultural_distance_china").map((v) => v.market).sort();
    const withFour = shared
      .filter((m) => ["power_distance", "individualism", "masculinity", "uncertainty_avoidance"].every((d) => m[`hofstede_${d}`] !== ""))
      .map((m) => m.iso3)
      .sort();
    expect(covered).toEqual(withFour);
    for (const iso3 of ["SAU", "EGY", "NGA", "ZAF", "LKA", "NPL", "KAZ", "ARE"]) expect(covered).not.toContain(iso3);
  });
});
