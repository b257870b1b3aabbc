import "server-only";

import { indicatorFreshness, isOlderThanThreeYears, valueAge, type FreshnessPageData } from "@/lib/data/freshness";
import { dataText, marketName } from "@/lib/i18n/data-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

import { scoringData } from "./workspace";

// The data page's freshness views: per indicator, the editions the latest values come from and how
// many economies' values are older than three years; per market, each indicator's data year, age
// and edition. Over the values that count (the latest; the user's own on the same year). Names in
// the reader's language (the data's translations; a user's own indicator or market as written).

/** `currentYear` comes from the request's date; `iso3` selects the per-market view (unknown: none). */
export async function freshnessPageData(
  currentYear: number,
  iso3: string | undefined,
  locale: Locale = DEFAULT_LOCALE,
): Promise<FreshnessPageData> {
  const data = await scoringData();
  const groupName = new Map(
    data.criteriaGroups.map((g) => [g.key, dataText(locale, "criteria-groups", g.key, "name", g.name)]),
  );
  const indicatorName = (i: (typeof data.indicators)[number]) => dataText(locale, "indicators", i.key, "name", i.name);
  const nameOf = (m: (typeof data.markets)[number]) => marketName(locale, m.iso3, m.name);
  const latest = Object.entries(data.values).flatMap(([market, byKey]) =>
    Object.entries(byKey).map(([indicator, v]) => ({
      market,
      indicator,
      year: v.year,
      kind: v.kind,
      edition: v.edition,
    })),
  );
  const summary = indicatorFreshness(
    data.indicators.map((i) => i.key),
    latest,
    currentYear,
  );
  const indicators = summary.map((s, at) => ({
    ...s,
    name: indicatorName(data.indicators[at]!),
    group: groupName.get(data.indicators[at]!.criteriaGroup) ?? data.indicators[at]!.criteriaGroup,
  }));
  const markets = data.markets
    .map((m) => ({ iso3: m.iso3, name: nameOf(m) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const chosen = iso3 ? data.markets.find((m) => m.iso3 === iso3.toUpperCase()) : undefined;
  const market = chosen
    ? {
        iso3: chosen.iso3,
        name: nameOf(chosen),
        rows: data.indicators.map((indicator) => {
          const value = data.values[chosen.iso3]?.[indicator.key] ?? null;
          return {
            indicator: { ...indicator, name: indicatorName(indicator) },
            value,
            age: value && value.kind !== "computed" ? valueAge(value.year, currentYear) : null,
            olderThanThreeYears: value !== null && isOlderThanThreeYears(value, currentYear),
          };
        }),
      }
    : null;
  return { currentYear, datasetVersion: data.datasetVersion, indicators, markets, market };
}
