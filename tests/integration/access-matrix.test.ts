import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import * as health from "@/app/api/health/route";
import * as decisionEvents from "@/app/api/v1/decisions/[id]/events/route";
import * as decisionFreeze from "@/app/api/v1/decisions/[id]/freeze/route";
import * as decisionInput from "@/app/api/v1/decisions/[id]/input/route";
import * as decisionParticipants from "@/app/api/v1/decisions/[id]/participants/route";
import * as decisionPreview from "@/app/api/v1/decisions/[id]/preview/route";
import * as decisionReveal from "@/app/api/v1/decisions/[id]/reveal/route";
import * as decision from "@/app/api/v1/decisions/[id]/route";
import * as decisionPeople from "@/app/api/v1/decisions/people/route";
import * as decisions from "@/app/api/v1/decisions/route";
import * as unknownRoute from "@/app/api/v1/[...path]/route";
import * as ahp from "@/app/api/v1/ahp/route";
import * as backup from "@/app/api/v1/backup/route";
import * as cases from "@/app/api/v1/cases/route";
import * as backtest from "@/app/api/v1/entry-modes/backtest/route";
import * as entryModes from "@/app/api/v1/entry-modes/route";
import * as framework from "@/app/api/v1/framework/route";
import * as importAudit from "@/app/api/v1/imports/[id]/audit/route";
import * as importOne from "@/app/api/v1/imports/[id]/route";
import * as importPreview from "@/app/api/v1/imports/preview/route";
import * as imports from "@/app/api/v1/imports/route";
import * as market from "@/app/api/v1/markets/[iso3]/route";
import * as markets from "@/app/api/v1/markets/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as report from "@/app/api/v1/scenarios/[id]/[report]/route";
import * as audit from "@/app/api/v1/scenarios/[id]/audit/route";
import * as duplicate from "@/app/api/v1/scenarios/[id]/duplicate/route";
import * as recompute from "@/app/api/v1/scenarios/[id]/recompute/route";
import * as restore from "@/app/api/v1/scenarios/[id]/restore/route";
import * as revisions from "@/app/api/v1/scenarios/[id]/revisions/route";
import * as scenario from "@/app/api/v1/scenarios/[id]/route";
import * as shareOne from "@/app/api/v1/scenarios/[id]/shares/[shareId]/route";
import * as shares from "@/app/api/v1/scenarios/[id]/shares/route";
import * as shared from "@/app/api/v1/shared/[token]/[report]/route";
import * as compare from "@/app/api/v1/scenarios/compare/route";
import * as scenarioImport from "@/app/api/v1/scenarios/import/route";
import * as scenarios from "@/app/api/v1/scenarios/route";
import * as score from "@/app/api/v1/score/route";
import * as sensitivity from "@/app/api/v1/sensitivity/route";
import * as presets from "@/app/api/v1/weight-presets/route";
import * as adminAccounts from "@/app/api/admin/accounts/route";
import * as adminResetLinks from "@/app/api/admin/reset-links/route";
import * as invitationAccept from "@/app/api/v1/invitations/accept/route";
import * as invitationOne from "@/app/api/v1/invitations/[id]/route";
import * as invitations from "@/app/api/v1/invitations/route";
import * as memberResetLink from "@/app/api/v1/members/[id]/reset-link/route";
import * as memberOne from "@/app/api/v1/members/[id]/route";
import * as members from "@/app/api/v1/members/route";
import * as passwordResets from "@/app/api/v1/password-resets/route";
import * as activeWorkspace from "@/app/api/v1/workspaces/active/route";
import type { WorkspaceRole } from "@/lib/auth/roles";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from "@/lib/contracts/backup";
import { CreateDecisionSchema } from "@/lib/contracts/decisions";
import type { CreateScenario } from "@/lib/contracts/scenarios";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { forgetTeamMode, type Access } from "@/lib/server/access";
import { createAccount, getAuth, resetAuth } from "@/lib/server/auth";
import { createDecision, revealDecision, submitInput } from "@/lib/server/decisions";
import { commitImport } from "@/lib/server/imports";
import { reportFile } from "@/lib/server/reports";
import { createScenario, deleteScenario, duplicateScenario } from "@/lib/server/scenarios";
import { createShare } from "@/lib/server/shares";
import { defaultWorkspaceState } from "@/lib/workspace/url-encode";

import { routeHandlers } from "../unit/openapi/routes-on-disk";
import { seededAppDatabase } from "./support/database";
import { sampleFirm } from "./support/firm";

// The role × route matrix (issue 13 §3), in team mode on a fresh database: every route file and
// method under app/api, called through its handler with a real better-auth session cookie, by an
// anonymous caller, a viewer, an editor and an owner of the same workspace. The expected statuses
// are written by hand below, from the roles table of docs/decisions/022-access-and-workspaces.md;
// a route file or method on disk that the table does not list fails the test, so no new route
// skips the matrix. Then isolation: the owner of another workspace finds none of it (404, absent
// from lists). The matrix is written as a markdown table to tests/integration/.output/.

type Caller = "anonymous" | WorkspaceRole;
const CALLERS: Caller[] = ["anonymous", "viewer", "editor", "owner"];
type Expected = Record<Caller, number>;

/** Public: answers everyone, signed in or not. */
const everyone = (status: number): Expected => ({ anonymous: status, viewer: status, editor: status, owner: status });
/** Any member of the workspace, whatever the role. */
const member = (status: number): Expected => ({ anonymous: 401, viewer: status, editor: status, owner: status });
/** Creates or changes: editors and owners. */
const editors = (status: number): Expected => ({ anonymous: 401, viewer: 403, editor: status, owner: status });
/** Owners only. */
const owners = (status: number): Expected => ({ anonymous: 401, viewer: 403, editor: 403, owner: status });

/** What one pass (one caller) works on: made afresh for each caller, by the workspace's owner. */
type Fixture = {
  /** A scenario the caller may change and finally delete. */
  scenario: string;
  /** A deleted scenario the caller may restore. */
  deleted: string;
  /** An import the caller's own commit made (deleted by the DELETE row), else the shared one. */
  committed?: string;
  /** Group decisions set up by the owner with the owner, editor and viewer as participants: open, with two inputs in, revealed. */
  decision: string;
  revealable: string;
  freezable: string;
  /** A read-only share link of `scenario`, made by the owner: its id (to revoke) and its token. */
  share: string;
  token: string;
};

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Row = {
  file: string;
  method: string;
  expected: Expected;
  note?: string;
  call: (fx: Fixture, cookie: string) => Promise<Response>;
};

const SECRET = "test-secret-of-at-least-thirty-two-characters";
const ORIGIN = "http://localhost:3000";
const fixtureFile = (name: string) => readFileSync(`tests/fixtures/imports/${name}`);

let cleanup: () => Promise<void>;
let ownerAccess: Access;
let base: string;
let sharedBatch: string;
let exportedScenario: string;
let firm: Record<string, number>;
/** A viewer nobody signs in as: the members rows change their role (to what it is) and issue them reset links. */
let spareMember: string;
/** A link token no invitation or reset link has (32 bytes of zeros, base64url). */
const UNKNOWN_TOKEN = "A".repeat(43);
const cookies: Partial<Record<Caller | "otherOwner", string>> = {};
const userIds: Partial<Record<WorkspaceRole, string>> = {};
let editorAccess: Access;

const DIRECT = { method: "direct", weights: { attractiveness: 3, governance: 2, infrastructure: 1 } } as const;
const seats = () => (["owner", "editor", "viewer"] as const).map((role) => ({ userId: userIds[role]!, weight: 1 }));
const decisionBody = (name: string) => ({
  name,
  setup: {
    markets: ["IDN", "MYS", "VNM"],
    criteria: { level: "groups", keys: ["attractiveness", "governance", "infrastructure"] },
    method: "direct",
  },
  participants: seats(),
});

function request(url: string, cookie: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (cookie) headers.set("cookie", cookie);
  return new Request(`http://localhost${url}`, { ...init, headers });
}
const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
function upload(file: string): RequestInit {
  const form = new FormData();
  form.set("file", new File([fixtureFile(file) as Uint8Array<ArrayBuffer>], file));
  return { method: "POST", body: form };
}
const params = (values: Record<string, string>) => ({ params: Promise.resolve(values) });
function call(handler: unknown, url: string, cookie: string, init?: RequestInit, values: Record<string, string> = {}) {
  return (handler as Handler)(request(url, cookie, init), params(values));
}

const scoreBody = {
  method: "topsis",
  criteria: [
    { id: "gdp", weight: 0.5, direction: "benefit", group: "size" },
    { id: "distance", weight: 0.5, direction: "cost", group: "proximity" },
  ],
  groups: [
    { id: "size", weight: 2 },
    { id: "proximity", weight: 1 },
  ],
  alternatives: [
    { id: "RUS", values: { gdp: 2561, distance: 5791 } },
    { id: "IDN", values: { gdp: 1445, distance: 5219 } },
  ],
};
const scenarioInputs = (): CreateScenario["inputs"] => ({
  state: { ...defaultWorkspaceState(), markets: ["RUS", "IDN", "VNM"] },
  firmProfile: firm as CreateScenario["inputs"]["firmProfile"],
  monteCarlo: { samples: 100, seed: 7, concentration: 50 },
});

// In the order each caller runs them: the import committed before it is deleted, the scenario
// deleted last.
const ROUTES: Row[] = [
  {
    file: "app/api/v1/members/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(members.GET, "/api/v1/members", c),
  },
  {
    file: "app/api/v1/members/[id]/route.ts",
    method: "PUT",
    expected: owners(200),
    note: "a spare viewer's role, set to what it is",
    call: (_, c) =>
      call(memberOne.PUT, `/api/v1/members/${spareMember}`, c, jsonInit("PUT", { role: "viewer" }), {
        id: spareMember,
      }),
  },
  {
    file: "app/api/v1/members/[id]/route.ts",
    method: "DELETE",
    expected: owners(404),
    note: "no such member (the owners' own removal is tests/integration/people.test.ts)",
    call: (_, c) =>
      call(memberOne.DELETE, "/api/v1/members/no-such-member", c, { method: "DELETE" }, { id: "no-such-member" }),
  },
  {
    file: "app/api/v1/members/[id]/reset-link/route.ts",
    method: "POST",
    expected: owners(201),
    call: (_, c) =>
      call(
        memberResetLink.POST,
        `/api/v1/members/${spareMember}/reset-link`,
        c,
        { method: "POST" },
        { id: spareMember },
      ),
  },
  {
    file: "app/api/v1/invitations/route.ts",
    method: "POST",
    expected: owners(201),
    call: (_, c) => call(invitations.POST, "/api/v1/invitations", c, jsonInit("POST", { role: "viewer" })),
  },
  {
    file: "app/api/v1/invitations/[id]/route.ts",
    method: "DELETE",
    expected: owners(404),
    note: "no such invitation",
    call: (_, c) =>
      call(
        invitationOne.DELETE,
        `/api/v1/invitations/${"0".repeat(64)}`,
        c,
        { method: "DELETE" },
        { id: "0".repeat(64) },
      ),
  },
  {
    file: "app/api/v1/invitations/accept/route.ts",
    method: "POST",
    expected: everyone(400),
    note: "public: the link's token is the credential (an unknown one here)",
    call: (_, c) =>
      call(invitationAccept.POST, "/api/v1/invitations/accept", c, jsonInit("POST", { token: UNKNOWN_TOKEN })),
  },
  {
    file: "app/api/v1/password-resets/route.ts",
    method: "POST",
    expected: everyone(400),
    note: "public: the link's token is the credential (an unknown one here)",
    call: (_, c) =>
      call(
        passwordResets.POST,
        "/api/v1/password-resets",
        c,
        jsonInit("POST", { token: UNKNOWN_TOKEN, password: "a long enough password" }),
      ),
  },
  {
    file: "app/api/v1/workspaces/active/route.ts",
    method: "PUT",
    expected: member(200),
    call: (_, c) =>
      call(activeWorkspace.PUT, "/api/v1/workspaces/active", c, jsonInit("PUT", { workspaceId: DEFAULT_WORKSPACE_ID })),
  },
  {
    file: "app/api/admin/accounts/route.ts",
    method: "POST",
    expected: everyone(403),
    note: "the command line's, with its token file only",
    call: (_, c) =>
      call(adminAccounts.POST, "/api/admin/accounts", c, jsonInit("POST", { email: "x@example.com", name: "X" })),
  },
  {
    file: "app/api/admin/reset-links/route.ts",
    method: "POST",
    expected: everyone(403),
    note: "the command line's, with its token file only",
    call: (_, c) =>
      call(adminResetLinks.POST, "/api/admin/reset-links", c, jsonInit("POST", { email: "owner@example.com" })),
  },
  {
    file: "app/api/health/route.ts",
    method: "GET",
    expected: everyone(200),
    call: (_, c) => call(health.GET, "/api/health", c),
  },
  ...(["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((method): Row => ({
    file: "app/api/v1/[...path]/route.ts",
    method,
    expected: member(404),
    note: "no such route; anonymous callers learn nothing",
    call: (_, c) => call(unknownRoute[method], "/api/v1/no-such-thing", c, { method }),
  })),
  {
    file: "app/api/v1/ahp/route.ts",
    method: "POST",
    expected: member(200),
    call: (_, c) =>
      call(
        ahp.POST,
        "/api/v1/ahp",
        c,
        jsonInit("POST", {
          criteria: ["a", "b"],
          matrix: [
            [1, 3],
            [1 / 3, 1],
          ],
        }),
      ),
  },
  {
    file: "app/api/v1/cases/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(cases.GET, "/api/v1/cases", c),
  },
  {
    file: "app/api/v1/entry-modes/backtest/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(backtest.GET, "/api/v1/entry-modes/backtest", c),
  },
  {
    file: "app/api/v1/entry-modes/route.ts",
    method: "POST",
    expected: member(200),
    call: (_, c) =>
      call(
        entryModes.POST,
        "/api/v1/entry-modes",
        c,
        jsonInit("POST", { market: "RUS", firm: sampleFirm, indicatorYear: 2018 }),
      ),
  },
  {
    file: "app/api/v1/framework/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(framework.GET, "/api/v1/framework", c),
  },
  {
    file: "app/api/v1/markets/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(markets.GET, "/api/v1/markets", c),
  },
  {
    file: "app/api/v1/markets/[iso3]/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(market.GET, "/api/v1/markets/RUS", c, {}, { iso3: "RUS" }),
  },
  {
    file: "app/api/v1/openapi.json/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(openapi.GET, "/api/v1/openapi.json", c),
  },
  {
    file: "app/api/v1/score/route.ts",
    method: "POST",
    expected: member(200),
    call: (_, c) => call(score.POST, "/api/v1/score", c, jsonInit("POST", scoreBody)),
  },
  {
    file: "app/api/v1/sensitivity/route.ts",
    method: "POST",
    expected: member(200),
    call: (_, c) =>
      call(
        sensitivity.POST,
        "/api/v1/sensitivity",
        c,
        jsonInit("POST", { ...scoreBody, monteCarlo: { samples: 200, seed: 7, concentration: 40 } }),
      ),
  },
  {
    file: "app/api/v1/weight-presets/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(presets.GET, "/api/v1/weight-presets", c),
  },
  // The workspace's data.
  {
    file: "app/api/v1/scenarios/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(scenarios.GET, "/api/v1/scenarios", c),
  },
  {
    file: "app/api/v1/scenarios/route.ts",
    method: "POST",
    expected: editors(201),
    call: (_, c) =>
      call(
        scenarios.POST,
        "/api/v1/scenarios",
        c,
        jsonInit("POST", { name: "Matrix", notes: "", inputs: scenarioInputs() }),
      ),
  },
  {
    file: "app/api/v1/scenarios/[id]/route.ts",
    method: "GET",
    expected: member(200),
    call: (fx, c) => call(scenario.GET, `/api/v1/scenarios/${fx.scenario}`, c, {}, { id: fx.scenario }),
  },
  {
    file: "app/api/v1/scenarios/[id]/route.ts",
    method: "PUT",
    expected: editors(200),
    call: (fx, c) =>
      call(scenario.PUT, `/api/v1/scenarios/${fx.scenario}`, c, jsonInit("PUT", { baseVersion: 1, name: "Renamed" }), {
        id: fx.scenario,
      }),
  },
  {
    file: "app/api/v1/scenarios/[id]/revisions/route.ts",
    method: "GET",
    expected: member(200),
    call: (fx, c) => call(revisions.GET, `/api/v1/scenarios/${fx.scenario}/revisions`, c, {}, { id: fx.scenario }),
  },
  {
    file: "app/api/v1/scenarios/[id]/audit/route.ts",
    method: "GET",
    expected: member(200),
    call: (fx, c) => call(audit.GET, `/api/v1/scenarios/${fx.scenario}/audit`, c, {}, { id: fx.scenario }),
  },
  {
    file: "app/api/v1/scenarios/[id]/recompute/route.ts",
    method: "GET",
    expected: member(200),
    call: (fx, c) => call(recompute.GET, `/api/v1/scenarios/${fx.scenario}/recompute`, c, {}, { id: fx.scenario }),
  },
  {
    file: "app/api/v1/scenarios/[id]/[report]/route.ts",
    method: "GET",
    expected: member(200),
    note: "report.md; viewers export reports",
    call: (fx, c) =>
      call(report.GET, `/api/v1/scenarios/${fx.scenario}/report.md`, c, {}, { id: fx.scenario, report: "report.md" }),
  },
  {
    file: "app/api/v1/scenarios/[id]/duplicate/route.ts",
    method: "POST",
    expected: editors(201),
    call: (fx, c) =>
      call(duplicate.POST, `/api/v1/scenarios/${fx.scenario}/duplicate`, c, { method: "POST" }, { id: fx.scenario }),
  },
  {
    file: "app/api/v1/scenarios/[id]/restore/route.ts",
    method: "POST",
    expected: editors(200),
    call: (fx, c) =>
      call(restore.POST, `/api/v1/scenarios/${fx.deleted}/restore`, c, { method: "POST" }, { id: fx.deleted }),
  },
  {
    file: "app/api/v1/scenarios/compare/route.ts",
    method: "GET",
    expected: member(200),
    call: (fx, c) => call(compare.GET, `/api/v1/scenarios/compare?a=${base}&b=${fx.scenario}`, c),
  },
  {
    file: "app/api/v1/scenarios/import/route.ts",
    method: "POST",
    expected: editors(201),
    call: (_, c) =>
      call(scenarioImport.POST, "/api/v1/scenarios/import", c, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: exportedScenario,
      }),
  },
  // Read-only share links (issue 13 §3): editors and owners make, list and revoke them; the shared
  // files answer anyone who holds the token, signed in or not.
  {
    file: "app/api/v1/scenarios/[id]/shares/route.ts",
    method: "GET",
    expected: editors(200),
    note: "sharing is an editor's: viewers do not see the links",
    call: (fx, c) => call(shares.GET, `/api/v1/scenarios/${fx.scenario}/shares`, c, {}, { id: fx.scenario }),
  },
  {
    file: "app/api/v1/scenarios/[id]/shares/route.ts",
    method: "POST",
    expected: editors(201),
    call: (fx, c) =>
      call(shares.POST, `/api/v1/scenarios/${fx.scenario}/shares`, c, jsonInit("POST", { days: 3 }), {
        id: fx.scenario,
      }),
  },
  {
    file: "app/api/v1/shared/[token]/[report]/route.ts",
    method: "GET",
    expected: everyone(200),
    note: "report.md through a share link: the token is the permission, no session is read",
    call: (fx, c) =>
      call(shared.GET, `/api/v1/shared/${fx.token}/report.md`, c, {}, { token: fx.token, report: "report.md" }),
  },
  {
    file: "app/api/v1/scenarios/[id]/shares/[shareId]/route.ts",
    method: "DELETE",
    expected: editors(200),
    call: (fx, c) =>
      call(
        shareOne.DELETE,
        `/api/v1/scenarios/${fx.scenario}/shares/${fx.share}`,
        c,
        { method: "DELETE" },
        { id: fx.scenario, shareId: fx.share },
      ),
  },
  {
    file: "app/api/v1/scenarios/[id]/route.ts",
    method: "DELETE",
    expected: editors(200),
    call: (fx, c) =>
      call(scenario.DELETE, `/api/v1/scenarios/${fx.scenario}`, c, { method: "DELETE" }, { id: fx.scenario }),
  },
  // Group decisions (record 023): any member reads and, as a participant, weighs; editors and
  // owners open one; only its facilitator (here the owner) changes participants, reveals, freezes.
  {
    file: "app/api/v1/decisions/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(decisions.GET, "/api/v1/decisions", c),
  },
  {
    file: "app/api/v1/decisions/route.ts",
    method: "POST",
    expected: editors(201),
    call: (_, c) => call(decisions.POST, "/api/v1/decisions", c, jsonInit("POST", decisionBody("Matrix decision"))),
  },
  {
    file: "app/api/v1/decisions/people/route.ts",
    method: "GET",
    expected: editors(200),
    call: (_, c) => call(decisionPeople.GET, "/api/v1/decisions/people", c),
  },
  {
    file: "app/api/v1/decisions/[id]/route.ts",
    method: "GET",
    expected: member(200),
    call: (fx, c) => call(decision.GET, `/api/v1/decisions/${fx.decision}`, c, {}, { id: fx.decision }),
  },
  {
    file: "app/api/v1/decisions/[id]/events/route.ts",
    method: "GET",
    expected: member(200),
    note: "server-sent events; the test aborts once the stream has started",
    call: async (fx, c) => {
      const abort = new AbortController();
      const response = await call(
        decisionEvents.GET,
        `/api/v1/decisions/${fx.decision}/events`,
        c,
        { signal: abort.signal },
        { id: fx.decision },
      );
      abort.abort();
      return response;
    },
  },
  {
    file: "app/api/v1/decisions/[id]/preview/route.ts",
    method: "POST",
    expected: member(200),
    note: "participants (viewers weigh too)",
    call: (fx, c) =>
      call(decisionPreview.POST, `/api/v1/decisions/${fx.decision}/preview`, c, jsonInit("POST", DIRECT), {
        id: fx.decision,
      }),
  },
  {
    file: "app/api/v1/decisions/[id]/input/route.ts",
    method: "PUT",
    expected: member(200),
    note: "participants (viewers weigh too)",
    call: (fx, c) =>
      call(
        decisionInput.PUT,
        `/api/v1/decisions/${fx.decision}/input`,
        c,
        jsonInit("PUT", { baseVersion: 0, input: DIRECT }),
        { id: fx.decision },
      ),
  },
  {
    file: "app/api/v1/decisions/[id]/participants/route.ts",
    method: "PUT",
    expected: owners(200),
    note: "the facilitator only (an editor who is not: 403)",
    call: (fx, c) =>
      call(
        decisionParticipants.PUT,
        `/api/v1/decisions/${fx.decision}/participants`,
        c,
        jsonInit("PUT", { baseVersion: 1, participants: seats() }),
        { id: fx.decision },
      ),
  },
  {
    file: "app/api/v1/decisions/[id]/reveal/route.ts",
    method: "POST",
    expected: owners(200),
    note: "the facilitator only",
    call: (fx, c) =>
      call(decisionReveal.POST, `/api/v1/decisions/${fx.revealable}/reveal`, c, jsonInit("POST", { baseVersion: 1 }), {
        id: fx.revealable,
      }),
  },
  {
    file: "app/api/v1/decisions/[id]/freeze/route.ts",
    method: "POST",
    expected: owners(200),
    note: "the facilitator only; creates a scenario",
    call: (fx, c) =>
      call(decisionFreeze.POST, `/api/v1/decisions/${fx.freezable}/freeze`, c, jsonInit("POST", { baseVersion: 2 }), {
        id: fx.freezable,
      }),
  },
  {
    file: "app/api/v1/imports/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(imports.GET, "/api/v1/imports", c),
  },
  {
    file: "app/api/v1/imports/[id]/audit/route.ts",
    method: "GET",
    expected: member(200),
    call: (_, c) => call(importAudit.GET, `/api/v1/imports/${sharedBatch}/audit`, c, {}, { id: sharedBatch }),
  },
  {
    file: "app/api/v1/imports/preview/route.ts",
    method: "POST",
    expected: editors(200),
    call: (_, c) => call(importPreview.POST, "/api/v1/imports/preview", c, upload("idn-internet.csv")),
  },
  {
    file: "app/api/v1/imports/route.ts",
    method: "POST",
    expected: editors(201),
    call: async (fx, c) => {
      const response = await call(imports.POST, "/api/v1/imports", c, upload("idn-internet.csv"));
      if (response.status === 201)
        fx.committed = ((await response.clone().json()) as { batch: { id: string } }).batch.id;
      return response;
    },
  },
  {
    file: "app/api/v1/imports/[id]/route.ts",
    method: "DELETE",
    expected: editors(200),
    note: "the caller's own import, else the shared one",
    call: (fx, c) => {
      const id = fx.committed ?? sharedBatch;
      return call(importOne.DELETE, `/api/v1/imports/${id}`, c, { method: "DELETE" }, { id });
    },
  },
  {
    file: "app/api/v1/backup/route.ts",
    method: "GET",
    expected: editors(200),
    note: "viewers export reports, not backups",
    call: (_, c) => call(backup.GET, "/api/v1/backup", c),
  },
  {
    file: "app/api/v1/backup/route.ts",
    method: "POST",
    expected: owners(409),
    note: "owners restore, into an empty workspace only (this one holds data: 409)",
    call: (_, c) =>
      call(
        backup.POST,
        "/api/v1/backup",
        c,
        jsonInit("POST", {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          exportedAt: new Date().toISOString(),
          dataset: null,
          importBatches: [],
          scenarios: [],
        }),
      ),
  },
];

async function signIn(email: string, password: string, ip: string): Promise<string> {
  const auth = await getAuth();
  const response = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
  expect(response.status, `sign-in of ${email}`).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function person(
  email: string,
  role: WorkspaceRole,
  workspaceId: string,
  ip: string,
): Promise<{ id: string; cookie: string }> {
  const password = "correct horse battery staple";
  const { id } = await createAccount({ email, name: email.split("@")[0]!, password });
  const prisma = await getPrisma();
  await prisma.member.create({ data: { id: `m-${id}`, workspaceId, userId: id, role } });
  return { id, cookie: await signIn(email, password, ip) };
}

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  process.env.OUTBOUND_AUTH_SECRET = SECRET;
  resetAuth();
  forgetTeamMode();
  const prisma = await getPrisma();
  firm = (await readFirmPresets(prisma))[0]!.values;
  await prisma.workspace.create({ data: { id: "other-workspace", name: "Other company", slug: "other-company" } });
  const owner = await person("owner@example.com", "owner", DEFAULT_WORKSPACE_ID, "203.0.113.1");
  cookies.owner = owner.cookie;
  const editor = await person("editor@example.com", "editor", DEFAULT_WORKSPACE_ID, "203.0.113.2");
  cookies.editor = editor.cookie;
  const viewer = await person("viewer@example.com", "viewer", DEFAULT_WORKSPACE_ID, "203.0.113.3");
  cookies.viewer = viewer.cookie;
  Object.assign(userIds, { owner: owner.id, editor: editor.id, viewer: viewer.id });
  cookies.otherOwner = (await person("boss@other.example", "owner", "other-workspace", "203.0.113.4")).cookie;
  cookies.anonymous = "";
  const spare = await createAccount({
    email: "spare@example.com",
    name: "spare",
    password: "correct horse battery staple",
  });
  spareMember = `m-${spare.id}`;
  await prisma.member.create({
    data: { id: spareMember, workspaceId: DEFAULT_WORKSPACE_ID, userId: spare.id, role: "viewer" },
  });
  ownerAccess = {
    mode: "team",
    user: { id: owner.id, name: "owner", email: "owner@example.com" },
    workspaceId: DEFAULT_WORKSPACE_ID,
    workspaceName: "My workspace",
    role: "owner",
    memberships: [{ workspaceId: DEFAULT_WORKSPACE_ID, workspaceName: "My workspace", role: "owner" }],
  };
  editorAccess = {
    ...ownerAccess,
    user: { id: editor.id, name: "editor", email: "editor@example.com" },
    role: "editor",
    memberships: [{ workspaceId: DEFAULT_WORKSPACE_ID, workspaceName: "My workspace", role: "editor" }],
  };
  base = (await createScenario(ownerAccess, { name: "Base", notes: "", inputs: scenarioInputs() })).id;
  exportedScenario = String((await reportFile(ownerAccess, base, "json")).body);
  sharedBatch = (
    await commitImport(ownerAccess, {
      fileName: "bra-internet.csv",
      bytes: fixtureFile("bra-internet.csv"),
      expectedHash: null,
    })
  ).batch.id;
}, 240_000);

afterAll(async () => {
  resetAuth();
  forgetTeamMode();
  delete process.env.OUTBOUND_AUTH_SECRET;
  await closeDatabase();
  await cleanup?.();
});

async function freshFixture(): Promise<Fixture> {
  const scenario = (await duplicateScenario(ownerAccess, base, "Pass")).id;
  const deleted = (await duplicateScenario(ownerAccess, base, "Pass, deleted")).id;
  await deleteScenario(ownerAccess, deleted);
  // Decisions the owner facilitates: one open, one with two inputs in, one revealed.
  const open = async (name: string) =>
    (await createDecision(ownerAccess, CreateDecisionSchema.parse(decisionBody(name)))).id;
  const withInputs = async (name: string) => {
    const id = await open(name);
    for (const access of [ownerAccess, editorAccess])
      await submitInput(access, id, { baseVersion: 0, input: { ...DIRECT, weights: { ...DIRECT.weights } } });
    return id;
  };
  const revealable = await withInputs("Pass, to reveal");
  const freezable = await withInputs("Pass, to freeze");
  await revealDecision(ownerAccess, freezable, { baseVersion: 1 });
  const link = await createShare(ownerAccess, scenario, { days: 14 });
  return {
    scenario,
    deleted,
    decision: await open("Pass"),
    revealable,
    freezable,
    share: link.id,
    token: link.token,
  };
}

test("every route file and method on disk is in the matrix, and nothing else is", () => {
  const onDisk = routeHandlers(process.cwd()).map((h) => `${h.method} ${h.file}`);
  const listed = ROUTES.map((r) => `${r.method} ${r.file}`);
  expect([...new Set(listed)].sort()).toEqual([...onDisk].sort());
});

describe("role × route", () => {
  const seen = new Map<string, Record<Caller, number>>();

  test.each(CALLERS)(
    "%s gets the statuses of the roles table on every route",
    async (caller) => {
      const fx = await freshFixture();
      const wrong: string[] = [];
      for (const row of ROUTES) {
        const response = await row.call(fx, cookies[caller]!);
        // Read every body: a backup's stream holds its snapshot open until it is read.
        await response.arrayBuffer();
        const key = `${row.method} ${row.file}`;
        seen.set(key, { ...(seen.get(key) ?? ({} as Record<Caller, number>)), [caller]: response.status });
        if (response.status !== row.expected[caller])
          wrong.push(`${key}: ${response.status}, expected ${row.expected[caller]}`);
      }
      expect(wrong).toEqual([]);
    },
    240_000,
  );

  afterAll(() => {
    const lines = [
      "| Route | Method | anonymous | viewer | editor | owner | Note |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...ROUTES.map((row) => {
        const got = seen.get(`${row.method} ${row.file}`);
        const cell = (c: Caller) => String(got?.[c] ?? "—");
        const route = `/${row.file.replace(/^app\//, "").replace(/\/route\.ts$/, "")}`;
        return `| \`${route}\` | ${row.method} | ${CALLERS.map(cell).join(" | ")} | ${row.note ?? ""} |`;
      }),
    ];
    const dir = path.join("tests", "integration", ".output");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "access-matrix.md"), `${lines.join("\n")}\n`);
  });
});

describe("another workspace", () => {
  const other = () => cookies.otherOwner!;

  test("its owner gets 404 for this workspace's scenario, import and decision, on every verb", async () => {
    const fx = await freshFixture();
    const id = { id: fx.scenario };
    const statuses = await Promise.all([
      call(scenario.GET, `/api/v1/scenarios/${fx.scenario}`, other(), {}, id),
      call(
        scenario.PUT,
        `/api/v1/scenarios/${fx.scenario}`,
        other(),
        jsonInit("PUT", { baseVersion: 1, name: "Taken" }),
        id,
      ),
      call(audit.GET, `/api/v1/scenarios/${fx.scenario}/audit`, other(), {}, id),
      call(revisions.GET, `/api/v1/scenarios/${fx.scenario}/revisions`, other(), {}, id),
      call(report.GET, `/api/v1/scenarios/${fx.scenario}/report.md`, other(), {}, { ...id, report: "report.md" }),
      call(restore.POST, `/api/v1/scenarios/${fx.deleted}/restore`, other(), { method: "POST" }, { id: fx.deleted }),
      call(importOne.DELETE, `/api/v1/imports/${sharedBatch}`, other(), { method: "DELETE" }, { id: sharedBatch }),
      call(importAudit.GET, `/api/v1/imports/${sharedBatch}/audit`, other(), {}, { id: sharedBatch }),
      call(decision.GET, `/api/v1/decisions/${fx.decision}`, other(), {}, { id: fx.decision }),
      call(shares.GET, `/api/v1/scenarios/${fx.scenario}/shares`, other(), {}, id),
      call(
        shareOne.DELETE,
        `/api/v1/scenarios/${fx.scenario}/shares/${fx.share}`,
        other(),
        { method: "DELETE" },
        { ...id, shareId: fx.share },
      ),
      call(
        decisionReveal.POST,
        `/api/v1/decisions/${fx.revealable}/reveal`,
        other(),
        jsonInit("POST", { baseVersion: 1 }),
        { id: fx.revealable },
      ),
    ]).then((responses) => responses.map((r) => r.status));
    expect(statuses).toEqual(Array.from({ length: 12 }, () => 404));
    // Still there, unchanged, for its own workspace.
    const mine = await call(scenario.GET, `/api/v1/scenarios/${fx.scenario}`, cookies.owner!, {}, id);
    expect(((await mine.json()) as { name: string; version: number }).version).toBe(1);
  }, 120_000);

  test("its lists and its backup hold nothing of this workspace", async () => {
    const list = (await (await call(scenarios.GET, "/api/v1/scenarios", other())).json()) as {
      scenarios: unknown[];
      total: number;
    };
    const batches = (await (await call(imports.GET, "/api/v1/imports", other())).json()) as { batches: unknown[] };
    const exported = (await (await call(backup.GET, "/api/v1/backup", other())).json()) as {
      scenarios: unknown[];
      importBatches: unknown[];
    };
    expect([list.total, list.scenarios.length, batches.batches.length]).toEqual([0, 0, 0]);
    expect([exported.scenarios.length, exported.importBatches.length]).toEqual([0, 0]);
    // …while this workspace's own lists do hold them.
    const own = (await (await call(imports.GET, "/api/v1/imports", cookies.owner!)).json()) as {
      batches: { id: string }[];
    };
    expect(own.batches.map((b) => b.id)).toContain(sharedBatch);
  }, 120_000);
});
