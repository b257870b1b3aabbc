import type { IndicatorMeta, SourcedValue } from "@/lib/contracts/api";

// How old a shipped figure is, and which editions a set of figures comes from. Pure: the data
// page, the report and tests use it alike; the current year is always passed in (the request's or
// the report's date), never read from a clock here.

/** A value is flagged when its data year is more than this many years before the current year. */
export const STALE_AFTER_YEARS = 3;

export type ValueKind = "observed" | "estimate" | "projection" | "computed";

export type DatedValue = {
  market: string;
  indicator: string;
  year: number;
  kind?: ValueKind;
  edition?: string | null;
};

/** Years between the figure's data year and the current year (0 for this year's figure). */
export function valueAge(year: number, currentYear: number): number {
  return currentYear - year;
}

/**
 * A computed value (a distance, a cultural-distance index) has no data year of its own to grow
 * old: its year is that of its newest input, so it is never flagged.
 */
export function isOlderThanThreeYears(value: Pick<DatedValue, "year" | "kind">, currentYear: number): boolean {
  return value.kind !== "computed" && valueAge(value.year, currentYear) > STALE_AFTER_YEARS;
}

/**
 * The newest data year among a market's values: the year of the newest observed, estimated or
 * projected figure. A computed value (a distance) has no data year of its own, so it does not count:
 * otherwise every market would show the year of its newest input (issue 11 §6).
 */
export function latestDataYear(values: readonly Pick<DatedValue, "year" | "kind">[]): number | null {
  const years = values.filter((v) => v.kind !== "computed").map((v) => v.year);
  return years.length > 0 ? Math.max(...years) : null;
}

export type IndicatorFreshness = {
  indicator: string;
  /** Editions of the latest values, most used first, with how many economies each gives. */
  editions: { edition: string; economies: number }[];
  /** Newest data year among the latest values; null when no economy has one. */
  latestYear: number | null;
  oldestYear: number | null;
  economies: number;
  /** Economies whose latest value is older than three years (computed values never are). */
  olderThanThreeYears: number;
  computed: boolean;
  projections: number;
};

/** One line per indicator over the latest value of each economy (`latest`: one value per market and indicator). */
export function indicatorFreshness(
  indicators: readonly string[],
  latest: readonly DatedValue[],
  currentYear: number,
): IndicatorFreshness[] {
  return indicators.map((indicator) => {
    const rows = latest.filter((v) => v.indicator === indicator);
    const editions = new Map<string, number>();
    for (const v of rows) {
      const edition = v.edition ?? "your data (no edition)";
      editions.set(edition, (editions.get(edition) ?? 0) + 1);
    }
    const years = rows.map((v) => v.year);
    return {
      indicator,
      editions: [...editions]
        .map(([edition, economies]) => ({ edition, economies }))
        .sort((a, b) => b.economies - a.economies || a.edition.localeCompare(b.edition)),
      latestYear: years.length > 0 ? Math.max(...years) : null,
      oldestYear: years.length > 0 ? Math.min(...years) : null,
      economies: new Set(rows.map((v) => v.market)).size,
      olderThanThreeYears: rows.filter((v) => isOlderThanThreeYears(v, currentYear)).length,
      computed: rows.length > 0 && rows.every((v) => v.kind === "computed"),
      projections: rows.filter((v) => v.kind === "projection").length,
    };
  });
}

/** What the data page shows (lib/server/freshness.ts builds it). */
export type MarketFreshnessRow = {
  indicator: IndicatorMeta;
  value: SourcedValue | null;
  age: number | null;
  olderThanThreeYears: boolean;
};

export type FreshnessPageData = {
  currentYear: number;
  datasetVersion: string;
  indicators: (IndicatorFreshness & { name: string; group: string })[];
  markets: { iso3: string; name: string }[];
  market: { iso3: string; name: string; rows: MarketFreshnessRow[] } | null;
};
