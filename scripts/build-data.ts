/**
 * Builds the shipped market data from the shared, sourced data folder.
 *
 *   npm run data:build                      # or: npx tsx scripts/build-data.ts
 *
 * Input: OUTBOUND_SOURCE_DATA or ../../shared/data:
 * - world/economies.csv and world/indicators_long.csv (every World Bank economy plus Taiwan; their
 *   sources, editions and commits are in world/SOURCES.md);
 * - the 25-market files beside them: markets.csv (the role of each thesis market), hofstede.csv,
 *   ethnic_chinese.csv, capitals_distance.csv (sources.md).
 * Curated input: data/indicators.csv (indicator keys and plausible ranges).
 * Derived input: deriveEvidenceValues(data/) (indicators derived from data/evidence/*.csv).
 *
 * What it derives (see data/SOURCES.md):
 * - markets.csv: every economy with at least MIN_INDICATORS shipped indicators, with UN M49 region,
 *   World Bank income group and its role (the shared `group` for the 25 thesis-set markets,
 *   `other` for the rest).
 * - indicator-values.csv: for each economy and indicator the latest value and, when its year
 *   differs, the thesis-era value (2018; Findex 2017); median age also its last UN estimate (2021)
 *   beside the 2025 projection. Each row has kind, edition, source and locator (the original file
 *   and row). Computed values: distance to Beijing, cultural distance, ethnic-Chinese share.
 * The output is deterministic (sorted rows, LF, RFC 4180 quoting only where needed); a unit test
 * checks that building again gives exactly the committed files. Any inconsistency between the
 * shared files, or a value outside its indicator's plausible range, stops the build.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import {
  culturalDistanceRow,
  culturalDistances,
  distanceRow,
  ethnicChineseRow,
  haversineKm,
  HOFSTEDE_DIMENSIONS,
  parseNumber,
} from "./data/computed-values";
import { deriveEvidenceValues } from "./data/derived-evidence";
import {
  CAPITALS_HEADER,
  capitalRows,
  HOFSTEDE_HEADER,
  hofstedeRows,
  LAND_BORDERS_HEADER,
  landBorderRows,
} from "./data/home-geography";
import type { ValueRow } from "./data/value-row";
import { citation, MEDIAN_AGE, SERIES, type SourceId } from "./data/world-series";
import { buildSourceRegistry } from "./data/sources";

export { culturalDistances } from "./data/computed-values";

type Row = Record<string, string>;

export const DEFAULT_SHARED_DIR =
  process.env.OUTBOUND_SOURCE_DATA || path.resolve(import.meta.dirname, "../../shared/data");
export const DATA_DIR = path.resolve(import.meta.dirname, "../data");

export const MARKETS_HEADER = ["iso3", "name", "region", "subregion", "income_group", "role"] as const;
export const VALUES_HEADER = [
  "market",
  "indicator",
  "year",
  "value",
  "kind",
  "edition",
  "source",
  "locator",
  "note",
] as const;

/**
 * An economy is shipped when it has at least this many of the shipped indicators (any year): below
 * that a score would rest on too few criteria to mean anything (data/SOURCES.md section 2).
 */
export const MIN_INDICATORS = 6;

/** XKX and CHI have no UN M49 code, so no M49 region: said so rather than invented. */
export const UNCLASSIFIED_REGION = "Unclassified (no UN M49 code)";

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

// ---------------------------------------------------------------------------------------------
// Roles of the thesis set (shared markets.csv `group`)

const ROLE_BY_GROUP: Record<string, string> = {
  thesis_target_russia: "target_russia",
  thesis_target_sea: "target_sea",
  emerging_other: "emerging_other",
  reference_home: "home_reference",
  reference: "reference",
};

// ---------------------------------------------------------------------------------------------
// Notes: caveats a reader needs beside the figure

const URBAN_DEFINITION: Record<string, string> = {
  NPL: "national definition: Nepal's 2017 municipal reclassification raised the urban share",
  LKA: "national definition: Sri Lanka classes only a narrow set of areas as urban",
  SGP: "Singapore is 100% urban by definition",
};

/**
 * WDI publishes Russia's GDP per capita on a population about 1.7% larger than its SP.POP.TOTL
 * (GDP / GDP per capita = 145.97 million in 2025 against 143.51 million): the per-capita series is
 * not GDP / SP.POP.TOTL for Russia (data/SOURCES.md 4.1).
 */
const RUSSIA_PER_CAPITA =
  "WDI's per-capita figure for Russia uses a population about 1.7% above WDI's SP.POP.TOTL (implied by GDP / GDP per capita), so GDP / population differs from it; see data/SOURCES.md 4.1";

function noteFor(key: string, code: string, iso3: string, year: number, value: number, latest: boolean): string[] {
  const notes: string[] = [];
  if (code.startsWith("NY.GDP.") && code !== "NY.GDP.PCAP.PP.CD" && year === 2025) {
    notes.push("2025 value is a first World Bank estimate and will be revised");
  }
  if (key === "gdp_per_capita_usd" && iso3 === "RUS") notes.push(RUSSIA_PER_CAPITA);
  if (key === "gdp_per_capita_ppp_intl_usd") {
    if (!latest && iso3 !== "USA") notes.push("on ICP 2021 PPPs, so it differs from PPP figures published in 2018");
    if (iso3 === "USA") notes.push("equals nominal GDP per capita by construction (US$ is the PPP base)");
  }
  if (key === "urban_population_pct" && URBAN_DEFINITION[iso3]) notes.push(URBAN_DEFINITION[iso3]);
  if (key === "internet_users_pct" && value === 100) notes.push("reported by ITU as 100%");
  if (key === "secure_servers_per_million") {
    notes.push("certificate-count coverage shifts between years; compare countries within one year only");
  }
  if (key === "lpi_score") {
    notes.push(
      year === 2022
        ? "LPI 2023 edition; year = survey year (Sep-Nov 2022), as WDI files it; published with one decimal"
        : `LPI ${year} edition, filed by WDI under the edition year`,
    );
  }
  if (code.startsWith("FINDEX.") || code === "FX.OWN.TOTL.ZS") {
    notes.push(`Findex survey ${year}${year === 2022 ? " (2021 round, fielded in 2022)" : ""}`);
    if (code.startsWith("FINDEX.FIN")) notes.push("Findex does not ask this in high-income economies");
  }
  if (code.endsWith(".EST") && !latest) notes.push("as revised in the 2024 WGI update");
  if (code === "TI.CPI.SCORE") {
    notes.push(
      year === 2025
        ? "year = CPI edition (CPI 2025, published Feb 2026)"
        : `CPI ${year} score as carried in the CPI 2025 score timeseries; year = CPI edition`,
    );
  }
  return notes;
}

// ---------------------------------------------------------------------------------------------
// The long file

type Series = Map<string, Map<number, { value: number; raw: string; sourceId: SourceId }>>; // iso3 -> year -> value

function readLong(sharedDir: string): Map<string, Series> {
  const byCode = new Map<string, Series>();
  for (const r of readCsv(path.join(sharedDir, "world/indicators_long.csv"))) {
    const code = r.indicator!;
    const year = parseNumber(r.year!, `indicators_long ${r.iso3} ${code} year`);
    let series = byCode.get(code);
    if (!series) byCode.set(code, (series = new Map()));
    let years = series.get(r.iso3!);
    if (!years) series.set(r.iso3!, (years = new Map()));
    if (years.has(year)) throw new Error(`indicators_long: duplicate ${r.iso3} ${code} ${year}`);
    years.set(year, {
      value: parseNumber(r.value!, `${r.iso3} ${code} ${year}`),
      raw: r.value!,
      sourceId: r.source_id as SourceId,
    });
  }
  return byCode;
}

function seriesOf(long: Map<string, Series>, code: string): Series {
  const s = long.get(code);
  if (!s) throw new Error(`world/indicators_long.csv has no indicator ${code}`);
  return s;
}

function rowFromLong(
  key: string,
  code: string,
  sourceId: SourceId,
  iso3: string,
  year: number,
  value: number,
  latest: boolean,
): ValueRow {
  return {
    market: iso3,
    indicator: key,
    year,
    value,
    ...citation({ code, sourceId }, iso3, year),
    note: noteFor(key, code, iso3, year, value, latest).join("; "),
  };
}

/**
 * Findex 2021 did not ask how online purchases were paid in high-income economies; its file then
 * gives 0 for both fin27a and fin27b although fin26b (bought online) is well above 0 (e.g. USA 2021:
 * 74.7% bought online, "0%" paid online, "0%" paid cash). Those zeros mean "not asked": a gap. A
 * pair of zeros with fin26b > 0 cannot be a real answer, since fin27a and fin27b are subsets of
 * fin26b and one of the two must then be above 0.
 */
export function findexPaymentNotAsked(long: Map<string, Series>, iso3: string, year: number): boolean {
  const at = (code: string) => long.get(code)?.get(iso3)?.get(year)?.value;
  const bought = at("FINDEX.FIN26B");
  return at("FINDEX.FIN27A") === 0 && at("FINDEX.FIN27B") === 0 && bought !== undefined && bought > 0;
}

function worldValueRows(long: Map<string, Series>, iso3: string): ValueRow[] {
  const rows: ValueRow[] = [];
  for (const spec of SERIES) {
    const all = seriesOf(long, spec.code).get(iso3);
    const paymentCode = spec.code === "FINDEX.FIN27A" || spec.code === "FINDEX.FIN27B";
    const years =
      paymentCode && all ? new Map([...all].filter(([year]) => !findexPaymentNotAsked(long, iso3, year))) : all;
    if (!years || years.size === 0) continue; // a gap stays a gap
    const latestYear = Math.max(...years.keys());
    const latest = years.get(latestYear)!;
    if (latest.sourceId !== spec.sourceId)
      throw new Error(`${iso3} ${spec.code}: unexpected source ${latest.sourceId}`);
    rows.push(rowFromLong(spec.key, spec.code, spec.sourceId, iso3, latestYear, latest.value, true));
    if (spec.thesisYear !== null && spec.thesisYear !== latestYear) {
      const era = years.get(spec.thesisYear);
      if (era) rows.push(rowFromLong(spec.key, spec.code, spec.sourceId, iso3, spec.thesisYear, era.value, false));
    }
  }
  // median age: the 2025 projection (latest), the last estimate (2021) and the thesis-era estimate
  const estimates = seriesOf(long, MEDIAN_AGE.estimateCode).get(iso3);
  const projections = seriesOf(long, MEDIAN_AGE.projectionCode).get(iso3);
  const add = (code: string, years: Series extends Map<string, infer Y> ? Y : never, year: number, latest: boolean) => {
    const v = years.get(year);
    if (v) rows.push(rowFromLong(MEDIAN_AGE.key, code, "WPP2022_OWID", iso3, year, v.value, latest));
  };
  if (projections && projections.size > 0)
    add(MEDIAN_AGE.projectionCode, projections, Math.max(...projections.keys()), true);
  if (estimates && estimates.size > 0) {
    const lastEstimate = Math.max(...estimates.keys());
    add(MEDIAN_AGE.estimateCode, estimates, lastEstimate, !projections);
    if (lastEstimate !== MEDIAN_AGE.thesisYear) add(MEDIAN_AGE.estimateCode, estimates, MEDIAN_AGE.thesisYear, false);
  }
  for (const r of rows) {
    if (r.indicator === MEDIAN_AGE.key && r.kind === "projection") {
      r.note =
        "UN WPP 2022 medium-variant projection for this year, not an estimate (the edition's estimates end in 2021)";
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Consistency checks between the shared files

function crossCheckShared(
  thesisSet: Row[],
  economies: Map<string, Row>,
  hofstede: Row[],
  ethnic: Row[],
  capitals: Row[],
): void {
  const byIso = new Map(thesisSet.map((m) => [m.iso3!, m]));
  for (const m of thesisSet) {
    if (!economies.has(m.iso3!)) throw new Error(`markets.csv: ${m.iso3} is not in world/economies.csv`);
  }
  for (const h of hofstede) {
    if (!h.iso3_if_in_markets) continue;
    const m = byIso.get(h.iso3_if_in_markets);
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
  }
  // the world capitals (4 decimals) must reproduce the 25-market distances (shared sources.md 4.1)
  const beijing = beijingOf(economies);
  for (const c of capitals) {
    const e = economies.get(c.iso3!);
    if (!e) throw new Error(`capitals_distance.csv: ${c.iso3} not in world/economies.csv`);
    const km = haversineKm(
      parseNumber(e.capital_lat!, "lat"),
      parseNumber(e.capital_lon!, "lon"),
      beijing.lat,
      beijing.lon,
    );
    const shared = parseNumber(c.distance_to_beijing_km!, `${c.iso3} capitals distance`);
    if (Math.abs(km - shared) > 0.5) {
      throw new Error(
        `distance of ${c.iso3}: ${km.toFixed(1)} km from world/economies.csv vs ${shared} in capitals_distance.csv`,
      );
    }
  }
  if (capitals.length !== thesisSet.length)
    throw new Error("capitals_distance.csv does not cover every thesis-set market");
}

function beijingOf(economies: Map<string, Row>): { lat: number; lon: number } {
  const chn = economies.get("CHN");
  if (!chn) throw new Error("world/economies.csv has no CHN row");
  return { lat: parseNumber(chn.capital_lat!, "CHN lat"), lon: parseNumber(chn.capital_lon!, "CHN lon") };
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

/** Pure: reads the shared folder (and data/indicators.csv, data/evidence) and returns file name -> content. */
export function buildDataFiles(sharedDir: string, dataDir: string = DATA_DIR): Record<string, string> {
  const economyRows = readCsv(path.join(sharedDir, "world/economies.csv"));
  const economies = new Map(economyRows.map((e) => [e.iso3!, e]));
  const thesisSet = readCsv(path.join(sharedDir, "markets.csv"));
  const hofstede = readCsv(path.join(sharedDir, "hofstede.csv"));
  const ethnic = readCsv(path.join(sharedDir, "ethnic_chinese.csv"));
  const capitals = readCsv(path.join(sharedDir, "capitals_distance.csv"));
  crossCheckShared(thesisSet, economies, hofstede, ethnic, capitals);
  const long = readLong(sharedDir);
  for (const series of long.values()) {
    for (const iso3 of series.keys()) {
      if (!economies.has(iso3)) throw new Error(`indicators_long.csv: ${iso3} is not in economies.csv`);
    }
  }

  const beijing = beijingOf(economies);
  const cultural = culturalDistances(hofstede);
  const hofstedeCode = new Map(
    hofstede.filter((h) => h.iso3_if_in_markets).map((h) => [h.iso3_if_in_markets!, h.hofstede_code!]),
  );
  const candidates: ValueRow[] = [];
  for (const e of economyRows) {
    if (!/^[A-Z]{3}$/.test(e.iso3 ?? "")) throw new Error(`world/economies.csv: bad iso3 "${e.iso3}"`);
    candidates.push(...worldValueRows(long, e.iso3!));
    const distance = distanceRow(e, beijing);
    if (distance) candidates.push(distance);
  }
  for (const e of ethnic) candidates.push(ethnicChineseRow(e));
  for (const [iso3, cd] of cultural) candidates.push(culturalDistanceRow(iso3, cd, hofstedeCode.get(iso3)!));
  candidates.push(
    ...deriveEvidenceValues(
      dataDir,
      economyRows.map((e) => e.iso3!),
    ),
  );

  // which economies ship: at least MIN_INDICATORS shipped indicators; the thesis set always qualifies
  const indicatorsOf = new Map<string, Set<string>>();
  for (const v of candidates) {
    let set = indicatorsOf.get(v.market);
    if (!set) indicatorsOf.set(v.market, (set = new Set()));
    set.add(v.indicator);
  }
  const roleOf = new Map(thesisSet.map((m) => [m.iso3!, ROLE_BY_GROUP[m.group ?? ""]]));
  for (const [iso3, role] of roleOf) if (!role) throw new Error(`markets.csv: ${iso3} has an unknown group`);
  const shipped = economyRows.filter((e) => (indicatorsOf.get(e.iso3!)?.size ?? 0) >= MIN_INDICATORS);
  for (const iso3 of roleOf.keys()) {
    if (!shipped.some((e) => e.iso3 === iso3))
      throw new Error(`thesis-set market ${iso3} has fewer than ${MIN_INDICATORS} indicators`);
  }
  const shippedIso = new Set(shipped.map((e) => e.iso3!));
  const values = candidates.filter((v) => shippedIso.has(v.market));

  const marketRows = shipped
    .map((e) => {
      const unclassified = e.region === "" && e.subregion === "";
      return [
        e.iso3!,
        e.name!,
        unclassified ? UNCLASSIFIED_REGION : e.region!,
        unclassified ? UNCLASSIFIED_REGION : e.subregion!,
        e.income_group ?? "",
        roleOf.get(e.iso3!) ?? "other",
      ];
    })
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

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
    // inputs of the home-relative criteria for any home market (docs/decisions/017)
    "home/capitals.csv": toCsv(CAPITALS_HEADER, capitalRows(economyRows, shippedIso)),
    "home/land-borders.csv": toCsv(LAND_BORDERS_HEADER, landBorderRows(shippedIso)),
    "home/hofstede.csv": toCsv(HOFSTEDE_HEADER, hofstedeRows(hofstede, new Set(economies.keys()))),
    "markets.csv": toCsv(MARKETS_HEADER, marketRows),
    // how a reader cites each source (issue 11 §6); the seed documents sit beside the shared data
    "sources.json": `${JSON.stringify(buildSourceRegistry(path.resolve(sharedDir, "../seeds")), null, 2)}\n`,
    "indicator-values.csv": toCsv(
      VALUES_HEADER,
      values.map((v) => [
        v.market,
        v.indicator,
        String(v.year),
        formatNumber(v.value),
        v.kind,
        v.edition,
        v.source,
        v.locator,
        v.note,
      ]),
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
