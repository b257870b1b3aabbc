import {
  SCENARIO_NAME_MAX,
  SCENARIO_RETENTION_DAYS,
  type CompareResponse,
  type CreateScenario,
  type RecomputePreview,
  type Scenario,
  type ScenarioInputs,
  type ScenarioList,
  type ScenarioResults,
  type ScenarioSummary,
  type UpdateScenario,
} from "@/lib/contracts/scenarios";
import { compareResults } from "@/lib/scenarios/compare";
import { computeScenarioResults, type ComputedScenario } from "@/lib/scenarios/compute";

import { currentDatasetVersion } from "./datasets";
import { readFitTables } from "./fit";
import type { Prisma, PrismaClient } from "./generated/client";
import { readScoringData } from "./workspace";

// Saved scenarios. Nothing a user saves is lost or silently overwritten:
// - every save names the version it was based on; the update is one conditional statement
//   (WHERE id AND version = base), so of two saves based on the same version exactly one wins and
//   the other is refused with the current version (HTTP 409), never last-write-wins;
// - every saved version is also kept as a ScenarioRevision, written in the same transaction;
// - delete is soft (deletedAt): the scenario can be restored for SCENARIO_RETENTION_DAYS days, and
//   is purged (with its revisions) after that, the next time scenarios are listed.
// Results are always computed here from the database, never accepted from a client.

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

/** An update that names nothing to change. */
export class EmptyScenarioUpdateError extends Error {
  constructor() {
    super("Nothing to update: give a name, notes or inputs along with baseVersion.");
    this.name = "EmptyScenarioUpdateError";
  }
}

type Row = Prisma.ScenarioGetPayload<object>;
type Db = PrismaClient | Prisma.TransactionClient;

const DAY_MS = 24 * 60 * 60 * 1000;
const json = (value: unknown) => value as Prisma.InputJsonValue;

/** Computes a scenario's results on the data set as the database holds it now. */
export async function computeScenario(prisma: PrismaClient, inputs: ScenarioInputs, options: { lenient?: boolean } = {}): Promise<ComputedScenario> {
  const [data, dataset, fit] = await Promise.all([readScoringData(prisma), currentDatasetVersion(prisma), readFitTables(prisma)]);
  return computeScenarioResults(inputs, data, { fit, datasetHash: dataset.contentHash, computedAt: new Date(), lenient: options.lenient ?? false });
}

function toScenario(row: Row, currentHash: string): Scenario {
  return {
    id: row.id,
    name: row.name,
    notes: row.notes,
    version: row.version,
    inputs: row.inputs as ScenarioInputs,
    results: row.results as ScenarioResults,
    datasetVersion: row.datasetVersion,
    datasetHash: row.datasetHash,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    stale: row.datasetHash !== currentHash,
  };
}

function toSummary(row: Row, currentHash: string): ScenarioSummary {
  const inputs = row.inputs as ScenarioInputs;
  const results = row.results as ScenarioResults;
  const leader = results.ranking.ranking[0];
  return {
    id: row.id,
    name: row.name,
    notes: row.notes,
    version: row.version,
    datasetVersion: row.datasetVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    stale: row.datasetHash !== currentHash,
    method: inputs.state.method,
    markets: inputs.state.markets,
    leader: leader ? { iso3: leader.id, name: results.labels.markets[leader.id] ?? leader.id } : null,
    purgeAt: row.deletedAt ? new Date(row.deletedAt.getTime() + SCENARIO_RETENTION_DAYS * DAY_MS).toISOString() : null,
  };
}

async function currentHash(prisma: PrismaClient): Promise<string> {
  return (await currentDatasetVersion(prisma)).contentHash;
}

async function findRow(db: Db, id: string): Promise<Row> {
  const row = await db.scenario.findUnique({ where: { id } });
  if (!row) throw new ScenarioNotFoundError(id);
  return row;
}

/** Writes a new scenario and its first revision. */
async function insert(prisma: PrismaClient, fields: { name: string; notes: string } & ComputedScenario): Promise<Row> {
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
    return row;
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

export async function createScenario(prisma: PrismaClient, input: CreateScenario): Promise<Scenario> {
  const computed = await computeScenario(prisma, input.inputs);
  const row = await insert(prisma, { name: input.name, notes: input.notes, ...computed });
  return toScenario(row, computed.results.datasetHash);
}

/** One scenario, also when deleted but not yet purged (deletedAt then says so). */
export async function getScenario(prisma: PrismaClient, id: string): Promise<Scenario> {
  const [row, hash] = await Promise.all([findRow(prisma, id), currentHash(prisma)]);
  return toScenario(row, hash);
}

/** Active scenarios, most recently saved first; or, with `deleted`, the ones that can still be restored. */
export async function listScenarios(prisma: PrismaClient, options: { deleted?: boolean; now?: Date } = {}): Promise<ScenarioList> {
  await purgeDeletedScenarios(prisma, options.now);
  const [rows, hash] = await Promise.all([
    prisma.scenario.findMany({
      where: { deletedAt: options.deleted ? { not: null } : null },
      orderBy: options.deleted ? [{ deletedAt: "desc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }],
    }),
    currentHash(prisma),
  ]);
  return { scenarios: rows.map((row) => toSummary(row, hash)), retentionDays: SCENARIO_RETENTION_DAYS };
}

/**
 * Saves a new version if, and only if, `baseVersion` is still the current one. New inputs are
 * recomputed on today's data set; a rename or a note keeps the frozen results as they are.
 */
export async function updateScenario(prisma: PrismaClient, id: string, update: UpdateScenario): Promise<Scenario> {
  const { baseVersion, name, notes, inputs } = update;
  if (name === undefined && notes === undefined && inputs === undefined) throw new EmptyScenarioUpdateError();
  // Fail fast on a stale base before the (comparatively slow) recomputation; the conditional
  // update below is what guarantees it.
  const before = await findRow(prisma, id);
  if (before.deletedAt || before.version !== baseVersion) throw new ScenarioConflictError(id, baseVersion, before.version, Boolean(before.deletedAt));
  const computed = inputs ? await computeScenario(prisma, inputs) : undefined;
  const row = await prisma.$transaction(async (tx) => {
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
    const current = await findRow(tx, id);
    if (count === 0) throw new ScenarioConflictError(id, baseVersion, current.version, Boolean(current.deletedAt));
    await writeRevision(tx, current);
    return current;
  });
  return toScenario(row, await currentHash(prisma));
}

/** A new scenario with the same inputs and the same frozen results ("Copy of …"). */
export async function duplicateScenario(prisma: PrismaClient, id: string, name?: string): Promise<Scenario> {
  const source = await findRow(prisma, id);
  const row = await insert(prisma, {
    name: name ?? `Copy of ${source.name}`.slice(0, SCENARIO_NAME_MAX),
    notes: source.notes,
    inputs: source.inputs as ScenarioInputs,
    results: source.results as ScenarioResults,
  });
  return toScenario(row, await currentHash(prisma));
}

/** Soft delete: restorable until purgeAt. Deleting a deleted scenario changes nothing. */
export async function deleteScenario(prisma: PrismaClient, id: string, now = new Date()): Promise<ScenarioSummary> {
  await findRow(prisma, id);
  await prisma.scenario.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: now } });
  const [row, hash] = await Promise.all([findRow(prisma, id), currentHash(prisma)]);
  return toSummary(row, hash);
}

/** Undo of a delete. Restoring an active scenario changes nothing. */
export async function restoreScenario(prisma: PrismaClient, id: string): Promise<Scenario> {
  await findRow(prisma, id);
  await prisma.scenario.updateMany({ where: { id, deletedAt: { not: null } }, data: { deletedAt: null } });
  return getScenario(prisma, id);
}

/** Removes, with their revisions, the scenarios deleted more than SCENARIO_RETENTION_DAYS ago. */
export async function purgeDeletedScenarios(prisma: PrismaClient, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SCENARIO_RETENTION_DAYS * DAY_MS);
  const { count } = await prisma.scenario.deleteMany({ where: { deletedAt: { lt: cutoff } } });
  return count;
}

/** Every saved version of a scenario, newest first (without the bulky inputs and results). */
export async function scenarioRevisions(prisma: PrismaClient, id: string) {
  await findRow(prisma, id);
  const rows = await prisma.scenarioRevision.findMany({
    where: { scenarioId: id },
    orderBy: { version: "desc" },
    select: { version: true, name: true, savedAt: true, datasetVersion: true },
  });
  return rows.map((r) => ({ ...r, savedAt: r.savedAt.toISOString() }));
}

/** The same inputs on today's data beside the frozen results; saves nothing. */
export async function recomputePreview(prisma: PrismaClient, id: string): Promise<RecomputePreview> {
  const row = await findRow(prisma, id);
  const frozen = row.results as ScenarioResults;
  const { results } = await computeScenario(prisma, row.inputs as ScenarioInputs, { lenient: true });
  return {
    id: row.id,
    version: row.version,
    stale: row.datasetHash !== results.datasetHash,
    frozen: { datasetVersion: row.datasetVersion, datasetHash: row.datasetHash, computedAt: frozen.computedAt },
    current: { datasetVersion: results.datasetVersion, datasetHash: results.datasetHash },
    results,
    changes: compareResults(
      { label: "the saved results", results: frozen },
      { label: "today's data", results },
    ),
  };
}

/** Two scenarios side by side, with the difference that moves the ranking most. */
export async function compareScenarios(prisma: PrismaClient, idA: string, idB: string): Promise<CompareResponse> {
  const [a, b, hash] = await Promise.all([findRow(prisma, idA), findRow(prisma, idB), currentHash(prisma)]);
  return {
    a: toSummary(a, hash),
    b: toSummary(b, hash),
    // The pages name A and B; the sentences stay short and never repeat a user's text.
    comparison: compareResults({ label: "A", results: a.results as ScenarioResults }, { label: "B", results: b.results as ScenarioResults }),
  };
}

/** Display names of the fit model's factors (firm profile and market factors), by key. */
export async function factorNames(prisma: PrismaClient): Promise<Record<string, string>> {
  const rows = await prisma.fitFactor.findMany({ select: { key: true, name: true } });
  return Object.fromEntries(rows.map((r) => [r.key, r.name]));
}
