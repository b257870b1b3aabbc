import { createHash } from "node:crypto";

import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as listRoute, POST as createRoute } from "@/app/api/v1/scenarios/[id]/shares/route";
import { DELETE as revokeRoute } from "@/app/api/v1/scenarios/[id]/shares/[shareId]/route";
import { GET as sharedFile } from "@/app/api/v1/shared/[token]/[report]/route";
import { ApiError } from "@/lib/contracts/api";
import type { CreateScenario } from "@/lib/contracts/scenarios";
import { CreatedShareLinkSchema, ShareLinkListSchema } from "@/lib/contracts/shares";
import { DEFAULT_MARKETS } from "@/lib/contracts/workspace";
import { readAuditOf } from "@/lib/db/audit";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { SOLO_ACCESS, type Access } from "@/lib/server/access";
import { createScenario, deleteScenario } from "@/lib/server/scenarios";
import {
  SharedLinkInvalidError,
  createShare,
  listShares,
  openShare,
  revokeShare,
  sharedReportFile,
  sharedReportModel,
} from "@/lib/server/shares";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { seededAppDatabase } from "./support/database";

// Read-only share links (issue 13 §3) on a real database: made by an editor, opened with no
// account, expired by the clock passed in, revoked; nothing of another workspace reachable; a
// viewer may not share. The shared downloads answer through their route with the headers that keep
// a token out of caches, Referer headers and search engines.

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date("2026-12-01T09:00:00.000Z");

let cleanup: () => Promise<void>;
let scenarioId: string;
let otherScenarioId: string;

const editor: Access = {
  ...SOLO_ACCESS,
  mode: "team",
  role: "editor",
  user: { id: "u-ed", name: "Ed", email: "ed@x" },
};
const viewer: Access = { ...editor, role: "viewer", user: { id: "u-vi", name: "Vi", email: "vi@x" } };
const otherWorkspace: Access = { ...editor, workspaceId: "ws-other", workspaceName: "Other" };

const body = (name: string): CreateScenario => ({
  name,
  notes: "",
  inputs: { state: { ...defaultWorkspaceState(), markets: [...DEFAULT_MARKETS] } } as CreateScenario["inputs"],
});

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  const prisma = await getPrisma();
  await prisma.workspace.create({ data: { id: "ws-other", name: "Other", slug: "ws-other" } });
  scenarioId = (await createScenario(editor, body("Shared expansion plan"))).id;
  otherScenarioId = (await createScenario(otherWorkspace, body("Another company's plan"))).id;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function get(token: string, file: string): Promise<Response> {
  const request = new Request(`http://localhost/api/v1/shared/${token}/${file}?locale=en`);
  return sharedFile(request, { params: Promise.resolve({ token, report: file }) });
}

test("an editor's link: a 43-character token shown once, only its SHA-256 stored, expiry days after the clock, audited", async () => {
  const link = await createShare(editor, scenarioId, { days: 7 }, T0);
  expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(Buffer.from(link.token, "base64url")).toHaveLength(32);
  expect(link.path).toBe(`/shared/${link.token}`);
  expect(link.expiresAt).toBe("2026-12-08T09:00:00.000Z");
  expect(link.state).toBe("active");
  const row = await (await getPrisma()).shareLink.findUniqueOrThrow({ where: { id: link.id } });
  expect(row.tokenHash).toBe(sha256(link.token));
  expect(JSON.stringify(row)).not.toContain(link.token);
  expect(row.createdById).toBe("u-ed");
  const audit = await readAuditOf(await getPrisma(), SOLO_ACCESS.workspaceId, "scenario", scenarioId);
  const entry = audit.find((a) => a.action === "share.create");
  expect(entry).toMatchObject({ actorId: "u-ed", actorName: "Ed", detail: { shareId: link.id, days: 7 } });
});

test("the link opens the scenario's report with no account until it expires, then answers as if it never existed", async () => {
  const link = await createShare(editor, scenarioId, { days: 2 }, T0);
  const opened = await sharedReportModel(link.token, new Date(T0.getTime() + 2 * DAY - 1000), { locale: "en" });
  expect(opened.model.scenario.id).toBe(scenarioId);
  expect(opened.model.title).toContain("Shared expansion plan");
  expect(opened.expiresAt).toBe("2026-12-03T09:00:00.000Z");
  await expect(openShare(link.token, new Date(T0.getTime() + 2 * DAY))).rejects.toBeInstanceOf(SharedLinkInvalidError);
  const later = await listShares(editor, scenarioId, new Date(T0.getTime() + 3 * DAY));
  expect(later.shares.find((s) => s.id === link.id)?.state).toBe("expired");
});

test("revoking stops the link at once, is audited once, and a second revoke changes nothing", async () => {
  const link = await createShare(editor, scenarioId, { days: 14 }, T0);
  const at = new Date(T0.getTime() + DAY);
  await expect(sharedReportFile(link.token, "md", at, undefined, { locale: "en" })).resolves.toMatchObject({
    contentType: "text/markdown; charset=utf-8",
  });
  const revoked = await revokeShare(editor, scenarioId, link.id, at);
  expect(revoked).toMatchObject({ state: "revoked", revokedAt: at.toISOString() });
  await expect(openShare(link.token, at)).rejects.toBeInstanceOf(SharedLinkInvalidError);
  await revokeShare(editor, scenarioId, link.id, new Date(at.getTime() + DAY));
  const audit = await readAuditOf(await getPrisma(), SOLO_ACCESS.workspaceId, "scenario", scenarioId);
  expect(
    audit.filter((a) => a.action === "share.revoke" && (a.detail as { shareId: string }).shareId === link.id),
  ).toHaveLength(1);
  const listed = (await listShares(editor, scenarioId, at)).shares.find((s) => s.id === link.id);
  expect(listed).toMatchObject({ state: "revoked", revokedAt: at.toISOString() });
});

test("another workspace's scenario is not there: create, list and revoke answer 404", async () => {
  await expect(createShare(editor, otherScenarioId, { days: 14 })).rejects.toMatchObject({
    name: "ScenarioNotFoundError",
  });
  await expect(listShares(editor, otherScenarioId)).rejects.toMatchObject({ name: "ScenarioNotFoundError" });
  const theirs = await createShare(otherWorkspace, otherScenarioId, { days: 14 });
  await expect(revokeShare(editor, otherScenarioId, theirs.id)).rejects.toMatchObject({
    name: "ScenarioNotFoundError",
  });
  // Nor through one's own scenario's path.
  await expect(revokeShare(editor, scenarioId, theirs.id)).rejects.toMatchObject({ status: 404 });
  // Through the route (solo mode: the default workspace's owner): 404 with the API's error body.
  const response = await listRoute(new Request(`http://localhost/api/v1/scenarios/${otherScenarioId}/shares`), {
    params: Promise.resolve({ id: otherScenarioId }),
  });
  expect(response.status).toBe(404);
  expect(ApiError.parse(await response.json()).error.code).toBe("not_found");
});

test("a viewer may not create, list or revoke links: 403", async () => {
  await expect(createShare(viewer, scenarioId, { days: 14 })).rejects.toMatchObject({ status: 403, code: "forbidden" });
  await expect(listShares(viewer, scenarioId)).rejects.toMatchObject({ status: 403 });
  const link = await createShare(editor, scenarioId, { days: 14 });
  await expect(revokeShare(viewer, scenarioId, link.id)).rejects.toMatchObject({ status: 403 });
});

test("the routes: POST makes a 14-day link by default and refuses 0 or 91 days; GET lists; DELETE revokes", async () => {
  const url = `http://localhost/api/v1/scenarios/${scenarioId}/shares`;
  const params = Promise.resolve({ id: scenarioId });
  const before = Date.now();
  const created = await createRoute(new Request(url, { method: "POST" }), { params });
  expect(created.status).toBe(201);
  const link = CreatedShareLinkSchema.parse(await created.json());
  const days = (Date.parse(link.expiresAt) - Date.parse(link.createdAt)) / DAY;
  expect(days).toBe(14);
  expect(Date.parse(link.createdAt)).toBeGreaterThanOrEqual(before - 1000);
  for (const bad of [0, 91, 2.5]) {
    const refused = await createRoute(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ days: bad }),
      }),
      { params },
    );
    expect(refused.status, `days: ${bad}`).toBe(400);
    expect(ApiError.parse(await refused.json()).error.issues?.[0]?.path).toBe("days");
  }
  const listed = ShareLinkListSchema.parse(await (await listRoute(new Request(url), { params })).json());
  expect(listed.shares.some((s) => s.id === link.id && s.state === "active")).toBe(true);
  const revoked = await revokeRoute(new Request(`${url}/${link.id}`, { method: "DELETE" }), {
    params: Promise.resolve({ id: scenarioId, shareId: link.id }),
  });
  expect(revoked.status).toBe(200);
  const gone = await revokeRoute(new Request(`${url}/not-a-share`, { method: "DELETE" }), {
    params: Promise.resolve({ id: scenarioId, shareId: "not-a-share" }),
  });
  expect(gone.status).toBe(404);
});

test("the shared downloads: the report files with no-store, no-referrer and noindex; one same 404 for revoked, expired, unknown and malformed tokens", async () => {
  const link = await createShare(editor, scenarioId, { days: 14 });
  const md = await get(link.token, "report.md");
  expect(md.status).toBe(200);
  expect(md.headers.get("cache-control")).toBe("no-store");
  expect(md.headers.get("referrer-policy")).toBe("no-referrer");
  expect(md.headers.get("x-robots-tag")).toBe("noindex, nofollow");
  expect(await md.text()).toContain("Shared expansion plan");
  const pdf = await get(link.token, "report.pdf");
  expect(pdf.status).toBe(200);
  expect(
    Buffer.from(await pdf.arrayBuffer())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");

  // An expired link: made 15 days ago for 14 days.
  const expired = await createShare(editor, scenarioId, { days: 14 }, new Date(Date.now() - 15 * DAY));
  const revoked = await createShare(editor, scenarioId, { days: 14 });
  await revokeShare(editor, scenarioId, revoked.id);
  const unknown = Buffer.alloc(32, 7).toString("base64url");
  const answers = await Promise.all(
    [expired.token, revoked.token, unknown, "not-a-token"].map(async (token) => {
      const response = await get(token, "report.md");
      return {
        status: response.status,
        noStore: response.headers.get("cache-control"),
        body: await response.text(),
      };
    }),
  );
  for (const answer of answers) {
    expect(answer).toEqual(answers[0]);
  }
  expect(answers[0]!.status).toBe(404);
  expect(answers[0]!.noStore).toBe("no-store");
  expect(ApiError.parse(JSON.parse(answers[0]!.body)).error.message).toMatch(/expired, was revoked, or never existed/);
});

test("a scenario deleted after it was shared: its link shows nothing (404), like a revoked one", async () => {
  const doomed = (await createScenario(editor, body("Soon deleted"))).id;
  const link = await createShare(editor, doomed, { days: 14 });
  await deleteScenario(editor, doomed);
  await expect(sharedReportModel(link.token)).rejects.toBeInstanceOf(SharedLinkInvalidError);
  expect((await get(link.token, "report.json")).status).toBe(404);
  // And no new link can be made for it.
  await expect(createShare(editor, doomed, { days: 14 })).rejects.toMatchObject({ code: "scenario_deleted" });
});
