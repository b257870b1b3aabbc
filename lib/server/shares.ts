import "server-only";

import { createHash, randomBytes } from "node:crypto";

import {
  ShareTokenSchema,
  type CreateShare,
  type CreatedShareLink,
  type ShareLinkList,
  type ShareLinkSummary,
  type ShareState,
} from "@/lib/contracts/shares";
import { recordAudit } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import {
  findShareLink,
  findShareLinkByHash,
  findWorkspaceScenario,
  insertShareLink,
  readShareLinks,
  revokeShareLink,
  type ShareLinkRecord,
} from "@/lib/db/shares";
import { RequestError } from "@/lib/http/errors";
import type { ReportModel } from "@/lib/reports/model";

import { actorOf, assertCan, type Access } from "./access";
import { ScenarioDeletedError, ScenarioNotFoundError } from "./errors";
import { reportFile, reportModel, type ReportFile, type ReportFormat, type ReportOptions } from "./reports";

// Read-only share links to a scenario's report page and downloads (issue 13 §3). An editor or
// owner makes one with an expiry; whoever holds the link reads that one scenario's report, with no
// account, until it expires or is revoked. The token is 32 random bytes (256 bits, beyond any
// guessing); only its SHA-256 is stored, so the database alone gives no working link (the same
// reasoning as GitHub's hashed personal tokens). An expired, revoked or unknown token gets one and
// the same 404, so an answer never tells whether a token existed.

const DAY_MS = 24 * 60 * 60 * 1000;

/** SHA-256 of the token, hex: what the share_link table keeps. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function stateOf(link: Pick<ShareLinkRecord, "expiresAt" | "revokedAt">, now: Date): ShareState {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

function summaryOf(link: ShareLinkRecord, now: Date): ShareLinkSummary {
  return {
    id: link.id,
    scenarioId: link.scenarioId,
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    state: stateOf(link, now),
  };
}

export class ShareNotFoundError extends RequestError {
  constructor(id: string) {
    super(404, "not_found", `No share link ${id} on this scenario.`, undefined, undefined, {
      key: "shareNotFound",
      id,
    });
  }
}

/** The one answer for a token that does not open a report, whatever the reason. */
export class SharedLinkInvalidError extends RequestError {
  constructor() {
    super(
      404,
      "not_found",
      "This share link does not work: it has expired, was revoked, or never existed. Ask the person who shared it for a new link.",
      undefined,
      undefined,
      { key: "sharedLinkInvalid" },
    );
  }
}

/** The scenario of the access's workspace (404 for another workspace's, as if it did not exist). */
async function workspaceScenario(access: Access, scenarioId: string) {
  const scenario = await findWorkspaceScenario(await getPrisma(), access.workspaceId, scenarioId);
  if (!scenario) throw new ScenarioNotFoundError(scenarioId);
  return scenario;
}

/** POST /api/v1/scenarios/{id}/shares: a new link, its token shown this once. */
export async function createShare(
  access: Access,
  scenarioId: string,
  body: CreateShare,
  now = new Date(),
): Promise<CreatedShareLink> {
  assertCan(access, "scenario", "share");
  const scenario = await workspaceScenario(access, scenarioId);
  // A deleted scenario has no report to show (reports refuse it too).
  if (scenario.deletedAt) throw new ScenarioDeletedError(scenarioId);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + body.days * DAY_MS);
  const prisma = await getPrisma();
  const link = await prisma.$transaction(async (tx) => {
    const created = await insertShareLink(tx, {
      tokenHash: hashShareToken(token),
      scenarioId,
      workspaceId: access.workspaceId,
      createdById: access.user?.id ?? null,
      createdAt: now,
      expiresAt,
    });
    // Recorded against the scenario, so its history shows who shared it and until when.
    await recordAudit(tx, {
      workspaceId: access.workspaceId,
      ...actorOf(access),
      action: "share.create",
      subjectType: "scenario",
      subjectId: scenarioId,
      detail: { shareId: created.id, days: body.days, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  return { ...summaryOf(link, now), token, path: `/shared/${token}` };
}

/** GET /api/v1/scenarios/{id}/shares: the scenario's links, newest first, with their state. */
export async function listShares(access: Access, scenarioId: string, now = new Date()): Promise<ShareLinkList> {
  assertCan(access, "scenario", "share");
  await workspaceScenario(access, scenarioId);
  const links = await readShareLinks(await getPrisma(), access.workspaceId, scenarioId);
  return { shares: links.map((link) => summaryOf(link, now)) };
}

/** DELETE /api/v1/scenarios/{id}/shares/{shareId}: the link stops working at once. */
export async function revokeShare(
  access: Access,
  scenarioId: string,
  shareId: string,
  now = new Date(),
): Promise<ShareLinkSummary> {
  assertCan(access, "scenario", "share");
  await workspaceScenario(access, scenarioId);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const link = await findShareLink(tx, access.workspaceId, scenarioId, shareId);
    if (!link) throw new ShareNotFoundError(shareId);
    // Revoking a revoked link changes nothing and records nothing.
    if (!(await revokeShareLink(tx, link.id, now))) return summaryOf(link, now);
    await recordAudit(tx, {
      workspaceId: access.workspaceId,
      ...actorOf(access),
      action: "share.revoke",
      subjectType: "scenario",
      subjectId: scenarioId,
      detail: { shareId: link.id },
    });
    return summaryOf({ ...link, revokedAt: now }, now);
  });
}

export type OpenedShare = { scenarioId: string; expiresAt: string; access: Access };

/**
 * What a token opens: its scenario, read as a viewer of the link's workspace (reading and
 * exporting only, and only that scenario: the id comes from the link, never from the request).
 */
export async function openShare(token: string, now = new Date()): Promise<OpenedShare> {
  if (!ShareTokenSchema.safeParse(token).success) throw new SharedLinkInvalidError();
  const link = await findShareLinkByHash(await getPrisma(), hashShareToken(token));
  if (!link || stateOf(link, now) !== "active") throw new SharedLinkInvalidError();
  const access: Access = {
    mode: "team",
    user: null,
    workspaceId: link.workspaceId,
    workspaceName: "",
    role: "viewer",
    memberships: [],
  };
  return { scenarioId: link.scenarioId, expiresAt: link.expiresAt.toISOString(), access };
}

/** A scenario deleted or purged since it was shared: the link shows nothing, like a revoked one. */
function hideMissing(error: unknown): never {
  if (error instanceof ScenarioNotFoundError || error instanceof ScenarioDeletedError) {
    throw new SharedLinkInvalidError();
  }
  throw error;
}

/** The shared page's report model. */
export async function sharedReportModel(
  token: string,
  now = new Date(),
  options: ReportOptions = {},
): Promise<{ model: ReportModel; expiresAt: string }> {
  const opened = await openShare(token, now);
  const model = await reportModel(opened.access, opened.scenarioId, now, options).catch(hideMissing);
  return { model, expiresAt: opened.expiresAt };
}

/** GET /api/v1/shared/{token}/report.{pdf,md,csv,json}: the same files as the scenario's own. */
export async function sharedReportFile(
  token: string,
  format: ReportFormat,
  now = new Date(),
  signal?: AbortSignal,
  options: ReportOptions = {},
): Promise<ReportFile> {
  const opened = await openShare(token, now);
  return reportFile(opened.access, opened.scenarioId, format, now, signal, options).catch(hideMissing);
}
