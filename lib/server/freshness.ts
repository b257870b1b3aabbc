import "server-only";

import { indicatorFreshness, isOlderThanThreeYears, valueAge, type FreshnessPageData } from "@/lib/data/freshness";

import { scoringData } from "./workspace";

// The data page's freshness views: per indicator, the editions the latest values come from and how
// many economies' values are older than three years; per market, each indicator's data year, age
// and edition. Over the values that count (the latest; the user's own on the same year).

/** `currentYear` comes from the request's date; `iso3` selects the per-market view (unknown: none). */
export async function freshnessPageData(currentYear: number, iso3: string | undefined): Promise<FreshnessPageData> {
  const data = await scoringData();
  const groupName = new Map(data.criteriaGroups.map((g) => [g.key, g.name]));
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
    name: data.indicators[at]!.name,
    group: groupName.get(data.indicators[at]!.criteriaGroup) ?? data.indicators[at]!.criteriaGroup,
  }));
  const markets = [...data.markets]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ iso3, name }) => ({ iso3, name }));
  const chosen = iso3 ? data.markets.find((m) => m.iso3 === iso3.toUpperCase()) : undefined;
  const market = chosen
    ? {
        iso3: chosen.iso3,
        name: chosen.name,
        rows: data.indicators.map((indicator) => {
          const value = data.values[chosen.iso3]?.[indicator.key] ?? null;
          return {
            indicator,
            value,
            age: value && value.kind !== "computed" ? valueAge(value.year, currentYear) : null,
            olderThanThreeYears: value !== null && isOlderThanThreeYears(value, currentYear),
          };
        }),
      }
    : null;
  return { currentYear, datasetVersion: data.datasetVersion, indicators, markets, market };
}
