import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type Backup,
  type BackupImportBatch,
  type BackupScenario,
  type RestoreResult,
} from "@/lib/contracts/backup";
import { RequestError } from "@/lib/http/errors";

import { Prisma, type PrismaClient } from "./generated/client";
import { toIndicatorValueData } from "./rows";

// Backup and restore of everything that is the user's: import batches with their markets,
// indicators and values (origin = user), and scenarios with every revision, version number,
// timestamp and soft-delete mark. Restoring writes exactly what was exported, in one transaction,
// and only into a database that holds none of the user's data: it never overwrites.

const json = (value: unknown) => value as Prisma.InputJsonValue;
const iso = (date: Date) => date.toISOString();

export async function exportBackup(prisma: PrismaClient, now = new Date()): Promise<Backup> {
  return prisma.$transaction(async (tx) => {
    const [dataset, batches, scenarios] = await Promise.all([
      tx.datasetVersion.findFirst({ orderBy: { id: "desc" } }),
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

function conflict(message: string): RequestError {
  return new RequestError(409, "restore_conflict", message);
}

/** Restores a backup into a database without scenarios or user data; refuses (409) otherwise. */
export async function restoreBackup(prisma: PrismaClient, backup: Backup): Promise<RestoreResult> {
  try {
    return await prisma.$transaction(
      async (tx) => {
        const [scenarios, batches, userMarkets, userIndicators, userValues] = await Promise.all([
          tx.scenario.count(),
          tx.importBatch.count(),
          tx.market.count({ where: { origin: "user" } }),
          tx.indicator.count({ where: { origin: "user" } }),
          tx.indicatorValue.count({ where: { origin: "user" } }),
        ]);
        if (scenarios + batches + userMarkets + userIndicators + userValues > 0) {
          throw conflict(
            `A backup is restored only into a database that holds none of your data, so that nothing is overwritten. This one has ${scenarios} scenario(s) and ${batches} import(s). Restore into a new data directory (OUTBOUND_DATA_DIR) or an empty database, or delete them first.`,
          );
        }
        await checkReferences(tx, backup);

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
            counts.markets += (
              await tx.market.createMany({ data: b.markets.map((m) => ({ ...m, ...user(b.id) })) })
            ).count;
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
            await tx.indicatorValue.createMany({
              data: b.values.map((v) => ({ ...toIndicatorValueData(v), ...user(b.id) })),
            })
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
        return { restored: counts, warnings: await warningsFor(tx, backup) };
      },
      { timeout: 120_000, maxWait: 15_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new RequestError(
        400,
        "invalid_backup",
        `The backup holds the same row twice (${describeTarget(error)}); nothing was restored.`,
      );
    }
    throw error;
  }
}

function describeTarget(error: Prisma.PrismaClientKnownRequestError): string {
  const target = (error.meta as { target?: unknown } | undefined)?.target;
  return Array.isArray(target) ? target.join(", ") : "a unique key";
}

/** Every market, indicator and criteria group a backup row names must exist, in it or in the database. */
async function checkReferences(tx: Prisma.TransactionClient, backup: Backup): Promise<void> {
  const [markets, indicators, groups] = await Promise.all([
    tx.market.findMany({ select: { iso3: true } }),
    tx.indicator.findMany({ select: { key: true } }),
    tx.criteriaGroup.findMany({ select: { key: true } }),
  ]);
  const dbMarkets = new Set(markets.map((m) => m.iso3));
  const dbIndicators = new Set(indicators.map((i) => i.key));
  const dbGroups = new Set(groups.map((g) => g.key));
  const problems: string[] = [];
  const allMarkets = new Set(dbMarkets);
  const allIndicators = new Set(dbIndicators);
  for (const b of backup.importBatches) {
    for (const m of b.markets) {
      if (dbMarkets.has(m.iso3)) problems.push(`market ${m.iso3} that the backup adds is now part of the data set`);
      allMarkets.add(m.iso3);
    }
    for (const i of b.indicators) {
      if (dbIndicators.has(i.key)) problems.push(`indicator ${i.key} that the backup adds is now part of the data set`);
      if (!dbGroups.has(i.criteriaGroup))
        problems.push(
          `indicator ${i.key} belongs to criteria group ${i.criteriaGroup}, which this data set does not have`,
        );
      allIndicators.add(i.key);
    }
  }
  for (const b of backup.importBatches) {
    for (const v of b.values) {
      if (!allMarkets.has(v.market))
        problems.push(`a value for market ${v.market}, which neither the backup nor this data set has`);
      if (!allIndicators.has(v.indicator))
        problems.push(`a value for indicator ${v.indicator}, which neither the backup nor this data set has`);
    }
  }
  if (problems.length > 0) {
    const unique = [...new Set(problems)];
    throw conflict(
      `The backup does not fit this database's data set; nothing was restored: ${unique.slice(0, 10).join("; ")}${unique.length > 10 ? ` (and ${unique.length - 10} more)` : ""}.`,
    );
  }
}

async function warningsFor(tx: Prisma.TransactionClient, backup: Backup): Promise<string[]> {
  const current = await tx.datasetVersion.findFirst({ orderBy: { id: "desc" } });
  if (!backup.dataset || !current || backup.dataset.contentHash === current.contentHash) return [];
  return [
    `The backup was made on data set ${backup.dataset.version}; this database has ${current.version}. Scenarios keep the results they were saved with and show as computed on another data set.`,
  ];
}

/** How much of the user's own data the database holds (a restore needs all zeros). */
export async function userDataCounts(prisma: PrismaClient) {
  const [scenarios, importBatches] = await Promise.all([prisma.scenario.count(), prisma.importBatch.count()]);
  return { scenarios, importBatches, empty: scenarios === 0 && importBatches === 0 };
}
