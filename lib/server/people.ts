import "server-only";

import { createHash, randomBytes } from "node:crypto";

import type { WorkspaceRole } from "@/lib/auth/roles";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";
import type {
  AcceptInvitationBody,
  AccountMenuData,
  IssuedLink,
  MembersAnswer,
  NewInvitationBody,
} from "@/lib/contracts/people";
import { RESET_LINK_HOURS } from "@/lib/contracts/people";
import { recordAudit } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import {
  addMember,
  cancelInvitation,
  claimInvitation,
  claimResetLink,
  credentialOf,
  deleteMember,
  deleteSessionsOf,
  findMember,
  insertInvitation,
  insertResetLink,
  insertUser,
  listMembers,
  listPendingInvitations,
  lockOwners,
  openInvitation,
  openResetLink,
  readMemberships,
  setActiveWorkspace,
  setMemberRole,
  setPasswordHash,
} from "@/lib/db/people";
import { RequestError } from "@/lib/http/errors";

import { accessFromHeaders, actorOf, assertCan, can, teamMode, type Access } from "./access";
import { getAuth, hashPassword, verifyPassword } from "./auth";

// Members, invitations and password-reset links (issue 13 §2–§3). Everyone in a workspace sees its
// members and roles; owners change roles, remove members (never the last owner), hand out
// invitation links and one-time reset links, all recorded in the audit log. Links carry 32 random
// bytes; only their SHA-256 is stored, and their expiry is checked here, on the server.

/** A new link secret and the hash that is stored in its place. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: tokenHash(token) };
}

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const soloMode = () =>
  new RequestError(
    409,
    "solo_mode",
    "The app runs alone, without accounts: create an owner with `npm run -s outbound -- admin create` to work as a team.",
    undefined,
    undefined,
    { key: "soloMode" },
  );
const memberNotFound = () =>
  new RequestError(404, "not_found", "No such member in this workspace.", undefined, undefined, {
    key: "memberNotFound",
  });
const lastOwner = () =>
  new RequestError(
    409,
    "last_owner",
    "A workspace keeps at least one owner: make someone else an owner first.",
    undefined,
    undefined,
    { key: "lastOwner" },
  );
const linkInvalid = () =>
  new RequestError(
    400,
    "link_invalid",
    "This link is not valid: it was already used, it expired, or it was revoked.",
    undefined,
    undefined,
    { key: "linkInvalid" },
  );

export async function membersOf(access: Access): Promise<MembersAnswer> {
  const db = await getPrisma();
  const canManage = access.mode === "team" && can(access, "member", "update");
  const members = access.mode === "team" ? await listMembers(db, access.workspaceId) : [];
  const invitations = canManage ? await listPendingInvitations(db, access.workspaceId) : [];
  return {
    workspace: { id: access.workspaceId, name: access.workspaceName },
    mode: access.mode,
    canManage,
    members: members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() })),
    invitations: invitations.map((i) => ({
      ...i,
      expiresAt: i.expiresAt.toISOString(),
      createdAt: i.createdAt.toISOString(),
    })),
  };
}

function teamActor(access: Access) {
  if (access.mode !== "team" || !access.user) throw soloMode();
  return { user: access.user, ...actorOf(access) };
}

export async function changeMemberRole(access: Access, memberId: string, role: WorkspaceRole): Promise<void> {
  assertCan(access, "member", "update");
  const actor = teamActor(access);
  const db = await getPrisma();
  await db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, access.workspaceId);
    const member = await findMember(tx, access.workspaceId, memberId);
    if (!member) throw memberNotFound();
    if (member.role === role) return;
    if (member.role === "owner" && owners.length <= 1) throw lastOwner();
    await setMemberRole(tx, memberId, role);
    await recordAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: actor.actorId,
      actorName: actor.actorName,
      action: "member.role",
      subjectType: "member",
      subjectId: member.userId,
      detail: { name: member.name, email: member.email, from: member.role, to: role },
    });
  });
}

export async function removeMember(access: Access, memberId: string): Promise<void> {
  assertCan(access, "member", "delete");
  const actor = teamActor(access);
  const db = await getPrisma();
  await db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, access.workspaceId);
    const member = await findMember(tx, access.workspaceId, memberId);
    if (!member) throw memberNotFound();
    if (member.role === "owner" && owners.length <= 1) throw lastOwner();
    await deleteMember(tx, memberId);
    await recordAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: actor.actorId,
      actorName: actor.actorName,
      action: "member.remove",
      subjectType: "member",
      subjectId: member.userId,
      detail: { name: member.name, email: member.email, role: member.role },
    });
  });
}

export async function createInvitation(access: Access, body: NewInvitationBody, now = new Date()): Promise<IssuedLink> {
  assertCan(access, "invitation", "create");
  const actor = teamActor(access);
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + body.expiresInDays * 24 * 3600 * 1000);
  const db = await getPrisma();
  await db.$transaction(async (tx) => {
    await insertInvitation(tx, {
      id: hash,
      workspaceId: access.workspaceId,
      email: body.email ?? null,
      role: body.role,
      expiresAt,
      inviterId: actor.user.id,
    });
    await recordAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: actor.actorId,
      actorName: actor.actorName,
      action: "invitation.create",
      subjectType: "invitation",
      subjectId: hash,
      detail: { role: body.role, email: body.email ?? null, expiresAt: expiresAt.toISOString() },
    });
  });
  return { id: hash, path: `/join/${token}`, expiresAt: expiresAt.toISOString() };
}

export async function revokeInvitation(access: Access, id: string): Promise<void> {
  assertCan(access, "invitation", "cancel");
  const actor = teamActor(access);
  const db = await getPrisma();
  await db.$transaction(async (tx) => {
    if (!(await cancelInvitation(tx, access.workspaceId, id))) {
      throw new RequestError(404, "not_found", "No such pending invitation in this workspace.", undefined, undefined, {
        key: "invitationNotFound",
      });
    }
    await recordAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: actor.actorId,
      actorName: actor.actorName,
      action: "invitation.revoke",
      subjectType: "invitation",
      subjectId: id,
    });
  });
}

/** A one-time set-password link for a person, valid RESET_LINK_HOURS (no email server needed). */
export async function issueResetLinkFor(userId: string, now = new Date()): Promise<IssuedLink> {
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 3600 * 1000);
  await insertResetLink(await getPrisma(), hash, userId, expiresAt);
  return { path: `/reset/${token}`, expiresAt: expiresAt.toISOString() };
}

/** An owner's reset link for a member of their workspace (audited; the link itself is not). */
export async function issueResetLink(access: Access, memberId: string, now = new Date()): Promise<IssuedLink> {
  assertCan(access, "member", "update");
  const actor = teamActor(access);
  const db = await getPrisma();
  const member = await findMember(db, access.workspaceId, memberId);
  if (!member) throw memberNotFound();
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 3600 * 1000);
  await db.$transaction(async (tx) => {
    await insertResetLink(tx, hash, member.userId, expiresAt);
    await recordAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: actor.actorId,
      actorName: actor.actorName,
      action: "member.reset-link",
      subjectType: "member",
      subjectId: member.userId,
      detail: { name: member.name, email: member.email, expiresAt: expiresAt.toISOString() },
    });
  });
  return { path: `/reset/${token}`, expiresAt: expiresAt.toISOString() };
}

export type InvitationPreview = { workspaceName: string; role: WorkspaceRole; email: string | null; expiresAt: string };

/** What the join page shows for a link, or undefined when the link is not (or no longer) valid. */
export async function previewInvitation(token: string): Promise<InvitationPreview | undefined> {
  const invitation = await openInvitation(await getPrisma(), tokenHash(token));
  if (!invitation) return undefined;
  const { workspaceName, role, email, expiresAt } = invitation;
  return { workspaceName, role, email, expiresAt: expiresAt.toISOString() };
}

export type SignedInPerson = { id: string; email: string; name: string };

/** The person signed in on this request, whether or not they belong to a workspace yet. */
export async function signedInPerson(headers: Headers): Promise<SignedInPerson | undefined> {
  const session = await (await getAuth()).api.getSession({ headers });
  if (!session) return undefined;
  const { id, email, name } = session.user;
  return { id, email, name };
}

/**
 * Accepts an invitation. A signed-in person joins as they are. Someone not signed in gives an email
 * (the invitation's, when it names one), a name and a password: an unknown email gets a new account
 * that joins; a registered email joins only with that account's own password. The answer is the
 * same in all three cases (no answer tells whether an email is registered); the join page then
 * signs in with the email and password, which succeeds exactly when the person joined.
 */
export async function acceptInvitation(
  body: AcceptInvitationBody,
  person: SignedInPerson | undefined,
): Promise<{ email: string | null }> {
  const db = await getPrisma();
  const hash = tokenHash(body.token);
  const invitation = await openInvitation(db, hash);
  if (!invitation) throw linkInvalid();

  if (person) {
    await join(invitation.id, invitation.workspaceId, invitation.role, person.id, person.name || person.email);
    return { email: person.email };
  }

  const email = (invitation.email ?? body.email)?.trim().toLowerCase();
  if (!email || !body.name || !body.password) {
    const issues = [
      ...(!email ? [{ path: "email", message: "is required: this invitation names no email" }] : []),
      ...(!body.name ? [{ path: "name", message: "is required" }] : []),
      ...(!body.password ? [{ path: "password", message: "is required" }] : []),
    ];
    throw new RequestError(400, "invalid_request", "Give your email, name and a password to join.", issues, undefined, {
      key: "invalidRequest",
      what: "body",
      issues,
    });
  }
  // Hashed (or verified) before anything is decided, so both paths cost one scrypt.
  const existing = await credentialOf(db, email);
  if (existing) {
    if (existing.passwordHash && (await verifyPassword(existing.passwordHash, body.password))) {
      await join(invitation.id, invitation.workspaceId, invitation.role, existing.userId, existing.name);
    }
    return { email };
  }
  const passwordHash = await hashPassword(body.password);
  await db.$transaction(async (tx) => {
    if (!(await claimInvitation(tx, invitation.id))) throw linkInvalid();
    const user = await insertUser(tx, { email, name: body.name!, passwordHash });
    await addMember(tx, invitation.workspaceId, user.id, invitation.role);
    await recordJoin(tx, invitation.workspaceId, user.id, body.name!, invitation.role);
  });
  return { email };
}

async function join(invitationId: string, workspaceId: string, role: WorkspaceRole, userId: string, name: string) {
  const db = await getPrisma();
  await db.$transaction(async (tx) => {
    if (!(await claimInvitation(tx, invitationId))) throw linkInvalid();
    await addMember(tx, workspaceId, userId, role);
    await recordJoin(tx, workspaceId, userId, name, role);
  });
}

function recordJoin(
  tx: Parameters<typeof recordAudit>[0],
  workspaceId: string,
  userId: string,
  name: string,
  role: WorkspaceRole,
) {
  return recordAudit(tx, {
    workspaceId,
    actorId: userId,
    actorName: name,
    action: "member.join",
    subjectType: "member",
    subjectId: userId,
    detail: { role },
  });
}

/** The name the reset page greets, or undefined when the link is not valid. */
export async function previewResetLink(token: string): Promise<{ name: string; email: string } | undefined> {
  const user = await openResetLink(await getPrisma(), tokenHash(token));
  return user ? { name: user.name, email: user.email } : undefined;
}

/** Sets a new password through a reset link: the link works once, and every session of that person ends. */
export async function resetPassword(token: string, password: string): Promise<{ sessionsEnded: number }> {
  const passwordHash = await hashPassword(password);
  const db = await getPrisma();
  return db.$transaction(async (tx) => {
    const userId = await claimResetLink(tx, tokenHash(token));
    if (!userId) throw linkInvalid();
    await setPasswordHash(tx, userId, passwordHash);
    return { sessionsEnded: await deleteSessionsOf(tx, userId) };
  });
}

/** Switches the browser's session to another of the person's workspaces. */
export async function switchWorkspace(
  access: Access,
  headers: Headers,
  workspaceId: string,
): Promise<{ workspaceId: string; workspaceName: string }> {
  if (access.mode !== "team" || !access.user) {
    if (workspaceId === DEFAULT_WORKSPACE_ID) return { workspaceId, workspaceName: access.workspaceName };
    throw soloMode();
  }
  const db = await getPrisma();
  const membership = (await readMemberships(db, access.user.id)).find((m) => m.workspaceId === workspaceId);
  const session = await (await getAuth()).api.getSession({ headers });
  if (!membership || !session) {
    throw new RequestError(404, "not_found", "You are not a member of that workspace.", undefined, undefined, {
      key: "workspaceNotFound",
    });
  }
  await setActiveWorkspace(db, session.session.token, workspaceId);
  return { workspaceId, workspaceName: membership.workspaceName };
}

/** The header's account menu, or null when the app runs alone (no accounts, no menu). */
export async function accountMenu(headers: Headers): Promise<AccountMenuData | null> {
  // A database that cannot answer is the page's own error to show; the header goes without a menu.
  const team = await teamMode().catch(() => false);
  if (!team) return null;
  try {
    const access = await accessFromHeaders(headers);
    const user = access.user!;
    return {
      kind: "member",
      name: user.name || user.email,
      email: user.email,
      workspaceId: access.workspaceId,
      workspaceName: access.workspaceName,
      role: access.role,
      workspaces: access.memberships.map((m) => ({ id: m.workspaceId, name: m.workspaceName })),
    };
  } catch (error) {
    if (!(error instanceof RequestError)) return null;
    if (error.status === 401) return { kind: "signedOut" };
    const person = await signedInPerson(headers);
    return person ? { kind: "noWorkspace", name: person.name || person.email } : { kind: "signedOut" };
  }
}
