import type { HomeMarket } from "@/lib/contracts/home";
import { CONTIGUITY_DISTANCE_DIVISOR, DEFAULT_HOME } from "@/lib/scoring/home";

// The home market the report measures from (docs/decisions/017-home-country-and-distance.md), in
// words for every format: which home, and what is measured from it.

/** "US (USA)": the home as the ranking's heading line names it. */
export function homeName(home: HomeMarket | undefined, asked: string | undefined): string {
  const iso3 = home?.iso3 ?? asked ?? DEFAULT_HOME;
  return `${home?.name ?? iso3} (${iso3})`;
}

/** The scenario's home (absent: China, as for scenarios saved before homes were a choice). */
export function homeSentence(home: HomeMarket | undefined, asked: string | undefined): string {
  const iso3 = home?.iso3 ?? asked ?? DEFAULT_HOME;
  const capital = home?.capital ? ` (${home.capital})` : "";
  const chinaOnly =
    iso3 === "CHN"
      ? "The ethnic-Chinese population share and the trade agreement with China apply to this home."
      : "The ethnic-Chinese population share and the trade agreement with China are measured only for a firm from China: gaps here.";
  return (
    `Home market: ${homeName(home, asked)}${asked === undefined ? ", the default" : ""}. Distance is measured from its capital${capital}, ` +
    `a market sharing a land border counted ${CONTIGUITY_DISTANCE_DIVISOR.toFixed(2)} times nearer (gravity-model contiguity, Head & Mayer 2014); ` +
    `cultural distance is the Kogut-Singh index from its Hofstede scores; the home market itself is not a candidate. ${chinaOnly}`
  );
}
