import type { EvidenceItem } from "@/lib/contracts/api";

import { marketIndicatorValues, readFirmPresets, readFitTables } from "./fit";
import type { PrismaClient } from "./generated/client";

// Reads for the compare pages and the market profile's comparisons: every evidence item, and
// markets' indicator values for a year with the year and source of each value.

/** Every evidence item of the data set (markets, regions, the home market), oldest first. */
export async function readEvidenceItems(prisma: PrismaClient): Promise<EvidenceItem[]> {
  const rows = await prisma.evidenceItem.findMany({ orderBy: [{ year: "asc" }, { id: "asc" }] });
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

export type SourcedIndicatorValue = { value: number; year: number; source: string; note: string | null };

/**
 * Each market's indicator values for `year` (the value of that year, else of the nearest year, the
 * earlier on a tie: the rule of marketIndicatorValues, which the entry-mode model uses too) or the
 * latest when `year` is undefined, each with its year and source. iso3 → indicator → value.
 */
export async function sourcedIndicatorValues(
  prisma: PrismaClient,
  markets: readonly string[],
  year?: number,
): Promise<Record<string, Record<string, SourcedIndicatorValue>>> {
  const [chosen, rows] = await Promise.all([
    Promise.all(markets.map((iso3) => marketIndicatorValues(prisma, iso3, year))),
    prisma.indicatorValue.findMany({ where: { marketIso3: { in: [...markets] } } }),
  ]);
  const out: Record<string, Record<string, SourcedIndicatorValue>> = {};
  markets.forEach((iso3, i) => {
    const { values, years } = chosen[i]!;
    const byIndicator: Record<string, SourcedIndicatorValue> = {};
    for (const [indicator, value] of Object.entries(values)) {
      const row = rows.find(
        (r) => r.marketIso3 === iso3 && r.indicatorKey === indicator && r.year === years[indicator],
      );
      if (row) byIndicator[indicator] = { value, year: row.year, source: row.source, note: row.note };
    }
    out[iso3] = byIndicator;
  });
  return out;
}

/**
 * What the entry-mode and strategy comparison needs to run the model in the browser: the fit
 * tables, one market's indicator values for `year` (or the latest) with their years and sources,
 * and the firm presets.
 */
export async function readFitComparison(prisma: PrismaClient, iso3: string, year?: number) {
  const [tables, market, sourced, presets] = await Promise.all([
    readFitTables(prisma),
    marketIndicatorValues(prisma, iso3, year),
    sourcedIndicatorValues(prisma, [iso3], year),
    readFirmPresets(prisma),
  ]);
  return { tables, market, sourced: sourced[iso3] ?? {}, presets };
}
