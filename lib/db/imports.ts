import type {
  ImportBatchList,
  ImportBatchSummary,
  ImportCommitted,
  ImportDeleted,
  ImportPreview,
} from "@/lib/contracts/imports";
import { RequestError } from "@/lib/http/errors";
import {
  MAX_PREVIEW_ROWS,
  MAX_PROBLEMS_LISTED,
  importRejected,
  readImportFile,
  validateImport,
  valueKey,
  type ImportContext,
  type ImportPlan,
  type ReadFile,
  type Upload,
} from "@/lib/imports";

import { Prisma, type PrismaClient } from "./generated/client";
import { toIndicatorValueData } from "./rows";

// The user's own data: previewed, then written all or nothing as one ImportBatch whose markets,
// indicators and values carry origin = "user" and the batch id, beside (never over) the shipped
// data set. See docs/decisions/006-user-data.md.

type Db = PrismaClient | Prisma.TransactionClient;

/** Label and identity of the user's rows, wherever they are shown. */
export const USER_PUBLISHER = "Your own data (imported)";

/**
 * Plausible range of an indicator the user defines: unbounded in practice, as only the user knows
 * what their own measure can be. (±Number.MAX_VALUE does not survive the trip to a double column.)
 */
export const USER_INDICATOR_BOUND = 1e300;

/** What the validator must know of the database: markets, indicators, groups, the user's values. */
export async function readImportContext(db: Db, now = new Date()): Promise<ImportContext> {
  const [markets, indicators, groups, stored] = await Promise.all([
    db.market.findMany({ select: { iso3: true, name: true, region: true, subregion: true } }),
    db.indicator.findMany(),
    db.criteriaGroup.findMany({
      orderBy: { sort: "asc" },
      include: { indicators: { select: { defaultWeight: true } } },
    }),
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
      groups.map((g) => [g.key, { key: g.key, name: g.name, newIndicatorWeight: newIndicatorWeight(g.indicators) }]),
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
 * A new indicator weighs, within its group, as much as the group's average indicator (1 in a group
 * with none), so it counts from the start without swamping the shipped ones; the user moves it.
 */
function newIndicatorWeight(indicators: { defaultWeight: number }[]): number {
  const weights = indicators.map((i) => i.defaultWeight).filter((w) => w > 0);
  if (weights.length === 0) return 1;
  return Math.round((weights.reduce((a, b) => a + b, 0) / weights.length) * 1e6) / 1e6;
}

function toPreview(file: ReadFile, plan: ImportPlan): ImportPreview {
  return {
    fileName: file.fileName,
    fileType: file.fileType,
    fileHash: file.fileHash,
    ok: plan.problems.length === 0 && plan.values.length > 0,
    columns: plan.columns,
    dataRows: plan.dataRows,
    problemCount: plan.problems.length,
    problems: plan.problems.slice(0, MAX_PROBLEMS_LISTED),
    rows: plan.rows.slice(0, MAX_PREVIEW_ROWS),
    rowsShown: Math.min(plan.rows.length, MAX_PREVIEW_ROWS),
    toWrite: {
      values: plan.values.length,
      newMarkets: plan.newMarkets.map(({ iso3, name, region, subregion, row }) => ({
        iso3,
        name,
        region,
        subregion,
        row,
      })),
      newIndicators: plan.newIndicators.map(
        ({ key, name, unit, direction, criteriaGroup, definition, defaultWeight, row }) => ({
          key,
          name,
          unit,
          direction,
          criteriaGroup,
          definition,
          defaultWeight,
          row,
        }),
      ),
    },
  };
}

function noValues(plan: ImportPlan): ImportPlan {
  if (plan.problems.length > 0 || plan.values.length > 0) return plan;
  return { ...plan, problems: [{ row: 1, column: null, message: "The file has a header but no rows of values." }] };
}

/** Reads and checks the file against the database; writes nothing. */
export async function previewImport(
  prisma: PrismaClient,
  upload: Pick<Upload, "fileName" | "bytes">,
  now = new Date(),
): Promise<ImportPreview> {
  const file = await readImportFile(upload);
  const plan = noValues(validateImport(file.table, await readImportContext(prisma, now)));
  return toPreview(file, plan);
}

/**
 * Checks the file again, inside the transaction that writes it, and writes all of it or nothing:
 * any problem (or a concurrent import of the same values) rolls the whole batch back.
 */
export async function commitImport(prisma: PrismaClient, upload: Upload, now = new Date()): Promise<ImportCommitted> {
  const file = await readImportFile(upload);
  if (upload.expectedHash && upload.expectedHash !== file.fileHash) {
    throw new RequestError(
      409,
      "file_changed",
      "This is not the file you previewed (its content differs). Preview it again, then import.",
    );
  }
  try {
    const id = await prisma.$transaction(
      async (tx) => {
        const plan = noValues(validateImport(file.table, await readImportContext(tx, now)));
        if (plan.problems.length > 0)
          throw importRejected(plan.problems.slice(0, MAX_PROBLEMS_LISTED), plan.problems.length);
        const batch = await tx.importBatch.create({
          data: {
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
        return batch.id;
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
    return { batch: await batchSummary(prisma, id) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new RequestError(
        409,
        "import_conflict",
        "Some of these values or markets were imported meanwhile (by another import). Preview the file again to see which.",
      );
    }
    throw error;
  }
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

async function batchSummary(db: Db, id: string): Promise<ImportBatchSummary> {
  const { batches } = await listImportBatches(db, id);
  const batch = batches[0];
  if (!batch) throw importNotFound(id);
  return batch;
}

/** Every committed import, newest first, with what it added. */
export async function listImportBatches(db: Db, onlyId?: string): Promise<ImportBatchList> {
  const where = onlyId ? { id: onlyId } : {};
  const [rows, years] = await Promise.all([
    db.importBatch.findMany({ where, include: batchInclude, orderBy: [{ importedAt: "desc" }, { id: "asc" }] }),
    db.indicatorValue.groupBy({
      by: ["importBatchId"],
      where: { origin: "user", ...(onlyId ? { importBatchId: onlyId } : {}) },
      _min: { year: true },
      _max: { year: true },
    }),
  ]);
  const yearsOf = new Map(years.map((y) => [y.importBatchId, { min: y._min.year, max: y._max.year }]));
  return { batches: rows.map((row) => toSummary(row, yearsOf.get(row.id))) };
}

function importNotFound(id: string): RequestError {
  return new RequestError(404, "not_found", `No import ${id}: it does not exist or was deleted.`);
}

/**
 * Removes an import: its values, then the markets and indicators it added, then the batch, in one
 * transaction. Refused (409) while another import's values use a market or indicator it added.
 */
export async function deleteImportBatch(prisma: PrismaClient, id: string): Promise<ImportDeleted> {
  return prisma.$transaction(async (tx) => {
    const batch = await tx.importBatch.findUnique({ where: { id }, include: { markets: true, indicators: true } });
    if (!batch) throw importNotFound(id);
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
      throw new RequestError(
        409,
        "import_in_use",
        `This import added ${what}, which ${other} still uses. Delete that import first.`,
      );
    }
    const indicators = await tx.indicator.deleteMany({ where: { importBatchId: id, origin: "user" } });
    const markets = await tx.market.deleteMany({ where: { importBatchId: id, origin: "user" } });
    await tx.importBatch.delete({ where: { id } });
    return {
      id,
      fileName: batch.fileName,
      deleted: { values: values.count, markets: markets.count, indicators: indicators.count },
    };
  });
}
