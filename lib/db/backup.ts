import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type Backup,
  type BackupImportBatch,
  type BackupScenario,
  type RestoreResult,
} from "@/lib/contracts/backup";

import type { Db, Tx } from "./client";
import type { Prisma, PrismaClient } from "./generated/client";
import { findDatasetVersion } from "./datasets";
import { bumpDataRevision } from "./revision";
import { toIndicatorValueData } from "./rows";

// Backup and restore of everything that is the user's: import batches with their markets,
// indicators and values (origin = user), and scenarios with every revision, version number,
// timestamp and soft-delete mark: the reads and the writes, row for row. When a restore is allowed
// and what it must fit is lib/server/backup.ts's.

const json = (value: unknown) => value as Prisma.InputJsonValue;
const iso = (date: Date) => date.toISOString();

export async function readBackup(prisma: PrismaClient, now: Date): Promise<Backup> {
  return prisma.$transaction(async (tx) => {
    const [dataset, batches, scenarios] = await Promise.all([
      findDatasetVersion(tx),
      tx.importBatch.findMany({
        orderBy: [{ importedAt: "asc" }, { id: "asc" }],
        include: {
          markets: { where: { origin: "user" }, orderBy: { iso3: "asc" } },
          indicators: { where: { origin: "user" }, orderBy: { key: "asc" } },
          values: {
            where: { origin: "user" },
            orderBy: [{ marketIso3: "asc" }, { indicatorKey: "asc" }, { year: "asc" }],
          },
        },
      }),
      tx.scenario.findMany({
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { revisions: { orderBy: { version: "asc" } } },
      }),
    ]);
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: iso(now),
      dataset: dataset ? { version: dataset.version, contentHash: dataset.contentHash } : null,
      importBatches: batches.map((b): BackupImportBatch => ({
        id: b.id,
        fileName: b.fileName,
        fileType: b.fileType,
        fileHash: b.fileHash,
        rowCount: b.rowCount,
        importedAt: iso(b.importedAt),
        markets: b.markets.map(({ iso3, name, region, subregion, role }) => ({ iso3, name, region, subregion, role })),
        indicators: b.indicators.map((i) => ({
          key: i.key,
          name: i.name,
          definition: i.definition,
          unit: i.unit,
          direction: i.direction,
          criteriaGroup: i.criteriaGroupKey,
          publisher: i.publisher,
          dataset: i.dataset,
          defaultWeight: i.defaultWeight,
          plausibleMin: i.plausibleMin,
          plausibleMax: i.plausibleMax,
          decimals: i.decimals,
        })),
        values: b.values.map((v) => ({
          market: v.marketIso3,
          indicator: v.indicatorKey,
          year: v.year,
          value: v.value,
          source: v.source,
          note: v.note,
        })),
      })),
      scenarios: scenarios.map((s): BackupScenario => ({
        id: s.id,
        name: s.name,
        notes: s.notes,
        version: s.version,
        inputs: s.inputs as BackupScenario["inputs"],
        results: s.results as BackupScenario["results"],
        datasetVersion: s.datasetVersion,
        datasetHash: s.datasetHash,
        createdAt: iso(s.createdAt),
        updatedAt: iso(s.updatedAt),
        deletedAt: s.deletedAt ? iso(s.deletedAt) : null,
        revisions: s.revisions.map((r) => ({
          version: r.version,
          name: r.name,
          notes: r.notes,
          inputs: r.inputs as BackupScenario["inputs"],
          results: r.results as BackupScenario["results"],
          datasetVersion: r.datasetVersion,
          datasetHash: r.datasetHash,
          savedAt: iso(r.savedAt),
        })),
      })),
    };
  });
}

/** How much of the user's own data the database holds (a restore needs none). */
export async function countUserData(db: Db) {
  const [scenarios, importBatches, markets, indicators, values] = await Promise.all([
    db.scenario.count(),
    db.importBatch.count(),
    db.market.count({ where: { origin: "user" } }),
    db.indicator.count({ where: { origin: "user" } }),
    db.indicatorValue.count({ where: { origin: "user" } }),
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
export async function writeBackup(tx: Tx, backup: Backup): Promise<RestoreResult["restored"]> {
  await bumpDataRevision(tx);
  const counts = { importBatches: 0, markets: 0, indicators: 0, values: 0, scenarios: 0, revisions: 0 };
  for (const b of backup.importBatches) {
    await tx.importBatch.create({
      data: {
        id: b.id,
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
          data: b.indicators.map(({ criteriaGroup, ...i }) => ({ ...i, criteriaGroupKey: criteriaGroup, ...user(b.id) })),
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
        name: s.name,
        notes: s.notes,
        version: s.version,
        inputs: json(s.inputs),
        results: json(s.results),
        datasetVersion: s.datasetVersion,
        datasetHash: s.datasetHash,
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
            name: r.name,
            notes: r.notes,
            inputs: json(r.inputs),
            results: json(r.results),
            datasetVersion: r.datasetVersion,
            datasetHash: r.datasetHash,
            savedAt: new Date(r.savedAt),
          })),
        })
      ).count;
    }
  }
  return counts;
}
