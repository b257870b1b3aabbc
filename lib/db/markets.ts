import type { EvidenceItem, MarketList, MarketProfile, MarketSummary, SourcedValue } from "@/lib/contracts/api";

import { currentDatasetVersion } from "./datasets";
import type { Market, PrismaClient } from "./generated/client";
import { toIndicatorMeta } from "./rows";

// Markets and their sourced indicator values, converted from rows to the API's domain types.
// The user's imported values stand beside the shipped ones (origin "user"). Where both exist the
// most recent year is shown; on the same year the user's value wins (docs/decisions/006-user-data.md).
// Postgres orders an enum by declaration (dataset, user), so `origin: "desc"` puts the user's first.

export class MarketNotFoundError extends Error {
  constructor(readonly iso3: string) {
    super(`No market with code ${iso3} in the data set.`);
    this.name = "MarketNotFoundError";
  }
}

export async function listMarkets(prisma: PrismaClient): Promise<MarketList> {
  const [dataset, markets, indicatorCount, coverage] = await Promise.all([
    currentDatasetVersion(prisma),
    prisma.market.findMany({ orderBy: { name: "asc" } }),
    prisma.indicator.count(),
    prisma.indicatorValue.groupBy({ by: ["marketIso3", "indicatorKey"], _max: { year: true } }),
  ]);
  const latestYears = new Map<string, number[]>();
  for (const c of coverage) latestYears.set(c.marketIso3, [...(latestYears.get(c.marketIso3) ?? []), c._max.year ?? 0]);
  return {
    datasetVersion: dataset.version,
    markets: markets.map((m) => summarize(m, latestYears.get(m.iso3) ?? [], indicatorCount)),
  };
}

/** A market with its data coverage: `latestYears` holds one latest year per indicator it has. */
function summarize(m: Market, latestYears: number[], indicatorCount: number): MarketSummary {
  return {
    iso3: m.iso3,
    name: m.name,
    region: m.region,
    subregion: m.subregion,
    role: m.role,
    indicatorsWithData: latestYears.length,
    indicatorCount,
    latestYear: latestYears.length > 0 ? Math.max(...latestYears) : null,
    origin: m.origin,
  };
}

export async function marketProfile(prisma: PrismaClient, iso3: string): Promise<MarketProfile> {
  const market = await prisma.market.findUnique({ where: { iso3 } });
  if (!market) throw new MarketNotFoundError(iso3);
  const [dataset, groups, values, evidence] = await Promise.all([
    currentDatasetVersion(prisma),
    prisma.criteriaGroup.findMany({
      orderBy: { sort: "asc" },
      include: { indicators: { orderBy: [{ defaultWeight: "desc" }, { key: "asc" }] } },
    }),
    prisma.indicatorValue.findMany({ where: { marketIso3: iso3 }, orderBy: [{ year: "desc" }, { origin: "desc" }] }),
    prisma.evidenceItem.findMany({
      where: { OR: [{ marketIso3: iso3 }, { scope: { in: regionScopesOf(market.role) } }] },
      orderBy: [{ year: "asc" }, { id: "asc" }],
    }),
  ]);
  const gaps: MarketProfile["gaps"] = [];
  const profileGroups = groups.map((group) => ({
    key: group.key,
    name: group.name,
    description: group.description,
    measurement: group.measurement,
    indicators: group.indicators.map((indicator) => {
      const history = values
        .filter((v) => v.indicatorKey === indicator.key)
        .map((v) => ({ value: v.value, year: v.year, source: v.source, note: v.note, origin: v.origin }));
      if (history.length === 0) gaps.push({ indicator: indicator.key, name: indicator.name, criteriaGroup: group.key });
      return { ...toIndicatorMeta(indicator), latest: history[0] ?? null, history };
    }),
  }));
  return {
    datasetVersion: dataset.version,
    market: {
      iso3: market.iso3,
      name: market.name,
      region: market.region,
      subregion: market.subregion,
      role: market.role,
      origin: market.origin,
    },
    groups: profileGroups,
    evidence: evidence.map(toEvidenceItem),
    gaps,
  };
}

/** Regional evidence that applies to a market: Southeast Asian items for the SEA markets. */
function regionScopesOf(role: string): string[] {
  return role === "target_sea" ? ["SEA6", "SEA"] : [];
}

function toEvidenceItem(row: {
  id: string;
  scope: string;
  topic: string;
  statement: string;
  year: number;
  yearNote: string | null;
  metric: string | null;
  value: number | null;
  unit: string | null;
  source: string;
  locator: string;
}): EvidenceItem {
  const { id, scope, topic, statement, year, yearNote, metric, value, unit, source, locator } = row;
  return { id, scope, topic, statement, year, yearNote, metric, value, unit, source, locator };
}

/**
 * Every market with the latest value of each indicator, its year, its source and its origin: the
 * most recent year wins; on the same year the user's value wins over the data set's.
 */
export async function marketsWithLatestValues(prisma: PrismaClient) {
  // One read of the values gives both the latest value per indicator and the coverage.
  const [dataset, markets, indicatorCount, values] = await Promise.all([
    currentDatasetVersion(prisma),
    prisma.market.findMany({ orderBy: { name: "asc" } }),
    prisma.indicator.count(),
    prisma.indicatorValue.findMany({
      orderBy: [{ marketIso3: "asc" }, { indicatorKey: "asc" }, { year: "desc" }, { origin: "desc" }],
    }),
  ]);
  const latest = new Map<string, Record<string, SourcedValue>>();
  for (const v of values) {
    const byIndicator = latest.get(v.marketIso3) ?? {};
    byIndicator[v.indicatorKey] ??= { value: v.value, year: v.year, source: v.source, note: v.note, origin: v.origin };
    latest.set(v.marketIso3, byIndicator);
  }
  return {
    datasetVersion: dataset.version,
    markets: markets.map((m) => {
      const byIndicator = latest.get(m.iso3) ?? {};
      const years = Object.values(byIndicator).map((v) => v.year);
      return { ...summarize(m, years, indicatorCount), values: byIndicator };
    }),
  };
}
