import { SCENARIO_RETENTION_DAYS, type ScenarioInputs, type ScenarioResults } from "@/lib/contracts/scenarios";

import type { Db } from "./client";
import type { Prisma, PrismaClient } from "./generated/client";

// Saved scenarios and their revisions: the queries, each save one transaction. What is saved
// (results computed by the engine), and when a scenario is purged, is decided in
// lib/server/scenarios.ts.
// - an update is one conditional statement (WHERE id AND version = base), so of two saves based on
//   the same version exactly one wins and the other is refused with the current version;
// - every saved version is also written as a ScenarioRevision, in the same transaction.

export class ScenarioNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No scenario ${id}: it does not exist, or it was deleted more than ${SCENARIO_RETENTION_DAYS} days ago and purged.`);
    this.name = "ScenarioNotFoundError";
  }
}

/** The save was based on a version that is no longer current, or the scenario was deleted meanwhile. */
export class ScenarioConflictError extends Error {
  constructor(
    readonly id: string,
    readonly baseVersion: number,
    readonly currentVersion: number,
    readonly deleted: boolean,
  ) {
    super(
      deleted
        ? `This scenario was deleted while you were editing it. Restore it first, or save your work as a copy.`
        : `This scenario was saved again since you opened it: your changes are based on version ${baseVersion}, the current version is ${currentVersion}. Reload it to see the other changes, or save yours as a copy.`,
    );
    this.name = "ScenarioConflictError";
  }
}

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
  return { ...row, inputs: row.inputs as ScenarioInputs, results: row.results as ScenarioResults };
}

export async function findScenario(db: Db, id: string): Promise<ScenarioRecord> {
  const row = await db.scenario.findUnique({ where: { id } });
  if (!row) throw new ScenarioNotFoundError(id);
  return toRecord(row);
}

/**
 * Active scenarios, most recently saved first; or, with `deletedSince`, the ones deleted at or
 * after that time, most recently deleted first.
 */
export async function readScenarios(prisma: PrismaClient, options: { deletedSince?: Date }): Promise<ScenarioRecord[]> {
  const deleted = options.deletedSince !== undefined;
  const rows = await prisma.scenario.findMany({
    where: { deletedAt: options.deletedSince ? { gte: options.deletedSince } : null },
    orderBy: deleted ? [{ deletedAt: "desc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }],
  });
  return rows.map(toRecord);
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

/** Writes a new scenario and its first revision. */
export async function insertScenario(prisma: PrismaClient, fields: NewScenario): Promise<ScenarioRecord> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.scenario.create({
      data: {
        name: fields.name,
        notes: fields.notes,
        inputs: json(fields.inputs),
        results: json(fields.results),
        datasetVersion: fields.results.datasetVersion,
        datasetHash: fields.results.datasetHash,
      },
    });
    await writeRevision(tx, row);
    return toRecord(row);
  });
}

/**
 * Saves a new version if, and only if, `baseVersion` is still the current one and the scenario is
 * not deleted (ScenarioConflictError otherwise), with its revision, in one transaction.
 */
export async function saveScenarioVersion(
  prisma: PrismaClient,
  id: string,
  baseVersion: number,
  changes: { name?: string; notes?: string; computed?: { inputs: ScenarioInputs; results: ScenarioResults } },
): Promise<ScenarioRecord> {
  const { name, notes, computed } = changes;
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.scenario.updateMany({
      where: { id, version: baseVersion, deletedAt: null },
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
    const current = await tx.scenario.findUnique({ where: { id } });
    if (!current) throw new ScenarioNotFoundError(id);
    if (count === 0) throw new ScenarioConflictError(id, baseVersion, current.version, Boolean(current.deletedAt));
    await writeRevision(tx, current);
    return toRecord(current);
  });
}

/** Marks the scenario deleted at `now` unless it already is. */
export async function softDeleteScenario(prisma: PrismaClient, id: string, now: Date): Promise<void> {
  await prisma.scenario.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now } });
}

/** Clears the deleted mark. */
export async function undeleteScenario(prisma: PrismaClient, id: string): Promise<void> {
  await prisma.scenario.updateMany({ where: { id, deletedAt: { not: null } }, data: { deletedAt: null } });
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
