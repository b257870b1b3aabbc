/**
 * What home-relative criteria need for any home market (docs/decisions/017-home-country-and-distance.md):
 * each economy's capital coordinates, its land neighbours and the Hofstede scores of every country
 * row of the 2015 file. The app computes distance, contiguity and cultural distance from the chosen
 * home at run time (lib/scoring/home.ts); these files only carry the sourced inputs.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

import { ISO_NUMERIC } from "../../components/charts/iso-numeric";
import { HOFSTEDE_DIMENSIONS, parseNumber } from "./computed-values";

type Row = Record<string, string>;

export const CAPITALS_HEADER = ["iso3", "capital", "capital_lat", "capital_lon"] as const;
export const LAND_BORDERS_HEADER = ["iso3", "neighbour"] as const;
export const HOFSTEDE_HEADER = ["hofstede_code", "country", "iso3", ...HOFSTEDE_DIMENSIONS] as const;

/** Capital coordinates of the shipped economies, as world/economies.csv gives them (Natural Earth 4.0.0). */
export function capitalRows(economies: readonly Row[], shipped: ReadonlySet<string>): string[][] {
  return economies
    .filter((e) => shipped.has(e.iso3!) && e.capital_lat !== "" && e.capital_lon !== "")
    .map((e) => {
      parseNumber(e.capital_lat!, `${e.iso3} capital_lat`);
      parseNumber(e.capital_lon!, `${e.iso3} capital_lon`);
      return [e.iso3!, e.capital!, e.capital_lat!, e.capital_lon!];
    })
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/**
 * Land borders between shipped economies: two countries are neighbours when their polygons in
 * world-atlas 2.0.2 countries-50m (Natural Earth 50m admin-0, 4.1.0) share an arc, which
 * topojson-client's `neighbors` finds. A country's overseas territories belong to its polygon there,
 * so France borders Brazil and Suriname through French Guiana (data/SOURCES.md). Polygons without an
 * ISO numeric id (Kosovo, Northern Cyprus, Somaliland) are left out: their borders stay gaps.
 */
export function landBorderRows(shipped: ReadonlySet<string>): string[][] {
  const require = createRequire(import.meta.url);
  const file = require.resolve("world-atlas/countries-50m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology<{ countries: GeometryCollection }>;
  const geometries = topology.objects.countries.geometries;
  const isoOfNumeric = new Map(Object.entries(ISO_NUMERIC).map(([iso3, numeric]) => [numeric, iso3]));
  const iso = geometries.map((g) => (g.id === undefined ? undefined : isoOfNumeric.get(String(g.id))));
  const pairs = new Set<string>();
  neighbors(geometries).forEach((list, i) => {
    const a = iso[i];
    if (!a || !shipped.has(a)) return;
    for (const j of list) {
      const b = iso[j];
      if (b && b !== a && shipped.has(b)) pairs.add(`${a},${b}`);
    }
  });
  return [...pairs]
    .map((p) => p.split(","))
    .sort((x, y) => x[0]!.localeCompare(y[0]!) || x[1]!.localeCompare(y[1]!));
}

/**
 * Every country row of the Hofstede 2015 file with its ISO3 code; the ten regional and sub-national
 * aggregates are left out. The codes come from scripts/data/hofstede-iso3.csv (matched by country
 * name to world/economies.csv; Turkey by the shared file's code; eight names matched by hand): the file's own codes are not ISO codes
 * (its SLV is Slovenia, ISO's SLV is El Salvador).
 */
export function hofstedeRows(hofstede: readonly Row[], economies: ReadonlySet<string>): string[][] {
  const mappingFile = path.join(import.meta.dirname, "hofstede-iso3.csv");
  const mapping = parse(readFileSync(mappingFile, "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
  const isoOf = new Map(mapping.map((m) => [m.hofstede_code!, m]));
  const countries = hofstede.filter((h) => h.is_regional_or_subnational_aggregate === "no");
  const seen = new Set<string>();
  const rows = countries.map((h) => {
    const m = isoOf.get(h.hofstede_code!);
    if (!m || m.country !== h.country) throw new Error(`hofstede-iso3.csv: no code for ${h.hofstede_code} ${h.country}`);
    const iso3 = m.iso3!;
    if (!economies.has(iso3)) throw new Error(`hofstede-iso3.csv: ${iso3} is not in world/economies.csv`);
    if (h.iso3_if_in_markets && h.iso3_if_in_markets !== iso3) {
      throw new Error(`hofstede-iso3.csv: ${h.hofstede_code} is ${iso3} but the shared file says ${h.iso3_if_in_markets}`);
    }
    if (seen.has(iso3)) throw new Error(`hofstede-iso3.csv: ${iso3} mapped twice`);
    seen.add(iso3);
    for (const d of HOFSTEDE_DIMENSIONS) if (h[d] !== "") parseNumber(h[d]!, `${h.hofstede_code} ${d}`);
    return [h.hofstede_code!, h.country!, iso3, ...HOFSTEDE_DIMENSIONS.map((d) => h[d] ?? "")];
  });
  if (mapping.length !== rows.length) throw new Error("hofstede-iso3.csv: rows that match no country row");
  return rows.sort((a, b) => a[2]!.localeCompare(b[2]!));
}
