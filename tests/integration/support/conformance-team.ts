import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { POST as postAdminAccounts } from "@/app/api/admin/accounts/route";
import { POST as postAdminResetLinks } from "@/app/api/admin/reset-links/route";
import { GET as getEvents } from "@/app/api/v1/decisions/[id]/events/route";
import { POST as postFreeze } from "@/app/api/v1/decisions/[id]/freeze/route";
import { PUT as putInput } from "@/app/api/v1/decisions/[id]/input/route";
import { PUT as putParticipants } from "@/app/api/v1/decisions/[id]/participants/route";
import { POST as postPreview } from "@/app/api/v1/decisions/[id]/preview/route";
import { POST as postReveal } from "@/app/api/v1/decisions/[id]/reveal/route";
import { GET as getDecision } from "@/app/api/v1/decisions/[id]/route";
import { GET as getDecisionPeople } from "@/app/api/v1/decisions/people/route";
import { GET as listDecisions, POST as postDecision } from "@/app/api/v1/decisions/route";
import { DELETE as deleteInvitation } from "@/app/api/v1/invitations/[id]/route";
import { POST as postAccept } from "@/app/api/v1/invitations/accept/route";
import { POST as postInvitation } from "@/app/api/v1/invitations/route";
import { POST as postResetLink } from "@/app/api/v1/members/[id]/reset-link/route";
import { DELETE as deleteMember, PUT as putMember } from "@/app/api/v1/members/[id]/route";
import { GET as getMembers } from "@/app/api/v1/members/route";
import { POST as postPasswordReset } from "@/app/api/v1/password-resets/route";
import { DELETE as deleteShare } from "@/app/api/v1/scenarios/[id]/shares/[shareId]/route";
import { GET as listShares, POST as postShare } from "@/app/api/v1/scenarios/[id]/shares/route";
import { POST as postScenario } from "@/app/api/v1/scenarios/route";
import { GET as getShared } from "@/app/api/v1/shared/[token]/[report]/route";
import { PUT as putActiveWorkspace } from "@/app/api/v1/workspaces/active/route";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";
import type { Decision } from "@/lib/contracts/decisions";
import type { IssuedLink, MembersAnswer } from "@/lib/contracts/people";
import { getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { ADMIN_TOKEN_HEADER, writeAdminToken } from "@/lib/server/admin";
import { forgetTeamMode } from "@/lib/server/access";
import { resetAuth } from "@/lib/server/auth";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { conforms, params } from "./conformance";
import { usingServer } from "./database";
import { ORIGIN, seatTeam, type Person } from "./team";

// The operations of issue 13 against the document: they need team mode (an owner exists) and
// signed-in people, so the conformance test runs them after everything that runs alone. Called from
// tests/integration/openapi-conformance.test.ts, so one file's answers cover the whole document.

let people: Record<"owner" | "editor" | "viewer" | "leaver" | "elsewhere", Person>;

/** A request as `who` makes it from the app's own pages (session cookie, same origin). */
function as(who: Person | null, method: string, path: string, body?: unknown): Request {
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers: { ...(who ? { cookie: who.cookie } : {}), "content-type": "application/json", origin: ORIGIN },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const tokenOf = (link: { path: string }) => link.path.split("/").at(-1)!;

/** An answer with the status the story expects, then checked against the document. */
async function answers(status: number, method: string, template: string, response: Response): Promise<unknown> {
  if (response.status !== status) {
    const body = response.headers.get("content-type")?.includes("json") ? await response.text() : "";
    expect.fail(`${method} ${template} answered ${response.status}, not ${status}: ${body}`);
  }
  return conforms(method, template, response);
}

// With PostgreSQL the app holds no database file to write a token beside: it refuses every request.
const admitted = (status: number) => (usingServer ? 403 : status);

export function describeTeamConformance(): void {
  describe("team mode answers as documented", () => {
    beforeAll(async () => {
      people = await seatTeam(
        [
          ["owner", "Olga Owner", "owner", DEFAULT_WORKSPACE_ID],
          ["editor", "Ed Editor", "editor", DEFAULT_WORKSPACE_ID],
          ["viewer", "Vi Viewer", "viewer", DEFAULT_WORKSPACE_ID],
          ["leaver", "Lee Leaver", "viewer", DEFAULT_WORKSPACE_ID],
          ["elsewhere", "Else Where", "owner", "other"],
        ],
        "198.51.100.",
        10,
      );
      const prisma = await getPrisma();
      // The owner also belongs to the other workspace, to switch to it.
      await prisma.member.create({
        data: { id: crypto.randomUUID(), workspaceId: "other", userId: people.owner.id, role: "viewer" },
      });
    });

    afterAll(() => {
      resetAuth();
      forgetTeamMode();
    });

    test("share links: make, list, download the shared report in every format, revoke; a viewer may not share", async () => {
      const scenario = (await answers(
        201,
        "POST",
        "/api/v1/scenarios",
        await postScenario(
          as(people.editor, "POST", "/api/v1/scenarios", {
            name: "Shared",
            inputs: {
              state: defaultWorkspaceState(),
              firmProfile: (await readFirmPresets(await getPrisma()))[0]!.values,
              monteCarlo: { samples: 200, seed: 7, concentration: 50 },
            },
          }),
        ),
      )) as { id: string };
      const id = { id: scenario.id };
      const sharesPath = `/api/v1/scenarios/${scenario.id}/shares`;
      const link = (await answers(
        201,
        "POST",
        "/api/v1/scenarios/{id}/shares",
        await postShare(as(people.editor, "POST", sharesPath, { days: 7 }), params(id)),
      )) as { id: string; token: string };
      await answers(
        403,
        "POST",
        "/api/v1/scenarios/{id}/shares",
        await postShare(as(people.viewer, "POST", sharesPath, {}), params(id)),
      );
      await answers(
        200,
        "GET",
        "/api/v1/scenarios/{id}/shares",
        await listShares(as(people.editor, "GET", sharesPath), params(id)),
      );
      await answers(
        400,
        "GET",
        "/api/v1/scenarios/{id}/shares",
        await listShares(as(people.editor, "GET", sharesPath), params({ id: "not-a-uuid" })),
      );
      await answers(
        401,
        "GET",
        "/api/v1/scenarios/{id}/shares",
        await listShares(as(null, "GET", sharesPath), params(id)),
      );

      for (const format of ["pdf", "md", "csv", "json"]) {
        const report = `report.${format}`;
        await answers(
          200,
          "GET",
          `/api/v1/shared/{token}/${report}`,
          await getShared(
            as(null, "GET", `/api/v1/shared/${link.token}/${report}?locale=en`),
            params({ token: link.token, report }),
          ),
        );
      }

      const revoke = as(people.editor, "DELETE", `${sharesPath}/${link.id}`);
      await answers(
        200,
        "DELETE",
        "/api/v1/scenarios/{id}/shares/{shareId}",
        await deleteShare(revoke, params({ ...id, shareId: link.id })),
      );
      await answers(
        404,
        "DELETE",
        "/api/v1/scenarios/{id}/shares/{shareId}",
        await deleteShare(as(people.editor, "DELETE", sharesPath), params({ ...id, shareId: crypto.randomUUID() })),
      );
      // A revoked link answers as if it never existed.
      await answers(
        404,
        "GET",
        "/api/v1/shared/{token}/report.md",
        await getShared(as(null, "GET", "/x"), params({ token: link.token, report: "report.md" })),
      );
    }, 120_000);

    test("members, invitations, reset links and the active workspace", async () => {
      const members = (await answers(
        200,
        "GET",
        "/api/v1/members",
        await getMembers(as(people.owner, "GET", "/api/v1/members")),
      )) as MembersAnswer;
      await answers(401, "GET", "/api/v1/members", await getMembers(as(null, "GET", "/api/v1/members")));
      const leaver = members.members.find((m) => m.userId === people.leaver.id)!.id;

      // The leaver's role changes, the owner hands them a reset link, they set a new password
      // (which ends their sessions), then they are removed; the editor may do none of it.
      const path = `/api/v1/members/${leaver}`;
      const id = params({ id: leaver });
      await answers(
        200,
        "PUT",
        "/api/v1/members/{id}",
        await putMember(as(people.owner, "PUT", path, { role: "editor" }), id),
      );
      await answers(
        403,
        "PUT",
        "/api/v1/members/{id}",
        await putMember(as(people.editor, "PUT", path, { role: "owner" }), id),
      );
      await answers(
        400,
        "PUT",
        "/api/v1/members/{id}",
        await putMember(as(people.owner, "PUT", path, { role: "boss" }), id),
      );
      const reset = (await answers(
        201,
        "POST",
        "/api/v1/members/{id}/reset-link",
        await postResetLink(as(people.owner, "POST", `${path}/reset-link`), id),
      )) as IssuedLink;
      await answers(
        403,
        "POST",
        "/api/v1/members/{id}/reset-link",
        await postResetLink(as(people.editor, "POST", `${path}/reset-link`), id),
      );
      const resets = "/api/v1/password-resets";
      const newPassword = { token: tokenOf(reset), password: "a new password for Lee" };
      await answers(200, "POST", resets, await postPasswordReset(as(null, "POST", resets, newPassword)));
      await answers(400, "POST", resets, await postPasswordReset(as(null, "POST", resets, newPassword)));
      await answers(400, "POST", resets, await postPasswordReset(as(null, "POST", resets, { token: "short" })));
      await answers(403, "DELETE", "/api/v1/members/{id}", await deleteMember(as(people.editor, "DELETE", path), id));
      await answers(200, "DELETE", "/api/v1/members/{id}", await deleteMember(as(people.owner, "DELETE", path), id));
      await answers(404, "DELETE", "/api/v1/members/{id}", await deleteMember(as(people.owner, "DELETE", path), id));

      const invitations = "/api/v1/invitations";
      const invitation = (await answers(
        201,
        "POST",
        invitations,
        await postInvitation(as(people.owner, "POST", invitations, { role: "viewer", expiresInDays: 3 })),
      )) as IssuedLink;
      await answers(
        403,
        "POST",
        invitations,
        await postInvitation(as(people.editor, "POST", invitations, { role: "owner" })),
      );
      const accept = "/api/v1/invitations/accept";
      const newcomer = {
        token: tokenOf(invitation),
        email: "new@example.com",
        name: "Nia New",
        password: "newcomer password 1",
      };
      await answers(200, "POST", accept, await postAccept(as(null, "POST", accept, newcomer)));
      await answers(400, "POST", accept, await postAccept(as(null, "POST", accept, newcomer)));

      const pending = (await answers(
        201,
        "POST",
        invitations,
        await postInvitation(as(people.owner, "POST", invitations, { role: "editor", email: "later@example.com" })),
      )) as IssuedLink;
      const revoke = (id: string) =>
        deleteInvitation(as(people.owner, "DELETE", `${invitations}/${id}`), params({ id }));
      await answers(200, "DELETE", "/api/v1/invitations/{id}", await revoke(pending.id!));
      await answers(400, "DELETE", "/api/v1/invitations/{id}", await revoke("not-an-invitation"));

      const active = "/api/v1/workspaces/active";
      await answers(
        200,
        "PUT",
        active,
        await putActiveWorkspace(as(people.owner, "PUT", active, { workspaceId: "other" })),
      );
      await answers(
        404,
        "PUT",
        active,
        await putActiveWorkspace(as(people.editor, "PUT", active, { workspaceId: "other" })),
      );
      await answers(
        200,
        "PUT",
        active,
        await putActiveWorkspace(as(people.owner, "PUT", active, { workspaceId: DEFAULT_WORKSPACE_ID })),
      );
    }, 60_000);

    test("the command line's administration endpoints, with and without the token file's token", async () => {
      // On loopback, as the CLI asks when the app holds the embedded database.
      const admin = (path: string, body: unknown, token: string) =>
        new Request(`http://127.0.0.1:3000${path}`, {
          method: "POST",
          headers: { host: "127.0.0.1:3000", "content-type": "application/json", [ADMIN_TOKEN_HEADER]: token },
          body: JSON.stringify(body),
        });
      const token = () => (usingServer ? "no-token-file" : writeAdminToken());
      const account = { email: "third@example.com", name: "Third", role: "viewer" };
      await answers(
        admitted(201),
        "POST",
        "/api/admin/accounts",
        await postAdminAccounts(admin("/api/admin/accounts", account, token())),
      );
      await answers(
        403,
        "POST",
        "/api/admin/accounts",
        await postAdminAccounts(admin("/api/admin/accounts", account, "guessed")),
      );
      const links = "/api/admin/reset-links";
      await answers(
        admitted(201),
        "POST",
        links,
        await postAdminResetLinks(admin(links, { email: "third@example.com" }, token())),
      );
      await answers(
        admitted(404),
        "POST",
        links,
        await postAdminResetLinks(admin(links, { email: "nobody@example.com" }, token())),
      );
      await answers(
        403,
        "POST",
        links,
        await postAdminResetLinks(admin(links, { email: "third@example.com" }, "guessed")),
      );
    });

    test("a group decision: people, open, list, preview, weigh, stream, reweigh, reveal, freeze", async () => {
      const list = "/api/v1/decisions";
      await answers(
        200,
        "GET",
        "/api/v1/decisions/people",
        await getDecisionPeople(as(people.owner, "GET", `${list}/people`)),
      );
      const setup = {
        markets: ["IDN", "MYS", "PHL", "VNM"],
        criteria: { level: "groups", keys: ["attractiveness", "governance", "infrastructure"] },
        method: "ahp",
        aggregation: "aij",
      };
      const participants = [{ userId: people.owner.id, weight: 2 }, { userId: people.editor.id }];
      const body = { name: "South-East Asia 2027", setup, participants };
      const decision = (await answers(
        201,
        "POST",
        list,
        await postDecision(as(people.owner, "POST", list, body)),
      )) as Decision;
      await answers(
        403,
        "POST",
        list,
        await postDecision(as(people.viewer, "POST", list, { ...body, name: "Refused" })),
      );
      await answers(200, "GET", list, await listDecisions(as(people.editor, "GET", list)));
      await answers(401, "GET", list, await listDecisions(as(null, "GET", list)));

      const id = { id: decision.id };
      const path = `${list}/${decision.id}`;
      await answers(
        200,
        "GET",
        "/api/v1/decisions/{id}",
        await getDecision(as(people.editor, "GET", path), params(id)),
      );
      await answers(
        404,
        "GET",
        "/api/v1/decisions/{id}",
        await getDecision(as(people.elsewhere, "GET", path), params(id)),
      );
      const ahp = { method: "ahp", judgements: [3, 5, 2] };
      await answers(
        200,
        "POST",
        "/api/v1/decisions/{id}/preview",
        await postPreview(as(people.editor, "POST", `${path}/preview`, ahp), params(id)),
      );
      const input = (who: Person) =>
        putInput(as(who, "PUT", `${path}/input`, { baseVersion: 0, input: ahp }), params(id));
      await answers(200, "PUT", "/api/v1/decisions/{id}/input", await input(people.editor));
      await answers(409, "PUT", "/api/v1/decisions/{id}/input", await input(people.editor));

      // The live stream: its status and media type, then the browser goes away.
      const abort = new AbortController();
      const stream = await getEvents(
        new Request(`${ORIGIN}${path}/events`, { headers: { cookie: people.owner.cookie }, signal: abort.signal }),
        params(id),
      );
      expect(stream.status).toBe(200);
      await answers(200, "GET", "/api/v1/decisions/{id}/events", stream);
      abort.abort();
      await answers(
        404,
        "GET",
        "/api/v1/decisions/{id}/events",
        await getEvents(as(people.elsewhere, "GET", `${path}/events`), params(id)),
      );

      await answers(200, "PUT", "/api/v1/decisions/{id}/input", await input(people.owner));
      const version = async () =>
        ((await (await getDecision(as(people.owner, "GET", path), params(id))).json()) as Decision).version;
      await answers(
        200,
        "PUT",
        "/api/v1/decisions/{id}/participants",
        await putParticipants(
          as(people.owner, "PUT", `${path}/participants`, { baseVersion: await version(), participants }),
          params(id),
        ),
      );
      await answers(
        409,
        "PUT",
        "/api/v1/decisions/{id}/participants",
        await putParticipants(
          as(people.owner, "PUT", `${path}/participants`, { baseVersion: 1, participants }),
          params(id),
        ),
      );
      const reveal = (who: Person, baseVersion: number) =>
        postReveal(as(who, "POST", `${path}/reveal`, { baseVersion }), params(id));
      await answers(403, "POST", "/api/v1/decisions/{id}/reveal", await reveal(people.editor, await version()));
      await answers(200, "POST", "/api/v1/decisions/{id}/reveal", await reveal(people.owner, await version()));
      const freeze = (baseVersion: number) =>
        postFreeze(as(people.owner, "POST", `${path}/freeze`, { baseVersion, hideNames: false }), params(id));
      await answers(200, "POST", "/api/v1/decisions/{id}/freeze", await freeze(await version()));
      await answers(409, "POST", "/api/v1/decisions/{id}/freeze", await freeze(await version()));
    }, 120_000);
  });
}
