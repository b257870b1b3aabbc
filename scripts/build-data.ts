/**
 * Builds the shipped market data from the shared, sourced data folder.
 *
 *   npx tsx scripts/build-data.ts          # writes data/markets.csv and data/indicator-values.csv
 *
 * Input: OUTBOUND_SOURCE_DATA or ../../shared/data (markets.csv, hofstede.csv, ethnic_chinese.csv,
 * capitals_distance.csv; their columns are documented in that folder's sources.md).
 * Curated input: data/indicators.csv (indicator keys and plausible ranges).
 *
 * What it derives (see data/SOURCES.md):
 * - markets.csv: the 25 markets with their role in the case (from the shared `group` column).
 * - indicator-values.csv: the wide shared table turned long, one row per market, indicator and year:
 *   the latest value (`<col>_year`) and, when its year differs, the thesis-era value (`<col>_2018`,
 *   Findex `_2017`). Blank shared cells give no row. Plus two values computed here:
 *   ethnic_chinese_pct (count / WDI population of the count's year) and cultural_distance_china
 *   (Kogut & Singh 1988 on the Hofstede dimensions).
 * The output is deterministic (sorted rows, LF, RFC 4180 quoting only where needed); a unit test
 * checks that building again gives exactly the committed files. Any inconsistency between the
 * shared files, or a value outside its indicator's plausible range, stops the build.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

type Row = Record<string, string>;

export const DEFAULT_SHARED_DIR =
  process.env.OUTBOUND_SOURCE_DATA || path.resolve(import.meta.dirname, "../../shared/data");
export const DATA_DIR = path.resolve(import.meta.dirname, "../data");

export const MARKETS_HEADER = ["iso3", "name", "region", "subregion", "role"] as const;
export const VALUES_HEADER = ["market", "indicator", "year", "value", "source", "note"] as const;

// ---------------------------------------------------------------------------------------------
// CSV in and out

export function readCsv(file: string): Row[] {
  return parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\n") + "\n";
}

/** Plain decimal, no exponent, no trailing zeros ("2.60" -> "2.6", "-0.00" -> "0"). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const s = String(Object.is(n, -0) ? 0 : n);
  if (/e/i.test(s)) throw new Error(`number would need an exponent: ${s}`);
  return s;
}

function parseNumber(raw: string, what: string): number {
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n)) throw new Error(`${what}: not a number: "${raw}"`);
  return n;
}

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

// ---------------------------------------------------------------------------------------------
// Roles

const ROLE_BY_GROUP: Record<string, string> = {
  thesis_target_russia: "target_russia",
  thesis_target_sea: "target_sea",
  emerging_other: "emerging_other",
  reference_home: "home_reference",
  reference: "reference",
};

// ---------------------------------------------------------------------------------------------
// Citations for values read from the shared markets.csv (see shared sources.md, section 2)

const WDI_VIA = "via github.com/datasets/world-development-indicators @4ebec5a (2026-07-01)";
const WGI_VIA = "via github.com/lmorgans/WGIdata wgidataset.csv @05f52f8 (2024-12-11)";
const TI_VIA = "via github.com/plotly/Figure-Friday @95a713c (2025-07-09)";

type NoteFn = (iso3: string, year: number, latest: boolean) => string[];

interface SharedIndicator {
  key: string;
  /** thesis-era column and the year its values refer to */
  thesisEra: { column: string; year: number };
  source: (year: number) => string;
  note?: NoteFn;
}

const wdiSource = (code: string, original: string) => () => `World Bank WDI ${code} (${original}), ${WDI_VIA}`;

const firstEstimateNote: NoteFn = (iso3, year, latest) => {
  if (year === 2025) return ["2025 value is a first World Bank estimate and will be revised"];
  if (latest && year < 2025) return [`no 2025 estimate for ${iso3} in the source; latest is ${year}`];
  return [];
};

const URBAN_DEFINITION: Record<string, string> = {
  NPL: "national definition: Nepal's 2017 municipal reclassification raised the urban share",
  LKA: "national definition: Sri Lanka classes only a narrow set of areas as urban",
  SGP: "Singapore is 100% urban by definition",
};

const SHARED_INDICATORS: SharedIndicator[] = [
  {
    key: "population",
    thesisEra: { column: "population_2018", year: 2018 },
    source: wdiSource("SP.POP.TOTL", "original: UN World Population Prospects"),
  },
  {
    key: "urban_population_pct",
    thesisEra: { column: "urban_population_pct_2018", year: 2018 },
    source: wdiSource("SP.URB.TOTL.IN.ZS", "original: UN World Urbanization Prospects"),
    note: (iso3) => (URBAN_DEFINITION[iso3] ? [URBAN_DEFINITION[iso3]] : []),
  },
  {
    key: "population_15_64_pct",
    thesisEra: { column: "population_15_64_pct_2018", year: 2018 },
    source: wdiSource("SP.POP.1564.TO.ZS", "original: UN World Population Prospects"),
  },
  {
    key: "gdp_usd",
    thesisEra: { column: "gdp_usd_2018", year: 2018 },
    source: wdiSource("NY.GDP.MKTP.CD", "World Bank and OECD national accounts"),
    note: firstEstimateNote,
  },
  {
    key: "gdp_per_capita_usd",
    thesisEra: { column: "gdp_per_capita_usd_2018", year: 2018 },
    source: wdiSource("NY.GDP.PCAP.CD", "World Bank and OECD national accounts"),
    note: firstEstimateNote,
  },
  {
    key: "gdp_per_capita_ppp_intl_usd",
    thesisEra: { column: "gdp_per_capita_ppp_intl_usd_2018", year: 2018 },
    source: wdiSource("NY.GDP.PCAP.PP.CD", "World Bank ICP, 2021 PPPs"),
    note: (iso3, _year, latest) => [
      ...(latest || iso3 === "USA" ? [] : ["on ICP 2021 PPPs, so it differs from PPP figures published in 2018"]),
      ...(iso3 === "USA" ? ["equals nominal GDP per capita by construction (US$ is the PPP base)"] : []),
    ],
  },
  {
    key: "gdp_growth_pct",
    thesisEra: { column: "gdp_growth_pct_2018", year: 2018 },
    source: wdiSource("NY.GDP.MKTP.KD.ZG", "real, constant local currency"),
    note: firstEstimateNote,
  },
  {
    key: "internet_users_pct",
    thesisEra: { column: "internet_users_pct_2018", year: 2018 },
    source: () =>
      "World Bank WDI IT.NET.USER.ZS (original: ITU), WDI download of Nov 2024 " +
      "(API_IT.NET.USER.ZS_DS2_en_csv_v2_2160.csv) via github.com/plotly/Figure-Friday @fd75327 (2024-11-29)",
    note: (iso3, year, latest) => [
      ...(latest && year < 2023 ? [`latest year for ${iso3} in the Nov-2024 WDI vintage`] : []),
      ...(iso3 === "SAU" || iso3 === "ARE" ? ["reported by ITU as 100%"] : []),
    ],
  },
  {
    key: "mobile_subscriptions_per100",
    thesisEra: { column: "mobile_subscriptions_per100_2018", year: 2018 },
    source: wdiSource("IT.CEL.SETS.P2", "original: ITU"),
  },
  {
    key: "fixed_broadband_per100",
    thesisEra: { column: "fixed_broadband_per100_2018", year: 2018 },
    source: wdiSource("IT.NET.BBND.P2", "original: ITU"),
  },
  {
    key: "secure_servers_per_million",
    thesisEra: { column: "secure_servers_per_million_2018", year: 2018 },
    source: wdiSource("IT.NET.SECR.P6", "original: Netcraft Secure Server Survey"),
    note: () => ["certificate-count coverage shifts between years; compare countries within one year only"],
  },
  {
    key: "account_ownership_pct",
    thesisEra: { column: "account_ownership_pct_2017", year: 2017 },
    source: () =>
      "World Bank Global Findex (WDI FX.OWN.TOTL.ZS), via github.com/open-numbers/" +
      "ddf--world_bank--world_development_indicators @ce8d407",
    note: (iso3, year, latest) => [
      `Findex survey ${year}`,
      ...(latest && year < 2021 ? [`${iso3} not covered by Findex 2021 in the source`] : []),
    ],
  },
  {
    key: "lpi_score",
    thesisEra: { column: "lpi_score_2018", year: 2018 },
    source: (year) => `World Bank Logistics Performance Index ${year} edition (WDI LP.LPI.OVRL.XQ), ${WDI_VIA}`,
    note: (iso3, year, latest) => {
      if (year === 2023)
        return ["LPI 2023 edition (survey Sep-Nov 2022; WDI files it under 2022); published with one decimal"];
      if (latest) return ["LPI 2018 edition", `${iso3} is not in the LPI 2023 edition`];
      return ["LPI 2018 edition"];
    },
  },
  {
    key: "wgi_regulatory_quality_est",
    thesisEra: { column: "wgi_regulatory_quality_est_2018", year: 2018 },
    source: () => `World Bank Worldwide Governance Indicators, 2024 update (Regulatory Quality estimate), ${WGI_VIA}`,
    note: (_iso3, _year, latest) => (latest ? [] : ["as revised in the 2024 WGI update"]),
  },
  {
    key: "wgi_rule_of_law_est",
    thesisEra: { column: "wgi_rule_of_law_est_2018", year: 2018 },
    source: () => `World Bank Worldwide Governance Indicators, 2024 update (Rule of Law estimate), ${WGI_VIA}`,
    note: (_iso3, _year, latest) => (latest ? [] : ["as revised in the 2024 WGI update"]),
  },
  {
    key: "wgi_control_of_corruption_est",
    thesisEra: { column: "wgi_control_of_corruption_est_2018", year: 2018 },
    source: () =>
      `World Bank Worldwide Governance Indicators, 2024 update (Control of Corruption estimate), ${WGI_VIA}`,
    note: (_iso3, _year, latest) => (latest ? [] : ["as revised in the 2024 WGI update"]),
  },
  {
    key: "cpi_score",
    thesisEra: { column: "cpi_score_2018", year: 2018 },
    source: (year) =>
      year === 2024
        ? `Transparency International CPI 2024 (CPI2024.csv), ${TI_VIA}`
        : `Transparency International CPI ${year} (CPI-historical.csv), ${TI_VIA}`,
  },
];

// ---------------------------------------------------------------------------------------------
// Computed values (shared sources.md section 4, and Kogut & Singh here)

/** Year given to the distances: they do not change over time; the shared data set computed them in 2026. */
const DISTANCE_YEAR = 2026;

const HOFSTEDE_DIMENSIONS = [
  "power_distance",
  "individualism",
  "masculinity",
  "uncertainty_avoidance",
  "long_term_orientation",
  "indulgence",
] as const;
type Dimension = (typeof HOFSTEDE_DIMENSIONS)[number];
const DIMENSION_ABBR: Record<Dimension, string> = {
  power_distance: "PDI",
  individualism: "IDV",
  masculinity: "MAS",
  uncertainty_avoidance: "UAI",
  long_term_orientation: "LTO",
  indulgence: "IVR",
};
/**
 * Kogut & Singh built the index on the four original dimensions. A market that lacks them (the file
 * has only LTO and IVR for SAU, EGY, NGA, ZAF) would get an index on the two dimensions where China
 * is most extreme, not comparable with the others: it stays a gap.
 */
const REQUIRED_DIMENSIONS: readonly Dimension[] = [
  "power_distance",
  "individualism",
  "masculinity",
  "uncertainty_avoidance",
];
/** Hofstede file version (16 Aug 2015); the scores stem from surveys over several decades. */
const HOFSTEDE_YEAR = 2015;

/** Sample variance (n - 1). */
function variance(xs: number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
}

export interface CulturalDistance {
  value: number;
  dimensions: Dimension[];
}

/**
 * Kogut & Singh (1988): CD_j = (1/n) * sum_d (I_dj - I_d,CHN)^2 / V_d over the n dimensions both
 * have, V_d = sample variance of dimension d over the country rows of the Hofstede file (regional
 * and sub-national aggregates excluded).
 */
export function culturalDistances(hofstede: Row[]): Map<string, CulturalDistance> {
  const countries = hofstede.filter((r) => r.is_regional_or_subnational_aggregate === "no");
  if (countries.length + 10 !== hofstede.length) {
    throw new Error(`hofstede.csv: expected 10 aggregate rows, found ${hofstede.length - countries.length}`);
  }
  const score = (r: Row, d: Dimension) => (r[d] === "" || r[d] === undefined ? undefined : parseNumber(r[d], d));
  const variances = new Map<Dimension, number>();
  for (const d of HOFSTEDE_DIMENSIONS) {
    variances.set(d, variance(countries.map((r) => score(r, d)).filter((x): x is number => x !== undefined)));
  }
  const china = hofstede.find((r) => r.iso3_if_in_markets === "CHN");
  if (!china) throw new Error("hofstede.csv: no China row");
  const out = new Map<string, CulturalDistance>();
  for (const r of hofstede) {
    const iso3 = r.iso3_if_in_markets ?? "";
    if (iso3 === "") continue;
    const dims = HOFSTEDE_DIMENSIONS.filter((d) => score(r, d) !== undefined && score(china, d) !== undefined);
    if (!REQUIRED_DIMENSIONS.every((d) => dims.includes(d))) continue;
    const sum = dims.reduce((acc, d) => acc + (score(r, d)! - score(china, d)!) ** 2 / variances.get(d)!, 0);
    out.set(iso3, { value: round(sum / dims.length, 4), dimensions: dims });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Consistency checks between the shared files

function crossCheckShared(markets: Row[], hofstede: Row[], ethnic: Row[], capitals: Row[]): void {
  const byIso = new Map(markets.map((m) => [m.iso3!, m]));
  for (const h of hofstede) {
    const m = h.iso3_if_in_markets ? byIso.get(h.iso3_if_in_markets) : undefined;
    if (!h.iso3_if_in_markets) continue;
    if (!m) throw new Error(`hofstede.csv: ${h.iso3_if_in_markets} not in markets.csv`);
    for (const d of HOFSTEDE_DIMENSIONS) {
      if ((h[d] ?? "") !== (m[`hofstede_${d}`] ?? "")) {
        throw new Error(`hofstede ${d} of ${m.iso3}: hofstede.csv ${h[d]} vs markets.csv ${m[`hofstede_${d}`]}`);
      }
    }
  }
  for (const e of ethnic) {
    const m = byIso.get(e.iso3!);
    if (!m) throw new Error(`ethnic_chinese.csv: ${e.iso3} not in markets.csv`);
    if (m.ethnic_chinese_population !== e.ethnic_chinese_population || m.ethnic_chinese_population_year !== e.year) {
      throw new Error(`ethnic Chinese count of ${e.iso3} differs between ethnic_chinese.csv and markets.csv`);
    }
    if (m.ethnic_chinese_pct_of_total_pop !== e.computed_pct_of_total_population) {
      throw new Error(`ethnic Chinese share of ${e.iso3} differs between ethnic_chinese.csv and markets.csv`);
    }
  }
  const withCount = markets.filter((m) => m.ethnic_chinese_population !== "");
  if (withCount.length !== ethnic.length) throw new Error("ethnic_chinese.csv and markets.csv cover different markets");
  for (const c of capitals) {
    const m = byIso.get(c.iso3!);
    if (!m) throw new Error(`capitals_distance.csv: ${c.iso3} not in markets.csv`);
    const km = parseNumber(c.distance_to_beijing_km!, "capitals distance");
    if (Math.abs(km - parseNumber(m.distance_to_beijing_km!, "markets distance")) > 0.5) {
      throw new Error(`distance of ${c.iso3}: capitals_distance.csv ${km} vs markets.csv ${m.distance_to_beijing_km}`);
    }
  }
  if (capitals.length !== markets.length) throw new Error("capitals_distance.csv does not cover every market");
}

// ---------------------------------------------------------------------------------------------
// Build

interface IndicatorMeta {
  key: string;
  min: number;
  max: number;
}

function readIndicatorMeta(dataDir: string): IndicatorMeta[] {
  return readCsv(path.join(dataDir, "indicators.csv")).map((r) => ({
    key: r.key!,
    min: parseNumber(r.plausible_min!, `${r.key} plausible_min`),
    max: parseNumber(r.plausible_max!, `${r.key} plausible_max`),
  }));
}

interface ValueRow {
  market: string;
  indicator: string;
  year: number;
  value: number;
  source: string;
  note: string;
}

function joinNotes(notes: string[]): string {
  return notes.filter((n) => n !== "").join("; ");
}

function sharedValueRows(m: Row): ValueRow[] {
  const iso3 = m.iso3!;
  const rows: ValueRow[] = [];
  for (const ind of SHARED_INDICATORS) {
    const raw = m[ind.key];
    if (raw === undefined) throw new Error(`shared markets.csv has no column ${ind.key}`);
    if (raw === "") continue; // a gap stays a gap
    const year = parseNumber(m[`${ind.key}_year`] ?? "", `${iso3} ${ind.key}_year`);
    const value = parseNumber(raw, `${iso3} ${ind.key}`);
    rows.push({
      market: iso3,
      indicator: ind.key,
      year,
      value,
      source: ind.source(year),
      note: joinNotes(ind.note?.(iso3, year, true) ?? []),
    });
    const eraRaw = m[ind.thesisEra.column];
    if (eraRaw === undefined) throw new Error(`shared markets.csv has no column ${ind.thesisEra.column}`);
    if (eraRaw === "") continue;
    const eraValue = parseNumber(eraRaw, `${iso3} ${ind.thesisEra.column}`);
    if (ind.thesisEra.year === year) {
      if (eraValue !== value) {
        throw new Error(`${iso3} ${ind.key}: latest and thesis-era values differ for the same year ${year}`);
      }
      continue;
    }
    rows.push({
      market: iso3,
      indicator: ind.key,
      year: ind.thesisEra.year,
      value: eraValue,
      source: ind.source(ind.thesisEra.year),
      note: joinNotes(ind.note?.(iso3, ind.thesisEra.year, false) ?? []),
    });
  }
  return rows;
}

function distanceRow(m: Row, capital: Row): ValueRow {
  const choice: Record<string, string> = {
    MYS: " (not Putrajaya)",
    LKA: " (not Sri Jayawardenepura Kotte)",
    ZAF: " (one of four capitals in Natural Earth)",
  };
  return {
    market: m.iso3!,
    indicator: "distance_to_beijing_km",
    year: DISTANCE_YEAR,
    value: parseNumber(m.distance_to_beijing_km!, `${m.iso3} distance`),
    source:
      "Computed for Outbound (shared data, sources.md 4.1): haversine distance on a 6371.0088 km sphere, " +
      "capital to Beijing, Natural Earth 1:50m populated places via github.com/martynafford/natural-earth-geojson @9026645",
    note: joinNotes([
      `capital used: ${capital.capital}${choice[m.iso3!] ?? ""}`,
      "up to about 0.5% off an ellipsoidal geodesic",
      `distance does not change over time; year = year computed (${DISTANCE_YEAR})`,
    ]),
  };
}

function ethnicChineseRow(e: Row): ValueRow {
  const year = parseNumber(e.year!, `${e.iso3} ethnic Chinese year`);
  const count = parseNumber(e.ethnic_chinese_population!, `${e.iso3} ethnic Chinese count`);
  const population = parseNumber(e.wdi_total_population_same_year!, `${e.iso3} population`);
  const pct = round((count / population) * 100, 4);
  // the shared file rounds the same quotient to 2 decimals: a mismatch means an input changed
  if (round(pct, 2) !== parseNumber(e.computed_pct_of_total_population!, `${e.iso3} shared share`)) {
    throw new Error(`ethnic Chinese share of ${e.iso3}: ${pct} does not round to the shared value`);
  }
  const notes: Record<string, string> = {
    SGP: "the count presumably covers residents only while WDI population includes non-residents, so this understates the Chinese share among residents",
    THA: "the count is an estimate (no ethnicity census)",
    PHL: "the count is an estimate (no ethnicity census)",
  };
  return {
    market: e.iso3!,
    indicator: "ethnic_chinese_pct",
    year,
    value: pct,
    source:
      `Computed for Outbound: ethnic-Chinese count ${e.ethnic_chinese_population} (${year}) from the English Wikipedia ` +
      `'Overseas Chinese' infobox (secondary; underlying reference not verified) / World Bank WDI SP.POP.TOTL ${year} ` +
      `(${e.wdi_total_population_same_year})`,
    note: joinNotes([
      "counts mix censuses and estimates; count and population may cover different bases",
      notes[e.iso3!] ?? "",
    ]),
  };
}

function culturalDistanceRow(iso3: string, cd: CulturalDistance): ValueRow {
  return {
    market: iso3,
    indicator: "cultural_distance_china",
    year: HOFSTEDE_YEAR,
    value: cd.value,
    source:
      "Computed by scripts/build-data.ts: Kogut & Singh (1988) index against China on Geert Hofstede's " +
      "6-dimension data file of 2015-08-16, via github.com/HoaMacDanh/GEO @1930b2f",
    note: joinNotes([
      `dimensions used: ${cd.dimensions.map((d) => DIMENSION_ABBR[d]).join(", ")}`,
      "variances over the file's country rows, regional aggregates excluded",
      "2015 = version of the Hofstede file; the scores stem from surveys over several decades",
    ]),
  };
}

/** Pure: reads the shared folder (and data/indicators.csv) and returns file name -> content. */
export function buildDataFiles(sharedDir: string, dataDir: string = DATA_DIR): Record<string, string> {
  const markets = readCsv(path.join(sharedDir, "markets.csv"));
  const hofstede = readCsv(path.join(sharedDir, "hofstede.csv"));
  const ethnic = readCsv(path.join(sharedDir, "ethnic_chinese.csv"));
  const capitals = readCsv(path.join(sharedDir, "capitals_distance.csv"));
  crossCheckShared(markets, hofstede, ethnic, capitals);

  const marketRows = markets
    .map((m) => {
      const role = ROLE_BY_GROUP[m.group ?? ""];
      if (!role) throw new Error(`${m.iso3}: unknown group "${m.group}"`);
      if (!/^[A-Z]{3}$/.test(m.iso3 ?? "")) throw new Error(`bad iso3 "${m.iso3}"`);
      return [m.iso3!, m.name!, m.region!, m.subregion!, role];
    })
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

  const capitalByIso = new Map(capitals.map((c) => [c.iso3!, c]));
  const values: ValueRow[] = [];
  for (const m of markets) {
    values.push(...sharedValueRows(m));
    values.push(distanceRow(m, capitalByIso.get(m.iso3!)!));
  }
  for (const e of ethnic) values.push(ethnicChineseRow(e));
  for (const [iso3, cd] of culturalDistances(hofstede)) values.push(culturalDistanceRow(iso3, cd));

  // every value must fit its indicator, and every indicator must have values
  const meta = new Map(readIndicatorMeta(dataDir).map((i) => [i.key, i]));
  const seen = new Set<string>();
  for (const v of values) {
    const i = meta.get(v.indicator);
    if (!i) throw new Error(`indicator ${v.indicator} is not in data/indicators.csv`);
    if (v.value < i.min || v.value > i.max) {
      throw new Error(`${v.market} ${v.indicator} ${v.year} = ${v.value} is outside ${i.min}..${i.max}`);
    }
    const id = `${v.market}|${v.indicator}|${v.year}`;
    if (seen.has(id)) throw new Error(`duplicate value ${id}`);
    seen.add(id);
  }
  for (const key of meta.keys()) {
    if (!values.some((v) => v.indicator === key)) throw new Error(`indicator ${key} has no values`);
  }

  values.sort((a, b) => a.market.localeCompare(b.market) || a.indicator.localeCompare(b.indicator) || a.year - b.year);
  return {
    "markets.csv": toCsv(MARKETS_HEADER, marketRows),
    "indicator-values.csv": toCsv(
      VALUES_HEADER,
      values.map((v) => [v.market, v.indicator, String(v.year), formatNumber(v.value), v.source, v.note]),
    ),
  };
}

function main(): void {
  const files = buildDataFiles(DEFAULT_SHARED_DIR);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(DATA_DIR, name), content, "utf8");
    console.log(`wrote data/${name} (${content.split("\n").length - 2} rows)`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
