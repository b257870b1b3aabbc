/**
 * Values the data build computes from other sourced figures (kind `computed`): great-circle distance
 * to Beijing, Kogut-Singh cultural distance to China and the ethnic-Chinese population share.
 * Each carries the data year of its newest input, never a "year computed", and its note says what
 * it was computed from.
 */
import type { ValueRow } from "./value-row";

type Row = Record<string, string>;

export function parseNumber(raw: string, what: string): number {
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n)) throw new Error(`${what}: not a number: "${raw}"`);
  return n;
}

export function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

// ---------------------------------------------------------------------------------------------
// Distance to Beijing (shared sources.md 4.1)

/** IUGG mean Earth radius, as the shared data set uses (sources.md 4.1). */
const EARTH_RADIUS_KM = 6371.0088;

/** Haversine great-circle distance in km on a sphere of the IUGG mean radius. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Natural Earth 4.0.0 (released 2017-11-03) is the version in the GeoJSON repository's README at the
 * commit the capitals were read from (world/SOURCES.md 1.2): the newest input, so the value's year.
 */
const NATURAL_EARTH_YEAR = 2017;
const NATURAL_EARTH = "Natural Earth 4.0.0 (2017-11-03) populated places";
const NE_REPO = "github.com/martynafford/natural-earth-geojson@9026645";

/** Capitals the shared files chose among several Natural Earth points (world/SOURCES.md 1.2). */
const CAPITAL_CHOICE: Record<string, string> = {
  MYS: "Kuala Lumpur, not Putrajaya",
  LKA: "Colombo, not Sri Jayawardenepura Kotte",
  ZAF: "Pretoria, one of three capitals",
  BOL: "Sucre (de jure), not La Paz",
  CIV: "Yamoussoukro (de jure), not Abidjan",
  BEN: "Porto-Novo (de jure), not Cotonou",
  TZA: "Dodoma (de jure), not Dar es Salaam",
  PSE: "Ramallah (Natural Earth region capital)",
};

export function distanceRow(economy: Row, beijing: { lat: number; lon: number }): ValueRow | null {
  if (economy.capital_lat === "" || economy.capital_lon === "") return null;
  const lat = parseNumber(economy.capital_lat!, `${economy.iso3} capital_lat`);
  const lon = parseNumber(economy.capital_lon!, `${economy.iso3} capital_lon`);
  const km = Math.round(haversineKm(lat, lon, beijing.lat, beijing.lon));
  return {
    market: economy.iso3!,
    indicator: "distance_to_beijing_km",
    year: NATURAL_EARTH_YEAR,
    value: km,
    kind: "computed",
    edition: `computed from ${NATURAL_EARTH}`,
    source:
      "Computed for Outbound: haversine distance on a 6371.0088 km sphere between the capital and Beijing, " +
      `coordinates from ${NATURAL_EARTH} via ${NE_REPO}`,
    locator: `shared world/economies.csv, iso3=${economy.iso3} (capital ${economy.capital}, ${lat}, ${lon}); Beijing 39.9289, 116.3883`,
    note: [
      `capital used: ${CAPITAL_CHOICE[economy.iso3!] ?? economy.capital}`,
      "up to about 0.5% off an ellipsoidal geodesic",
      "distance does not change over time; year = Natural Earth version year",
    ].join("; "),
  };
}

// ---------------------------------------------------------------------------------------------
// Cultural distance to China (Kogut & Singh 1988)

export const HOFSTEDE_DIMENSIONS = [
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
const REQUIRED_DIMENSIONS: readonly Dimension[] = ["power_distance", "individualism", "masculinity", "uncertainty_avoidance"];
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
 * and sub-national aggregates excluded). Only rows the shared file maps to an ISO3 code
 * (`iso3_if_in_markets`) get a value: the others have no reliable code mapping.
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

export function culturalDistanceRow(iso3: string, cd: CulturalDistance, hofstedeCode: string): ValueRow {
  return {
    market: iso3,
    indicator: "cultural_distance_china",
    year: HOFSTEDE_YEAR,
    value: cd.value,
    kind: "computed",
    edition: "computed from Hofstede 6-dimension file (2015-08-16)",
    source:
      "Computed by scripts/build-data.ts: Kogut & Singh (1988) index against China on Geert Hofstede's " +
      "6-dimension data file of 2015-08-16, via github.com/HoaMacDanh/GEO @1930b2f",
    locator:
      `github.com/HoaMacDanh/GEO@1930b2f 6-dimensions-for-website-2015-08-16.csv, ctr=${hofstedeCode} and ctr=CHI ` +
      "(variances over all country rows)",
    note: [
      `dimensions used: ${cd.dimensions.map((d) => DIMENSION_ABBR[d]).join(", ")}`,
      "variances over the file's country rows, regional aggregates excluded",
      "year = version of the Hofstede file; the scores stem from surveys over several decades",
    ].join("; "),
  };
}

// ---------------------------------------------------------------------------------------------
// Ethnic-Chinese share (shared sources.md 4.2)

const ETHNIC_NOTES: Record<string, string> = {
  SGP: "the count presumably covers residents only while WDI population includes non-residents, so this understates the Chinese share among residents",
  THA: "the count is an estimate (no ethnicity census)",
  PHL: "the count is an estimate (no ethnicity census)",
};

export function ethnicChineseRow(e: Row): ValueRow {
  const year = parseNumber(e.year!, `${e.iso3} ethnic Chinese year`);
  const count = parseNumber(e.ethnic_chinese_population!, `${e.iso3} ethnic Chinese count`);
  const population = parseNumber(e.wdi_total_population_same_year!, `${e.iso3} population`);
  const pct = round((count / population) * 100, 4);
  // the shared file rounds the same quotient to 2 decimals: a mismatch means an input changed
  if (round(pct, 2) !== parseNumber(e.computed_pct_of_total_population!, `${e.iso3} shared share`)) {
    throw new Error(`ethnic Chinese share of ${e.iso3}: ${pct} does not round to the shared value`);
  }
  return {
    market: e.iso3!,
    indicator: "ethnic_chinese_pct",
    year,
    value: pct,
    kind: "computed",
    edition: `computed from the Wikipedia 'Overseas Chinese' infobox count (${year}) and WDI population`,
    source:
      `Computed for Outbound: ethnic-Chinese count ${e.ethnic_chinese_population} (${year}) from the English Wikipedia ` +
      `'Overseas Chinese' infobox (secondary; underlying reference not verified) / World Bank WDI SP.POP.TOTL ${year} ` +
      `(${e.wdi_total_population_same_year})`,
    locator:
      `https://en.wikipedia.org/wiki/Overseas_Chinese infobox footnote ${e.infobox_footnote} (shared ethnic_chinese.csv, iso3=${e.iso3}); ` +
      `github.com/datasets/world-development-indicators@4ebec5a indicators/sp.pop.totl/data.csv, Country Code=${e.iso3}, Year=${year}`,
    note: ["counts mix censuses and estimates; count and population may cover different bases", ETHNIC_NOTES[e.iso3!] ?? ""]
      .filter((n) => n !== "")
      .join("; "),
  };
}
