import "server-only";

import type { EntryModeRequestContext } from "@/lib/scoring/fit/request";

import type { PrismaClient } from "./generated/client";
import { toFitEffect } from "./rows";

// What the entry-mode model needs from the database: the editable effects table, the modes and
// strategies, the anchors that derive market factors, the case evidence, the firm presets and the
// thesis cases. A market's values come from lib/db/markets.ts.

export type FitTables = Omit<EntryModeRequestContext, "marketIndicators" | "marketName">;

export async function readFitTables(prisma: PrismaClient): Promise<FitTables> {
  const [effects, modes, strategies, anchors, evidence] = await Promise.all([
    prisma.fitEffect.findMany({ orderBy: { id: "asc" } }),
    prisma.entryMode.findMany({ orderBy: [{ commitment: "asc" }, { key: "asc" }] }),
    prisma.businessStrategy.findMany({ orderBy: { key: "asc" } }),
    prisma.marketFactorAnchor.findMany({ orderBy: [{ factorKey: "asc" }, { indicatorKey: "asc" }] }),
    prisma.frameworkEvidence.findMany({
      where: { subjectKind: { in: ["entry_mode", "strategy"] } },
      orderBy: [{ year: "asc" }, { id: "asc" }],
    }),
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
  return rows.map(
    (r) => r.definition as { key: string; name: string; market: string; firmPreset: string; [field: string]: unknown },
  );
}

/** Display names of the fit model's factors (firm profile and market factors), by key. */
export async function readFactorNames(prisma: PrismaClient): Promise<Record<string, string>> {
  const rows = await prisma.fitFactor.findMany({ select: { key: true, name: true } });
  return Object.fromEntries(rows.map((r) => [r.key, r.name]));
}
