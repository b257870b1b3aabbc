import { formattersFor, type Formatters } from "@/lib/format";
import { dataText } from "@/lib/i18n/data-text";
import type { DataTable } from "@/lib/i18n/data-tables";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

import { joinList, reportTranslator, type ReportT } from "./i18n";

// What a report builder needs to write a sentence in the report's language: the report
// catalogue's translator, the locale's number formats, lists ("A, B and C", "A、B和C") and data
// labels (entry modes, strategies, criteria groups: lib/i18n/data-text.ts). English by default.

export type Words = {
  locale: Locale;
  t: ReportT;
  f: Formatters;
  list(items: string[]): string;
  /** Items of a run-on list: "; " in English and Russian, "；" in Chinese. */
  semicolons(items: string[]): string;
  /** Items side by side: ", " in English and Russian, "、" in Chinese. */
  commas(items: string[]): string;
  data(table: DataTable, id: string, field: string, english: string): string;
};

const cache = new Map<Locale, Words>();

export function wordsFor(locale: Locale = DEFAULT_LOCALE): Words {
  let words = cache.get(locale);
  if (!words) {
    const zh = locale === "zh";
    words = {
      locale,
      t: reportTranslator(locale),
      f: formattersFor(locale),
      list: (items) => joinList(locale, items),
      semicolons: (items) => items.join(zh ? "；" : "; "),
      commas: (items) => items.join(zh ? "、" : ", "),
      data: (table, id, field, english) => dataText(locale, table, id, field, english),
    };
    cache.set(locale, words);
  }
  return words;
}
