import { createTranslator, type useTranslations } from "next-intl";

import { DEFAULT_LOCALE, LANGUAGE_TAGS, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

// The report's wording, outside React as well (the PDF worker, the CLI, tests): next-intl's
// createTranslator over the same catalogues the pages read. Helpers take the translator as a
// parameter typed ReportT, so the type checker and the message check follow every key.

export type ReportT = ReturnType<typeof useTranslations<"report">>;

export function reportTranslator(locale: Locale = DEFAULT_LOCALE): ReportT {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "report" }) as unknown as ReportT;
}

/** A list in the locale's words: "A, B and C" (as the English report always wrote it), "A、B和C", "A, B и C". */
export function joinList(locale: Locale, items: string[]): string {
  if (locale === "en")
    return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
  return new Intl.ListFormat(LANGUAGE_TAGS[locale], { style: "long", type: "conjunction" }).format(items);
}

/** The report's date: "3 December 2026", "2026年12月3日", "3 декабря 2026 г.". */
export function reportDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : LANGUAGE_TAGS[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
