import "server-only";

import {
  type Backup,
  type BackupAuditEntry,
  type BackupImportBatch,
  type BackupScenario,
  type RestoreResult,
} from "@/lib/contracts/backup";

import type { Db, Tx } from "./client";
import type { Prisma } from "./generated/client";
import { findDatasetVersion } from "./datasets";
import { toIndicatorFields, toIndicatorValueData } from "./rows";

// Backup and restore of everything that is the user's: import batches with their markets,
// indicators and values (origin = user), and scenarios with every revision, version number,
// timestamp and soft-delete mark: the reads and the writes, row for row. When a restore is allowed
// and what it must fit is lib/server/backup.ts's. A backup holds one workspace's scenarios and
// imports (issue 13), and is restored into one workspace.

const json = (value: unknown) => value as Prisma.InputJsonValue;
const iso = (date: Date) => date.toISOString();

/** The shipped data set the database holds, as a backup names it. */
export async function readBackupDataset(db: Db): Promise<Backup["dataset"]> {
  const dataset = await findDatasetVersion(db);
  return dataset ? { version: dataset.version, contentHash: dataset.contentHash } : null;
}

/** The workspace a backup is exported from. */
export async function readBackupWorkspace(db: Db, workspaceId: string): Promise<Backup["workspace"]> {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true, name: true } });
  return workspace ?? undefined;
}

/** The workspace's audit entries, oldest first, after the entry `afterId`, `take` at a time. */
export async function readAuditPage(
  db: Db,
  workspaceId: string,
  afterId: number,
  take: number,
): Promise<{ rows: BackupAuditEntry[]; lastId?: number }> {
  const rows = await db.auditEntry.findMany({
    where: { workspaceId, id: { gt: afterId } },
    orderBy: { id: "asc" },
    take,
  });
  return {
    lastId: rows.at(-1)?.id,
    rows: rows.map((r) => ({
      at: iso(r.at),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      detail: (r.detail ?? {}) as BackupAuditEntry["detail"],
    })),
  };
}

/** Writes a backup's audit entries, as exported, into the workspace, inside the caller's transaction. */
export async function insertAuditEntries(tx: Tx, workspaceId: string, entries: BackupAuditEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const { count } = await tx.auditEntry.createMany({
    data: entries.map((e) => ({ ...e, workspaceId, at: new Date(e.at), detail: json(e.detail) })),
  });
  return count;
}

/** Where a page of a backup read ends: the sort time and id of its last row. */
export type BackupPosition = { at: Date; id: string };

/** Import batches, oldest first, after `after`, `take` at a time, each with everything it added. */
export async function readImportBatchPage(
  db: Db,
  workspaceId: string,
  after: BackupPosition | undefined,
  take: number,
): Promise<{ rows: BackupImportBatch[]; last?: BackupPosition }> {
  const batches = await db.importBatch.findMany({
    where: {
      workspaceId,
      ...(after ? { OR: [{ importedAt: { gt: after.at } }, { importedAt: after.at, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ importedAt: "asc" }, { id: "asc" }],
    take,
    include: {
      markets: { where: { origin: "user" }, orderBy: { iso3: "asc" } },
      indicators: { where: { origin: "user" }, orderBy: { key: "asc" } },
      values: {
        where: { origin: "user" },
        orderBy: [{ marketIso3: "asc" }, { indicatorKey: "asc" }, { year: "asc" }],
      },
    },
  });
  const last = batches.at(-1);
  return {
    last: last && { at: last.importedAt, id: last.id },
    rows: batches.map((b): BackupImportBatch => ({
      id: b.id,
      fileName: b.fileName,
      fileType: b.fileType,
      fileHash: b.fileHash,
      rowCount: b.rowCount,
      importedAt: iso(b.importedAt),
      markets: b.markets.map(({ iso3, name, region, subregion, incomeGroup, role }) => ({
        iso3,
        name,
        region,
        subregion,
        incomeGroup,
        role,
      })),
      indicators: b.indicators.map((i) => ({
        ...toIndicatorFields(i),
        plausibleMin: i.plausibleMin,
        plausibleMax: i.plausibleMax,
      })),
      values: b.values.map((v) => ({
        market: v.marketIso3,
        indicator: v.indicatorKey,
        year: v.year,
        value: v.value,
        source: v.source,
        note: v.note,
        kind: v.kind,
        edition: v.edition,
        locator: v.locator,
      })),
    })),
  };
}

export type BackupScenarioFields = Omit<BackupScenario, "revisions">;

/** Scenarios (deleted ones too), oldest first, after `after`, `take` at a time, without their revisions. */
export async function readScenarioPageForBackup(
  db: Db,
  workspaceId: string,
  after: BackupPosition | undefined,
  take: number,
): Promise<{ rows: BackupScenarioFields[]; last?: BackupPosition }> {
  const scenarios = await db.scenario.findMany({
    where: {
      workspaceId,
      ...(after ? { OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
  });
  const last = scenarios.at(-1);
  return {
    last: last && { at: last.createdAt, id: last.id },
    rows: scenarios.map((s) => ({
      id: s.id,
      version: s.version,
      ...versionOf(s),
      createdAt: iso(s.createdAt),
      updatedAt: iso(s.updatedAt),
      deletedAt: s.deletedAt ? iso(s.deletedAt) : null,
    })),
  };
}

/** A scenario's revisions, oldest first, from version `fromVersion` on, `take` at a time. */
export async function readRevisionPage(
  db: Db,
  scenarioId: string,
  fromVersion: number,
  take: number,
): Promise<BackupScenario["revisions"]> {
  const revisions = await db.scenarioRevision.findMany({
    where: { scenarioId, version: { gte: fromVersion } },
    orderBy: { version: "asc" },
    take,
  });
  return revisions.map((r) => ({ version: r.version, ...versionOf(r), savedAt: iso(r.savedAt) }));
}

type VersionRow = {
  name: string;
  notes: string;
  inputs: unknown;
  results: unknown;
  datasetVersion: string;
  datasetHash: string;
};

/** What a scenario and each of its revisions store of one version, as a backup writes it… */
function versionOf(row: VersionRow): Omit<BackupScenario["revisions"][number], "version" | "savedAt"> {
  const { name, notes, inputs, results, datasetVersion, datasetHash } = row;
  return {
    name,
    notes,
    inputs: inputs as BackupScenario["inputs"],
    results: results as BackupScenario["results"],
    datasetVersion,
    datasetHash,
  };
}

/** …and as a restore writes it back. */
function versionData(v: VersionRow) {
  return { ...versionOf(v), inputs: json(v.inputs), results: json(v.results) };
}

/** How much of the user's own data the workspace holds (a restore needs none). */
export async function countUserData(db: Db, workspaceId: string) {
  const ofBatch = { origin: "user" as const, importBatch: { workspaceId } };
  const [scenarios, importBatches, markets, indicators, values] = await Promise.all([
    db.scenario.count({ where: { workspaceId } }),
    db.importBatch.count({ where: { workspaceId } }),
    db.market.count({ where: ofBatch }),
    db.indicator.count({ where: ofBatch }),
    db.indicatorValue.count({ where: ofBatch }),
  ]);
  return { scenarios, importBatches, markets, indicators, values };
}

/** The keys a backup's rows may refer to: every market, indicator and criteria group stored. */
export async function readReferenceKeys(db: Db) {
  const [markets, indicators, groups] = await Promise.all([
    db.market.findMany({ select: { iso3: true } }),
    db.indicator.findMany({ select: { key: true } }),
    db.criteriaGroup.findMany({ select: { key: true } }),
  ]);
  return {
    markets: new Set(markets.map((m) => m.iso3)),
    indicators: new Set(indicators.map((i) => i.key)),
    criteriaGroups: new Set(groups.map((g) => g.key)),
  };
}

/** Writes a backup's rows exactly as exported, inside the caller's transaction. */
export async function insertBackupRows(
  tx: Tx,
  workspaceId: string,
  backup: Pick<Backup, "importBatches" | "scenarios">,
): Promise<RestoreResult["restored"]> {
  const counts = {
    importBatches: 0,
    markets: 0,
    indicators: 0,
    values: 0,
    scenarios: 0,
    revisions: 0,
    auditEntries: 0,
  };
  for (const b of backup.importBatches) {
    await tx.importBatch.create({
      data: {
        id: b.id,
        workspaceId,
        fileName: b.fileName,
        fileType: b.fileType,
        fileHash: b.fileHash,
        rowCount: b.rowCount,
        importedAt: new Date(b.importedAt),
      },
    });
    counts.importBatches++;
  }
  const user = (importBatchId: string) => ({ origin: "user" as const, importBatchId });
  // Parents first, across batches: a later batch's values may use an earlier batch's indicator.
  for (const b of backup.importBatches) {
    if (b.markets.length > 0)
      counts.markets += (await tx.market.createMany({ data: b.markets.map((m) => ({ ...m, ...user(b.id) })) })).count;
    if (b.indicators.length > 0) {
      counts.indicators += (
        await tx.indicator.createMany({
          data: b.indicators.map(({ criteriaGroup, ...i }) => ({
            ...i,
            criteriaGroupKey: criteriaGroup,
            ...user(b.id),
          })),
        })
      ).count;
    }
  }
  for (const b of backup.importBatches) {
    if (b.values.length === 0) continue;
    counts.values += (
      await tx.indicatorValue.createMany({ data: b.values.map((v) => ({ ...toIndicatorValueData(v), ...user(b.id) })) })
    ).count;
  }
  for (const s of backup.scenarios) {
    await tx.scenario.create({
      data: {
        id: s.id,
        workspaceId,
        version: s.version,
        ...versionData(s),
        createdAt: new Date(s.createdAt),
        // Given explicitly, @updatedAt keeps this value instead of "now".
        updatedAt: new Date(s.updatedAt),
        deletedAt: s.deletedAt ? new Date(s.deletedAt) : null,
      },
    });
    counts.scenarios++;
    if (s.revisions.length > 0) {
      counts.revisions += (
        await tx.scenarioRevision.createMany({
          data: s.revisions.map((r) => ({
            scenarioId: s.id,
            version: r.version,
            ...versionData(r),
            savedAt: new Date(r.savedAt),
          })),
        })
      ).count;
    }
  }
  return counts;
}
