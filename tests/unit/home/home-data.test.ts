import { readFileSync } from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

// The shipped inputs of the home-relative criteria (data/home/*.csv, docs/decisions/017).

const DATA = path.resolve(import.meta.dirname, "../../../data");
const readCsv = (file: string) =>
  parse(readFileSync(path.join(DATA, file), "utf8"), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];

describe("data/home", () => {
  it("holds every country row of the Hofstede 2015 file (110 rows less 10 regional aggregates), each with its own ISO3", () => {
    const rows = readCsv("home/hofstede.csv");
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => r.iso3)).size).toBe(100);
    const names = rows.map((r) => r.country);
    for (const aggregate of ["Africa East", "Arab countries", "Belgium French", "Germany East", "South Africa white"]) {
      expect(names).not.toContain(aggregate);
    }
    // the file's own codes are not ISO codes: its SLV is Slovenia, ISO's SLV is El Salvador
    expect(rows.find((r) => r.hofstede_code === "SLV")?.iso3).toBe("SVN");
    expect(rows.find((r) => r.hofstede_code === "SAL")?.iso3).toBe("SLV");
    expect(rows.find((r) => r.country === "U.S.A.")?.iso3).toBe("USA");
  });

  it("lists each land border in both directions; islands have none", () => {
    const borders = readCsv("home/land-borders.csv");
    const set = new Set(borders.map((b) => `${b.iso3}>${b.neighbour}`));
    for (const b of borders) expect(set.has(`${b.neighbour}>${b.iso3}`), `${b.iso3}-${b.neighbour}`).toBe(true);
    for (const island of ["SGP", "JPN", "AUS", "NZL", "PHL"])
      expect(borders.some((b) => b.iso3 === island)).toBe(false);
    const of = (iso3: string) => borders.filter((b) => b.iso3 === iso3).map((b) => b.neighbour);
    // China's 14 land neighbours (CIA World Factbook) are all among the shipped economies it borders
    for (const n of ["AFG", "BTN", "IND", "KAZ", "KGZ", "LAO", "MNG", "MMR", "NPL", "PAK", "RUS", "TJK", "VNM"]) {
      expect(of("CHN")).toContain(n);
    }
    expect(of("USA").sort()).toEqual(["CAN", "MEX"]);
  });

  it("gives a capital with coordinates for the thesis markets", () => {
    const capitals = new Map(readCsv("home/capitals.csv").map((c) => [c.iso3, c]));
    for (const iso3 of ["CHN", "RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM", "USA"]) {
      expect(Number.isFinite(Number(capitals.get(iso3)?.capital_lat)), iso3).toBe(true);
    }
    expect(capitals.get("CHN")?.capital).toBe("Beijing");
  });
});
