// Prints, as JSON, the data texts a locale still lacks, grouped as the translation files are
// (table → row → field → English): `npm run -s i18n:data-todo -- zh [table]`.
import { dataTranslations } from "@/lib/i18n/data-text";
import { isLocale } from "@/lib/i18n/locales";

import { englishDataTexts } from "./data-texts";

const [locale, table] = process.argv.slice(2);
if (!isLocale(locale) || locale === "en") {
  console.error('usage: npm run -s i18n:data-todo -- <zh|ru> [table]');
  process.exit(2);
}
const todo: Record<string, Record<string, Record<string, string>>> = {};
for (const t of englishDataTexts()) {
  if (table && t.table !== table) continue;
  if (dataTranslations(locale, t.table)[t.id]?.[t.field]?.trim()) continue;
  ((todo[t.table] ??= {})[t.id] ??= {})[t.field] = t.english;
}
console.log(JSON.stringify(todo, null, 2));
