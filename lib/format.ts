// Number formatting shared by pages, charts and reports (pure; runs anywhere), in the reader's
// locale: 143.5 million, 1.4亿, 143,5 млн. One Intl.NumberFormat per locale and precision, reused:
// the workspace formats a few hundred numbers on every slider move, and building a NumberFormat
// costs far more than using one (~18 ms a move).

import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

export type Formatters = {
  /** A value as a reader expects it: 143.5 million, 92.3, 2.6; at most `decimals` decimals. */
  formatValue(value: number, decimals?: number): string;
  formatNumber(value: number, decimals?: number): string;
  /** A share (0.463) as a percentage (46.3%, 46,3 %). */
  formatPercent(share: number, decimals?: number): string;
  /** A day (an ISO date or a Date) as the locale writes it: 3 Dec 2026, 2026年12月3日, 3 дек. 2026 г. */
  formatDate(date: string | Date, style?: "medium" | "long"): string;
  /** A moment, day and time in UTC: for when a scenario was saved or computed. */
  formatDateTime(date: string | Date): string;
};

const byLocale = new Map<Locale, Formatters>();

/** The formatters of one locale (cached: cheap to call on every render). */
export function formattersFor(locale: Locale): Formatters {
  let f = byLocale.get(locale);
  if (!f) {
    f = buildFormatters(locale);
    byLocale.set(locale, f);
  }
  return f;
}

function buildFormatters(locale: Locale): Formatters {
  const plain = new Map<number, Intl.NumberFormat>();
  const compact = new Map<number, Intl.NumberFormat>();
  const percent = new Map<number, Intl.NumberFormat>();
  const cached = (cache: Map<number, Intl.NumberFormat>, decimals: number, options: Intl.NumberFormatOptions) => {
    let nf = cache.get(decimals);
    if (!nf) {
      nf = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: 0, ...options });
      cache.set(decimals, nf);
    }
    return nf;
  };
  const formatNumber = (value: number, decimals = 2) => cached(plain, decimals, {}).format(value);
  const dates = {
    medium: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }),
    long: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }),
    dateTime: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  };
  const asDate = (date: string | Date) => (typeof date === "string" ? new Date(date) : date);
  return {
    formatNumber,
    // CLDR's long compact forms ("million", "亿", "млн") from a million up; below that, digits.
    formatValue: (value, decimals = 2) =>
      Math.abs(value) >= 1e6
        ? cached(compact, 1, { notation: "compact", compactDisplay: "long" }).format(value)
        : formatNumber(value, decimals),
    formatPercent: (share, decimals = 1) => cached(percent, decimals, { style: "percent" }).format(share),
    formatDate: (date, style = "medium") => dates[style].format(asDate(date)),
    formatDateTime: (date) => `${dates.dateTime.format(asDate(date))} UTC`,
  };
}

// English, for code that has no reader's locale (logs, the CLI's default, older call sites).
const english = formattersFor(DEFAULT_LOCALE);
export const formatValue = english.formatValue;
export const formatNumber = english.formatNumber;
export const formatPercent = english.formatPercent;
