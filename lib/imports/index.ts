import { detectFileType } from "./file-type";
import { readTable, type Table } from "./read-table";
import type { Upload } from "./upload";

export { IMPORT_COLUMNS } from "./columns";
export { importRejected, type Problem, type WordedProblem } from "./errors";
export type { ProblemCode, ProblemText } from "./problems";
export { MAX_PREVIEW_ROWS, MAX_PROBLEMS_LISTED, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "./limits";
export { readUpload, type Upload } from "./upload";
export { validateImport, valueKey, type ImportContext, type ImportPlan } from "./validate";
export { NEW_INDICATOR_WEIGHT } from "./weights";

export type ReadFile = { fileName: string; fileType: Table["type"]; fileHash: string; table: Table };

/** Checks the file's type by its content and reads its cells; throws a RequestError when it cannot. */
export async function readImportFile(upload: Pick<Upload, "fileName" | "bytes">): Promise<ReadFile> {
  const detected = detectFileType(upload.bytes);
  const table = await readTable(detected);
  return { fileName: upload.fileName, fileType: table.type, fileHash: await sha256(upload.bytes), table };
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
