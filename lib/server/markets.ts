import "server-only";

import type { MarketList, MarketProfile, MarketSummary, MarketValues, SourcedValue } from "@/lib/contracts/api";
import { getPrisma } from "@/lib/db/client";
import { currentDatasetVersion } from "@/lib/db/datasets";
import {
  countIndicators,
  findMarket,
  readCriteriaTree,
  readEvidence,
  readIndicatorValues,
  readMarkets,
  type MarketRow,
} from "@/lib/db/markets";

import { readMarketEvidence } from "@/lib/db/evidence";
import { onOrBefore, rulesInForce, today } from "@/lib/evidence/dates";
import { latestSizeRanges } from "@/lib/evidence/size";
import { sourceLine } from "@/lib/evidence/labels";
import { citationOf } from "@/lib/data/sources";
import { latestDataYear } from "@/lib/data/freshness";

import { DEFAULT_HOME } from "@/lib/scoring/home";
import { dataText, marketName } from "@/lib/i18n/data-text";
import type { Locale } from "@/lib/i18n/locales";

import { cachedByData } from "./cache";
import { localizedIndicator } from "./framework";
import { criteriaGroupFromHome, homeContext, indicatorFromHome, valuesFromHome } from "./home";
import { chosenValues, toSourcedValue, valueHistory } from "./values";

// Markets for the API and the pages: the list with data coverage, the latest values, one market's
// profile with its history, evidence and gaps.

type MarketFields = Pick<MarketSummary, "iso3" | "name" | "region" | "subregion" | "incomeGroup" | "role" | "origin">;

/** A market's own fields (without its data coverage), as the workspace and the lists show it. */
export function marketFields({ iso3, name, region, subregion, incomeGroup, role, origin }: MarketFields): MarketFields {
  return { iso3, name, region, subregion, incomeGroup, role, origin };
}

/** A market with its data coverage: `values` holds the counted value of each indicator it has. */
function summarize(m: MarketRow, values: SourcedValue[], indicatorCount: number): MarketSummary {
  return {
    ...marketFields(m),
    indicatorsWithData: values.length,
    indicatorCount,
    latestYear: latestDataYear(values),
  };
}

/**
 * Every market with the value of each indicator that counts (lib/server/values.ts), its year,
 * source and origin; `listMarkets` is the same without the values.
 */
export async function marketsWithLatestValues(home: string = DEFAULT_HOME): Promise<MarketValues> {
  return cachedByData(`markets-with-values:${home}`, () => readMarketsWithLatestValues(home));
}

async function readMarketsWithLatestValues(home: string): Promise<MarketValues> {
  const prisma = await getPrisma();
  const [dataset, markets, indicatorCount, rows, ctx] = await Promise.all([
    currentDatasetVersion(prisma),
    readMarkets(prisma),
    countIndicators(prisma),
    readIndicatorValues(prisma),
    homeContext(home),
  ]);
  const chosen = chosenValues(
    valuesFromHome(
      rows,
      markets.map((m) => m.iso3),
      ctx,
    ),
  );
  return {
    datasetVersion: dataset.version,
    home: ctx.home,
    markets: markets.map((m) => {
      const values: Record<string, SourcedValue> = {};
      for (const [indicator, row] of chosen.get(m.iso3) ?? []) values[indicator] = toSourcedValue(row);
      return {
        ...summarize(m, Object.values(values), indicatorCount),
        values,
      };
    }),
  };
}

export async function listMarkets(): Promise<MarketList> {
  return cachedByData("markets", readMarketList);
}

async function readMarketList(): Promise<MarketList> {
  const { datasetVersion, markets } = await marketsWithLatestValues();
  return {
    datasetVersion,
    markets: markets.map(({ indicatorsWithData, indicatorCount, latestYear, ...market }) => ({
      ...marketFields(market),
      indicatorsWithData,
      indicatorCount,
      latestYear,
    })),
  };
}

/** The markets list with each market's name in the reader's language (CLDR), for the pages. */
export async function localizedMarketList(locale: Locale): Promise<MarketList> {
  const list = await listMarkets();
  if (locale === "en") return list;
  return { ...list, markets: list.markets.map((m) => ({ ...m, name: marketName(locale, m.iso3, m.name) })) };
}

/** An evidence row with the reader's citation beside its stored source (issue 11 §6). */
function withCitation<T extends { source: string; secondaryOf: string | null }>(row: T): T & { citation: string } {
  return { ...row, citation: sourceLine(row) };
}

/** Regional evidence that applies to a market: Southeast Asian items for the SEA markets. */
function regionScopesOf(role: string): string[] {
  return role === "target_sea" ? ["SEA6", "SEA"] : [];
}

export async function marketProfile(iso3: string, home: string = DEFAULT_HOME): Promise<MarketProfile> {
  // Keyed by code: only markets that exist are kept (an unknown code's load fails, and is dropped).
  return cachedByData(`market-profile:${iso3}:${home}`, () => readMarketProfile(iso3, home));
}

async function readMarketProfile(iso3: string, home: string): Promise<MarketProfile> {
  const prisma = await getPrisma();
  const market = await findMarket(prisma, iso3);
  const [dataset, groups, stored, evidence, facts, ctx] = await Promise.all([
    currentDatasetVersion(prisma),
    readCriteriaTree(prisma),
    readIndicatorValues(prisma, [iso3]),
    readEvidence(prisma, { markets: [iso3], scopes: regionScopesOf(market.role) }),
    readMarketEvidence(prisma, iso3),
    homeContext(home),
  ]);
  const rows = valuesFromHome(stored, [iso3], ctx);
  const gaps: MarketProfile["gaps"] = [];
  const profileGroups = groups
    .map((stored) => criteriaGroupFromHome(stored, ctx.home))
    .map((group) => ({
      key: group.key,
      name: group.name,
      description: group.description,
      measurement: group.measurement,
      indicators: group.indicators.map((meta) => {
        const indicator = indicatorFromHome(meta, ctx.home);
        const history = valueHistory(rows.filter((v) => v.indicator === indicator.key)).map(toSourcedValue);
        if (history.length === 0)
          gaps.push({ indicator: indicator.key, name: indicator.name, criteriaGroup: group.key });
        return { ...indicator, latest: history[0] ?? null, history };
      }),
    }));
  // "In force" is judged on the day the profile is read (it is cached until the data change); a
  // rule that takes effect later shows as not yet in force.
  const day = today();
  const inForce = new Set(rulesInForce(facts.foreignSellerRules, day).map((r) => r.id));
  const statusOf = (rule: { id: string; effective: string | null }) =>
    inForce.has(rule.id)
      ? ("in_force" as const)
      : rule.effective !== null && !onOrBefore(rule.effective, day)
        ? ("not_yet_in_force" as const)
        : ("superseded" as const);
  return {
    datasetVersion: dataset.version,
    home: ctx.home,
    market,
    groups: profileGroups,
    // Newest first (issue 11 §6), each with the reader's citation beside its stored source.
    evidence: evidence
      .slice()
      .sort((a, b) => b.year - a.year || a.id.localeCompare(b.id))
      .map((e) => ({ ...e, citation: citationOf(e.source, e.locator) })),
    gaps,
    ecommerceSize: {
      figures: facts.ecommerceSize.map(withCitation),
      latestRanges: latestSizeRanges(facts.ecommerceSize),
    },
    incumbents: facts.incumbents.map(withCitation),
    foreignSellerRules: facts.foreignSellerRules.map((rule) => {
      const { market: _omitted, ...fields } = rule; // eslint-disable-line @typescript-eslint/no-unused-vars
      return { ...withCitation(fields), inForce: inForce.has(rule.id), status: statusOf(rule) };
    }),
    context: facts.context.map(withCitation),
    tradeAgreements: facts.tradeAgreements.map(withCitation),
    sanctionsPrograms: facts.sanctionsPrograms.map(withCitation),
  };
}

/**
 * A market profile with every data text in the reader's language (issue 12 §3): the market's name
 * (CLDR), criteria groups, indicators, gaps, evidence statements and the e-commerce evidence's
 * notes and statements. Citations, publishers, platforms, owners and programme titles stay
 * as published; the profile itself (cached, served by the API) stays English.
 */
export function localizedMarketProfile(locale: Locale, profile: MarketProfile): MarketProfile {
  if (locale === "en") return profile;
  const text = dataText.bind(null, locale);
  const { market } = profile;
  return {
    ...profile,
    home: profile.home && { ...profile.home, name: marketName(locale, profile.home.iso3, profile.home.name) },
    market: { ...market, name: marketName(locale, market.iso3, market.name) },
    groups: profile.groups.map((g) => {
      return {
        ...g,
        name: text("criteria-groups", g.key, "name", g.name),
        description: text("criteria-groups", g.key, "description", g.description),
        indicators: g.indicators.map((i) => localizedIndicator(locale, i)),
      };
    }),
    gaps: profile.gaps.map((gap) => ({ ...gap, name: text("indicators", gap.indicator, "name", gap.name) })),
    evidence: profile.evidence.map((e) => ({
      ...e,
      statement: text("evidence", e.id, "statement", e.statement),
      yearNote: e.yearNote === null ? null : text("evidence", e.id, "year_note", e.yearNote),
    })),
    ecommerceSize: {
      ...profile.ecommerceSize,
      figures: profile.ecommerceSize.figures.map((f) => ({
        ...f,
        note: f.note === null ? null : text("ecommerce-size", f.id, "note", f.note),
      })),
    },
    incumbents: profile.incumbents.map((i) => ({
      ...i,
      note: i.note === null ? null : text("incumbents", i.id, "note", i.note),
    })),
    foreignSellerRules: profile.foreignSellerRules.map((r) => ({
      ...r,
      statement: text("foreign-seller-rules", r.id, "statement", r.statement),
    })),
    context: profile.context.map((c) => ({ ...c, statement: text("market-context", c.id, "statement", c.statement) })),
  };
}
