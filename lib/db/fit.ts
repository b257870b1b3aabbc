import type { EntryModeRequestContext } from "@/lib/scoring/fit/request";

import type { PrismaClient } from "./generated/client";
import { MarketNotFoundError } from "./markets";
import { toFitEffect } from "./rows";

// What the entry-mode model needs from the database: the editable effects table, the modes and
// strategies, the anchors that derive market factors, the case evidence, and one market's values.

export async function readFitTables(prisma: PrismaClient): Promise<Omit<EntryModeRequestContext, "marketIndicators" | "marketName">> {
  const [effects, modes, strategies, anchors, evidence] = await Promise.all([
    prisma.fitEffect.findMany({ orderBy: { id: "asc" } }),
    prisma.entryMode.findMany({ orderBy: [{ commitment: "asc" }, { key: "asc" }] }),
    prisma.businessStrategy.findMany({ orderBy: { key: "asc" } }),
    prisma.marketFactorAnchor.findMany({ orderBy: [{ factorKey: "asc" }, { indicatorKey: "asc" }] }),
    prisma.frameworkEvidence.findMany({ where: { subjectKind: { in: ["entry_mode", "strategy"] } }, orderBy: [{ year: "asc" }, { id: "asc" }] }),
  ]);
  return {
    effects: effects.map(toFitEffect),
    modes: modes.map((m) => ({ key: m.key, name: m.name })),
    strategies: strategies.map((s) => ({ key: s.key, name: s.name })),
    anchors: anchors.map((a) => ({
      factor: a.factorKey,
      indicator: a.indicatorKey,
      weight: a.weight,
      valueAt1: a.valueAt1,
      valueAt5: a.valueAt5,
      scale: a.scale,
      rationale: a.rationale,
    })),
    evidence: evidence.map((e) => ({
      id: e.id,
      subjectKind: e.subjectKind,
      subject: e.subjectKey,
      case: e.case,
      statement: e.statement,
      year: e.year,
      yearNote: e.yearNote,
      source: e.source,
      locator: e.locator,
    })),
  };
}

/**
 * One market's indicator values: the latest of each, or, for a given year, the value of that year
 * where stored, else of the nearest year (the earlier one on a tie). Years are returned too.
 */
export async function marketIndicatorValues(prisma: PrismaClient, iso3: string, year?: number) {
  const market = await prisma.market.findUnique({ where: { iso3 } });
  if (!market) throw new MarketNotFoundError(iso3);
  // Newest first; within a year the user's own figure first (enum order: dataset < user), so it
  // wins a tie, as in the workspace (docs/decisions/006-user-data.md).
  const rows = await prisma.indicatorValue.findMany({
    where: { marketIso3: iso3 },
    orderBy: [{ year: "desc" }, { origin: "desc" }],
  });
  const best = new Map<string, { year: number; value: number }>();
  for (const row of rows) {
    const current = best.get(row.indicatorKey);
    if (!current) {
      best.set(row.indicatorKey, row);
      continue;
    }
    if (year === undefined) continue; // rows are newest first: the first one is the latest
    const distance = Math.abs(row.year - year);
    const currentDistance = Math.abs(current.year - year);
    if (distance < currentDistance || (distance === currentDistance && row.year < current.year)) best.set(row.indicatorKey, row);
  }
  return {
    name: market.name,
    values: Object.fromEntries([...best].map(([key, v]) => [key, v.value])),
    years: Object.fromEntries([...best].map(([key, v]) => [key, v.year])),
  };
}

/** The ready-made firm profiles (e.g. Alibaba 2012 and 2016) with the reason for each value. */
export async function readFirmPresets(prisma: PrismaClient) {
  const rows = await prisma.firmPreset.findMany({ orderBy: { year: "asc" } });
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    year: r.year,
    values: r.values as Record<string, number>,
    justification: r.justification as Record<string, string>,
  }));
}

/** The thesis cases the model replays (market, preset, thesis-era year, assessments, outcome). */
export async function readCaseReplays(prisma: PrismaClient) {
  const rows = await prisma.caseReplay.findMany({ orderBy: { key: "asc" } });
  return rows.map((r) => r.definition as { key: string; name: string; market: string; firmPreset: string; [field: string]: unknown });
}
