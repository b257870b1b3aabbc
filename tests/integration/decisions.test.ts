import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { GET as getEvents } from "@/app/api/v1/decisions/[id]/events/route";
import { POST as postFreeze } from "@/app/api/v1/decisions/[id]/freeze/route";
import { PUT as putInput } from "@/app/api/v1/decisions/[id]/input/route";
import { PUT as putParticipants } from "@/app/api/v1/decisions/[id]/participants/route";
import { POST as postPreview } from "@/app/api/v1/decisions/[id]/preview/route";
import { POST as postReveal } from "@/app/api/v1/decisions/[id]/reveal/route";
import { GET as getDecisionRoute } from "@/app/api/v1/decisions/[id]/route";
import { GET as getPeople } from "@/app/api/v1/decisions/people/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/decisions/route";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";
import {
  DecisionListSchema,
  DecisionPeopleSchema,
  DecisionSchema,
  DecisionUnchangedSchema,
  MemberPreviewSchema,
  type Decision,
  type DecisionInput,
} from "@/lib/contracts/decisions";
import { readAuditOf } from "@/lib/db/audit";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { accessFromHeaders, forgetTeamMode } from "@/lib/server/access";
import { resetAuth } from "@/lib/server/auth";
import { ahpWeights } from "@/lib/scoring/ahp";
import { groupDecisionOfScenario } from "@/lib/server/decisions";
import { reportFile, reportModel } from "@/lib/server/reports";

import { seededAppDatabase } from "./support/database";
import { ORIGIN, seatTeam, type Person } from "./support/team";

// Issue 13 §4 end to end on a real database, through the routes with real sessions: a facilitator
// opens a decision, members weigh privately (nobody, the facilitator included, reads another's
// input before the reveal), a stale save is refused with 409, a viewer cannot open or reveal, a
// member of another workspace gets 404, the reveal shows every input and the group result, the
// freeze makes a scenario with one revision per member then the group's, and the live stream
// reports a submission.

let cleanup: () => Promise<void>;

let people: Record<"alice" | "bob" | "carol" | "vera" | "dave", Person>;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  people = await seatTeam(
    [
      ["alice", "Alice Strategy", "owner", DEFAULT_WORKSPACE_ID],
      ["bob", "Bob Regional", "editor", DEFAULT_WORKSPACE_ID],
      ["carol", "Carol Finance", "viewer", DEFAULT_WORKSPACE_ID],
      ["vera", "Vera Viewer", "viewer", DEFAULT_WORKSPACE_ID],
      ["dave", "Dave Elsewhere", "owner", "other"],
    ],
    "203.0.113.",
    20,
  );
});

afterAll(async () => {
  resetAuth();
  forgetTeamMode();
  await closeDatabase();
  await cleanup?.();
});

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

async function call(handler: Handler, who: Person, method: string, path: string, body?: unknown, id = "") {
  const request = new Request(`${ORIGIN}${path}`, {
    method,
    headers: { cookie: who.cookie, "content-type": "application/json", origin: ORIGIN },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response = await handler(request, { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: any } }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const GROUPS = ["attractiveness", "governance", "infrastructure", "proximity"];
const MARKETS = ["IDN", "MYS", "PHL", "SGP", "THA", "VNM"];

// Three members' comparisons of the four groups, upper triangle row by row: (1,2) (1,3) (1,4) (2,3) (2,4) (3,4).
const JUDGEMENTS: Record<"alice" | "bob" | "carol", number[]> = {
  alice: [3, 5, 7, 2, 3, 2],
  bob: [1 / 3, 1, 3, 3, 5, 3],
  carol: [2, 1 / 2, 4, 1 / 3, 2, 5],
};
const ahp = (judgements: number[]): DecisionInput => ({ method: "ahp", judgements });

let decision: Decision;
const path = () => `/api/v1/decisions/${decision.id}`;
const read = async (who: Person) => {
  const answer = await call(getDecisionRoute, who, "GET", path(), undefined, decision.id);
  expect(answer.status).toBe(200);
  return DecisionSchema.parse(answer.body);
};

describe("a group decision from set-up to freeze", () => {
  test("a viewer may not open a decision (403); an owner does (201) and lists the workspace's people", async () => {
    const people_ = await call(getPeople, people.alice, "GET", "/api/v1/decisions/people");
    expect(people_.status).toBe(200);
    const names = DecisionPeopleSchema.parse(people_.body).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Alice Strategy", "Bob Regional", "Carol Finance"]));
    expect(names).not.toContain("Dave Elsewhere");

    const body = {
      name: "South-East Asia 2027",
      setup: { markets: MARKETS, criteria: { level: "groups", keys: GROUPS }, method: "ahp", aggregation: "aij" },
      participants: [{ userId: people.alice.id, weight: 2 }, { userId: people.bob.id }, { userId: people.carol.id }],
    };
    const refused = await call(createRoute, people.vera, "POST", "/api/v1/decisions", body);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("forbidden");

    const outsider = await call(createRoute, people.alice, "POST", "/api/v1/decisions", {
      ...body,
      participants: [...body.participants, { userId: people.dave.id }],
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.message).toContain("participants.3.userId is not a member of this workspace");

    const created = await call(createRoute, people.alice, "POST", "/api/v1/decisions", body);
    expect(created.status).toBe(201);
    decision = DecisionSchema.parse(created.body);
    expect(decision.status).toBe("open");
    expect(decision.you.isFacilitator).toBe(true);
    expect(decision.participants.map((p) => [p.name, p.weight, p.role])).toEqual([
      ["Alice Strategy", 2, "owner"],
      ["Bob Regional", 1, "editor"],
      ["Carol Finance", 1, "viewer"],
    ]);
    const audit = await readAuditOf(await getPrisma(), DEFAULT_WORKSPACE_ID, "decision", decision.id);
    expect(audit.map((a) => a.action)).toEqual(["decision.create"]);
  });

  test("another workspace's member gets 404, as if the decision did not exist", async () => {
    const answer = await call(getDecisionRoute, people.dave, "GET", path(), undefined, decision.id);
    expect(answer.status).toBe(404);
    const list = DecisionListSchema.parse((await call(listRoute, people.dave, "GET", "/api/v1/decisions")).body);
    expect(list.decisions).toEqual([]);
  });

  test("a member previews an unsaved input: their weights (the eigenvector), CR and ranking", async () => {
    const answer = await call(postPreview, people.bob, "POST", `${path()}/preview`, ahp(JUDGEMENTS.bob), decision.id);
    expect(answer.status).toBe(200);
    const preview = MemberPreviewSchema.parse(answer.body);
    const expected = ahpWeights([
      [1, 1 / 3, 1, 3],
      [3, 1, 3, 5],
      [1, 1 / 3, 1, 3],
      [1 / 3, 1 / 5, 1 / 3, 1],
    ]);
    GROUPS.forEach((key, j) => expect(preview.weights[key]).toBeCloseTo(expected.weights[j]!, 10));
    expect(preview.consistency?.cr).toBeCloseTo(expected.cr, 10);
    expect(preview.ranking.map((r) => r.iso3).sort()).toEqual([...MARKETS].sort());
    // Nothing was stored.
    expect((await read(people.bob)).mine?.submittedAt).toBeNull();
  });

  test("inputs stay private before the reveal, the facilitator's view included; a stale save is 409", async () => {
    const bob = await call(
      putInput,
      people.bob,
      "PUT",
      `${path()}/input`,
      { baseVersion: 0, input: ahp(JUDGEMENTS.bob) },
      decision.id,
    );
    expect(bob.status).toBe(200);
    expect(DecisionSchema.parse(bob.body).mine?.version).toBe(1);

    const stale = await call(
      putInput,
      people.bob,
      "PUT",
      `${path()}/input`,
      { baseVersion: 0, input: ahp(JUDGEMENTS.alice) },
      decision.id,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "version_conflict", currentVersion: 1 });

    const carol = await call(
      putInput,
      people.carol,
      "PUT",
      `${path()}/input`,
      { baseVersion: 0, input: ahp(JUDGEMENTS.carol) },
      decision.id,
    );
    expect(carol.status).toBe(200);

    // Bob cannot read Carol's input; the facilitator cannot read either, but sees who submitted.
    const asBob = await read(people.bob);
    expect(asBob.participants.find((p) => p.name === "Carol Finance")?.input).toBeNull();
    expect(asBob.mine?.input).toEqual(ahp(JUDGEMENTS.bob));
    expect(asBob.result).toBeNull();
    const asAlice = await read(people.alice);
    expect(asAlice.participants.every((p) => p.input === null)).toBe(true);
    expect(asAlice.participants.filter((p) => p.submittedAt !== null).map((p) => p.name)).toEqual([
      "Bob Regional",
      "Carol Finance",
    ]);
    expect(asAlice.result).toBeNull();
    // The audit log records the submissions without their values.
    const audit = await readAuditOf(await getPrisma(), DEFAULT_WORKSPACE_ID, "decision", decision.id);
    const submits = audit.filter((a) => a.action === "decision.submit");
    expect(submits).toHaveLength(2);
    expect(JSON.stringify(submits.map((s) => s.detail))).not.toContain("judgements");

    // Someone who is not a participant may not weigh.
    const vera = await call(
      putInput,
      people.vera,
      "PUT",
      `${path()}/input`,
      { baseVersion: 0, input: ahp(JUDGEMENTS.bob) },
      decision.id,
    );
    expect(vera.status).toBe(403);
  });

  test("the live stream announces a submission made meanwhile", async () => {
    const abort = new AbortController();
    const request = new Request(`${ORIGIN}${path()}/events`, {
      headers: { cookie: people.alice.cookie },
      signal: abort.signal,
    });
    const response = await getEvents(request, { params: Promise.resolve({ id: decision.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const nextEvent = async () => {
      while (!/event: revision\ndata: .*\n\n/.test(text)) text += decoder.decode((await reader.read()).value);
      const data = /event: revision\ndata: (.*)\n\n/.exec(text)![1]!;
      text = text.slice(text.indexOf(data) + data.length);
      return JSON.parse(data) as { revision: number; submitted: number };
    };
    const first = await nextEvent();
    expect(first.submitted).toBe(2);
    const alice = await call(
      putInput,
      people.alice,
      "PUT",
      `${path()}/input`,
      { baseVersion: 0, input: ahp(JUDGEMENTS.alice) },
      decision.id,
    );
    expect(alice.status).toBe(200);
    const second = await nextEvent();
    expect(second).toMatchObject({ revision: first.revision + 1, submitted: 3, status: "open" });
    abort.abort();
    await reader.cancel();

    // Plain polling: unchanged at the current revision.
    const unchanged = await call(
      getDecisionRoute,
      people.alice,
      "GET",
      `${path()}?sinceRevision=${second.revision}`,
      undefined,
      decision.id,
    );
    expect(DecisionUnchangedSchema.parse(unchanged.body)).toEqual({ unchanged: true, revision: second.revision });
  });

  test("only the facilitator reveals, and a viewer's role may not (403); then everyone sees every input and the result", async () => {
    const current = await read(people.alice);
    const byBob = await call(
      postReveal,
      people.bob,
      "POST",
      `${path()}/reveal`,
      { baseVersion: current.version },
      decision.id,
    );
    expect(byBob.status).toBe(403);
    const byVera = await call(
      postReveal,
      people.vera,
      "POST",
      `${path()}/reveal`,
      { baseVersion: current.version },
      decision.id,
    );
    expect(byVera.status).toBe(403);
    // The facilitator changes a member's weight (version +1) in one tab; a reveal from an older tab is 409.
    const reweighed = await call(
      putParticipants,
      people.alice,
      "PUT",
      `${path()}/participants`,
      {
        baseVersion: current.version,
        participants: [{ userId: people.alice.id, weight: 2 }, { userId: people.bob.id }, { userId: people.carol.id }],
      },
      decision.id,
    );
    expect(reweighed.status).toBe(200);
    const stale = await call(
      postReveal,
      people.alice,
      "POST",
      `${path()}/reveal`,
      { baseVersion: current.version },
      decision.id,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "version_conflict", currentVersion: current.version + 1 });

    const revealed = await call(
      postReveal,
      people.alice,
      "POST",
      `${path()}/reveal`,
      { baseVersion: current.version + 1 },
      decision.id,
    );
    expect(revealed.status).toBe(200);
    const asCarol = await read(people.carol);
    expect(asCarol.status).toBe("revealed");
    expect(asCarol.participants.find((p) => p.name === "Bob Regional")?.input).toEqual(ahp(JUDGEMENTS.bob));
    const result = asCarol.result!;
    expect(result.members.map((m) => m.name)).toEqual(["Alice Strategy", "Bob Regional", "Carol Finance"]);
    // Alice's weight 2 of 4 in all.
    expect(result.members.map((m) => m.share)).toEqual([0.5, 0.25, 0.25]);
    expect(result.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
    expect(result.groupConsistency?.cr).toBeGreaterThanOrEqual(0);
    expect(result.consensus.ahp?.consensus).toBeGreaterThan(0);
    expect(result.consensus.markets.w).toBeGreaterThanOrEqual(0);
    expect(result.consensus.markets.w).toBeLessThanOrEqual(1);
    expect(result.ranking).toHaveLength(MARKETS.length);
    for (const row of result.ranking) expect(Object.keys(row.memberRanks)).toHaveLength(3);
    // The participants cannot change once revealed.
    const change = await call(
      putParticipants,
      people.alice,
      "PUT",
      `${path()}/participants`,
      { baseVersion: asCarol.version, participants: [{ userId: people.alice.id }, { userId: people.bob.id }] },
      decision.id,
    );
    expect(change.status).toBe(409);
    expect(change.body.error.code).toBe("decision_state");
  });

  test("the freeze makes a scenario: one revision per member, then the group's weights; the decision is read-only", async () => {
    const before = await read(people.alice);
    const frozen = await call(
      postFreeze,
      people.alice,
      "POST",
      `${path()}/freeze`,
      { baseVersion: before.version, hideNames: true },
      decision.id,
    );
    expect(frozen.status).toBe(200);
    const after = DecisionSchema.parse(frozen.body);
    expect(after.status).toBe("frozen");
    expect(after.scenarioId).not.toBeNull();
    expect(after.you.canSubmit).toBe(false);

    const prisma = await getPrisma();
    const scenario = await prisma.scenario.findUniqueOrThrow({ where: { id: after.scenarioId! } });
    expect(scenario.workspaceId).toBe(DEFAULT_WORKSPACE_ID);
    expect(scenario.version).toBe(4);
    const revisions = await prisma.scenarioRevision.findMany({
      where: { scenarioId: scenario.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => r.notes)).toEqual([
      'Group decision "South-East Asia 2027": the weights of Member 1 (member 1 of 3).',
      'Group decision "South-East Asia 2027": the weights of Member 2 (member 2 of 3).',
      'Group decision "South-East Asia 2027": the weights of Member 3 (member 3 of 3).',
      'Group decision "South-East Asia 2027": the group\'s weights, aggregated from 3 members.',
    ]);
    // Each member's revision ranks with their own group weights; the current version with the
    // group's (the scenario keeps them at the workspace URL's 4-decimal rounding).
    const groupShares = (r: (typeof revisions)[number]) => {
      const groups = (r.results as { problem: { groups: { id: string; weight: number }[] } }).problem.groups;
      const total = groups.reduce((s, g) => s + g.weight, 0);
      return Object.fromEntries(groups.map((g) => [g.id, g.weight / total]));
    };
    for (const key of GROUPS) {
      expect(groupShares(revisions[3]!)[key]).toBeCloseTo(after.result!.criteria.find((c) => c.key === key)!.weight, 3);
      expect(groupShares(revisions[0]!)[key]).toBeCloseTo(after.result!.members[0]!.weights[key]!, 3);
    }

    const late = await call(
      putInput,
      people.bob,
      "PUT",
      `${path()}/input`,
      { baseVersion: 1, input: ahp(JUDGEMENTS.alice) },
      decision.id,
    );
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("decision_state");
    const again = await call(
      postFreeze,
      people.alice,
      "POST",
      `${path()}/freeze`,
      { baseVersion: after.version },
      decision.id,
    );
    expect(again.status).toBe(409);

    const audit = await readAuditOf(prisma, DEFAULT_WORKSPACE_ID, "decision", decision.id);
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        "decision.create",
        "decision.participants",
        "decision.submit",
        "decision.submit",
        "decision.submit",
        "decision.reveal",
        "decision.freeze",
      ].sort(),
    );
  });

  test("the scenario's report has a Group decision section, with hidden names, in every format", async () => {
    const { scenarioId } = await read(people.alice);
    const access = await accessFromHeaders(new Headers({ cookie: people.alice.cookie }));
    const model = await reportModel(access, scenarioId!, new Date("2026-12-03T12:00:00Z"));
    const group = model.group!;
    expect(group.name).toBe("South-East Asia 2027");
    expect(group.members.map((m) => [m.label, m.role])).toEqual([
      ["Member 1", "Owner"],
      ["Member 2", "Editor"],
      ["Member 3", "Viewer"],
    ]);
    expect(group.members.map((m) => m.share)).toEqual([0.5, 0.25, 0.25]);
    expect(group.ranking).toHaveLength(MARKETS.length);

    const markdown = (await reportFile(access, scenarioId!, "md")).body as string;
    expect(markdown).toContain("## Group decision");
    expect(markdown).toContain("Kendall's W = ");
    expect(markdown).not.toContain("Alice Strategy");
    const csv = (await reportFile(access, scenarioId!, "csv")).body as string;
    expect(csv).toContain("Member 1: ");
    const json = JSON.parse((await reportFile(access, scenarioId!, "json")).body as string);
    expect(json.groupDecision.result.members.map((m: { name: string }) => m.name)).toEqual([
      "Member 1",
      "Member 2",
      "Member 3",
    ]);
    expect(JSON.stringify(json.groupDecision)).not.toContain(people.alice.id);

    // In Russian, the section's words are Russian.
    const ru = await reportModel(access, scenarioId!, new Date("2026-12-03T12:00:00Z"), { locale: "ru" });
    expect(ru.group!.members[0]!.label).toBe("Участник 1");
    expect(ru.group!.consensus.markets.word).toMatch(/согласие/);

    // A scenario that was not frozen from a decision has no such section.
    expect(await groupDecisionOfScenario(randomUUID())).toBeNull();

    if (process.env.DECISIONS_REPORT_OUT) {
      const { writeFileSync } = await import("node:fs");
      for (const locale of ["en", "zh", "ru"] as const) {
        const pdf = await reportFile(access, scenarioId!, "pdf", new Date(), undefined, { locale });
        writeFileSync(`${process.env.DECISIONS_REPORT_OUT}/group-${locale}.pdf`, pdf.body as Uint8Array);
      }
      writeFileSync(`${process.env.DECISIONS_REPORT_OUT}/group-en.md`, markdown);
    }
  });
});
