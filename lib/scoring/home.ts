// Home-relative measures: how far each market is from the firm's home market, geographically and
// culturally (docs/decisions/017-home-country-and-distance.md). Pure: the caller passes the
// capitals, land borders and Hofstede scores it read; the same code serves server, browser and CLI.

/** The home market when none is chosen: the thesis's firm, Alibaba, is Chinese. */
export const DEFAULT_HOME = "CHN";

/** IUGG mean Earth radius (km), as the data build's distance to Beijing used (shared sources.md 4.1). */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Gravity models of trade find a shared land border worth as much trade as a shorter distance:
 * with trade ∝ distance^δ · exp(γ · contiguous), a border is equivalent to dividing the distance by
 * exp(γ / |δ|). Head & Mayer (2014, "Gravity Equations: Workhorse, Toolkit, and Cookbook",
 * Handbook of International Economics vol. 4, Table 4, medians over all gravity estimates):
 * distance δ = -0.89, contiguity γ = 0.49, so the divisor is exp(0.49 / 0.89) ≈ 1.73.
 */
export const GRAVITY_DISTANCE_ELASTICITY = -0.89;
export const GRAVITY_CONTIGUITY_EFFECT = 0.49;
export const CONTIGUITY_DISTANCE_DIVISOR = Math.exp(GRAVITY_CONTIGUITY_EFFECT / -GRAVITY_DISTANCE_ELASTICITY);

export const HOFSTEDE_DIMENSIONS = [
  "powerDistance",
  "individualism",
  "masculinity",
  "uncertaintyAvoidance",
  "longTermOrientation",
  "indulgence",
] as const;
export type HofstedeDimension = (typeof HOFSTEDE_DIMENSIONS)[number];

/**
 * Kogut & Singh built their index on the four original dimensions: a pair that lacks one of them
 * gets no index (an index on LTO and IVR alone is not comparable), as in the data build.
 */
export const REQUIRED_HOFSTEDE_DIMENSIONS: readonly HofstedeDimension[] = [
  "powerDistance",
  "individualism",
  "masculinity",
  "uncertaintyAvoidance",
];

export type HofstedeScores = { iso3: string } & Record<HofstedeDimension, number | null>;

export interface MarketGeography {
  iso3: string;
  /** Capital coordinates in degrees; null where the data set has none. */
  capitalLat: number | null;
  capitalLon: number | null;
  /** ISO3 codes of the markets sharing a land border with this one. */
  landNeighbours: readonly string[];
}

export interface CulturalDistance {
  value: number;
  dimensions: HofstedeDimension[];
}

/** What one market measures from the home market; null members are gaps. */
export interface HomeRelativeMeasure {
  iso3: string;
  /** Great-circle distance between the two capitals. */
  capitalDistanceKm: number | null;
  /** The two share a land border. */
  contiguous: boolean;
  /** The distance the proximity criterion uses: capital distance, divided for a neighbour (see above). */
  proximityDistanceKm: number | null;
  culturalDistance: CulturalDistance | null;
}

/** Haversine great-circle distance in km on a sphere of the IUGG mean radius. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Sample variance (n - 1) of each dimension over every country row that has it (Kogut & Singh 1988). */
export function hofstedeVariances(rows: readonly HofstedeScores[]): Record<HofstedeDimension, number> {
  const out = {} as Record<HofstedeDimension, number>;
  for (const d of HOFSTEDE_DIMENSIONS) {
    const xs = rows.map((r) => r[d]).filter((x): x is number => x !== null);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    out[d] = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  }
  return out;
}

/**
 * Kogut & Singh (1988): CD = (1/n) Σ_d (I_d,host − I_d,home)² / V_d over the n dimensions both
 * have; null unless both have the four original dimensions.
 */
export function kogutSinghIndex(
  host: HofstedeScores,
  home: HofstedeScores,
  variances: Record<HofstedeDimension, number>,
): CulturalDistance | null {
  const dimensions = HOFSTEDE_DIMENSIONS.filter((d) => host[d] !== null && home[d] !== null);
  if (!REQUIRED_HOFSTEDE_DIMENSIONS.every((d) => dimensions.includes(d))) return null;
  const sum = dimensions.reduce((acc, d) => acc + (host[d]! - home[d]!) ** 2 / variances[d], 0);
  return { value: sum / dimensions.length, dimensions };
}

/**
 * Each market's distances from the home market. The home market itself is not a candidate (a firm
 * does not expand into its own market), so it is left out; a market without coordinates or
 * Hofstede scores gets a gap, never a guess.
 */
export function homeRelativeMeasures(
  home: string,
  markets: readonly MarketGeography[],
  hofstede: readonly HofstedeScores[],
): Map<string, HomeRelativeMeasure> {
  const homeGeo = markets.find((m) => m.iso3 === home);
  const hofstedeOf = new Map(hofstede.map((h) => [h.iso3, h]));
  const homeCulture = hofstedeOf.get(home);
  const variances = hofstedeVariances(hofstede);
  const out = new Map<string, HomeRelativeMeasure>();
  for (const m of markets) {
    if (m.iso3 === home) continue;
    const located =
      homeGeo?.capitalLat != null && homeGeo.capitalLon != null && m.capitalLat !== null && m.capitalLon !== null;
    const capitalDistanceKm = located
      ? haversineKm(homeGeo.capitalLat!, homeGeo.capitalLon!, m.capitalLat!, m.capitalLon!)
      : null;
    const contiguous = m.landNeighbours.includes(home) || (homeGeo?.landNeighbours.includes(m.iso3) ?? false);
    const host = hofstedeOf.get(m.iso3);
    out.set(m.iso3, {
      iso3: m.iso3,
      capitalDistanceKm,
      contiguous,
      proximityDistanceKm:
        capitalDistanceKm === null
          ? null
          : contiguous
            ? capitalDistanceKm / CONTIGUITY_DISTANCE_DIVISOR
            : capitalDistanceKm,
      culturalDistance: host && homeCulture ? kogutSinghIndex(host, homeCulture, variances) : null,
    });
  }
  return out;
}
