import type { OpenAPIRegistry, ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

import { ReportQuerySchema } from "@/lib/contracts/reports";
import { ScenarioIdSchema } from "@/lib/contracts/scenarios";
import {
  CreateShareSchema,
  CreatedShareLinkSchema,
  SHARE_DAYS_DEFAULT,
  SHARE_DAYS_MAX,
  SHARE_DAYS_MIN,
  ShareLinkListSchema,
  ShareLinkSummarySchema,
} from "@/lib/contracts/shares";

import { JSON_BODY_ERRORS, JSON_BODY_MEANINGS, errors, json, jsonBody } from "../responses";
import { REPORT_FILES } from "./scenarios";

// Read-only share links (issue 13 §3): an editor or owner makes, lists and revokes a scenario's
// links; whoever holds one downloads that scenario's report files with no account.

const Id = z.object({ id: ScenarioIdSchema.describe("The scenario's id (a UUID).") });
const Token = z.object({ token: z.string().describe("The link's token, as the create answer gave it.") });
const NO_SHARE = "No scenario with this id in the workspace (another workspace's looks the same).";
const MAY_NOT = "A cross-site write, or a viewer (sharing needs an editor or owner).";

const SHARED_HEADERS = z.object({
  "Content-Disposition": z.string().describe('attachment; filename="…" (a safe file name from the scenario\'s name).'),
  "Cache-Control": z.literal("no-store"),
  "Referrer-Policy": z.literal("no-referrer"),
  "X-Robots-Tag": z.string().describe("noindex, nofollow"),
});

export function registerSharePaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/scenarios/{id}/shares",
    tags: ["sharing"],
    operationId: "listShareLinks",
    summary: "A scenario's share links",
    description: "The scenario's read-only links, newest first, with their state (active, expired or revoked).",
    request: { params: Id },
    responses: {
      200: json(ShareLinkListSchema, "The links (never their tokens)."),
      ...errors([400, 401, 403, 404, 503], { 403: MAY_NOT, 404: NO_SHARE }),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/scenarios/{id}/shares",
    tags: ["sharing"],
    operationId: "createShareLink",
    summary: "Share a scenario's report read-only",
    description: `Makes a link to the scenario's report page and downloads that works with no account for \`days\` days (${SHARE_DAYS_MIN}–${SHARE_DAYS_MAX}, default ${SHARE_DAYS_DEFAULT}). The token is in this answer only: the server keeps its SHA-256.`,
    request: {
      params: Id,
      body: jsonBody(CreateShareSchema, "The link's lifetime; an empty body takes the default.", false),
    },
    responses: {
      201: json(CreatedShareLinkSchema, "The new link, with its token."),
      ...errors([...JSON_BODY_ERRORS, 401, 403, 404, 503], {
        ...JSON_BODY_MEANINGS,
        403: MAY_NOT,
        404: "No scenario with this id in the workspace, or it is deleted (`error.code` scenario_deleted).",
      }),
    },
  });

  registry.registerPath({
    method: "delete",
    path: "/api/v1/scenarios/{id}/shares/{shareId}",
    tags: ["sharing"],
    operationId: "revokeShareLink",
    summary: "Revoke a share link",
    description: "The link stops working at once. Revoking a revoked link changes nothing.",
    request: { params: Id.extend({ shareId: z.string().describe("The link's id.") }) },
    responses: {
      200: json(ShareLinkSummarySchema, "The link, revoked."),
      ...errors([400, 401, 403, 404, 503], { 403: MAY_NOT, 404: "No such link on this scenario." }),
    },
  });

  for (const file of REPORT_FILES) {
    const ok: ResponseConfig = {
      description: file.what,
      headers: SHARED_HEADERS,
      content: { [file.mediaType]: { schema: file.schema } },
    };
    registry.registerPath({
      method: "get",
      path: `/api/v1/shared/{token}/report.${file.format}`,
      tags: ["sharing"],
      operationId: `sharedReport${file.format[0]!.toUpperCase()}${file.format.slice(1)}`,
      summary: `A shared report as ${file.format.toUpperCase()}`,
      description: `The shared scenario's report.${file.format}, as /api/v1/scenarios/{id}/report.${file.format} gives it, with no account: the token is the permission.`,
      request: { params: Token, ...(file.format === "json" ? {} : { query: ReportQuerySchema }) },
      responses: {
        200: ok,
        ...errors([400, 404, 503, ...(file.format === "pdf" ? [429 as const] : [])], {
          400: "`shortlist` is not a list of the scenario's ranked markets, or `locale` is not one of en, zh, ru.",
          404: "The link has expired, was revoked, or never existed: one answer for all three.",
        }),
      },
    });
  }
}
