import "server-only";

import type { ImportBatchList, ImportBatchSummary, ImportDeleted } from "@/lib/contracts/imports";
import { NEW_INDICATOR_WEIGHT, valueKey, type ImportContext, type ImportPlan, type ReadFile } from "@/lib/imports";
import type { ImportFootprint } from "@/lib/imports/staleness";

import { recordAudit, type AuditNote } from "./audit";
import type { Db, Tx } from "./client";
import type { Prisma, PrismaClient } from "./generated/client";
import { bumpDataRevision } from "./revision";
import { toIndicatorValueData } from "./rows";

// The user's own data: the reads an import is checked against, the write of one ImportBatch whose
// markets, indicators and values carry origin = "user" and the batch id, beside (never over) the
// shipped data set (docs/decisions/006-user-data.md), the list and the removal. The checks and the
// all-or-nothing transaction around them are lib/server/imports.ts's.
// A batch belongs to the workspace that imported it (issue 13): only its members list, read or
// delete it. Its values stay instance-wide (docs/decisions/022-access-and-workspaces.md): they are
// checked against, and feed, every workspace's rankings.

export class ImportNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No import ${id}: it does not exist or was deleted.`);
    this.name = "ImportNotFoundError";
  }
}

/** The import added a market or indicator that another import's values (or the data set) still use. */
export class ImportInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportInUseError";
  }
}

/** Label and identity of the user's rows, wherever they are shown. */
export const USER_PUBLISHER = "Your own data (imported)";

/**
 * Plausible range of an indicator the user defines: unbounded in practice, as only the user knows
 * what their own measure can be. (±Number.MAX_VALUE does not survive the trip to a double column.)
 */
export const USER_INDICATOR_BOUND = 1e300;

/** What the validator must know of the database: markets, indicators, groups, the user's values. */
export async function readImportContext(db: Db, now: Date): Promise<ImportContext> {
  const [markets, indicators, groups, stored] = await Promise.all([
    db.market.findMany({ select: { iso3: true, name: true, region: true, subregion: true } }),
    db.indicator.findMany(),
    db.criteriaGroup.findMany({ orderBy: { sort: "asc" } }),
    db.indicatorValue.findMany({
      where: { origin: "user" },
      select: {
        marketIso3: true,
        indicatorKey: true,
        year: true,
        importBatch: { select: { fileName: true, importedAt: true } },
      },
    }),
  ]);
  return {
    now,
    markets: new Map(markets.map((m) => [m.iso3, m])),
    indicators: new Map(
      indicators.map((i) => [
        i.key,
        {
          key: i.key,
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          criteriaGroup: i.criteriaGroupKey,
          plausibleMin: i.plausibleMin,
          plausibleMax: i.plausibleMax,
          decimals: i.decimals,
        },
      ]),
    ),
    criteriaGroups: new Map(
      groups.map((g) => [g.key, { key: g.key, name: g.name, newIndicatorWeight: NEW_INDICATOR_WEIGHT }]),
    ),
    storedUserValues: new Map(
      stored.map((v) => [
        valueKey(v.marketIso3, v.indicatorKey, v.year),
        {
          fileName: v.importBatch?.fileName ?? "an earlier import",
          importedAt: v.importBatch?.importedAt ?? new Date(0),
        },
      ]),
    ),
  };
}

/**
 * Writes a checked import plan as one batch of the workspace, with its audit entry, inside the
 * caller's transaction; returns the batch id.
 */
export async function writeImportBatch(
  tx: Tx,
  workspaceId: string,
  file: Omit<ReadFile, "table">,
  plan: ImportPlan,
  now: Date,
  audit: AuditNote,
): Promise<string> {
  await bumpDataRevision(tx);
  const batch = await tx.importBatch.create({
    data: {
      workspaceId,
      fileName: file.fileName,
      fileType: file.fileType,
      fileHash: file.fileHash,
      rowCount: plan.values.length,
      importedAt: now,
    },
  });
  const user = { origin: "user" as const, importBatchId: batch.id };
  if (plan.newMarkets.length > 0) {
    await tx.market.createMany({
      data: plan.newMarkets.map((m) => ({
        iso3: m.iso3,
        name: m.name,
        region: m.region,
        subregion: m.subregion,
        role: "emerging_other" as const,
        ...user,
      })),
    });
  }
  if (plan.newIndicators.length > 0) {
    await tx.indicator.createMany({
      data: plan.newIndicators.map((i) => ({
        key: i.key,
        name: i.name,
        definition: i.definition ?? `${i.name}: your own indicator, imported from ${file.fileName}.`,
        unit: i.unit,
        direction: i.direction,
        criteriaGroupKey: i.criteriaGroup,
        publisher: USER_PUBLISHER,
        dataset: `${file.fileName} (imported ${now.toISOString().slice(0, 10)})`,
        defaultWeight: i.defaultWeight,
        plausibleMin: -USER_INDICATOR_BOUND,
        plausibleMax: USER_INDICATOR_BOUND,
        decimals: i.decimals,
        ...user,
      })),
    });
  }
  await tx.indicatorValue.createMany({
    data: plan.values.map((v) => ({ ...toIndicatorValueData(v), ...user })),
  });
  await recordAudit(tx, {
    ...audit,
    workspaceId,
    subjectType: "import",
    subjectId: batch.id,
    detail: {
      ...audit.detail,
      fileName: file.fileName,
      rows: plan.values.length,
      markets: plan.newMarkets.length,
      indicators: plan.newIndicators.length,
    },
  });
  return batch.id;
}

const batchInclude = {
  markets: { select: { iso3: true, name: true }, orderBy: { iso3: "asc" } },
  indicators: { select: { key: true, name: true, unit: true, criteriaGroupKey: true }, orderBy: { key: "asc" } },
  _count: { select: { values: true } },
} satisfies Prisma.ImportBatchInclude;

type BatchRow = Prisma.ImportBatchGetPayload<{ include: typeof batchInclude }>;

function toSummary(row: BatchRow, years: { min: number | null; max: number | null } | undefined): ImportBatchSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    fileType: row.fileType,
    fileHash: row.fileHash,
    rowCount: row.rowCount,
    importedAt: row.importedAt.toISOString(),
    values: row._count.values,
    markets: row.markets,
    indicators: row.indicators.map((i) => ({
      key: i.key,
      name: i.name,
      unit: i.unit,
      criteriaGroup: i.criteriaGroupKey,
    })),
    years: years?.min != null && years.max != null ? { from: years.min, to: years.max } : null,
  };
}

export async function readImportBatch(db: Db, workspaceId: string, id: string): Promise<ImportBatchSummary> {
  const { batches } = await listImportBatches(db, workspaceId, id);
  const batch = batches[0];
  if (!batch) throw new ImportNotFoundError(id);
  return batch;
}

/** Every committed import of the workspace, newest first, with what it added. */
export async function listImportBatches(db: Db, workspaceId: string, onlyId?: string): Promise<ImportBatchList> {
  const where = { workspaceId, ...(onlyId ? { id: onlyId } : {}) };
  const [rows, years] = await Promise.all([
    db.importBatch.findMany({ where, include: batchInclude, orderBy: [{ importedAt: "desc" }, { id: "asc" }] }),
    db.indicatorValue.groupBy({
      by: ["importBatchId"],
      where: { origin: "user", importBatch: { workspaceId }, ...(onlyId ? { importBatchId: onlyId } : {}) },
      _min: { year: true },
      _max: { year: true },
    }),
  ]);
  const yearsOf = new Map(years.map((y) => [y.importBatchId, { min: y._min.year, max: y._max.year }]));
  return { batches: rows.map((row) => toSummary(row, yearsOf.get(row.id))) };
}

/**
 * Removes an import: its values, then the markets and indicators it added, then the batch, in one
 * transaction. Refused (ImportInUseError) while another import's values use a market or indicator it added.
 */
export async function removeImportBatch(
  prisma: PrismaClient,
  workspaceId: string,
  id: string,
  audit: AuditNote,
): Promise<ImportDeleted> {
  return prisma.$transaction(async (tx) => {
    const batch = await tx.importBatch.findFirst({
      where: { id, workspaceId },
      include: { markets: true, indicators: true },
    });
    if (!batch) throw new ImportNotFoundError(id);
    const values = await tx.indicatorValue.deleteMany({ where: { importBatchId: id } });
    const marketCodes = batch.markets.map((m) => m.iso3);
    const indicatorKeys = batch.indicators.map((i) => i.key);
    const usedBy = await tx.indicatorValue.findFirst({
      where: { OR: [{ marketIso3: { in: marketCodes } }, { indicatorKey: { in: indicatorKeys } }] },
      include: { importBatch: { select: { fileName: true } } },
    });
    if (usedBy) {
      const what = marketCodes.includes(usedBy.marketIso3)
        ? `market ${usedBy.marketIso3}`
        : `indicator ${usedBy.indicatorKey}`;
      const other = usedBy.importBatch ? `the import "${usedBy.importBatch.fileName}"` : "the shipped data set";
      throw new ImportInUseError(`This import added ${what}, which ${other} still uses. Delete that import first.`);
    }
    const indicators = await tx.indicator.deleteMany({ where: { importBatchId: id, origin: "user" } });
    const markets = await tx.market.deleteMany({ where: { importBatchId: id, origin: "user" } });
    await tx.importBatch.delete({ where: { id } });
    await bumpDataRevision(tx);
    const deleted = { values: values.count, markets: markets.count, indicators: indicators.count };
    await recordAudit(tx, {
      ...audit,
      workspaceId,
      subjectType: "import",
      subjectId: id,
      detail: { ...audit.detail, fileName: batch.fileName, ...deleted },
    });
    return { id, fileName: batch.fileName, deleted };
  });
}

/** Every batch with the cells (market × indicator) it holds values for: what staleness compares. */
export async function readImportFootprints(db: Db): Promise<ImportFootprint[]> {
  const [batches, cells] = await Promise.all([
    db.importBatch.findMany({ orderBy: [{ importedAt: "asc" }, { id: "asc" }] }),
    db.indicatorValue.groupBy({
      by: ["importBatchId", "marketIso3", "indicatorKey"],
      where: { origin: "user" },
      orderBy: [{ importBatchId: "asc" }, { indicatorKey: "asc" }, { marketIso3: "asc" }],
    }),
  ]);
  if (batches.length === 0) return [];
  const names = new Map(
    (
      await db.indicator.findMany({
        where: { key: { in: [...new Set(cells.map((c) => c.indicatorKey))] } },
        select: { key: true, name: true },
      })
    ).map((i) => [i.key, i.name]),
  );
  return batches.map((b) => ({
    id: b.id,
    fileName: b.fileName,
    fileHash: b.fileHash,
    importedAt: b.importedAt.toISOString(),
    cells: cells
      .filter((c) => c.importBatchId === b.id)
      .map((c) => ({
        market: c.marketIso3,
        indicator: c.indicatorKey,
        indicatorName: names.get(c.indicatorKey) ?? c.indicatorKey,
      })),
  }));
}
