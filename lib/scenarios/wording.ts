import { createTranslator, type useTranslations } from "next-intl";

import { messagesFor } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

// The words of a comparison (lib/scenarios/compare*.ts), from the "scenarios" messages of the
// reader's locale; code with no reader (tests, the CLI) gets English from the same catalogue.
// Plain translators (no request context), so the API, the pages and the tests share them.

export type ComparisonWords = ReturnType<typeof useTranslations<"scenarios.comparison">>;
export type FitComparisonWords = ReturnType<typeof useTranslations<"scenarios.fitComparison">>;

export function comparisonWords(locale: Locale = DEFAULT_LOCALE): ComparisonWords {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "scenarios.comparison" });
}

export function fitComparisonWords(locale: Locale = DEFAULT_LOCALE): FitComparisonWords {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "scenarios.fitComparison" });
}
