import { RequestError } from "@/lib/http/errors";

import { MAX_UNZIPPED_BYTES, MAX_UPLOAD_LABEL } from "./limits";
import type { ProblemCode, ProblemText } from "./problems";
import { fileErrorMessage, type FileErrorText, type RestoreText } from "./wording";

// What can be wrong with an uploaded file as a whole (before any row is read). Each is a
// RequestError, so every edge (route, page, test) answers it the same way; its `message` is
// English (the CLI's and the logs'), `words` what the import routes say in the caller's language
// (lib/imports/respond.ts).

export class ImportFileError extends RequestError {
  constructor(
    status: RequestError["status"],
    code: string,
    readonly words: FileErrorText | { restore: RestoreText },
    extra: { issues?: { path: string; message: string }[]; limit?: string } = {},
  ) {
    super(status, code, fileErrorMessage(words), extra.issues, extra.limit);
  }
}

export function fileTooLarge(size?: number): RequestError {
  return new ImportFileError(
    413,
    "file_too_large",
    {
      key: "fileTooLarge",
      limit: MAX_UPLOAD_LABEL,
      size: size === undefined ? "unknown" : (size / 1024 / 1024).toFixed(1),
    },
    { limit: `${MAX_UPLOAD_LABEL} per file` },
  );
}

export function workbookTooLarge(): RequestError {
  const mb = MAX_UNZIPPED_BYTES / 1024 / 1024;
  return new ImportFileError(
    413,
    "workbook_too_large",
    { key: "workbookTooLarge", mb: String(mb) },
    { limit: `${mb} MB unpacked workbook` },
  );
}

export function unsupportedFile(words: FileErrorText): RequestError {
  return new ImportFileError(415, "unsupported_file", words);
}

export function unreadableFile(words: FileErrorText): RequestError {
  return new ImportFileError(400, "unreadable_file", words);
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

/** Commit refused: the file has problems (already worded); nothing was written. */
export function importRejected(problems: WordedProblem[], total: number): RequestError {
  return new ImportFileError(
    400,
    "import_has_problems",
    { key: "importRejected", total, count: String(total) },
    {
      issues: problems.map((p) => ({
        path: `row ${p.row}${p.column ? `, column ${p.column}` : ""}`,
        message: p.message,
      })),
    },
  );
}
