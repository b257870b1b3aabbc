import "server-only";

import { ROLES, type STATEMENTS, type WorkspaceRole } from "@/lib/auth/roles";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";
import { getPrisma } from "@/lib/db/client";
import { ownerExists, readMemberships, type Membership } from "@/lib/db/people";
import { parseEnv, type Env } from "@/lib/env";
import { RequestError } from "@/lib/http/errors";

import { getAuth } from "./auth";

// Who is asking, and what they may do (issue 13 §1 and §3). Every route and page gets an Access
// from the request (routeAccess / pageAccess) and hands it to the use case, which checks the
// permission it needs with assertCan and reads only the access's workspace. Checked here, in the
// server layer, never in the UI alone; the role × route matrix test holds every route to it.
//
// Two ways to run: alone (the app listens on loopback and no owner account exists yet) everyone
// who reaches the app is the owner of the default workspace, as before accounts existed; as a team
// (HOST beyond loopback, or once an owner exists) every request needs a signed-in member.

export type AccessUser = { id: string; name: string; email: string };

export type Access = {
  mode: "solo" | "team";
  /** null when the app runs alone, with no accounts. */
  user: AccessUser | null;
  workspaceId: string;
  workspaceName: string;
  role: WorkspaceRole;
  /** Every workspace the person belongs to (for the switcher); one, the default, when alone. */
  memberships: Membership[];
};

export type Resource = Exclude<keyof typeof STATEMENTS, "organization" | "team" | "ac">;
export type Action<R extends Resource> = (typeof STATEMENTS)[R][number];

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost", "[::1]"]);

/** Whether the environment alone asks for sign-in: the app listens beyond loopback. */
export function listensBeyondLoopback(env: Env): boolean {
  return !LOOPBACK.has(env.HOST.toLowerCase());
}

// Once an owner exists the app stays in team mode for the life of the process (owners are never
// all removed: the last owner cannot leave); before that it asks the database on every request,
// so an owner created on another instance or by the CLI takes effect at once.
let ownerSeen = false;

/** Whether sign-in is required (issue 13 §1). */
export async function teamMode(env: Env = parseEnv()): Promise<boolean> {
  if (ownerSeen || listensBeyondLoopback(env)) return true;
  ownerSeen = await ownerExists(await getPrisma());
  return ownerSeen;
}

/** For tests that switch modes within one process. */
export function forgetTeamMode(): void {
  ownerSeen = false;
}

export const SOLO_ACCESS: Access = {
  mode: "solo",
  user: null,
  workspaceId: DEFAULT_WORKSPACE_ID,
  workspaceName: "My workspace",
  role: "owner",
  memberships: [{ workspaceId: DEFAULT_WORKSPACE_ID, workspaceName: "My workspace", role: "owner" }],
};

/** Thrown when team mode needs a signed-in person and the request has none: 401. */
export function signInRequired(): RequestError {
  return new RequestError(401, "unauthenticated", "Sign in to use this workspace.", undefined, undefined, {
    key: "signInRequired",
  });
}

/**
 * The access of a request, from its cookies: the signed-in person's active workspace (the
 * session's, when they are still a member of it, else their oldest membership). Throws 401 with no
 * valid session in team mode, 403 for a person who belongs to no workspace.
 */
export async function accessFromHeaders(headers: Headers): Promise<Access> {
  if (!(await teamMode())) return SOLO_ACCESS;
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) throw signInRequired();
  const memberships = await readMemberships(await getPrisma(), session.user.id);
  const active = session.session.activeOrganizationId;
  const current = memberships.find((m) => m.workspaceId === active) ?? memberships[0];
  if (!current) {
    throw new RequestError(
      403,
      "forbidden",
      "This account belongs to no workspace: ask an owner to add you.",
      undefined,
      undefined,
      {
        key: "noWorkspace",
      },
    );
  }
  const { id, name, email } = session.user;
  return {
    mode: "team",
    user: { id, name, email },
    workspaceId: current.workspaceId,
    workspaceName: current.workspaceName,
    role: current.role,
    memberships,
  };
}

/** The access of a route handler's request. */
export function routeAccess(request: Request): Promise<Access> {
  return accessFromHeaders(request.headers);
}

/** Whether the access's role grants the action (lib/auth/roles.ts). */
export function can<R extends Resource>(access: Access, resource: R, action: Action<R>): boolean {
  const role = ROLES[access.role] as { authorize: (request: Record<string, string[]>) => { success: boolean } };
  return role.authorize({ [resource]: [action] }).success;
}

/** Throws 403 unless the access's role grants the action. */
export function assertCan<R extends Resource>(access: Access, resource: R, action: Action<R>): void {
  if (can(access, resource, action)) return;
  throw new RequestError(
    403,
    "forbidden",
    `A ${access.role} of this workspace may not ${action} ${resource === "import" ? "imports" : `${resource}s`}.`,
    undefined,
    undefined,
    { key: "forbidden", role: access.role, action, resource },
  );
}

/** Who the audit log names for a change made with this access. */
export function actorOf(access: Access): { actorId: string | null; actorName: string } {
  return access.user
    ? { actorId: access.user.id, actorName: access.user.name || access.user.email }
    : { actorId: null, actorName: "" };
}

/**
 * For routes that serve reference data (markets, framework, cases, the engine's commands): any
 * member of a workspace, whatever their role, in team mode; anyone when the app runs alone.
 */
export function requireMember(request: Request): Promise<Access> {
  return routeAccess(request);
}
