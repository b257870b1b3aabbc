// The user's per-market ratings of the two market factors no shipped data set measures for every
// market (factors.csv, source "user_assessment"): competitive intensity and foreign-entry
// restrictions, each 1-5. One set, kept in the workspace state (`assessments`, URL `a=`), read by
// the ranking (its "competition" group), the entry-mode and the strategy pages, and saved with a
// scenario (issue 11 §7). Zod-free and pure: the browser encodes it on every change.

export const MARKET_RATING_KEYS = ["competitiveIntensity", "foreignOwnershipRestriction"] as const;
export type MarketRatingKey = (typeof MARKET_RATING_KEYS)[number];

export const MARKET_RATING_NAMES: Record<MarketRatingKey, string> = {
  competitiveIntensity: "competitive intensity",
  foreignOwnershipRestriction: "foreign-entry restrictions",
};

export const RATING_MIN = 1;
export const RATING_MAX = 5;

/**
 * Keys older links and scenarios used for the same rating: the ranking's assessed group was keyed
 * by its group key, "competition", before the ratings were one set.
 */
const LEGACY_RATING_KEYS: Record<string, MarketRatingKey> = { competition: "competitiveIntensity" };

/** The rating an assessed criteria group of the ranking reads (criteria-groups.csv: competition). */
const GROUP_RATING: Record<string, MarketRatingKey> = { competition: "competitiveIntensity" };

export function ratingKeyForGroup(groupKey: string): string {
  return GROUP_RATING[groupKey] ?? groupKey;
}

export function isMarketRatingKey(key: string): key is MarketRatingKey {
  return (MARKET_RATING_KEYS as readonly string[]).includes(key);
}

/** A key as the current set names it (a legacy key becomes its current one; others stay). */
export function currentRatingKey(key: string): string {
  return LEGACY_RATING_KEYS[key] ?? key;
}

/**
 * The ratings with legacy keys renamed. Where an old and a current key rate the same market, the
 * current one wins: it is the later judgement.
 */
export function withCurrentRatingKeys(
  ratings: Record<string, Record<string, number>>,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [iso3, byKey] of Object.entries(ratings)) {
    const market: Record<string, number> = {};
    for (const [key, value] of Object.entries(byKey))
      if (currentRatingKey(key) !== key) market[currentRatingKey(key)] = value;
    for (const [key, value] of Object.entries(byKey)) if (currentRatingKey(key) === key) market[key] = value;
    out[iso3] = market;
  }
  return out;
}

/** The `a=` URL parameter's valid entries (url-state.ts's decoder reports the invalid ones). */
export function readRatingsParam(text: string | null | undefined): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const pair of text?.split(",") ?? []) {
    const match = /^([A-Za-z]{3})\.([a-zA-Z][a-zA-Z0-9_]*):(\d+(?:\.\d+)?)$/.exec(pair);
    if (!match) continue;
    const key = currentRatingKey(match[2]!);
    const value = Number(match[3]);
    if (isMarketRatingKey(key) && value >= RATING_MIN && value <= RATING_MAX)
      (out[match[1]!.toUpperCase()] ??= {})[key] = value;
  }
  return out;
}

/** The `a=` URL parameter for a set of ratings, in a stable order (url-encode.ts writes the same). */
export function ratingsParam(ratings: Record<string, Record<string, number>>): string {
  return Object.entries(ratings)
    .flatMap(([iso3, byKey]) =>
      Object.entries(byKey).map(([k, v]) => `${iso3}.${k}:${String(Number(v.toPrecision(6)))}`),
    )
    .sort()
    .join(",");
}

/** Announced on window when a page changes the ratings in its URL without navigating. */
export const RATINGS_CHANGE_EVENT = "outbound:ratings-change";
