import "server-only";

import type { ScenarioInputs, ScenarioResults } from "@/lib/contracts/scenarios";
import { upgradeStoredFitAnswer } from "@/lib/scoring/fit/reasons";
import type { RecordedImports } from "@/lib/imports/staleness";

import { recordAudit, type AuditNote } from "./audit";
import type { Db } from "./client";
import { ScenarioConflictError, ScenarioNotFoundError } from "./errors";
import { Prisma, type PrismaClient } from "./generated/client";

// Saved scenarios and their revisions: the queries, each save one transaction. What is saved
// (results computed by the engine), and when a scenario is purged, is decided in
// lib/server/scenarios.ts.
// - an update is one conditional statement (WHERE id AND version = base), so of two saves based on
//   the same version exactly one wins and the other is refused with the current version;
// - every saved version is also written as a ScenarioRevision, in the same transaction;
// - every query names the workspace: a scenario of another workspace is not found (404), as if it
//   did not exist; every change writes its audit entry in the same transaction (issue 13).

export { ScenarioConflictError, ScenarioNotFoundError };

/** A scenario as stored, with its inputs and frozen results typed. */
export type ScenarioRecord = {
  id: string;
  name: string;
  notes: string;
  version: number;
  inputs: ScenarioInputs;
  results: ScenarioResults;
  datasetVersion: string;
  datasetHash: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
};

type Row = Prisma.ScenarioGetPayload<object>;
const json = (value: unknown) => value as Prisma.InputJsonValue;

function toRecord(row: Row): ScenarioRecord {
  const results = row.results as ScenarioResults;
  // Reasons saved before issue 11 carry the rule's direction: read them in today's shape (the
  // effect from the stored contribution), leaving the stored row as the user saved it.
  return {
    ...row,
    inputs: row.inputs as ScenarioInputs,
    results: results?.entryModes ? { ...results, entryModes: upgradeStoredFitAnswer(results.entryModes) } : results,
  };
}

export async function findScenario(db: Db, workspaceId: string, id: string): Promise<ScenarioRecord> {
  const row = await db.scenario.findFirst({ where: { id, workspaceId } });
  if (!row) throw new ScenarioNotFoundError(id);
  return toRecord(row);
}

/** One row of the scenario list: the scenario's fields and what its inputs and results say in brief. */
export type ScenarioSummaryRecord = Omit<ScenarioRecord, "inputs" | "results"> & {
  method: string;
  markets: string[];
  leader: { iso3: string; name: string } | null;
  /** The imported batches the results recorded (absent before they were), and when they were computed. */
  imports: RecordedImports | null;
  computedAt: string | null;
};

/** Where a page of the list ends: the sort time (saved or deleted) and id of its last row. */
export type ListPosition = { at: Date; id: string };

const summaryFields = {
  id: true,
  name: true,
  notes: true,
  version: true,
  datasetVersion: true,
  datasetHash: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
} satisfies Prisma.ScenarioSelect;

/**
 * A page of the list, summaries only (the frozen results and the revisions stay in the database):
 * active scenarios, most recently saved first; or, with `deletedSince`, those deleted at or after
 * that time, most recently deleted first; after `after` when given. Returns up to `limit` rows.
 */
export async function readScenarioPage(
  prisma: PrismaClient,
  workspaceId: string,
  options: { deletedSince?: Date; after?: ListPosition; limit: number },
): Promise<{ rows: ScenarioSummaryRecord[]; total: number }> {
  const { deletedSince, after, limit } = options;
  const field = deletedSince ? "deletedAt" : "updatedAt";
  const where: Prisma.ScenarioWhereInput = { workspaceId, deletedAt: deletedSince ? { gte: deletedSince } : null };
  // Keyset pagination on (time desc, id asc): stable while scenarios are saved or deleted meanwhile.
  const page: Prisma.ScenarioWhereInput = after
    ? { OR: [{ [field]: { lt: after.at } }, { [field]: after.at, id: { gt: after.id } }] }
    : {};
  const [rows, total] = await Promise.all([
    prisma.scenario.findMany({
      where: { AND: [where, page] },
      orderBy: [{ [field]: "desc" }, { id: "asc" }],
      take: limit,
      select: summaryFields,
    }),
    prisma.scenario.count({ where }),
  ]);
  return { rows: await withBriefs(prisma, rows), total };
}

/** Summaries of the given scenarios, in the order of `ids`; ScenarioNotFoundError for a missing one. */
export async function readScenarioSummaries(
  prisma: PrismaClient,
  workspaceId: string,
  ids: readonly string[],
): Promise<ScenarioSummaryRecord[]> {
  const rows = await prisma.scenario.findMany({
    where: { workspaceId, id: { in: [...ids] } },
    select: summaryFields,
  });
  const byId = new Map((await withBriefs(prisma, rows)).map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw new ScenarioNotFoundError(id);
    return row;
  });
}

type Brief = {
  id: string;
  method: string | null;
  markets: string | null;
  leader_id: string | null;
  leader_name: string | null;
  imports: RecordedImports | null;
  computed_at: string | null;
};

/**
 * Adds each scenario's method, markets and leading market, read inside the database from the
 * JSON columns, so that a list never loads the frozen results (up to a few hundred kB each).
 */
async function withBriefs(
  prisma: PrismaClient,
  rows: Omit<ScenarioRecord, "inputs" | "results">[],
): Promise<ScenarioSummaryRecord[]> {
  if (rows.length === 0) return [];
  const briefs = await prisma.$queryRaw<Brief[]>`
    select id,
      inputs #>> '{state,method}' as method,
      inputs #>> '{state,markets}' as markets,
      results #>> '{ranking,ranking,0,id}' as leader_id,
      results -> 'labels' -> 'markets' ->> (results #>> '{ranking,ranking,0,id}') as leader_name,
      results -> 'imports' as imports,
      results ->> 'computedAt' as computed_at
    from scenario where id in (${Prisma.join(rows.map((r) => r.id))})`;
  const byId = new Map(briefs.map((b) => [b.id, b]));
  return rows.map((row) => {
    const brief = byId.get(row.id);
    const leader = brief?.leader_id ?? null;
    return {
      ...row,
      method: brief?.method ?? "",
      markets: brief?.markets ? (JSON.parse(brief.markets) as string[]) : [],
      leader: leader ? { iso3: leader, name: brief?.leader_name ?? leader } : null,
      imports: brief?.imports ?? null,
      computedAt: brief?.computed_at ?? null,
    };
  });
}

/** Id and name of every active scenario, most recently saved first (the compare page's choices). */
export async function readScenarioNames(
  prisma: PrismaClient,
  workspaceId: string,
): Promise<{ id: string; name: string }[]> {
  return prisma.scenario.findMany({
    where: { workspaceId, deletedAt: null },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

async function writeRevision(tx: Prisma.TransactionClient, row: Row): Promise<void> {
  await tx.scenarioRevision.create({
    data: {
      scenarioId: row.id,
      version: row.version,
      name: row.name,
      notes: row.notes,
      inputs: json(row.inputs),
      results: json(row.results),
      datasetVersion: row.datasetVersion,
      datasetHash: row.datasetHash,
      savedAt: row.updatedAt,
    },
  });
}

export type NewScenario = { name: string; notes: string; inputs: ScenarioInputs; results: ScenarioResults };

/** Writes a new scenario, its first revision and its audit entry (create, duplicate or import). */
export async function insertScenario(
  prisma: PrismaClient,
  workspaceId: string,
  fields: NewScenario,
  audit: AuditNote,
): Promise<ScenarioRecord> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.scenario.create({
      data: {
        workspaceId,
        name: fields.name,
        notes: fields.notes,
        inputs: json(fields.inputs),
        results: json(fields.results),
        datasetVersion: fields.results.datasetVersion,
        datasetHash: fields.results.datasetHash,
      },
    });
    await writeRevision(tx, row);
    await recordAudit(tx, { ...audit, workspaceId, subjectType: "scenario", subjectId: row.id });
    return toRecord(row);
  });
}

/**
 * Saves a new version if, and only if, `baseVersion` is still the current one and the scenario is
 * not deleted (ScenarioConflictError otherwise), with its revision, in one transaction, which
 * also removes the revisions older than the newest `keepRevisions`.
 */
export async function saveScenarioVersion(
  prisma: PrismaClient,
  workspaceId: string,
  id: string,
  baseVersion: number,
  changes: { name?: string; notes?: string; computed?: { inputs: ScenarioInputs; results: ScenarioResults } },
  keepRevisions: number,
  audit: AuditNote,
): Promise<ScenarioRecord> {
  const { name, notes, computed } = changes;
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.scenario.updateMany({
      where: { id, workspaceId, version: baseVersion, deletedAt: null },
      data: {
        version: { increment: 1 },
        ...(name !== undefined ? { name } : {}),
        ...(notes !== undefined ? { notes } : {}),
        ...(computed
          ? {
              inputs: json(computed.inputs),
              results: json(computed.results),
              datasetVersion: computed.results.datasetVersion,
              datasetHash: computed.results.datasetHash,
            }
          : {}),
      },
    });
    const current = await tx.scenario.findFirst({ where: { id, workspaceId } });
    if (!current) throw new ScenarioNotFoundError(id);
    if (count === 0) throw new ScenarioConflictError(id, baseVersion, current.version, Boolean(current.deletedAt));
    await writeRevision(tx, current);
    await tx.scenarioRevision.deleteMany({
      where: { scenarioId: id, version: { lte: current.version - keepRevisions } },
    });
    const changed = Object.entries({ name, notes, inputs: computed }).flatMap(([k, v]) => (v === undefined ? [] : [k]));
    await recordAudit(tx, {
      ...audit,
      workspaceId,
      subjectType: "scenario",
      subjectId: id,
      detail: { ...audit.detail, from: baseVersion, to: current.version, changed },
    });
    return toRecord(current);
  });
}

/** Marks the scenario deleted at `now` unless it already is (then with its audit entry). */
export async function softDeleteScenario(
  prisma: PrismaClient,
  workspaceId: string,
  id: string,
  now: Date,
  audit: AuditNote,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.scenario.updateMany({
      where: { id, workspaceId, deletedAt: null },
      data: { deletedAt: now },
    });
    if (count > 0) await recordAudit(tx, { ...audit, workspaceId, subjectType: "scenario", subjectId: id });
  });
}

/** Clears the deleted mark (with its audit entry when there was one to clear). */
export async function undeleteScenario(
  prisma: PrismaClient,
  workspaceId: string,
  id: string,
  audit: AuditNote,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.scenario.updateMany({
      where: { id, workspaceId, deletedAt: { not: null } },
      data: { deletedAt: null },
    });
    if (count > 0) await recordAudit(tx, { ...audit, workspaceId, subjectType: "scenario", subjectId: id });
  });
}

/** Removes, with their revisions (cascade), the scenarios deleted before `cutoff`. */
export async function deleteScenariosDeletedBefore(prisma: PrismaClient, cutoff: Date): Promise<number> {
  const { count } = await prisma.scenario.deleteMany({ where: { deletedAt: { lt: cutoff } } });
  return count;
}

/** Every saved version of a scenario, newest first (without the bulky inputs and results). */
export async function readRevisionList(prisma: PrismaClient, id: string) {
  const rows = await prisma.scenarioRevision.findMany({
    where: { scenarioId: id },
    orderBy: { version: "desc" },
    select: { version: true, name: true, savedAt: true, datasetVersion: true },
  });
  return rows.map((r) => ({ ...r, savedAt: r.savedAt.toISOString() }));
}
