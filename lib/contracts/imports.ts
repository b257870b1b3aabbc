import { z } from "zod";

// Answers of the import API (/api/v1/imports…). The page and the tests parse with these.

export const ImportProblem = z.object({
  /** Spreadsheet numbering: the header is row 1. */
  row: z.number().int().min(1),
  /** The column's name in the header (or its letter when unnamed); null for the whole row. */
  column: z.string().nullable(),
  /** What is wrong, stable across languages (a key of the importProblems messages). */
  code: z.string(),
  /** The problem in the request's language (Accept-Language; English by default). */
  message: z.string(),
});

const Direction = z.enum(["benefit", "cost"]);

export const ImportPreview = z.object({
  fileName: z.string(),
  fileType: z.enum(["csv", "xlsx"]),
  /** SHA-256 of the file; send it back with the commit to be sure the same file is written. */
  fileHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** True when the file can be committed as it is. */
  ok: z.boolean(),
  columns: z.array(z.string()),
  /** Rows of values read (blank rows and the header not counted). */
  dataRows: z.number().int(),
  problemCount: z.number().int(),
  /** At most 1,000 problems, ordered by row and column; problemCount says how many there are. */
  problems: z.array(ImportProblem),
  /** The rows as read (text of each known column), at most 2,000; `ok` false when a row has a problem. */
  rows: z.array(z.object({ row: z.number().int(), cells: z.record(z.string(), z.string()), ok: z.boolean() })),
  rowsShown: z.number().int(),
  /** What a commit would write. */
  toWrite: z.object({
    values: z.number().int(),
    newMarkets: z.array(
      z.object({
        iso3: z.string(),
        name: z.string(),
        region: z.string(),
        subregion: z.string(),
        row: z.number().int(),
      }),
    ),
    newIndicators: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        unit: z.string(),
        direction: Direction,
        criteriaGroup: z.string(),
        definition: z.string().nullable(),
        defaultWeight: z.number(),
        row: z.number().int(),
      }),
    ),
  }),
});

export const ImportBatchSummary = z.object({
  id: z.string(),
  fileName: z.string(),
  fileType: z.string(),
  fileHash: z.string(),
  rowCount: z.number().int(),
  importedAt: z.string(),
  values: z.number().int(),
  markets: z.array(z.object({ iso3: z.string(), name: z.string() })),
  indicators: z.array(z.object({ key: z.string(), name: z.string(), unit: z.string(), criteriaGroup: z.string() })),
  /** Years the batch's values refer to. */
  years: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
});

export const ImportBatchList = z.object({ batches: z.array(ImportBatchSummary) });

export const ImportCommitted = z.object({ batch: ImportBatchSummary });

export const ImportDeleted = z.object({
  id: z.string(),
  fileName: z.string(),
  deleted: z.object({ values: z.number().int(), markets: z.number().int(), indicators: z.number().int() }),
});

export type ImportProblem = z.infer<typeof ImportProblem>;
export type ImportPreview = z.infer<typeof ImportPreview>;
export type ImportBatchSummary = z.infer<typeof ImportBatchSummary>;
export type ImportBatchList = z.infer<typeof ImportBatchList>;
export type ImportCommitted = z.infer<typeof ImportCommitted>;
export type ImportDeleted = z.infer<typeof ImportDeleted>;
