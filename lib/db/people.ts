import "server-only";

import type { WorkspaceRole } from "@/lib/auth/roles";

import type { Db } from "./client";

// People seen from the app's own use cases (accounts and sessions themselves are better-auth's,
// lib/server/auth.ts): who is a member of which workspace, with which role.

export type Membership = { workspaceId: string; workspaceName: string; role: WorkspaceRole };

const ROLE_NAMES = new Set<string>(["owner", "editor", "viewer"]);

/** Whether any account owns a workspace: from then on the app asks everyone to sign in. */
export async function ownerExists(db: Db): Promise<boolean> {
  return (await db.member.findFirst({ where: { role: "owner" }, select: { id: true } })) !== null;
}

/** The workspaces a person belongs to, oldest membership first. */
export async function readMemberships(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db.member.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, name: true } } },
  });
  return rows
    .filter((row) => ROLE_NAMES.has(row.role))
    .map((row) => ({
      workspaceId: row.workspace.id,
      workspaceName: row.workspace.name,
      role: row.role as WorkspaceRole,
    }));
}
