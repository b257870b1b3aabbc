import "server-only";

import type { Db } from "./client";

// Share links (issue 13 §3): a link row keeps the SHA-256 of its token, never the token, so a
// copy of the database does not hand out working links.

export type ShareLinkRecord = {
  id: string;
  tokenHash: string;
  scenarioId: string;
  workspaceId: string;
  createdById: string | null;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
};

/** The scenario if it belongs to the workspace (null otherwise: another workspace's is not there). */
export async function findWorkspaceScenario(
  db: Db,
  workspaceId: string,
  scenarioId: string,
): Promise<{ id: string; name: string; deletedAt: Date | null } | null> {
  return db.scenario.findFirst({
    where: { id: scenarioId, workspaceId },
    select: { id: true, name: true, deletedAt: true },
  });
}

export async function insertShareLink(
  db: Db,
  link: Pick<ShareLinkRecord, "tokenHash" | "scenarioId" | "workspaceId" | "createdById" | "createdAt" | "expiresAt">,
): Promise<ShareLinkRecord> {
  return db.shareLink.create({ data: link });
}

/** A scenario's links, newest first. */
export async function readShareLinks(db: Db, workspaceId: string, scenarioId: string): Promise<ShareLinkRecord[]> {
  return db.shareLink.findMany({
    where: { workspaceId, scenarioId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}

export async function findShareLinkByHash(db: Db, tokenHash: string): Promise<ShareLinkRecord | null> {
  return db.shareLink.findUnique({ where: { tokenHash } });
}

export async function findShareLink(
  db: Db,
  workspaceId: string,
  scenarioId: string,
  id: string,
): Promise<ShareLinkRecord | null> {
  return db.shareLink.findFirst({ where: { id, workspaceId, scenarioId } });
}

/** Marks the link revoked at `now` unless it already was; true when this call revoked it. */
export async function revokeShareLink(db: Db, id: string, now: Date): Promise<boolean> {
  const { count } = await db.shareLink.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return count === 1;
}
