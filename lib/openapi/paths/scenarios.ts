import type { OpenAPIRegistry, ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

import {
  CompareResponseSchema,
  CreateScenarioSchema,
  DuplicateScenarioSchema,
  RecomputePreviewSchema,
  SCENARIO_PAGE_DEFAULT,
  SCENARIO_PAGE_MAX,
  SCENARIO_RETENTION_DAYS,
  ScenarioIdSchema,
  ScenarioListSchema,
  ScenarioSchema,
  ScenarioSummarySchema,
  UpdateScenarioSchema,
  VersionConflictSchema,
} from "@/lib/contracts/scenarios";
import { ReportQuerySchema } from "@/lib/contracts/reports";
import { ImportResponseSchema, ScenarioExportSchema } from "@/lib/reports/json";

import { AuditList, ScenarioRevisions } from "../components";
import { JSON_BODY_ERRORS, JSON_BODY_MEANINGS, JSON_LIMIT, LOCATION, errors, json, jsonBody } from "../responses";

// Saved scenarios: list, save, versioned updates, soft delete and undo, copies, history,
// comparison, the recommendation report in four formats, and re-import of a JSON export.

const Id = z.object({ id: ScenarioIdSchema.describe("The scenario's id (a UUID).") });
const NOT_FOUND = "No scenario with this id.";
const BAD_ID = "The id is not a UUID.";

/** The report files, as lib/reports/serve.ts serves them (a test checks the two lists agree). */
export const REPORT_FILES: {
  format: string;
  mediaType: string;
  what: string;
  schema: z.ZodType | Record<string, unknown>;
}[] = [
  {
    format: "pdf",
    mediaType: "application/pdf",
    what: "The recommendation report as a PDF (binary).",
    schema: { type: "string", format: "binary", contentMediaType: "application/pdf" },
  },
  {
    format: "md",
    mediaType: "text/markdown; charset=utf-8",
    what: "The recommendation report as Markdown text.",
    schema: { type: "string", contentMediaType: "text/markdown" },
  },
  {
    format: "csv",
    mediaType: "text/csv; charset=utf-8; header=present",
    what: "The report's tables as CSV text (UTF-8 with a byte-order mark, so spreadsheet programs read accents).",
    schema: { type: "string", contentMediaType: "text/csv" },
  },
  {
    format: "json",
    mediaType: "application/json; charset=utf-8",
    what: "The scenario's JSON export (inputs and frozen results); POST it to /api/v1/scenarios/import to recreate the scenario.",
    schema: ScenarioExportSchema,
  },
];

const DOWNLOAD = z.object({
  "Content-Disposition": z.string().describe('attachment; filename="…" (a safe file name from the scenario\'s name).'),
});

export function registerScenarioPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/scenarios",
    tags: ["scenarios"],
    operationId: "listScenarios",
    summary: "Saved scenarios",
    description: `Lists the saved scenarios (summaries without their results); with \`?deleted=true\`, the deleted ones that can still be restored (for ${SCENARIO_RETENTION_DAYS} days).`,
    request: {
      query: z.object({
        deleted: z
          .enum(["true", "false"])
          .optional()
          .describe("`true` lists the recently deleted scenarios instead of the active ones."),
        limit: z
          .string()
          .regex(/^\d+$/)
          .optional()
          .describe(`Scenarios per page: ${SCENARIO_PAGE_DEFAULT} unless given, at most ${SCENARIO_PAGE_MAX}.`),
        cursor: z.string().optional().describe("The `nextCursor` of the previous page, for the page after it."),
      }),
    },
    responses: {
      200: json(
        ScenarioListSchema,
        "A page of scenarios, newest first, with `nextCursor` (null on the last page) and `total`.",
      ),
      ...errors([400, 503], { 400: "`deleted`, `limit` or `cursor` is not valid (each named in `issues`)." }),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/scenarios",
    tags: ["scenarios"],
    operationId: "createScenario",
    summary: "Save a scenario",
    description:
      "Saves a new scenario from its inputs; its results are computed here, on the current data set, and frozen.",
    request: { body: jsonBody(CreateScenarioSchema, `Name, notes and inputs; the body ${JSON_LIMIT}.`) },
    responses: {
      201: json(ScenarioSchema, "The saved scenario, version 1.", LOCATION),
      ...errors([...JSON_BODY_ERRORS, 403, 503], JSON_BODY_MEANINGS),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/scenarios/{id}",
    tags: ["scenarios"],
    operationId: "getScenario",
    summary: "One scenario",
    description:
      "Gives one scenario with its inputs, its frozen results and whether the data set changed since they were computed.",
    request: { params: Id },
    responses: {
      200: json(ScenarioSchema, "The scenario."),
      ...errors([400, 404, 503], { 400: BAD_ID, 404: NOT_FOUND }),
    },
  });

  registry.registerPath({
    method: "put",
    path: "/api/v1/scenarios/{id}",
    tags: ["scenarios"],
    operationId: "updateScenario",
    summary: "Save a new version",
    description:
      "Saves a new version of the scenario, only if `baseVersion` is still the current version; new inputs are recomputed on today's data set.",
    request: {
      params: Id,
      body: jsonBody(
        UpdateScenarioSchema,
        `The version the edit was based on and the fields to change; the body ${JSON_LIMIT}.`,
      ),
    },
    responses: {
      200: json(ScenarioSchema, "The scenario at its new version."),
      ...errors([...JSON_BODY_ERRORS, 403, 404, 409, 503], {
        ...JSON_BODY_MEANINGS,
        400: "The body is invalid, names no field to change, or the id is not a UUID.",
        404: NOT_FOUND,
        409: json(
          VersionConflictSchema,
          "The scenario was saved again (or deleted) since `baseVersion`; `currentVersion` says which version is current.",
        ),
      }),
    },
  });

  registry.registerPath({
    method: "delete",
    path: "/api/v1/scenarios/{id}",
    tags: ["scenarios"],
    operationId: "deleteScenario",
    summary: "Delete a scenario (restorable)",
    description: `Marks the scenario deleted; POST …/restore undoes it for ${SCENARIO_RETENTION_DAYS} days, after which it is purged. Deleting a deleted scenario changes nothing.`,
    request: { params: Id },
    responses: {
      200: json(ScenarioSummarySchema, "The deleted scenario's summary, with the date it will be purged."),
      ...errors([400, 403, 404, 503], { 400: BAD_ID, 404: NOT_FOUND }),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/scenarios/{id}/restore",
    tags: ["scenarios"],
    operationId: "restoreScenario",
    summary: "Undo a delete",
    description:
      "Restores a deleted scenario that has not been purged yet; restoring an active scenario changes nothing.",
    request: { params: Id },
    responses: {
      200: json(ScenarioSchema, "The restored scenario."),
      ...errors([400, 403, 404, 503], { 400: BAD_ID, 404: NOT_FOUND }),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/scenarios/{id}/duplicate",
    tags: ["scenarios"],
    operationId: "duplicateScenario",
    summary: "Copy a scenario",
    description:
      "Saves a copy of the scenario with the same inputs and frozen results, under a new name if one is given.",
    request: {
      params: Id,
      body: jsonBody(
        DuplicateScenarioSchema,
        `Optional (an empty body is \`{}\`): the copy's name; the body ${JSON_LIMIT}.`,
        false,
      ),
    },
    responses: {
      201: json(ScenarioSchema, "The copy."),
      ...errors([...JSON_BODY_ERRORS, 403, 404, 503], { ...JSON_BODY_MEANINGS, 404: NOT_FOUND }),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/scenarios/{id}/recompute",
    tags: ["scenarios"],
    operationId: "recomputeScenario",
    summary: "Preview on today's data",
    description:
      "Recomputes the scenario's inputs on today's data set beside its frozen results, and says what moved; nothing is saved (PUT the inputs with the current version to keep them).",
    request: { params: Id },
    responses: {
      200: json(RecomputePreviewSchema, "Today's results and the changes from the frozen ones."),
      ...errors([400, 404, 503], { 400: BAD_ID, 404: NOT_FOUND }),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/scenarios/{id}/revisions",
    tags: ["scenarios"],
    operationId: "scenarioRevisions",
    summary: "A scenario's history",
    description: "Lists every saved version of the scenario, newest first.",
    request: { params: Id },
    responses: {
      200: json(ScenarioRevisions, "The versions."),
      ...errors([400, 404, 503], { 400: BAD_ID, 404: NOT_FOUND }),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/scenarios/{id}/audit",
    tags: ["scenarios"],
    operationId: "scenarioAudit",
    summary: "A scenario's activity",
    description: "Who created, changed, deleted or restored the scenario, and when, newest first.",
    request: { params: Id },
    responses: {
      200: json(AuditList, "The audit entries."),
      ...errors([400, 404, 503], { 400: BAD_ID, 404: NOT_FOUND }),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/scenarios/compare",
    tags: ["scenarios"],
    operationId: "compareScenarios",
    summary: "Compare two scenarios",
    description:
      "Sets two scenarios' weights and rankings side by side and names the difference that moves the ranking most.",
    request: {
      query: z.object({
        a: ScenarioIdSchema.describe("Id of scenario A."),
        b: ScenarioIdSchema.describe("Id of scenario B."),
      }),
    },
    responses: {
      200: json(CompareResponseSchema, "Both summaries and the comparison."),
      ...errors([400, 404, 503], {
        400: "`a` or `b` is missing or not a UUID.",
        404: "One of the two scenarios does not exist.",
      }),
    },
  });

  for (const file of REPORT_FILES) {
    const ok: ResponseConfig = {
      description: file.what,
      headers: DOWNLOAD,
      content: { [file.mediaType]: { schema: file.schema } },
    };
    registry.registerPath({
      method: "get",
      path: `/api/v1/scenarios/{id}/report.${file.format}`,
      tags: ["reports"],
      operationId: `scenarioReport${file.format[0]!.toUpperCase()}${file.format.slice(1)}`,
      summary: `The report as ${file.format.toUpperCase()}`,
      description: `Downloads the scenario's recommendation report (report.${file.format}), made from its frozen results.${file.format === "json" ? "" : " `shortlist` chooses the markets set side by side (default: the top two, and the third when it is within reach). `locale` (en, zh or ru) chooses the language of its text, headings and numbers; without it the request's `Accept-Language` decides, English by default."}`,
      request: { params: Id, ...(file.format === "json" ? {} : { query: ReportQuerySchema }) },
      responses: {
        200: ok,
        ...errors([400, 404, 503, ...(file.format === "pdf" ? [429 as const] : [])], {
          400: `${BAD_ID}${file.format === "json" ? "" : " Or `shortlist` is not a list of the scenario's ranked markets, or `locale` is not one of en, zh, ru."}`,
          404: "No scenario with this id, or it is deleted (`error.code` scenario_deleted: restore it first).",
        }),
      },
    });
  }

  registry.registerPath({
    method: "post",
    path: "/api/v1/scenarios/import",
    tags: ["scenarios"],
    operationId: "importScenario",
    summary: "Re-import a JSON export",
    description:
      "Recreates a scenario from its JSON export (report.json), recomputes it on today's data set and says whether the results are identical to the file's, or why that cannot be claimed.",
    request: { body: jsonBody(ScenarioExportSchema, `The file report.json gave; the body ${JSON_LIMIT}.`) },
    responses: {
      201: json(ImportResponseSchema, "The new scenario and the reproduction check.", LOCATION),
      ...errors([...JSON_BODY_ERRORS, 403, 503], JSON_BODY_MEANINGS),
    },
  });
}
