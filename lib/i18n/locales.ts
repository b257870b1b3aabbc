// The languages Outbound speaks (issue 12): English, Simplified Chinese as written in mainland
// China (zh-CN) and Russian. Pure: read by the proxy, pages, the report builder and the CLI
// alike. A locale's code is also its address prefix (/en/…, /zh/…, /ru/…); Intl reads "zh" as
// zh-Hans-CN, so numbers and dates come out as in mainland China.

export const LOCALES = ["en", "zh", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The BCP 47 tag of each locale's language: html lang, the PDF's language, message folders. */
export const LANGUAGE_TAGS = { en: "en", zh: "zh-CN", ru: "ru" } as const satisfies Record<Locale, string>;

/** Each language's own name, as the switcher shows it (endonyms are not translated). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", zh: "中文", ru: "Русский" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best supported locale for an Accept-Language header (RFC 9110 §12.5.4): ranges in order of
 * their q value, a range matching by its primary language ("zh-TW", "zh-CN" and "zh" all pick
 * our Chinese, the only one we have; "*" matches nothing in particular). English when nothing matches or the header is absent.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    const language = tag.split("-")[0];
    const match = LOCALES.find((l) => l === language);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
