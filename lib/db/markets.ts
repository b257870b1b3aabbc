import "server-only";

import type { EvidenceItem, Framework, MarketSummary, SourcedValue } from "@/lib/contracts/api";

import type { Db } from "./client";
import { MarketNotFoundError } from "./errors";
import type { Market, PrismaClient } from "./generated/client";
import { toIndicatorMeta } from "./rows";
import type { HofstedeScores, MarketGeography } from "@/lib/scoring/home";

// Markets, their indicator values, the criteria tree and the evidence items: plain reads converted
// from rows to domain types. Which value counts (latest, nearest year, the user's own) is decided
// in lib/server/values.ts, not here.

export { MarketNotFoundError };

export type MarketRow = Pick<MarketSummary, "iso3" | "name" | "region" | "subregion" | "incomeGroup" | "role"> & {
  origin: Market["origin"];
};

/** One stored indicator value of a market, with its year, source and origin. */
export type ValueRow = Required<Omit<SourcedValue, "citation">> & { market: string; indicator: string };

export type CriteriaGroupRow = Framework["criteriaGroups"][number];

function toMarket({ iso3, name, region, subregion, incomeGroup, role, origin }: Market): MarketRow {
  return { iso3, name, region, subregion, incomeGroup, role, origin };
}

/** Every market, by name. */
export async function readMarkets(prisma: PrismaClient): Promise<MarketRow[]> {
  return (await prisma.market.findMany({ orderBy: { name: "asc" } })).map(toMarket);
}

export async function findMarket(prisma: PrismaClient, iso3: string): Promise<MarketRow> {
  const market = await prisma.market.findUnique({ where: { iso3 } });
  if (!market) throw new MarketNotFoundError(iso3);
  return toMarket(market);
}

export function countIndicators(prisma: PrismaClient): Promise<number> {
  return prisma.indicator.count();
}

/** The stored values, of the given markets or of all, in no particular order. */
export async function readIndicatorValues(prisma: Db, markets?: readonly string[]): Promise<ValueRow[]> {
  const rows = await prisma.indicatorValue.findMany({
    where: markets ? { marketIso3: { in: [...markets] } } : {},
    select: {
      marketIso3: true,
      indicatorKey: true,
      year: true,
      value: true,
      source: true,
      note: true,
      origin: true,
      kind: true,
      edition: true,
      locator: true,
    },
  });
  return rows.map((r) => ({
    market: r.marketIso3,
    indicator: r.indicatorKey,
    year: r.year,
    value: r.value,
    source: r.source,
    note: r.note,
    origin: r.origin,
    kind: r.kind,
    edition: r.edition,
    locator: r.locator,
  }));
}

/** The criteria groups in their order, each with its indicators (heaviest default weight first). */
export async function readCriteriaTree(prisma: PrismaClient): Promise<CriteriaGroupRow[]> {
  const groups = await prisma.criteriaGroup.findMany({
    orderBy: { sort: "asc" },
    include: { indicators: { orderBy: [{ defaultWeight: "desc" }, { key: "asc" }] } },
  });
  return groups.map((g) => ({
    key: g.key,
    name: g.name,
    description: g.description,
    driver: g.driverKey,
    measurement: g.measurement,
    defaultWeight: g.defaultWeight,
    indicators: g.indicators.map(toIndicatorMeta),
  }));
}

/** Evidence items, oldest first: all of them, or those about the given markets or scopes. */
export async function readEvidence(
  prisma: PrismaClient,
  about?: { markets: readonly string[]; scopes: readonly string[] },
): Promise<EvidenceItem[]> {
  const rows = await prisma.evidenceItem.findMany({
    where: about ? { OR: [{ marketIso3: { in: [...about.markets] } }, { scope: { in: [...about.scopes] } }] } : {},
    orderBy: [{ year: "asc" }, { id: "asc" }],
  });
  return rows.map(({ id, scope, topic, statement, year, yearNote, metric, value, unit, source, locator }) => ({
    id,
    scope,
    topic,
    statement,
    year,
    yearNote,
    metric,
    value,
    unit,
    source,
    locator,
  }));
}

/** Every market's capital and land neighbours: what distances from a home market are measured on. */
export async function readMarketGeographies(prisma: Db): Promise<MarketGeography[]> {
  const rows = await prisma.market.findMany({
    select: { iso3: true, capitalLat: true, capitalLon: true, landNeighbours: true },
  });
  return rows.map((r) => ({ ...r, landNeighbours: r.landNeighbours ?? [] }));
}

/** A market's capital, or null when it has none (or is not in the data set). */
export async function findMarketCapital(
  prisma: Db,
  iso3: string,
): Promise<{ name: string; capital: string | null } | null> {
  return prisma.market.findUnique({ where: { iso3 }, select: { name: true, capital: true } });
}

/** Every country row of the Hofstede file (data/home/hofstede.csv). */
export async function readHofstedeScores(prisma: Db): Promise<HofstedeScores[]> {
  return prisma.hofstedeScore.findMany({
    select: {
      iso3: true,
      powerDistance: true,
      individualism: true,
      masculinity: true,
      uncertaintyAvoidance: true,
      longTermOrientation: true,
      indulgence: true,
    },
  });
}
