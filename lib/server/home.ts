import "server-only";

import type { IndicatorMeta } from "@/lib/contracts/api";
import type { HomeMarket } from "@/lib/contracts/home";
import { getPrisma } from "@/lib/db/client";
import { findMarketCapital, readHofstedeScores, readMarketGeographies, type ValueRow } from "@/lib/db/markets";
import { RequestError } from "@/lib/http/errors";
import {
  CONTIGUITY_DISTANCE_DIVISOR,
  DEFAULT_HOME,
  homeRelativeMeasures,
  type HofstedeDimension,
  type HomeRelativeMeasure,
} from "@/lib/scoring/home";

import { cachedByData } from "./cache";

// The firm's home market as a choice (docs/decisions/017-home-country-and-distance.md): the
// home-relative indicators are computed from the chosen home at read time, from the capitals,
// land borders and Hofstede scores the data set ships; the rest of the app reads them like any
// other value. The indicator keys keep their names (saved scenarios and links use them); their
// labels name the home.

export const DISTANCE = "distance_to_beijing_km";
export const CULTURAL_DISTANCE = "cultural_distance_china";
/** Measured only from China: the data set has no diaspora counts or trade-agreement lists for other homes. */
export const CHINA_ONLY = ["ethnic_chinese_pct", "trade_agreement_with_china"] as const;
/** The criteria group of the home-relative indicators (data/criteria-groups.csv). */
export const PROXIMITY_GROUP = "proximity";
const HOME_RELATIVE = new Set<string>([DISTANCE, CULTURAL_DISTANCE, ...CHINA_ONLY]);
export const CHINA_ONLY_INDICATORS: readonly string[] = CHINA_ONLY;
export const HOME_RELATIVE_INDICATORS: readonly string[] = [...HOME_RELATIVE];

/** Natural Earth 4.0.0 (2017-11-03): the capitals' source version, the distance's data year (data/SOURCES.md). */
const CAPITALS_YEAR = 2017;
/** Hofstede's 6-dimension file of 2015-08-16: the cultural distance's data year. */
const HOFSTEDE_YEAR = 2015;

const DIMENSION_ABBR: Record<HofstedeDimension, string> = {
  powerDistance: "PDI",
  individualism: "IDV",
  masculinity: "MAS",
  uncertaintyAvoidance: "UAI",
  longTermOrientation: "LTO",
  indulgence: "IVR",
};

export class UnknownHomeError extends RequestError {
  constructor(iso3: string) {
    super(
      400,
      "unknown_home",
      `home: "${iso3}" is not a market in the data set; give the ISO 3166 alpha-3 code of a market listed at GET /api/v1/markets (default ${DEFAULT_HOME}).`,
      [{ path: "home", message: `no market with code ${iso3}` }],
    );
  }
}

export interface HomeContext {
  home: HomeMarket;
  /** Each other market's measures from the home (the home market itself has none: it is not a candidate). */
  measures: Map<string, HomeRelativeMeasure>;
}

/** The home market and every market's distances from it; an unknown home is a 400. */
export async function homeContext(home: string = DEFAULT_HOME): Promise<HomeContext> {
  return cachedByData(`home:${home}`, () => readHomeContext(home));
}

async function readHomeContext(home: string): Promise<HomeContext> {
  const prisma = await getPrisma();
  const [market, geographies, hofstede] = await Promise.all([
    findMarketCapital(prisma, home),
    readMarketGeographies(prisma),
    readHofstedeScores(prisma),
  ]);
  if (!market) throw new UnknownHomeError(home);
  return {
    home: { iso3: home, name: market.name, capital: market.capital },
    measures: homeRelativeMeasures(home, geographies, hofstede),
  };
}

/**
 * The stored values with the home-relative ones measured from the home: the data set's distance
 * and cultural distance (to Beijing and China) are replaced by values computed from the home; the
 * China-only indicators stay only for home China. A user's own value of a home-relative indicator
 * was entered as measured from China, so it too counts only for home China.
 */
export function valuesFromHome(rows: readonly ValueRow[], markets: readonly string[], ctx: HomeContext): ValueRow[] {
  const fromChina = ctx.home.iso3 === "CHN";
  const kept = rows.filter((r) => {
    if (!HOME_RELATIVE.has(r.indicator)) return true;
    if (r.origin === "user") return fromChina;
    return fromChina && (CHINA_ONLY as readonly string[]).includes(r.indicator);
  });
  for (const iso3 of markets) {
    const m = ctx.measures.get(iso3);
    if (!m) continue;
    if (m.proximityDistanceKm !== null) kept.push(distanceRow(m, ctx.home));
    if (m.culturalDistance !== null) kept.push(culturalDistanceRow(m, ctx.home));
  }
  return kept;
}

function distanceRow(m: HomeRelativeMeasure, home: HomeMarket): ValueRow {
  const km = Math.round(m.capitalDistanceKm!);
  return {
    market: m.iso3,
    indicator: DISTANCE,
    year: CAPITALS_YEAR,
    value: Math.round(m.proximityDistanceKm!),
    kind: "computed",
    origin: "dataset",
    edition: "computed from Natural Earth 4.0.0 (2017-11-03) populated places",
    source:
      `Computed for Outbound: haversine distance on a 6371.0088 km sphere between the capitals of ${m.iso3} ` +
      `and of the home market ${home.name}${m.contiguous ? ", divided by exp(0.49/0.89) ≈ 1.73 for a shared land border (Head & Mayer 2014 gravity medians)" : ""}`,
    locator: `data/home/capitals.csv (${m.iso3}, ${home.iso3})${m.contiguous ? "; data/home/land-borders.csv (world-atlas 2.0.2 countries-50m)" : ""}`,
    note: [
      `capital-to-capital distance ${km.toLocaleString("en-US")} km`,
      m.contiguous
        ? `shares a land border with ${home.name}: counted as ${Math.round(m.proximityDistanceKm!).toLocaleString("en-US")} km (÷ ${CONTIGUITY_DISTANCE_DIVISOR.toFixed(2)})`
        : "no shared land border",
      "distance does not change over time; year = Natural Earth version year",
    ].join("; "),
  };
}

function culturalDistanceRow(m: HomeRelativeMeasure, home: HomeMarket): ValueRow {
  const cd = m.culturalDistance!;
  return {
    market: m.iso3,
    indicator: CULTURAL_DISTANCE,
    year: HOFSTEDE_YEAR,
    value: Math.round(cd.value * 10_000) / 10_000,
    kind: "computed",
    origin: "dataset",
    edition: "computed from Hofstede 6-dimension file (2015-08-16)",
    source:
      `Computed for Outbound: Kogut & Singh (1988) index against the home market ${home.name} on Geert Hofstede's ` +
      "6-dimension data file of 2015-08-16, via github.com/HoaMacDanh/GEO @1930b2f",
    locator: `data/home/hofstede.csv (${m.iso3}, ${home.iso3}); variances over all 100 country rows`,
    note: [
      `dimensions used: ${cd.dimensions.map((d) => DIMENSION_ABBR[d]).join(", ")}`,
      "variances over the file's country rows, regional aggregates excluded",
      "year = version of the Hofstede file; the scores stem from surveys over several decades",
    ].join("; "),
  };
}

/** An indicator's name and definition as measured from the home ("Distance from home (China)"). */
export function indicatorFromHome<T extends Pick<IndicatorMeta, "key" | "name" | "definition" | "unit">>(
  indicator: T,
  home: HomeMarket,
): T {
  switch (indicator.key) {
    case DISTANCE:
      return {
        ...indicator,
        name: `Distance from home (${home.name})`,
        definition:
          `Great-circle (haversine) distance between the market's capital and the home market's (${home.capital ?? home.name}); ` +
          `for a market sharing a land border with the home, divided by ${CONTIGUITY_DISTANCE_DIVISOR.toFixed(2)}, the distance a shared ` +
          "border is worth in gravity models of trade (Head & Mayer 2014): neighbours are near (cost).",
      };
    case CULTURAL_DISTANCE:
      return {
        ...indicator,
        name: `Cultural distance from home (${home.name})`,
        unit: `index (0 = same as ${home.name})`,
        definition: `Kogut and Singh (1988) index on the Hofstede dimensions: the mean, over the dimensions both countries have, of the squared difference from ${home.name}'s score divided by that dimension's variance across countries; computed only where both have the four original dimensions. 0 means the same profile as the home; larger means more distant (cost).`,
      };
    default:
      if ((CHINA_ONLY as readonly string[]).includes(indicator.key) && home.iso3 !== "CHN") {
        return {
          ...indicator,
          definition: `${indicator.definition} Measured only for a firm from China: with the home ${home.name} it is a gap for every market.`,
        };
      }
      return indicator;
  }
}

/** The proximity group as measured from the home: its name and description name the home. */
export function criteriaGroupFromHome<T extends { key: string; name: string; description: string }>(
  group: T,
  home: HomeMarket,
): T {
  if (group.key !== PROXIMITY_GROUP) return group;
  return {
    ...group,
    name: `Proximity to the home market (${home.name})`,
    description:
      `How close a market is to the firm's home market, ${home.name}, after Ghemawat's CAGE distance: geographic distance ` +
      "between capitals (a shared land border counts as nearer), cultural distance on Hofstede's dimensions and, for a " +
      "firm from China only, the size of the ethnic-Chinese community. The home is a choice (default China); the home " +
      "market itself is not a candidate.",
  };
}

/** The entry-mode model's distance factors named from the home ("Cultural distance from home (US)"). */
export function fitFactorFromHome<T extends { key: string; name: string; description: string }>(
  factor: T,
  home: HomeMarket,
): T {
  if (factor.key === "culturalDistance") {
    return {
      ...factor,
      name: `Cultural distance from home (${home.name})`,
      description: `Cultural distance between the host and the firm's home market, ${home.name}: Kogut-Singh index of Hofstede's dimensions${home.iso3 === "CHN" ? " and the share of ethnic Chinese residents" : ""} (the C of Ghemawat's CAGE).`,
    };
  }
  if (factor.key === "geographicDistance") {
    return {
      ...factor,
      name: `Geographic distance from home (${home.name})`,
      description: `Great-circle distance between the host capital and ${home.capital ?? home.name}, a shared land border counting as nearer (the G of CAGE; docs/decisions/017).`,
    };
  }
  return factor;
}
