// Limits of an upload, stated once: the routes, the page and docs/import-format.md quote them.

/** Largest file accepted, CSV or XLSX: 5 MB (5 × 1024 × 1024 bytes). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "5 MB";

/** Room for the multipart envelope around the file (boundaries, part headers, form fields). */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Largest total size of an XLSX file's entries once unzipped. A 5 MB ZIP can hold gigabytes
 * (a "zip bomb"); a genuine sheet of 20,000 rows unzips to a few tens of MB.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** Data rows (after the header) in one file. */
export const MAX_DATA_ROWS = 20_000;

/** Problems listed in one answer; the count of all of them is always given. */
export const MAX_PROBLEMS_LISTED = 1_000;

/** Rows echoed back in a preview (the table on the page); all rows are validated. */
export const MAX_PREVIEW_ROWS = 2_000;

/** Longest text accepted in a cell, by column. */
export const MAX_TEXT_LENGTH = {
  source: 500,
  note: 1_000,
  name: 120,
  unit: 60,
  region: 60,
  definition: 2_000,
} as const;

/** Years a value may refer to. The upper bound allows short forecasts, not typos like 2204. */
export const MIN_YEAR = 1960;
export const YEARS_AHEAD = 5;
