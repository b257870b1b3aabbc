import { createServer, type Server } from "node:http";
import { spawn } from "node:child_process";
import { Readable } from "node:stream";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { POST as postAdminAccounts } from "@/app/api/admin/accounts/route";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";
import { runCli } from "@/lib/commands/cli";
import { closeDatabase, getDatabase, getPrisma } from "@/lib/db/client";
import { announceUrl } from "@/lib/db/lock";
import { RequestError } from "@/lib/http/errors";
import type { Access } from "@/lib/server/access";
import { getAuth, resetAuth } from "@/lib/server/auth";
import { forgetAccountLimiter, handleAuthRequest } from "@/lib/server/auth-handler";
import {
  acceptInvitation,
  changeMemberRole,
  createInvitation,
  issueResetLink,
  membersOf,
  removeMember,
  resetPassword,
  revokeInvitation,
} from "@/lib/server/people";

import { seededAppDatabase, usingServer } from "./support/database";

// Members, invitations and reset links on a real database, and `outbound admin create` both ways
// (opening the database itself, and through the app that holds the embedded database).

let cleanup: () => Promise<void>;
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  process.env.OUTBOUND_TRUST_PROXY = "true";
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  resetAuth();
  forgetAccountLimiter();
});

afterAll(async () => {
  delete process.env.OUTBOUND_TRUST_PROXY;
  resetAuth();
  forgetAccountLimiter();
  await closeDatabase();
  await cleanup?.();
});

function io(stdin = "") {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdin: Readable.from([stdin]),
      stdout: (text: string) => (out.stdout += text),
      stderr: (text: string) => (out.stderr += text),
    },
  };
}

/** The CLI in this process; it opens the database itself, so ours is closed first (one owner at a time). */
async function cliHere(args: string[], stdin = "") {
  await closeDatabase();
  resetAuth();
  const run = io(stdin);
  const code = await runCli(args, run.io);
  resetAuth();
  forgetAccountLimiter();
  return { code, ...run.out };
}

let addresses = 0;
async function signIn(email: string, password: string) {
  addresses += 1;
  return handleAuthRequest(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": `192.0.2.${addresses}` },
      body: JSON.stringify({ email, password }),
    }),
  );
}

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function accessOf(email: string): Promise<Access> {
  const db = await getPrisma();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const member = await db.member.findFirstOrThrow({ where: { userId: user.id, workspaceId: DEFAULT_WORKSPACE_ID } });
  const role = member.role as Access["role"];
  return {
    mode: "team",
    user: { id: user.id, name: user.name, email: user.email },
    workspaceId: DEFAULT_WORKSPACE_ID,
    workspaceName: "My workspace",
    role,
    memberships: [{ workspaceId: DEFAULT_WORKSPACE_ID, workspaceName: "My workspace", role }],
  };
}

const tokenOf = (path: string) => path.split("/").at(-1)!;

async function expectError(work: Promise<unknown>, status: number, code: string) {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RequestError);
  expect((error as RequestError).status).toBe(status);
  expect((error as RequestError).code).toBe(code);
}

describe("outbound admin create, opening the database itself", () => {
  test("with --password-stdin: the first account owns the default workspace and signs in with that password", async () => {
    const run = await cliHere(
      ["admin", "create", "--email", "Owner@Example.com", "--name", "Olga Owner", "--password-stdin"],
      "owner password 1\n",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('owner@example.com: owner of "My workspace"');
    expect(run.stdout).not.toContain("/reset/");
    expect((await signIn("owner@example.com", "owner password 1")).status).toBe(200);
  });

  test("without a password: prints a set-password link that sets one, once", async () => {
    const run = await cliHere(["admin", "create", "--email", "editor@example.com", "--name", "Ed", "--role", "editor"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const link = /(http\S+\/reset\/([A-Za-z0-9_-]{43}))/.exec(run.stdout);
    expect(link, run.stdout).not.toBeNull();
    expect((await signIn("editor@example.com", "editor password 1")).status).toBe(401);
    expect(await resetPassword(link![2]!, "editor password 1")).toEqual({ sessionsEnded: 0 });
    expect((await signIn("editor@example.com", "editor password 1")).status).toBe(200);
    await expectError(resetPassword(link![2]!, "another password 2"), 400, "link_invalid");
  });

  test("bad arguments exit with 2 and say which", async () => {
    const noEmail = await cliHere(["admin", "create", "--name", "Nobody"]);
    expect(noEmail.code).toBe(2);
    expect(noEmail.stderr).toContain("--email");
    const badRole = await cliHere(["admin", "create", "--email", "x@example.com", "--name", "X", "--role", "boss"]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("--role");
    expect((await cliHere(["admin", "frobnicate"])).code).toBe(2);
  });
});

describe("members", () => {
  test("the last owner can be neither removed nor made an editor; with a second owner, they can", async () => {
    const owner = await accessOf("owner@example.com");
    const members = (await membersOf(owner)).members;
    const ownerRow = members.find((m) => m.email === "owner@example.com")!;
    await expectError(removeMember(owner, ownerRow.id), 409, "last_owner");
    await expectError(changeMemberRole(owner, ownerRow.id, "editor"), 409, "last_owner");
    const editorRow = members.find((m) => m.email === "editor@example.com")!;
    await changeMemberRole(owner, editorRow.id, "owner");
    await changeMemberRole(owner, ownerRow.id, "viewer");
    expect((await membersOf(owner)).members.map((m) => [m.email, m.role])).toEqual([
      ["editor@example.com", "owner"],
      ["owner@example.com", "viewer"],
    ]);
    const editor = await accessOf("editor@example.com");
    await changeMemberRole(editor, ownerRow.id, "owner");
    const actions = (await (await getPrisma()).auditEntry.findMany({ where: { subjectType: "member" } })).map(
      (a) => a.action,
    );
    expect(actions.filter((a) => a === "member.role")).toHaveLength(3);
  });

  test("an editor may not change roles or invite (403)", async () => {
    const owner = await accessOf("owner@example.com");
    const editorRow = (await membersOf(owner)).members.find((m) => m.email === "editor@example.com")!;
    await changeMemberRole(owner, editorRow.id, "editor");
    const editor = await accessOf("editor@example.com");
    await expectError(changeMemberRole(editor, editorRow.id, "owner"), 403, "forbidden");
    await expectError(createInvitation(editor, { role: "viewer", expiresInDays: 7 }), 403, "forbidden");
    expect((await membersOf(editor)).invitations).toEqual([]);
    expect((await membersOf(editor)).canManage).toBe(false);
  });
});

describe("invitations", () => {
  test("a new person accepts with name and password, is a member with the invited role, and the link works once", async () => {
    const owner = await accessOf("owner@example.com");
    const link = await createInvitation(owner, { role: "viewer", expiresInDays: 7 });
    expect(link.path).toMatch(/^\/join\/[A-Za-z0-9_-]{43}$/);
    expect((await membersOf(owner)).invitations.map((i) => i.role)).toEqual(["viewer"]);
    // Only the token's SHA-256 is stored.
    const stored = await (await getPrisma()).invitation.findMany();
    expect(stored.map((i) => i.id)).toEqual([link.id]);
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link.path));

    const body = {
      token: tokenOf(link.path),
      email: "Vera@Example.com",
      name: "Vera Viewer",
      password: "viewer password 1",
    };
    expect(await acceptInvitation(body, undefined)).toEqual({ email: "vera@example.com" });
    expect((await signIn("vera@example.com", "viewer password 1")).status).toBe(200);
    expect((await accessOf("vera@example.com")).role).toBe("viewer");
    await expectError(acceptInvitation({ ...body, email: "other@example.com" }, undefined), 400, "link_invalid");
  });

  test("an existing email gets the same answer with a wrong password as with its own, and joins only with its own", async () => {
    const db = await getPrisma();
    const other = await db.workspace.create({ data: { id: "other", name: "Other team", slug: "other-team" } });
    const owner = await accessOf("owner@example.com");
    const inOther: Access = { ...owner, workspaceId: other.id, workspaceName: other.name };
    await db.member.create({
      data: { id: crypto.randomUUID(), workspaceId: other.id, userId: owner.user!.id, role: "owner" },
    });

    const first = await createInvitation(inOther, { role: "editor", expiresInDays: 7 });
    const wrong = await acceptInvitation(
      { token: tokenOf(first.path), email: "vera@example.com", name: "Vera", password: "not her password" },
      undefined,
    );
    const unknownEmail = await createInvitation(inOther, { role: "editor", expiresInDays: 7 });
    const fresh = await acceptInvitation(
      { token: tokenOf(unknownEmail.path), email: "newcomer@example.com", name: "New", password: "newcomer password" },
      undefined,
    );
    expect(Object.keys(wrong)).toEqual(Object.keys(fresh));
    expect(await db.member.count({ where: { workspaceId: other.id, user: { email: "vera@example.com" } } })).toBe(0);
    await acceptInvitation(
      { token: tokenOf(first.path), email: "vera@example.com", name: "Vera", password: "viewer password 1" },
      undefined,
    );
    expect(await db.member.count({ where: { workspaceId: other.id, user: { email: "vera@example.com" } } })).toBe(1);
  });

  test("a signed-in person joins with the token alone; expired and revoked links are refused", async () => {
    const owner = await accessOf("owner@example.com");
    const db = await getPrisma();
    const expired = await createInvitation(
      owner,
      { role: "editor", expiresInDays: 1 },
      new Date(Date.now() - 2 * 86_400_000),
    );
    await expectError(acceptInvitation({ token: tokenOf(expired.path) }, owner.user!), 400, "link_invalid");
    const revoked = await createInvitation(owner, { role: "editor", expiresInDays: 7 });
    await revokeInvitation(owner, revoked.id!);
    await expectError(acceptInvitation({ token: tokenOf(revoked.path) }, owner.user!), 400, "link_invalid");
    await expectError(revokeInvitation(owner, revoked.id!), 404, "not_found");

    const newcomer = await db.user.findUniqueOrThrow({ where: { email: "newcomer@example.com" } });
    const joinDefault = await createInvitation(owner, { role: "editor", expiresInDays: 7 });
    await acceptInvitation(
      { token: tokenOf(joinDefault.path) },
      { id: newcomer.id, email: newcomer.email, name: newcomer.name },
    );
    expect(
      (await db.member.findFirstOrThrow({ where: { userId: newcomer.id, workspaceId: DEFAULT_WORKSPACE_ID } })).role,
    ).toBe("editor");
  });
});

describe("reset links", () => {
  test("an owner's link sets a new password once and ends every session of that person; an expired one is refused", async () => {
    const owner = await accessOf("owner@example.com");
    const vera = (await membersOf(owner)).members.find((m) => m.email === "vera@example.com")!;
    const session = cookieOf(await signIn("vera@example.com", "viewer password 1"));
    const auth = await getAuth();
    expect(await auth.api.getSession({ headers: new Headers({ cookie: session }) })).not.toBeNull();

    const link = await issueResetLink(owner, vera.id);
    const done = await resetPassword(tokenOf(link.path), "vera's new password");
    expect(done.sessionsEnded).toBeGreaterThanOrEqual(1);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: session }) })).toBeNull();
    expect((await signIn("vera@example.com", "viewer password 1")).status).toBe(401);
    expect((await signIn("vera@example.com", "vera's new password")).status).toBe(200);
    await expectError(resetPassword(tokenOf(link.path), "a third password!"), 400, "link_invalid");

    const old = await issueResetLink(owner, vera.id, new Date(Date.now() - 25 * 3600 * 1000));
    await expectError(resetPassword(tokenOf(old.path), "a third password!"), 400, "link_invalid");
    expect(await (await getPrisma()).auditEntry.count({ where: { action: "member.reset-link" } })).toBe(2);
  });
});

const notEmbedded = usingServer ? "DATABASE_URL names a PostgreSQL server; this needs the embedded database" : null;

test.skipIf(notEmbedded !== null)(
  `while the app holds the embedded database, admin create goes through the app with the token file${notEmbedded ? ` (skipped: ${notEmbedded})` : ""}`,
  async () => {
    const { target: held } = await getDatabase();
    if (held.kind !== "embedded") throw new Error("unreachable: the database is not embedded");
    let server: Server | undefined;
    const seen: { token: boolean }[] = [];
    try {
      server = createServer(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        seen.push({ token: Boolean(req.headers["x-outbound-admin-token"]) });
        const response = await postAdminAccounts(
          new Request(`http://${req.headers.host}${req.url}`, {
            method: "POST",
            headers: req.headers as Record<string, string>,
            body: Buffer.concat(chunks),
          }),
        );
        res.writeHead(response.status, { "content-type": "application/json" });
        res.end(await response.text());
      });
      await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      announceUrl(held.dataDir, url);
      const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            "--import",
            "./scripts/register.mjs",
            "scripts/outbound.ts",
            "admin",
            "create",
            "--email",
            "third@example.com",
            "--name",
            "Third",
            "--role",
            "viewer",
            "--password-stdin",
          ],
          { env: process.env },
        );
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.stderr.on("data", (chunk) => (stderr += chunk));
        child.on("close", (code) => resolve({ code, stdout, stderr }));
        child.stdin.end("third password 1\n");
      });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(seen).toEqual([{ token: true }]);
      expect((await signIn("third@example.com", "third password 1")).status).toBe(200);

      // Without the token file's token the endpoint refuses, even on loopback.
      const forged = await fetch(`${url}/api/admin/accounts`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-outbound-admin-token": "guessed" },
        body: JSON.stringify({ email: "mallory@example.com", name: "Mallory" }),
      });
      expect(forged.status).toBe(403);
      expect(await (await getPrisma()).user.count({ where: { email: "mallory@example.com" } })).toBe(0);
    } finally {
      server?.close();
    }
  },
);
