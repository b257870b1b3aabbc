import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as getRevisions } from "@/app/api/v1/scenarios/[id]/revisions/route";
import { PUT as putOne } from "@/app/api/v1/scenarios/[id]/route";
import { GET as getList } from "@/app/api/v1/scenarios/route";
import { ApiError } from "@/lib/contracts/api";
import { SCENARIO_REVISIONS_KEPT, ScenarioListSchema } from "@/lib/contracts/scenarios";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { uniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { purgeDeletedScenarios } from "@/lib/server/scenarios";

import { seededAppDatabase } from "./support/database";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";

// The scenario list as the API pages it (summaries only, keyset cursors), reads that never delete,
// and the cap on saved versions. Scenarios are written straight into the database with chosen
// timestamps, so the expected order is known independently of the code under test.

let cleanup: () => Promise<void>;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const DAY = 24 * 3600 * 1000;
const base = "http://localhost/api/v1/scenarios";
const json = (value: unknown) => value as Prisma.InputJsonValue;

/** A stored scenario: saved `savedDaysAgo` days ago, deleted `deletedDaysAgo` days ago if given. */
async function stored(n: number, savedDaysAgo: number, deletedDaysAgo?: number) {
  const prisma = await getPrisma();
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
  await prisma.scenario.create({
    data: {
      workspaceId: DEFAULT_WORKSPACE_ID,
      id,
      name: `Scenario ${n}`,
      inputs: json({ state: { method: n % 2 ? "topsis" : "weighted_sum", markets: ["RUS", "IDN"] } }),
      // The frozen results are large in real life; the list must not need them beyond the leader.
      results: json({
        ranking: { ranking: [{ id: "IDN", score: 0.7 }] },
        labels: { markets: { IDN: "Indonesia" } },
        padding: "x".repeat(20_000),
      }),
      datasetVersion: "test",
      datasetHash: "test",
      createdAt: new Date(Date.now() - savedDaysAgo * DAY),
      updatedAt: new Date(Date.now() - savedDaysAgo * DAY),
      deletedAt: deletedDaysAgo === undefined ? null : new Date(Date.now() - deletedDaysAgo * DAY),
    },
  });
  return id;
}

async function list(query: string) {
  const response = await getList(new Request(`${base}${query}`));
  return { status: response.status, body: await response.json() };
}

let active: string[];
let deletedRecently: string;
let deletedLongAgo: string;

test("the list comes in pages: first page, next by cursor, last page with no cursor", async () => {
  // Seven active scenarios saved 1..7 days ago (newest first is 1, 2, …, 7), two deleted ones.
  active = [];
  for (let n = 1; n <= 7; n++) active.push(await stored(n, n));
  deletedRecently = await stored(8, 0.5, 2);
  deletedLongAgo = await stored(9, 40, 31);

  const first = ScenarioListSchema.parse((await list("?limit=3")).body);
  expect(first.scenarios.map((s) => s.id)).toEqual(active.slice(0, 3));
  expect(first.total).toBe(7);
  expect(first.nextCursor).toEqual(expect.any(String));
  expect(first.scenarios[0]).toMatchObject({
    name: "Scenario 1",
    method: "topsis",
    markets: ["RUS", "IDN"],
    leader: { iso3: "IDN", name: "Indonesia" },
    deletedAt: null,
    purgeAt: null,
  });

  const second = ScenarioListSchema.parse((await list(`?limit=3&cursor=${first.nextCursor}`)).body);
  expect(second.scenarios.map((s) => s.id)).toEqual(active.slice(3, 6));
  const last = ScenarioListSchema.parse((await list(`?limit=3&cursor=${second.nextCursor}`)).body);
  expect(last.scenarios.map((s) => s.id)).toEqual(active.slice(6));
  expect(last.nextCursor).toBeNull();

  // Without ?limit the default page (50) holds all seven; no deleted scenario is in it.
  const all = ScenarioListSchema.parse((await list("")).body);
  expect(all.scenarios.map((s) => s.id)).toEqual(active);
  expect(all.nextCursor).toBeNull();
});

test("a page of summaries carries none of the frozen results", async () => {
  const { body } = await list("?limit=50");
  expect(JSON.stringify(body)).not.toContain("xxxxxxxxxx");
  expect(Object.keys((body as { scenarios: object[] }).scenarios[0]!)).not.toContain("results");
});

test("a scenario saved while paging neither repeats nor hides the others", async () => {
  const first = ScenarioListSchema.parse((await list("?limit=2")).body);
  const newest = await stored(10, 0.01);
  const rest = ScenarioListSchema.parse((await list(`?limit=50&cursor=${first.nextCursor}`)).body);
  expect([...first.scenarios, ...rest.scenarios].map((s) => s.id)).toEqual(active);
  const again = ScenarioListSchema.parse((await list("?limit=1")).body);
  expect(again.scenarios[0]!.id).toBe(newest);
  await (await getPrisma()).scenario.delete({ where: { id: newest } });
});

test("bad paging parameters are a 400 naming the parameter", async () => {
  for (const [query, path] of [
    ["?limit=0", "limit"],
    ["?limit=201", "limit"],
    ["?limit=ten", "limit"],
    ["?cursor=not%20a%20cursor", "cursor"],
    ["?cursor=bm90LWpzb24", "cursor"],
    ["?deleted=yes", "deleted"],
  ] as const) {
    const { status, body } = await list(query);
    expect(status, query).toBe(400);
    expect(
      ApiError.parse(body).error.issues?.map((i) => i.path),
      query,
    ).toContain(path);
  }
});

test("GET never deletes: a scenario deleted 31 days ago stays in the database until the purge", async () => {
  const prisma = await getPrisma();
  const deleted = ScenarioListSchema.parse((await list("?deleted=true")).body);
  // Past its purge date it is no longer offered for restore…
  expect(deleted.scenarios.map((s) => s.id)).toEqual([deletedRecently]);
  await list("");
  await list("?limit=1");
  // …but reading the lists removed nothing.
  expect(await prisma.scenario.count({ where: { id: deletedLongAgo } })).toBe(1);
  expect(await prisma.scenario.count()).toBe(9);

  expect(await purgeDeletedScenarios()).toBe(1);
  expect(await prisma.scenario.count({ where: { id: deletedLongAgo } })).toBe(0);
  expect(await prisma.scenario.count({ where: { id: deletedRecently } })).toBe(1);
  // Thirty days from now, the one deleted two days ago is due as well.
  expect(await purgeDeletedScenarios(new Date(Date.now() + 29 * DAY))).toBe(1);
});

test(`a scenario keeps its newest ${SCENARIO_REVISIONS_KEPT} versions`, async () => {
  const id = active[0]!;
  const prisma = await getPrisma();
  await prisma.scenarioRevision.create({
    data: {
      scenarioId: id,
      version: 1,
      name: "Scenario 1",
      notes: "",
      inputs: json({}),
      results: json({}),
      datasetVersion: "test",
      datasetHash: "test",
    },
  });
  const saves = SCENARIO_REVISIONS_KEPT + 5;
  let version = 1;
  for (let i = 1; i <= saves; i++) {
    const response = await putOne(
      new Request(`${base}/${id}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseVersion: version, notes: `save ${i}` }),
      }),
      { params: Promise.resolve({ id }) },
    );
    expect(response.status).toBe(200);
    version = ((await response.json()) as { version: number }).version;
  }
  expect(version).toBe(saves + 1);
  const response = await getRevisions(new Request(`${base}/${id}/revisions`), { params: Promise.resolve({ id }) });
  const { revisions } = (await response.json()) as { revisions: { version: number }[] };
  // The newest 50: versions 7..56 of 56, newest first; the current version is among them.
  const expected = Array.from({ length: SCENARIO_REVISIONS_KEPT }, (_, i) => saves + 1 - i);
  expect(revisions.map((r) => r.version)).toEqual(expected);
  expect(await prisma.scenarioRevision.count({ where: { scenarioId: id } })).toBe(SCENARIO_REVISIONS_KEPT);
});

test("a write that collides with a unique key is recognized as such (imports and restores answer 409/400 with it)", async () => {
  const prisma = await getPrisma();
  const collision = await prisma.scenario
    .create({
      data: {
        workspaceId: DEFAULT_WORKSPACE_ID,
        id: active[1]!,
        name: "again",
        inputs: json({}),
        results: json({}),
        datasetVersion: "t",
        datasetHash: "t",
      },
    })
    .catch((error: unknown) => error);
  expect(uniqueViolation(collision)).toEqual({ target: expect.any(String) });
  expect(uniqueViolation(new Error("something else"))).toBeUndefined();
});
