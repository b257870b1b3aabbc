import "server-only";

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";

import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";
import type { AdminCreateAnswer, AdminCreateBody, IssuedLink } from "@/lib/contracts/people";
import { recordAudit } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import { insertUser, setPasswordHash, userByEmail, workspaceNamed, workspaceOf } from "@/lib/db/people";
import { databaseTarget } from "@/lib/db/target";
import { parseEnv } from "@/lib/env";
import { RequestError } from "@/lib/http/errors";

import { hashPassword } from "./auth";
import { issueResetLinkFor } from "./people";

// The administrator's commands (`npm run -s outbound -- admin create | reset-link`): whoever can
// run commands as the machine's user that owns the data is trusted to make accounts. The CLI runs
// these itself when it can open the database; while the app holds the embedded database it asks
// the app over loopback, proving itself with a token file only that user can write and read.

const ADMIN_ACTOR = "outbound admin (command line)";

/** Makes (or finds) an account and makes it a member of a workspace with a role. */
export async function adminCreate(body: AdminCreateBody): Promise<AdminCreateAnswer> {
  const db = await getPrisma();
  const passwordHash = body.password ? await hashPassword(body.password) : null;
  const result = await db.$transaction(async (tx) => {
    const existing = await userByEmail(tx, body.email);
    const user = existing ?? (await insertUser(tx, { email: body.email, name: body.name, passwordHash }));
    if (existing && passwordHash) await setPasswordHash(tx, existing.id, passwordHash);
    // Without --workspace: the default workspace, which holds everything made while the app ran
    // alone, so the first owner finds the solo user's scenarios there.
    const workspace = body.workspace
      ? await workspaceNamed(tx, body.workspace)
      : (await workspaceOf(tx, DEFAULT_WORKSPACE_ID))!;
    await tx.member.upsert({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
      create: { id: crypto.randomUUID(), workspaceId: workspace.id, userId: user.id, role: body.role },
      update: { role: body.role },
    });
    await recordAudit(tx, {
      workspaceId: workspace.id,
      actorId: null,
      actorName: ADMIN_ACTOR,
      action: "member.create",
      subjectType: "member",
      subjectId: user.id,
      detail: { email: body.email, role: body.role, newAccount: !existing },
    });
    return { userId: user.id, created: !existing, workspace };
  });
  const setPasswordLink = body.password ? null : await issueResetLinkFor(result.userId);
  return {
    userId: result.userId,
    email: body.email,
    created: result.created,
    workspaceId: result.workspace.id,
    workspaceName: result.workspace.name,
    role: body.role,
    setPasswordLink,
  };
}

/** A one-time set-password link for an account, by email (the administrator may know who exists). */
export async function adminResetLink(email: string): Promise<IssuedLink> {
  const user = await userByEmail(await getPrisma(), email);
  if (!user) throw new RequestError(404, "not_found", `No account has the email ${email}.`);
  return issueResetLinkFor(user.id);
}

// The token file: written by the CLI (mode 0600, so only the machine's user reads it), read and
// removed by the app on the request that shows the same token. It lives beside the embedded data
// directory, which that same user owns.
export const ADMIN_TOKEN_HEADER = "x-outbound-admin-token";
const TOKEN_LIFETIME_MS = 2 * 60 * 1000;
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function adminTokenPath(dataDir: string): string {
  return `${dataDir}.admin-token`;
}

/** The CLI's side: a fresh token in a file only this user can read, beside the embedded database. */
export function writeAdminToken(): string {
  const target = databaseTarget(parseEnv());
  if (target.kind !== "embedded") throw new Error("Only the embedded database is held by the app.");
  const file = adminTokenPath(target.dataDir);
  const token = randomBytes(32).toString("base64url");
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, token, { mode: 0o600, flag: "wx" });
  return token;
}

const refused = () =>
  new RequestError(
    403,
    "forbidden",
    "Administration requests are accepted only from the command line on this machine.",
    undefined,
    undefined,
    {
      key: "adminTokenRefused",
    },
  );

/** The app's side: refuses (403) unless the request is on loopback and shows the token file's token. */
export function assertAdminRequest(request: Request, now = Date.now()): void {
  const target = databaseTarget(parseEnv());
  const host = new URL(`http://${request.headers.get("host") ?? "invalid"}`).hostname;
  const shown = request.headers.get(ADMIN_TOKEN_HEADER);
  if (target.kind !== "embedded" || !LOOPBACK_HOSTS.has(host) || !shown) throw refused();
  const file = adminTokenPath(target.dataDir);
  let stored: string;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    stored = fs.readFileSync(file, "utf8");
  } catch {
    throw refused();
  }
  const ownedByUs = typeof process.getuid !== "function" || stat.uid === process.getuid();
  const privateFile = (stat.mode & 0o077) === 0;
  const fresh = now - stat.mtimeMs < TOKEN_LIFETIME_MS;
  const digest = (text: string) => createHash("sha256").update(text).digest();
  if (!ownedByUs || !privateFile || !fresh || !timingSafeEqual(digest(shown), digest(stored))) throw refused();
  // One use: a token read from a leftover file cannot be replayed.
  fs.rmSync(file, { force: true });
}
