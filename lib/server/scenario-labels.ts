import "server-only";

import type { ScenarioResults } from "@/lib/contracts/scenarios";
import { dataText, marketName } from "@/lib/i18n/data-text";
import type { Locale } from "@/lib/i18n/locales";

// A saved scenario's names in the reader's language. The results keep the English names they were
// saved with (they are the record); pages and comparisons show the data's translations of them:
// markets from CLDR, indicators, criteria groups, entry modes, strategies and fit factors from
// messages/data. A name with no translation stays as saved.

type EntryModes = NonNullable<ScenarioResults["entryModes"]>;

const mapNames = (names: Record<string, string>, translate: (id: string, english: string) => string) =>
  Object.fromEntries(Object.entries(names).map(([id, english]) => [id, translate(id, english)]));

function localizeFit(fit: EntryModes, locale: Locale): EntryModes {
  return {
    ...fit,
    market: {
      ...fit.market,
      name: fit.market.iso3 && fit.market.name ? marketName(locale, fit.market.iso3, fit.market.name) : fit.market.name,
    },
    modes: fit.modes.map((m) => ({ ...m, name: dataText(locale, "entry-modes", m.id, "name", m.name ?? m.id) })),
    strategies: fit.strategies.map((s) => ({
      ...s,
      name: dataText(locale, "strategies", s.id, "name", s.name ?? s.id),
    })),
  };
}

/** The results with their labels (markets, criteria, groups, entry modes, strategies) translated. */
export function localizeResults(results: ScenarioResults, locale: Locale): ScenarioResults {
  if (locale === "en") return results;
  return {
    ...results,
    labels: {
      markets: mapNames(results.labels.markets, (iso3, english) => marketName(locale, iso3, english)),
      criteria: mapNames(results.labels.criteria, (id, english) => dataText(locale, "indicators", id, "name", english)),
      groups: mapNames(results.labels.groups, (key, english) =>
        dataText(locale, "criteria-groups", key, "name", english),
      ),
    },
    entryModes: results.entryModes ? localizeFit(results.entryModes, locale) : null,
  };
}

/** The fit factors' names (key → English name) in the reader's language. */
export function localizeFactorNames(names: Record<string, string>, locale: Locale): Record<string, string> {
  return mapNames(names, (key, english) => dataText(locale, "factors", key, "name", english));
}
