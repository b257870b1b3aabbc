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

export type MemberRow = {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: WorkspaceRole;
  joinedAt: Date;
};

/** Everyone in a workspace, owners first, then by when they joined. */
export async function listMembers(db: Db, workspaceId: string): Promise<MemberRow[]> {
  const rows = await db.member.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: { id: true, userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
  const order = { owner: 0, editor: 1, viewer: 2 } as const;
  return rows
    .filter((row) => ROLE_NAMES.has(row.role))
    .map((row) => ({
      id: row.id,
      userId: row.userId,
      name: row.user.name,
      email: row.user.email,
      role: row.role as WorkspaceRole,
      joinedAt: row.createdAt,
    }))
    .sort((a, b) => order[a.role] - order[b.role]);
}

export async function findMember(db: Db, workspaceId: string, memberId: string): Promise<MemberRow | undefined> {
  return (await listMembers(db, workspaceId)).find((member) => member.id === memberId);
}

/**
 * The workspace's owners, locked until the transaction ends (select … for update): two owners
 * demoting each other at once cannot both pass the last-owner check.
 */
export async function lockOwners(tx: Db, workspaceId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    select id from workspace_member where workspace_id = ${workspaceId} and role = 'owner' for update`;
  return rows.map((row) => row.id);
}

export async function setMemberRole(tx: Db, memberId: string, role: WorkspaceRole): Promise<void> {
  await tx.member.update({ where: { id: memberId }, data: { role } });
}

export async function deleteMember(tx: Db, memberId: string): Promise<void> {
  await tx.member.delete({ where: { id: memberId } });
}

/** Adds a person to a workspace; an existing membership keeps its role. */
export async function addMember(tx: Db, workspaceId: string, userId: string, role: WorkspaceRole): Promise<void> {
  await tx.member.upsert({
    where: { workspaceId_userId: { workspaceId, userId } },
    create: { id: crypto.randomUUID(), workspaceId, userId, role },
    update: {},
  });
}

export type InvitationRow = {
  id: string;
  email: string | null;
  role: WorkspaceRole;
  expiresAt: Date;
  createdAt: Date;
  inviterName: string;
};

// Invitations are links: the id is the SHA-256 of the link's token (the token itself is never
// stored), the email is optional ("" when the link is for whoever the owner hands it to).

/** Pending invitations of a workspace that have not expired, newest first. */
export async function listPendingInvitations(db: Db, workspaceId: string, now = new Date()): Promise<InvitationRow[]> {
  const rows = await db.invitation.findMany({
    where: { workspaceId, status: "pending", expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      inviter: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email || null,
    role: ROLE_NAMES.has(row.role ?? "") ? (row.role as WorkspaceRole) : "viewer",
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    inviterName: row.inviter.name,
  }));
}

export async function insertInvitation(
  tx: Db,
  invitation: {
    id: string;
    workspaceId: string;
    email: string | null;
    role: WorkspaceRole;
    expiresAt: Date;
    inviterId: string;
  },
): Promise<void> {
  await tx.invitation.create({ data: { ...invitation, email: invitation.email ?? "", status: "pending" } });
}

/** Revokes a pending invitation; false when the workspace has no such pending invitation. */
export async function cancelInvitation(tx: Db, workspaceId: string, id: string): Promise<boolean> {
  const { count } = await tx.invitation.updateMany({
    where: { id, workspaceId, status: "pending" },
    data: { status: "canceled" },
  });
  return count === 1;
}

export type OpenInvitation = {
  id: string;
  workspaceId: string;
  workspaceName: string;
  email: string | null;
  role: WorkspaceRole;
  expiresAt: Date;
};

/** A pending, unexpired invitation by the hash of its token. */
export async function openInvitation(db: Db, id: string, now = new Date()): Promise<OpenInvitation | undefined> {
  const row = await db.invitation.findFirst({
    where: { id, status: "pending", expiresAt: { gt: now } },
    select: {
      id: true,
      workspaceId: true,
      email: true,
      role: true,
      expiresAt: true,
      workspace: { select: { name: true } },
    },
  });
  if (!row) return undefined;
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    workspaceName: row.workspace.name,
    email: row.email || null,
    role: ROLE_NAMES.has(row.role ?? "") ? (row.role as WorkspaceRole) : "viewer",
    expiresAt: row.expiresAt,
  };
}

/** Marks a pending, unexpired invitation accepted; false when another request took it first. */
export async function claimInvitation(tx: Db, id: string, now = new Date()): Promise<boolean> {
  const { count } = await tx.invitation.updateMany({
    where: { id, status: "pending", expiresAt: { gt: now } },
    data: { status: "accepted" },
  });
  return count === 1;
}

/**
 * Joins a person who just signed in by single sign-on for the first time to the workspace of the
 * oldest pending invitation for their email, if there is one.
 */
export async function joinPendingInvitation(db: Db, userId: string, email: string): Promise<void> {
  const now = new Date();
  const invitation = await db.invitation.findFirst({
    where: { email: email.trim().toLowerCase(), status: "pending", expiresAt: { gt: now } },
    orderBy: { createdAt: "asc" },
    select: { id: true, workspaceId: true, role: true },
  });
  if (!invitation) return;
  if (!(await claimInvitation(db, invitation.id, now))) return;
  const role = ROLE_NAMES.has(invitation.role ?? "") ? (invitation.role as WorkspaceRole) : "viewer";
  await addMember(db, invitation.workspaceId, userId, role);
}

export type Credential = { userId: string; name: string; passwordHash: string | null };

/** The account of an email and its password hash (null for a single-sign-on-only account). */
export async function credentialOf(db: Db, email: string): Promise<Credential | undefined> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, accounts: { where: { providerId: "credential" }, select: { password: true } } },
  });
  if (!user) return undefined;
  return { userId: user.id, name: user.name, passwordHash: user.accounts[0]?.password ?? null };
}

/** A new account, with a password hashed by the caller with better-auth's hasher, or none yet. */
export async function insertUser(
  tx: Db,
  user: { email: string; name: string; passwordHash: string | null },
): Promise<{ id: string; email: string }> {
  const id = crypto.randomUUID();
  const email = user.email.trim().toLowerCase();
  await tx.user.create({ data: { id, email, name: user.name, emailVerified: true } });
  // Without a password the person sets one through a set-password link (outbound admin create).
  if (user.passwordHash !== null) await setPasswordHash(tx, id, user.passwordHash);
  return { id, email };
}

/** Sets a person's password (adding a password sign-in to a single-sign-on account). */
export async function setPasswordHash(tx: Db, userId: string, passwordHash: string): Promise<void> {
  const updated = await tx.account.updateMany({
    where: { userId, providerId: "credential" },
    data: { password: passwordHash },
  });
  if (updated.count > 0) return;
  await tx.account.create({
    data: { id: crypto.randomUUID(), userId, accountId: userId, providerId: "credential", password: passwordHash },
  });
}

/** Ends every session of a person: the rows go, so every instance refuses their cookies. */
export async function deleteSessionsOf(tx: Db, userId: string): Promise<number> {
  return (await tx.session.deleteMany({ where: { userId } })).count;
}

// Password-reset links live in the verification table: identifier "password-reset:<sha256 of
// token>", value the person's id. Deleting the row on use makes the link work once.
const RESET_PREFIX = "password-reset:";

export async function insertResetLink(tx: Db, tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
  await tx.verification.create({
    data: { id: crypto.randomUUID(), identifier: `${RESET_PREFIX}${tokenHash}`, value: userId, expiresAt },
  });
}

/** The person a reset link is for, if it is unused and unexpired. */
export async function openResetLink(db: Db, tokenHash: string, now = new Date()) {
  const row = await db.verification.findFirst({
    where: { identifier: `${RESET_PREFIX}${tokenHash}`, expiresAt: { gt: now } },
    select: { value: true },
  });
  if (!row) return undefined;
  return db.user.findUnique({ where: { id: row.value }, select: { id: true, name: true, email: true } });
}

/** Uses a reset link up: the person's id, or undefined when it was used, expired or never existed. */
export async function claimResetLink(tx: Db, tokenHash: string, now = new Date()): Promise<string | undefined> {
  const identifier = `${RESET_PREFIX}${tokenHash}`;
  const row = await tx.verification.findFirst({
    where: { identifier },
    select: { id: true, value: true, expiresAt: true },
  });
  if (!row) return undefined;
  // Deleted whether or not it expired: an expired link is no use to keep. Only the request whose
  // delete removed the row goes on, so two submissions of one link cannot both succeed.
  const { count } = await tx.verification.deleteMany({ where: { id: row.id } });
  return count === 1 && row.expiresAt > now ? row.value : undefined;
}

export async function userByEmail(db: Db, email: string) {
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, email: true },
  });
}

/** Whether a person is a member of a workspace, and its name. */
export async function workspaceOf(db: Db, workspaceId: string) {
  return db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true, name: true } });
}

/** Makes a workspace the one a signed-in browser works in (read by lib/server/access.ts). */
export async function setActiveWorkspace(db: Db, sessionToken: string, workspaceId: string): Promise<void> {
  await db.session.update({ where: { token: sessionToken }, data: { activeWorkspaceId: workspaceId } });
}

/** A workspace by name, or a new one with that name. */
export async function workspaceNamed(tx: Db, name: string): Promise<{ id: string; name: string }> {
  const found = await tx.workspace.findFirst({
    where: { name },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true },
  });
  if (found) return found;
  const id = crypto.randomUUID();
  return tx.workspace.create({
    data: { id, name, slug: `${slugOf(name)}-${id.slice(0, 8)}` },
    select: { id: true, name: true },
  });
}

function slugOf(name: string): string {
  return (
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "workspace"
  );
}
