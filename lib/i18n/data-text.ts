// Translations of the data's words (issue 12 §3), in messages/data/<language>/<table>.json: row
// name → field → text, for the tables and fields listed in data-tables.ts. English is the data
// itself. Pure lookups over statically imported files, so the server, the report builder and the
// CLI read the same translations; keep them out of client bundles (translate on the server and
// pass the words down). Country names come from CLDR through Intl.DisplayNames.

import countries from "i18n-iso-countries";

import zh_indicators from "@/messages/data/zh-CN/indicators.json";
import zh_criteriaGroups from "@/messages/data/zh-CN/criteria-groups.json";
import zh_evidence from "@/messages/data/zh-CN/evidence.json";
import zh_driverGroups from "@/messages/data/zh-CN/driver-groups.json";
import zh_drivers from "@/messages/data/zh-CN/drivers.json";
import zh_entryModes from "@/messages/data/zh-CN/entry-modes.json";
import zh_strategies from "@/messages/data/zh-CN/strategies.json";
import zh_factors from "@/messages/data/zh-CN/factors.json";
import zh_effects from "@/messages/data/zh-CN/effects.json";
import zh_marketFactorAnchors from "@/messages/data/zh-CN/market-factor-anchors.json";
import zh_frameworkEvidence from "@/messages/data/zh-CN/framework-evidence.json";
import zh_ecommerceSize from "@/messages/data/zh-CN/ecommerce-size.json";
import zh_incumbents from "@/messages/data/zh-CN/incumbents.json";
import zh_foreignSellerRules from "@/messages/data/zh-CN/foreign-seller-rules.json";
import zh_marketContext from "@/messages/data/zh-CN/market-context.json";
import zh_entryCases from "@/messages/data/zh-CN/entry-cases.json";
import zh_caseReplays from "@/messages/data/zh-CN/case-replays.json";
import zh_firmPresets from "@/messages/data/zh-CN/firm-presets.json";
import zh_weightPresets from "@/messages/data/zh-CN/weight-presets.json";
import zh_markets from "@/messages/data/zh-CN/markets.json";
import ru_indicators from "@/messages/data/ru/indicators.json";
import ru_criteriaGroups from "@/messages/data/ru/criteria-groups.json";
import ru_evidence from "@/messages/data/ru/evidence.json";
import ru_driverGroups from "@/messages/data/ru/driver-groups.json";
import ru_drivers from "@/messages/data/ru/drivers.json";
import ru_entryModes from "@/messages/data/ru/entry-modes.json";
import ru_strategies from "@/messages/data/ru/strategies.json";
import ru_factors from "@/messages/data/ru/factors.json";
import ru_effects from "@/messages/data/ru/effects.json";
import ru_marketFactorAnchors from "@/messages/data/ru/market-factor-anchors.json";
import ru_frameworkEvidence from "@/messages/data/ru/framework-evidence.json";
import ru_ecommerceSize from "@/messages/data/ru/ecommerce-size.json";
import ru_incumbents from "@/messages/data/ru/incumbents.json";
import ru_foreignSellerRules from "@/messages/data/ru/foreign-seller-rules.json";
import ru_marketContext from "@/messages/data/ru/market-context.json";
import ru_entryCases from "@/messages/data/ru/entry-cases.json";
import ru_caseReplays from "@/messages/data/ru/case-replays.json";
import ru_firmPresets from "@/messages/data/ru/firm-presets.json";
import ru_weightPresets from "@/messages/data/ru/weight-presets.json";
import ru_markets from "@/messages/data/ru/markets.json";

import type { DataTable, DataTranslations } from "./data-tables";
import { LANGUAGE_TAGS, type Locale } from "./locales";

type TranslatedLocale = Exclude<Locale, "en">;

const TRANSLATIONS: Record<TranslatedLocale, Record<DataTable | "markets", DataTranslations>> = {
  zh: {
    indicators: zh_indicators,
    "criteria-groups": zh_criteriaGroups,
    evidence: zh_evidence,
    "driver-groups": zh_driverGroups,
    drivers: zh_drivers,
    "entry-modes": zh_entryModes,
    strategies: zh_strategies,
    factors: zh_factors,
    effects: zh_effects,
    "market-factor-anchors": zh_marketFactorAnchors,
    "framework-evidence": zh_frameworkEvidence,
    "ecommerce-size": zh_ecommerceSize,
    incumbents: zh_incumbents,
    "foreign-seller-rules": zh_foreignSellerRules,
    "market-context": zh_marketContext,
    "entry-cases": zh_entryCases,
    "case-replays": zh_caseReplays,
    "firm-presets": zh_firmPresets,
    "weight-presets": zh_weightPresets,
    markets: zh_markets,
  },
  ru: {
    indicators: ru_indicators,
    "criteria-groups": ru_criteriaGroups,
    evidence: ru_evidence,
    "driver-groups": ru_driverGroups,
    drivers: ru_drivers,
    "entry-modes": ru_entryModes,
    strategies: ru_strategies,
    factors: ru_factors,
    effects: ru_effects,
    "market-factor-anchors": ru_marketFactorAnchors,
    "framework-evidence": ru_frameworkEvidence,
    "ecommerce-size": ru_ecommerceSize,
    incumbents: ru_incumbents,
    "foreign-seller-rules": ru_foreignSellerRules,
    "market-context": ru_marketContext,
    "entry-cases": ru_entryCases,
    "case-replays": ru_caseReplays,
    "firm-presets": ru_firmPresets,
    "weight-presets": ru_weightPresets,
    markets: ru_markets,
  },
};

/** The translations of one table in one locale (for the completeness test and listings). */
export function dataTranslations(locale: TranslatedLocale, table: DataTable | "markets"): DataTranslations {
  return TRANSLATIONS[locale][table];
}

/**
 * A data text in the reader's language: the translation of `field` of row `id` of `table`, or the
 * English it was given when the locale is English. A missing translation shows the English (the
 * page still works) and fails the completeness test (tests/unit/i18n/data-text.test.ts).
 */
export function dataText(locale: Locale, table: DataTable, id: string, field: string, english: string): string {
  if (locale === "en") return english;
  return TRANSLATIONS[locale][table][id]?.[field] ?? english;
}

const displayNames = new Map<Locale, Intl.DisplayNames>();

/**
 * A market's name in the reader's language, from CLDR (Intl.DisplayNames) through its ISO 3166
 * alpha-2 code. World Bank codes that are not ISO: XKX is CLDR's XK (Kosovo); CHI (the Channel
 * Islands) has no CLDR region, so its name is translated in messages/data/<language>/markets.json.
 */
export function marketName(locale: Locale, iso3: string, english: string): string {
  if (locale === "en") return english;
  const alpha2 = iso3 === "XKX" ? "XK" : countries.alpha3ToAlpha2(iso3);
  if (!alpha2) return TRANSLATIONS[locale].markets[iso3]?.name ?? english;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([LANGUAGE_TAGS[locale]], { type: "region", fallback: "none" });
    displayNames.set(locale, names);
  }
  return names.of(alpha2) ?? english;
}
