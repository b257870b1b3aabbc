import { readFileSync } from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import {
  CONTIGUITY_DISTANCE_DIVISOR,
  EARTH_RADIUS_KM,
  haversineKm,
  homeRelativeMeasures,
  hofstedeVariances,
  kogutSinghIndex,
  type HofstedeScores,
  type MarketGeography,
} from "@/lib/scoring/home";

const DATA = path.resolve(import.meta.dirname, "../../../data");
const readCsv = (file: string) =>
  parse(readFileSync(path.join(DATA, file), "utf8"), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
const num = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));

function shippedGeographies(): MarketGeography[] {
  const borders = readCsv("home/land-borders.csv");
  return readCsv("home/capitals.csv").map((c) => ({
    iso3: c.iso3!,
    capitalLat: Number(c.capital_lat),
    capitalLon: Number(c.capital_lon),
    landNeighbours: borders.filter((b) => b.iso3 === c.iso3).map((b) => b.neighbour!),
  }));
}

function shippedHofstede(): HofstedeScores[] {
  return readCsv("home/hofstede.csv").map((h) => ({
    iso3: h.iso3!,
    powerDistance: num(h.power_distance),
    individualism: num(h.individualism),
    masculinity: num(h.masculinity),
    uncertaintyAvoidance: num(h.uncertainty_avoidance),
    longTermOrientation: num(h.long_term_orientation),
    indulgence: num(h.indulgence),
  }));
}

const fourDims = (iso3: string, pdi: number, idv: number, mas: number, uai: number): HofstedeScores => ({
  iso3,
  powerDistance: pdi,
  individualism: idv,
  masculinity: mas,
  uncertaintyAvoidance: uai,
  longTermOrientation: null,
  indulgence: null,
});

describe("haversine distance between capitals", () => {
  it("a quarter of the equator is πR/2", () => {
    expect(haversineKm(0, 0, 0, 90)).toBeCloseTo((Math.PI * EARTH_RADIUS_KM) / 2, 6);
  });

  it("Beijing to Moscow matches the shared capitals file (5,790.9 km)", () => {
    // shared capitals_distance.csv, RUS; Beijing 39.9289, 116.3883 and Moscow 55.7522, 37.6155 (Natural Earth)
    expect(haversineKm(39.9289, 116.3883, 55.7522, 37.6155)).toBeCloseTo(5790.9, 0);
  });
});

describe("Kogut-Singh cultural distance", () => {
  // Three countries by hand. Sample variances: PDI (80,40,60) 400; IDV (20,90,40) 1300;
  // MAS (60,60,30) 300; UAI (30,50,70) 400.
  const a = fourDims("AAA", 80, 20, 60, 30);
  const b = fourDims("BBB", 40, 90, 60, 50);
  const c = fourDims("CCC", 60, 40, 30, 70);
  const variances = hofstedeVariances([a, b, c]);

  it("takes sample variances over every country row", () => {
    expect(variances.powerDistance).toBeCloseTo(400, 10);
    expect(variances.individualism).toBeCloseTo(1300, 10);
    expect(variances.masculinity).toBeCloseTo(300, 10);
    expect(variances.uncertaintyAvoidance).toBeCloseTo(400, 10);
  });

  it("is the mean of squared differences over variances, computed by hand", () => {
    // B from A: (1600/400 + 4900/1300 + 0/300 + 400/400) / 4 = 2.1923077
    expect(kogutSinghIndex(b, a, variances)?.value).toBeCloseTo(2.1923077, 6);
    // C from A: (400/400 + 400/1300 + 900/300 + 1600/400) / 4 = 2.0769231
    expect(kogutSinghIndex(c, a, variances)?.value).toBeCloseTo(2.0769231, 6);
    expect(kogutSinghIndex(a, a, variances)?.value).toBe(0);
  });

  it("is a gap when one of the four original dimensions is missing", () => {
    const partial = { ...a, iso3: "DDD", masculinity: null };
    expect(kogutSinghIndex(partial, a, variances)).toBeNull();
  });

  it("from China reproduces the data build's cultural distance to China for every market it covers", () => {
    const measures = homeRelativeMeasures("CHN", shippedGeographies(), shippedHofstede());
    const stored = readCsv("indicator-values.csv").filter((v) => v.indicator === "cultural_distance_china");
    expect(stored.length).toBeGreaterThan(10);
    for (const v of stored) {
      if (v.market === "CHN") continue;
      expect(measures.get(v.market!)?.culturalDistance?.value, v.market).toBeCloseTo(Number(v.value), 4);
    }
  });

  it("from the United States: Russia is further than Germany", () => {
    // Hofstede: USA 40/91/62/46, DEU 35/67/66/65, RUS 93/39/36/95 (PDI/IDV/MAS/UAI)
    const measures = homeRelativeMeasures("USA", shippedGeographies(), shippedHofstede());
    expect(measures.get("RUS")!.culturalDistance!.value).toBeGreaterThan(measures.get("DEU")!.culturalDistance!.value);
  });
});

describe("neighbours are near", () => {
  const geographies = shippedGeographies();
  const hofstede = shippedHofstede();

  it("Russia shares a land border with China and with Kazakhstan", () => {
    expect(homeRelativeMeasures("CHN", geographies, hofstede).get("RUS")?.contiguous).toBe(true);
    expect(homeRelativeMeasures("KAZ", geographies, hofstede).get("RUS")?.contiguous).toBe(true);
    expect(homeRelativeMeasures("CHN", geographies, hofstede).get("JPN")?.contiguous).toBe(false);
  });

  it("a neighbour's distance is its capital distance divided by exp(0.49 / 0.89)", () => {
    expect(CONTIGUITY_DISTANCE_DIVISOR).toBeCloseTo(1.73423, 5); // 0.49 / 0.89 = 0.550562, e^0.550562 = 1.73423;
    const russia = homeRelativeMeasures("CHN", geographies, hofstede).get("RUS")!;
    expect(russia.capitalDistanceKm).toBeCloseTo(5790.9, 0);
    expect(russia.proximityDistanceKm).toBeCloseTo(5790.9 / 1.73423, 0);
    const japan = homeRelativeMeasures("CHN", geographies, hofstede).get("JPN")!;
    expect(japan.proximityDistanceKm).toBe(japan.capitalDistanceKm);
  });

  it("from the United States, Washington to Ottawa is about 735 km, Canada and Mexico are neighbours", () => {
    const usa = homeRelativeMeasures("USA", geographies, hofstede);
    // Washington 38.8995,-77.0094 to Ottawa 45.4167,-75.7000: about 730-740 km (great circle)
    expect(usa.get("CAN")!.capitalDistanceKm).toBeGreaterThan(720);
    expect(usa.get("CAN")!.capitalDistanceKm).toBeLessThan(750);
    expect(usa.get("CAN")!.contiguous).toBe(true);
    expect(usa.get("MEX")!.contiguous).toBe(true);
  });
});

describe("the home market", () => {
  it("is not a candidate: it gets no home-relative measure", () => {
    const measures = homeRelativeMeasures("USA", shippedGeographies(), shippedHofstede());
    expect(measures.has("USA")).toBe(false);
    expect(measures.has("CHN")).toBe(true);
  });

  it("without coordinates or Hofstede scores leaves gaps, not zeros", () => {
    const geo: MarketGeography[] = [
      { iso3: "AAA", capitalLat: null, capitalLon: null, landNeighbours: [] },
      { iso3: "BBB", capitalLat: 10, capitalLon: 10, landNeighbours: [] },
    ];
    const m = homeRelativeMeasures("AAA", geo, [fourDims("BBB", 1, 2, 3, 4), fourDims("CCC", 4, 3, 2, 1)]).get("BBB")!;
    expect(m.capitalDistanceKm).toBeNull();
    expect(m.proximityDistanceKm).toBeNull();
    expect(m.culturalDistance).toBeNull();
  });
});
