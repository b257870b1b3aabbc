import { expect, test } from "vitest";

import type { ScoringData } from "@/lib/contracts/api";
import { packScoringData, unpackScoringData } from "@/lib/workspace/packed-data";

// The workspace's data packed for the browser must unpack to exactly what the server read: every
// value, year, source, note and origin, gaps stay gaps; and each source travels once.

const indicator = (key: string, origin?: "user") => ({
  key,
  name: key,
  definition: "d",
  unit: "u",
  direction: "benefit" as const,
  criteriaGroup: "g",
  publisher: "p",
  dataset: "s",
  defaultWeight: 0.5,
  decimals: 1,
  ...(origin ? { origin } : {}),
});

const WDI = "World Bank WDI, via github.com/datasets/world-development-indicators @4ebec5a (2026-07-01)";

const data: ScoringData = {
  datasetVersion: "2026.11.1",
  criteriaGroups: [{ key: "g", name: "G", description: "", measurement: "public_data", defaultWeight: 1 }],
  indicators: [indicator("gdp"), indicator("internet"), indicator("rating", "user")],
  markets: [
    {
      iso3: "VNM",
      name: "Vietnam",
      region: "Asia",
      subregion: "South-eastern Asia",
      incomeGroup: null,
      role: "target_sea",
    },
    {
      iso3: "RUS",
      name: "Russia",
      region: "Europe",
      subregion: "Eastern Europe",
      incomeGroup: null,
      role: "target_russia",
    },
    {
      iso3: "XYZ",
      name: "Own market",
      region: "Asia",
      subregion: "x",
      incomeGroup: null,
      role: "reference",
      origin: "user",
    },
  ],
  values: {
    VNM: {
      gdp: { value: 429.7e9, year: 2023, source: WDI, note: null },
      internet: { value: 80.25, year: 2024, source: "Panel, Q4 2024", note: "ours wins", origin: "user" },
      rating: { value: 4, year: 2026, source: "Strategy team", note: null, origin: "user" },
    },
    // No internet value: a gap, which must not come back as anything.
    RUS: { gdp: { value: 2.02e12, year: 2023, source: WDI, note: "same source as VNM's", origin: "dataset" } },
    XYZ: {},
  },
};

test("packing then unpacking gives back the same data, gaps and origins included", () => {
  const unpacked = unpackScoringData(packScoringData(data));
  expect(unpacked).toEqual(data);
  expect(unpacked.values.RUS).not.toHaveProperty("internet");
  expect(unpacked.values.VNM?.gdp).not.toHaveProperty("origin");
});

test("a value whose indicator is not in the list (user data) survives too", () => {
  const extra = structuredClone(data);
  extra.values.VNM!.orphan = { value: 1, year: 2020, source: "x", note: null, origin: "user" };
  expect(unpackScoringData(packScoringData(extra))).toEqual(extra);
});

test("each source and note is sent once, however many values cite it", () => {
  const json = JSON.stringify(packScoringData(data));
  expect(json.split(WDI).length - 1).toBe(1);
  expect(json.length).toBeLessThan(JSON.stringify(data).length);
});

test("a value's kind (e.g. computed) survives packing; values without one stay without", () => {
  const withKind = structuredClone(data);
  // `kind` is optional in the contract: older data sets have none.
  Object.assign(withKind.values.RUS!.gdp!, { kind: "computed" });
  const unpacked = unpackScoringData(packScoringData(withKind));
  expect(unpacked).toEqual(withKind);
  expect(unpacked.values.RUS?.gdp).toHaveProperty("kind", "computed");
  expect(unpacked.values.VNM?.gdp).not.toHaveProperty("kind");
});
