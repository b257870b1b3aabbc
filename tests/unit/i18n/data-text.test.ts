import { describe, expect, it } from "vitest";

import { DATA_TABLES, type DataTable } from "@/lib/i18n/data-tables";
import { dataText, dataTranslations, marketName } from "@/lib/i18n/data-text";
import { englishDataTexts } from "@/scripts/i18n/data-texts";

// Every text a reader sees in the data has its Chinese and Russian (issue 12 §3), and no
// translation is left over for a row or field that no longer exists.
const texts = englishDataTexts();

describe.each(["zh", "ru"] as const)("data translations (%s)", (locale) => {
  it("translate every text of every table, and nothing else", () => {
    const missing = texts
      .filter((t) => !dataTranslations(locale, t.table)[t.id]?.[t.field]?.trim())
      .map((t) => `${t.table} ${t.id} ${t.field}`);
    const wanted = new Set(texts.map((t) => `${t.table} ${t.id} ${t.field}`));
    const extra = (Object.keys(DATA_TABLES) as DataTable[]).flatMap((table) =>
      Object.entries(dataTranslations(locale, table)).flatMap(([id, fields]) =>
        Object.keys(fields)
          .map((field) => `${table} ${id} ${field}`)
          .filter((key) => !wanted.has(key)),
      ),
    );
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("are in the locale's script (a Chinese text has Han characters, a Russian one Cyrillic)", () => {
    const script = locale === "zh" ? /\p{Script=Han}/u : /\p{Script=Cyrillic}/u;
    const untranslated = texts
      .filter((t) => /[a-z]{3}/i.test(t.english))
      .filter((t) => {
        const translated = dataTranslations(locale, t.table)[t.id]?.[t.field];
        return translated !== undefined && !script.test(translated);
      })
      .map((t) => `${t.table} ${t.id} ${t.field}`);
    expect(untranslated).toEqual([]);
  });
});

describe("data text lookup", () => {
  it("gives English as the data has it, and the translation in Chinese and Russian", () => {
    expect(dataText("en", "entry-modes", "own_subsidiary", "name", "Own subsidiary")).toBe("Own subsidiary");
    // The glossary's term (docs/i18n-glossary.md), not the file's own value read back.
    expect(dataText("zh", "entry-modes", "own_subsidiary", "name", "Own subsidiary")).toBe("独资子公司（绿地投资）");
    // A row the translations lack shows the English it was given.
    expect(dataText("ru", "entry-modes", "no_such_mode", "name", "No such mode")).toBe("No such mode");
  });

  it("names markets from CLDR (Intl.DisplayNames), with the World Bank's Kosovo code and the Channel Islands", () => {
    expect(marketName("zh", "RUS", "Russian Federation")).toBe("俄罗斯");
    expect(marketName("ru", "SGP", "Singapore")).toBe("Сингапур");
    expect(marketName("ru", "XKX", "Kosovo")).toBe("Косово");
    expect(marketName("zh", "CHI", "Channel Islands")).toBe("海峡群岛");
    expect(marketName("en", "RUS", "Russian Federation")).toBe("Russian Federation");
  });
});
