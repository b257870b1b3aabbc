import "server-only";

import type { ScoringData } from "@/lib/contracts/api";
import type { ImportBatchList, ImportCommitted, ImportDeleted, ImportPreview } from "@/lib/contracts/imports";
import { getPrisma } from "@/lib/db/client";
import { uniqueViolation } from "@/lib/db/errors";
import {
  ImportInUseError,
  ImportNotFoundError,
  listImportBatches,
  readImportBatch,
  readImportContext,
  removeImportBatch,
  writeImportBatch,
} from "@/lib/db/imports";
import { apiLocale } from "@/lib/http/api-text";
import { RequestError } from "@/lib/http/errors";
import { dataText, marketName } from "@/lib/i18n/data-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import {
  MAX_PREVIEW_ROWS,
  MAX_PROBLEMS_LISTED,
  importRejected,
  readImportFile,
  validateImport,
  type ImportPlan,
  type Problem,
  type ReadFile,
  type Upload,
} from "@/lib/imports";
import { ImportFileError } from "@/lib/imports/errors";
import { wordProblems } from "@/lib/imports/wording";

import { actorOf, assertCan, type Access } from "./access";
import { userDataCounts } from "./backup";
import { scoringData } from "./workspace";

// The user's own data: a file previewed (every problem by row and column, nothing written), then
// committed all or nothing: checked again inside the transaction that writes it, so a concurrent
// import cannot slip between check and write (docs/decisions/006-user-data.md).

/** The data set's own names in the reader's language (user-defined ones stay as the user wrote them). */
function namedProblems(problems: readonly Problem[], locale: Locale): Problem[] {
  return problems.map((p) => {
    const text = p.text;
    switch (text.code) {
      case "implausibleValue":
      case "indicatorExists":
        return { ...p, text: { ...text, name: dataText(locale, "indicators", text.indicator, "name", text.name) } };
      case "marketExists":
        return { ...p, text: { ...text, name: marketName(locale, text.market, text.name) } };
      default:
        return p;
    }
  });
}

/** The problems as the API gives them, in `locale`. */
const worded = (problems: readonly Problem[], locale: Locale) => wordProblems(namedProblems(problems, locale), locale);

function toPreview(file: ReadFile, plan: ImportPlan, locale: Locale): ImportPreview {
  return {
    fileName: file.fileName,
    fileType: file.fileType,
    fileHash: file.fileHash,
    ok: plan.problems.length === 0 && plan.values.length > 0,
    columns: plan.columns,
    dataRows: plan.dataRows,
    problemCount: plan.problems.length,
    problems: worded(plan.problems.slice(0, MAX_PROBLEMS_LISTED), locale),
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
  return { ...plan, problems: [{ row: 1, column: null, text: { code: "noValues" } }] };
}

/**
 * Reads and checks the file against the database; writes nothing. The problems are worded in
 * `locale` (by default the language of the request being served).
 */
export async function previewImport(
  access: Access,
  upload: Pick<Upload, "fileName" | "bytes">,
  now = new Date(),
  locale: Locale = apiLocale(),
): Promise<ImportPreview> {
  // Previewing is the first step of importing: an editor's (it writes nothing, but a viewer has no use for it).
  assertCan(access, "import", "create");
  const file = await readImportFile(upload);
  const plan = noValues(validateImport(file.table, await readImportContext(await getPrisma(), now)));
  return toPreview(file, plan, locale);
}

/**
 * Checks the file again, inside the transaction that writes it, and writes all of it or nothing:
 * any problem (or a concurrent import of the same values) rolls the whole batch back.
 */
export async function commitImport(
  access: Access,
  upload: Upload,
  now = new Date(),
  locale: Locale = apiLocale(),
): Promise<ImportCommitted> {
  assertCan(access, "import", "create");
  const file = await readImportFile(upload);
  if (upload.expectedHash && upload.expectedHash !== file.fileHash) {
    throw new ImportFileError(409, "file_changed", { key: "fileChanged" });
  }
  const prisma = await getPrisma();
  try {
    const id = await prisma.$transaction(
      async (tx) => {
        const plan = noValues(validateImport(file.table, await readImportContext(tx, now)));
        if (plan.problems.length > 0)
          throw importRejected(worded(plan.problems.slice(0, MAX_PROBLEMS_LISTED), locale), plan.problems.length);
        return writeImportBatch(tx, access.workspaceId, file, plan, now, {
          ...actorOf(access),
          action: "import.commit",
        });
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
    return { batch: await readImportBatch(prisma, access.workspaceId, id) };
  } catch (error) {
    if (uniqueViolation(error)) {
      throw new ImportFileError(409, "import_conflict", { key: "importConflict" });
    }
    throw error;
  }
}

/** Every committed import of the workspace, newest first, with what it added. */
export async function importBatches(access: Access): Promise<ImportBatchList> {
  assertCan(access, "import", "read");
  return listImportBatches(await getPrisma(), access.workspaceId);
}

/** Removes an import and what it added; 404 when unknown, 409 while another import builds on it. */
export async function deleteImport(access: Access, id: string): Promise<ImportDeleted> {
  assertCan(access, "import", "delete");
  try {
    return await removeImportBatch(await getPrisma(), access.workspaceId, id, {
      ...actorOf(access),
      action: "import.delete",
    });
  } catch (error) {
    if (error instanceof ImportNotFoundError) throw new RequestError(404, "not_found", error.message);
    if (error instanceof ImportInUseError) throw new RequestError(409, "import_in_use", error.message);
    throw error;
  }
}

/** What /data shows: the imports, how much of the user's data there is, the indicators and markets. */
export async function dataPageData(access: Access, locale: Locale = DEFAULT_LOCALE) {
  const [{ batches }, counts, scoring] = await Promise.all([
    importBatches(access),
    userDataCounts(access),
    scoringData(),
  ]);
  // The format's lists name markets, groups and indicators in the reader's language.
  const named: ScoringData = {
    ...scoring,
    markets: scoring.markets.map((m) => ({ ...m, name: marketName(locale, m.iso3, m.name) })),
    criteriaGroups: scoring.criteriaGroups.map((g) => ({
      ...g,
      name: dataText(locale, "criteria-groups", g.key, "name", g.name),
    })),
    indicators: scoring.indicators.map((i) => ({ ...i, name: dataText(locale, "indicators", i.key, "name", i.name) })),
  };
  return { batches, counts, scoring: named };
}
