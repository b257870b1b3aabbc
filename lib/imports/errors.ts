import { RequestError } from "@/lib/http/errors";

import { MAX_UNZIPPED_BYTES, MAX_UPLOAD_LABEL } from "./limits";
import type { ProblemCode, ProblemText } from "./problems";

// What can be wrong with an uploaded file as a whole (before any row is read). Each is a
// RequestError, so every edge (route, page, test) answers it the same way.

export function fileTooLarge(size?: number): RequestError {
  const actual = size === undefined ? "" : ` (this one is ${(size / 1024 / 1024).toFixed(1)} MB)`;
  return new RequestError(
    413,
    "file_too_large",
    `The file is larger than ${MAX_UPLOAD_LABEL}${actual}. Split it into several files, or remove columns and rows you do not need.`,
    undefined,
    `${MAX_UPLOAD_LABEL} per file`,
  );
}

export function workbookTooLarge(): RequestError {
  const mb = MAX_UNZIPPED_BYTES / 1024 / 1024;
  return new RequestError(
    413,
    "workbook_too_large",
    `The workbook unpacks to more than ${mb} MB, far more than a sheet of values needs. Save only the sheet with your values, or upload it as CSV.`,
    undefined,
    `${mb} MB unpacked workbook`,
  );
}

export function unsupportedFile(message: string): RequestError {
  return new RequestError(415, "unsupported_file", message);
}

export function unreadableFile(message: string): RequestError {
  return new RequestError(400, "unreadable_file", message);
}

/** A problem with one cell (or with the header, row 1) of the file, in no language yet. */
export type Problem = {
  /** Spreadsheet numbering: the header is row 1, the first value is row 2. */
  row: number;
  /** The column's name as in the header; null when the whole row (or file) is concerned. */
  column: string | null;
  text: ProblemText;
};

/** A problem as the API gives it: its stable code and its message in the reader's language. */
export type WordedProblem = { row: number; column: string | null; code: ProblemCode; message: string };

/** Commit refused: the file has problems; nothing was written. */
export function importRejected(problems: WordedProblem[], total: number): RequestError {
  return new RequestError(
    400,
    "import_has_problems",
    `The file has ${total} problem${total === 1 ? "" : "s"}; nothing was written. Fix ${total === 1 ? "it" : "them"} and upload the file again.`,
    problems.map((p) => ({ path: `row ${p.row}${p.column ? `, column ${p.column}` : ""}`, message: p.message })),
  );
}
