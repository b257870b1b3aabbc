import type { HomeMarket } from "@/lib/contracts/home";
import { marketName } from "@/lib/i18n/data-text";
import { LANGUAGE_TAGS, type Locale } from "@/lib/i18n/locales";
import { CONTIGUITY_DISTANCE_DIVISOR, DEFAULT_HOME } from "@/lib/scoring/home";

import type { ReportT } from "./i18n";

// The home market the report measures from (docs/decisions/017-home-country-and-distance.md), in
// words for every format: which home, and what is measured from it.

/** "US (USA)": the home as the ranking's heading line names it. */
export function homeName(home: HomeMarket | undefined, asked: string | undefined, locale: Locale = "en"): string {
  const iso3 = home?.iso3 ?? asked ?? DEFAULT_HOME;
  return `${marketName(locale, iso3, home?.name ?? iso3)} (${iso3})`;
}

/** The scenario's home (absent: China, as for scenarios saved before homes were a choice), in the report's language. */
export function homeSentence(
  home: HomeMarket | undefined,
  asked: string | undefined,
  t: ReportT,
  locale: Locale = "en",
): string {
  const iso3 = home?.iso3 ?? asked ?? DEFAULT_HOME;
  return t("sentencesB.home.sentence", {
    home: homeName(home, asked, locale),
    isDefault: asked === undefined ? "yes" : "no",
    hasCapital: home?.capital ? "yes" : "no",
    capital: home?.capital ?? "",
    divisor: new Intl.NumberFormat(LANGUAGE_TAGS[locale], {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(CONTIGUITY_DISTANCE_DIVISOR),
    china: iso3 === "CHN" ? "yes" : "no",
  });
}
