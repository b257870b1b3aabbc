import type { OpenAPIRegistry, ZodRequestBody } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

import { Backup, MAX_BACKUP_RECORD_LABEL, RestoreResult } from "@/lib/contracts/backup";
import { ImportBatchList, ImportCommitted, ImportDeleted, ImportPreview } from "@/lib/contracts/imports";
import { MAX_DATA_ROWS, MAX_UPLOAD_LABEL } from "@/lib/imports/limits";

import { AuditList } from "../components";
import { errors, json, jsonBody } from "../responses";

// The user's own data: CSV/XLSX imports (preview, commit, list, delete) and the backup file.

const SPREADSHEET_TYPES = "text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const FILE_LIMITS = `CSV or XLSX, at most ${MAX_UPLOAD_LABEL} and ${MAX_DATA_ROWS.toLocaleString("en-US")} data rows (docs/import-format.md gives the columns)`;

// The form is read by hand (lib/imports/upload.ts), not by a zod contract, so its schema is
// written here as JSON Schema.
const fileField = { type: "string", contentMediaType: "application/octet-stream", description: FILE_LIMITS } as const;
const hashField = {
  type: "string",
  description:
    "Optional: the preview's `fileHash`; the import is refused (409) when the file is not the one previewed.",
} as const;

function uploadBody(withHash: boolean): ZodRequestBody {
  const properties: Record<string, typeof fileField | typeof hashField> = { file: fileField };
  if (withHash) properties.fileHash = hashField;
  return {
    required: true,
    description: `multipart/form-data with the file in the field \`file\`: ${FILE_LIMITS}.`,
    content: {
      "multipart/form-data": {
        schema: { type: "object", required: ["file"], properties },
        encoding: { file: { contentType: SPREADSHEET_TYPES } },
      },
    },
  };
}

const UPLOAD_MEANINGS = {
  400: "The form has no field `file`, or the file cannot be read.",
  413: `The file is larger than ${MAX_UPLOAD_LABEL}, or an XLSX workbook unpacks to too much (\`error.limit\` names the limit).`,
  415: "The body is not multipart/form-data, or the file is neither CSV nor XLSX.",
};

const ImportId = z.object({ id: z.uuid().describe("The import's id (a UUID), as GET /api/v1/imports lists it.") });

export function registerImportPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "post",
    path: "/api/v1/imports/preview",
    tags: ["your data"],
    operationId: "previewImport",
    summary: "Check a file before importing it",
    description:
      "Reads an uploaded CSV or XLSX file and lists every problem by row and column, and what an import would write; writes nothing.",
    request: { body: uploadBody(false) },
    responses: {
      200: json(ImportPreview, "The check; `ok` says whether the file can be imported as it is."),
      ...errors([400, 403, 413, 415, 429, 503], UPLOAD_MEANINGS),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/imports",
    tags: ["your data"],
    operationId: "commitImport",
    summary: "Import a file",
    description:
      "Imports the values, markets and indicators of an uploaded CSV or XLSX file, all rows or none, marked as the user's own data.",
    request: { body: uploadBody(true) },
    responses: {
      201: json(ImportCommitted, "The import as it is now stored."),
      ...errors([400, 403, 409, 413, 415, 429, 503], {
        ...UPLOAD_MEANINGS,
        400: "The file has problems (`error.issues` lists them by row and column; nothing was written), or it cannot be read.",
        409: "The file is not the one previewed (`file_changed`), or another import wrote the same values meanwhile (`import_conflict`).",
      }),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/imports",
    tags: ["your data"],
    operationId: "listImports",
    summary: "Imported files",
    description: "Lists the imports, newest first, with what each added.",
    responses: {
      200: json(ImportBatchList, "The imports."),
      ...errors([503]),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/imports/{id}/audit",
    tags: ["your data"],
    operationId: "importAudit",
    summary: "An import's activity",
    description: "Who committed the import, and when, newest first.",
    request: { params: ImportId },
    responses: {
      200: json(AuditList, "The audit entries."),
      ...errors([400, 404, 503], { 400: "The id is not a UUID.", 404: "No import with this id." }),
    },
  });

  registry.registerPath({
    method: "delete",
    path: "/api/v1/imports/{id}",
    tags: ["your data"],
    operationId: "deleteImport",
    summary: "Delete an import",
    description:
      "Removes an import's values, and the markets and indicators it added, unless another import still uses them.",
    request: { params: ImportId },
    responses: {
      200: json(ImportDeleted, "What was removed."),
      ...errors([400, 403, 404, 409, 503], {
        400: "The id is not a UUID.",
        404: "No import with this id.",
        409: "A market or indicator this import added is still used by another import (`import_in_use`); delete that one first.",
      }),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/backup",
    tags: ["your data"],
    operationId: "exportBackup",
    summary: "Download a backup",
    description: "Downloads all scenarios (with every revision) and all imported data as one JSON file.",
    responses: {
      200: json(
        Backup,
        "The backup file, as an attachment.",
        z.object({
          "Content-Disposition": z.string().describe('attachment; filename="outbound-backup-YYYY-MM-DD.json"'),
        }),
      ),
      ...errors([403, 429, 503], {
        403: "Refused: the Origin (or Referer) names another site; the backup holds every scenario, so only the app itself (or a request without either header) may read it.",
      }),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/backup",
    tags: ["your data"],
    operationId: "restoreBackup",
    summary: "Restore a backup",
    description:
      "Restores a backup file into a database that holds no scenarios and no imported data yet, in one transaction.",
    request: {
      body: jsonBody(
        Backup,
        `The file GET /api/v1/backup gave, as application/json (the content type is required), read as a stream: no limit on the whole file, at most ${MAX_BACKUP_RECORD_LABEL} per scenario or import record.`,
      ),
    },
    responses: {
      200: json(
        RestoreResult,
        "What was restored, and warnings (e.g. the backup was made on another data-set version).",
      ),
      ...errors([400, 403, 409, 413, 415, 429, 503], {
        400: "The file is not a valid backup (`error.issues` names the offending fields) or holds a row twice.",
        409: "The database already holds scenarios or imported data (`restore_conflict`); nothing was restored.",
        413: `A scenario or import record in the file is larger than ${MAX_BACKUP_RECORD_LABEL}.`,
        415: "The body must be sent with the content type application/json.",
      }),
    },
  });
}
