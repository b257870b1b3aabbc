import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { GET as getCompare } from "@/app/api/v1/scenarios/compare/route";
import { POST as postDuplicate } from "@/app/api/v1/scenarios/[id]/duplicate/route";
import { GET as getRecompute } from "@/app/api/v1/scenarios/[id]/recompute/route";
import { POST as postRestore } from "@/app/api/v1/scenarios/[id]/restore/route";
import { GET as getRevisions } from "@/app/api/v1/scenarios/[id]/revisions/route";
import { DELETE as deleteOne, GET as getOne, PUT as putOne } from "@/app/api/v1/scenarios/[id]/route";
import { GET as getList, POST as postList } from "@/app/api/v1/scenarios/route";
import { ApiError } from "@/lib/contracts/api";
import {
  CompareResponseSchema,
  RecomputePreviewSchema,
  ScenarioListSchema,
  ScenarioSchema,
  ScenarioSummarySchema,
  VersionConflictSchema,
  type ScenarioInputsInput,
} from "@/lib/contracts/scenarios";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { purgeDeletedScenarios } from "@/lib/server/scenarios";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { seededAppDatabase } from "./support/database";

// Saved scenarios through their route handlers, on a real database (PGlite, or the PostgreSQL
// server named by DATABASE_URL): save, open, update, 409 on a stale save, delete, undo, purge.

let cleanup: () => Promise<void>;
let firm: Record<string, number>;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  const presets = await readFirmPresets(await getPrisma());
  firm = presets[0]!.values;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const base = "http://localhost/api/v1/scenarios";
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (method: string, body: unknown, path = "") =>
  new Request(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

function inputs(overrides: Partial<ScenarioInputsInput["state"]> = {}): ScenarioInputsInput {
  return {
    state: { ...defaultWorkspaceState(), ...overrides },
    firmProfile: firm as ScenarioInputsInput["firmProfile"],
    monteCarlo: { samples: 300, seed: 7, concentration: 50 },
  };
}

async function create(name: string, input = inputs(), notes = "") {
  const response = await postList(json("POST", { name, notes, inputs: input }));
  expect(response.status).toBe(201);
  return ScenarioSchema.parse(await response.json());
}

async function put(id: string, body: unknown) {
  return putOne(json("PUT", body, `/${id}`), params(id));
}

test("POST saves a scenario with results computed on the server, GET opens it with the same numbers", async () => {
  const response = await postList(
    json("POST", { name: "Southeast Asia first", notes: "For the May board", inputs: inputs() }),
  );
  expect(response.status).toBe(201);
  const saved = ScenarioSchema.parse(await response.json());
  expect(response.headers.get("location")).toBe(`/api/v1/scenarios/${saved.id}`);
  expect(saved.version).toBe(1);
  expect(saved.stale).toBe(false);
  expect(saved.datasetVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
  expect(saved.results.ranking.ranking.map((r) => r.id).sort()).toEqual([...defaultWorkspaceState().markets].sort());
  expect(saved.results.robustness.smallestChange.sentence.length).toBeGreaterThan(10);
  expect(saved.results.robustness.monteCarlo).toMatchObject({ samples: 300, seed: 7 });
  expect(saved.results.entryModes?.market.iso3).toBe(saved.results.ranking.ranking[0]!.id);
  expect(saved.results.entryModes?.modes.length).toBeGreaterThan(3);

  const opened = ScenarioSchema.parse(
    await (await getOne(new Request(`${base}/${saved.id}`), params(saved.id))).json(),
  );
  expect(opened).toEqual(saved);
});

test("a client cannot send results: the body is refused with every problem listed", async () => {
  const response = await postList(json("POST", { name: "", inputs: inputs(), results: { ranking: [] } }));
  expect(response.status).toBe(400);
  const body = ApiError.parse(await response.json());
  expect(body.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(["name", "(body)"]));
});

test("invalid inputs and unknown markets are JSON 400s; a malformed id is a 400, an unknown one a 404", async () => {
  const badMarket = await postList(json("POST", { name: "x", inputs: inputs({ markets: ["XYZ"] }) }));
  expect(badMarket.status).toBe(400);
  expect(ApiError.parse(await badMarket.json()).error.message).toMatch(/XYZ/);

  const tooLong = await postList(json("POST", { name: "x", notes: "n".repeat(10_001), inputs: inputs() }));
  expect(tooLong.status).toBe(400);

  const notJson = await postList(
    new Request(base, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
  );
  expect(notJson.status).toBe(400);
  expect(ApiError.parse(await notJson.json()).error.code).toBe("invalid_json");

  const malformed = await getOne(new Request(`${base}/nope`), params("nope"));
  expect(malformed.status).toBe(400);
  expect(ApiError.parse(await malformed.json()).error.issues?.[0]?.path).toBe("id");

  const unknownId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
  for (const response of [
    await getOne(new Request(`${base}/${unknownId}`), params(unknownId)),
    await put(unknownId, { baseVersion: 1, name: "x" }),
    await deleteOne(new Request(`${base}/${unknownId}`, { method: "DELETE" }), params(unknownId)),
    await postRestore(new Request(`${base}/${unknownId}/restore`, { method: "POST" }), params(unknownId)),
  ]) {
    expect(response.status).toBe(404);
    expect(ApiError.parse(await response.json()).error.code).toBe("not_found");
  }
});

test("names and notes are stored exactly as typed, markup and formulas included", async () => {
  const name = `<script>alert(1)</script> =HYPERLINK("http://evil.example","x")`;
  const saved = await create(name, inputs(), `=1+1\n<img src=x onerror=alert(1)>`);
  expect(saved.name).toBe(name);
  expect(saved.notes).toBe(`=1+1\n<img src=x onerror=alert(1)>`);
});

describe("optimistic concurrency", () => {
  test("a save based on the current version wins; one based on a stale version is a 409 naming the current version", async () => {
    const saved = await create("Russia vs SEA");
    const renamed = await put(saved.id, { baseVersion: 1, name: "Russia vs Southeast Asia" });
    expect(renamed.status).toBe(200);
    const v2 = ScenarioSchema.parse(await renamed.json());
    expect(v2.version).toBe(2);
    expect(v2.results).toEqual(saved.results); // a rename keeps the frozen results

    const stale = await put(saved.id, { baseVersion: 1, notes: "my edit from an old tab" });
    expect(stale.status).toBe(409);
    const conflict = VersionConflictSchema.parse(await stale.json());
    expect(conflict.error).toMatchObject({ code: "version_conflict", currentVersion: 2 });
    expect(conflict.error.message).toMatch(/version 1.*version is 2/);

    const current = ScenarioSchema.parse(
      await (await getOne(new Request(`${base}/${saved.id}`), params(saved.id))).json(),
    );
    expect(current.version).toBe(2);
    expect(current.notes).toBe("");
  });

  test("of several saves based on the same version, exactly one is accepted", async () => {
    const saved = await create("Race");
    const responses = await Promise.all(
      ["first", "second", "third", "fourth", "fifth"].map((notes) => put(saved.id, { baseVersion: 1, notes })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(await (await getPrisma()).scenarioRevision.count({ where: { scenarioId: saved.id } })).toBe(2);
    const current = ScenarioSchema.parse(
      await (await getOne(new Request(`${base}/${saved.id}`), params(saved.id))).json(),
    );
    expect(current.version).toBe(2);
    const winner = ScenarioSchema.parse(await responses.find((r) => r.status === 200)!.json());
    expect(current.notes).toBe(winner.notes);
  });

  test("new inputs are recomputed and every saved version is kept as a revision", async () => {
    const saved = await create("Method check");
    const response = await put(saved.id, { baseVersion: 1, inputs: inputs({ method: "topsis" }) });
    expect(response.status).toBe(200);
    const v2 = ScenarioSchema.parse(await response.json());
    expect(v2.inputs.state.method).toBe("topsis");
    expect(v2.results.ranking.method).toBe("topsis");
    expect(v2.results.ranking.normalization).toBe("vector");

    const revisions = (await (
      await getRevisions(new Request(`${base}/${saved.id}/revisions`), params(saved.id))
    ).json()) as {
      revisions: { version: number }[];
    };
    expect(revisions.revisions.map((r) => r.version)).toEqual([2, 1]);
  });

  test("an update without anything to change is a 400, and baseVersion is required", async () => {
    const saved = await create("Empty update");
    expect((await put(saved.id, { baseVersion: 1 })).status).toBe(400);
    expect((await put(saved.id, { name: "no base" })).status).toBe(400);
  });
});

describe("delete and undo", () => {
  test("a deleted scenario leaves the list, shows in recently deleted, refuses saves, and comes back on restore", async () => {
    const saved = await create("To be deleted");
    const deleted = await deleteOne(new Request(`${base}/${saved.id}`, { method: "DELETE" }), params(saved.id));
    expect(deleted.status).toBe(200);
    const summary = ScenarioSummarySchema.parse(await deleted.json());
    expect(summary.deletedAt).not.toBeNull();
    expect(new Date(summary.purgeAt!).getTime() - new Date(summary.deletedAt!).getTime()).toBe(30 * 24 * 3600 * 1000);

    const active = ScenarioListSchema.parse(await (await getList(new Request(base))).json());
    expect(active.scenarios.map((s) => s.id)).not.toContain(saved.id);
    const recent = ScenarioListSchema.parse(await (await getList(new Request(`${base}?deleted=true`))).json());
    expect(recent.scenarios.map((s) => s.id)).toContain(saved.id);

    const blocked = await put(saved.id, { baseVersion: 1, name: "edited after delete" });
    expect(blocked.status).toBe(409);
    expect(VersionConflictSchema.parse(await blocked.json()).error.code).toBe("scenario_deleted");

    const restored = await postRestore(
      new Request(`${base}/${saved.id}/restore`, { method: "POST" }),
      params(saved.id),
    );
    expect(restored.status).toBe(200);
    expect(ScenarioSchema.parse(await restored.json())).toMatchObject({
      deletedAt: null,
      version: 1,
      name: "To be deleted",
    });
    const again = ScenarioListSchema.parse(await (await getList(new Request(base))).json());
    expect(again.scenarios.map((s) => s.id)).toContain(saved.id);
  });

  test("scenarios deleted more than 30 days ago are purged with their revisions; younger ones stay", async () => {
    const old = await create("Old and deleted");
    const recent = await create("Recently deleted");
    await deleteOne(new Request(`${base}/${old.id}`, { method: "DELETE" }), params(old.id));
    await deleteOne(new Request(`${base}/${recent.id}`, { method: "DELETE" }), params(recent.id));
    const prisma = await getPrisma();
    await prisma.scenario.update({
      where: { id: old.id },
      data: { deletedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000) },
    });

    // The list leaves out what is past its purge date, but a GET deletes nothing.
    const list = ScenarioListSchema.parse(await (await getList(new Request(`${base}?deleted=true`))).json());
    expect(list.scenarios.map((s) => s.id)).toContain(recent.id);
    expect(list.scenarios.map((s) => s.id)).not.toContain(old.id);
    expect(await prisma.scenario.count({ where: { id: old.id } })).toBe(1);
    expect(await prisma.scenarioRevision.count({ where: { scenarioId: old.id } })).toBe(1);

    // The purge (run at start-up and on a timer) removes it with its revisions, and only it.
    expect(await purgeDeletedScenarios()).toBe(1);
    expect((await getOne(new Request(`${base}/${old.id}`), params(old.id))).status).toBe(404);
    expect(await prisma.scenarioRevision.count({ where: { scenarioId: old.id } })).toBe(0);
    expect((await getOne(new Request(`${base}/${recent.id}`), params(recent.id))).status).toBe(200);
    expect(await purgeDeletedScenarios()).toBe(0);
  });
});

test("duplicate makes a copy with the same inputs and frozen results, named “Copy of …”", async () => {
  const saved = await create("Original");
  const response = await postDuplicate(
    new Request(`${base}/${saved.id}/duplicate`, { method: "POST" }),
    params(saved.id),
  );
  expect(response.status).toBe(201);
  const copy = ScenarioSchema.parse(await response.json());
  expect(copy.id).not.toBe(saved.id);
  expect(copy).toMatchObject({ name: "Copy of Original", version: 1, inputs: saved.inputs, results: saved.results });

  const named = await postDuplicate(json("POST", { name: "Variant B" }, `/${saved.id}/duplicate`), params(saved.id));
  expect(ScenarioSchema.parse(await named.json()).name).toBe("Variant B");
});

test("AHP comparisons become the weights, written into the saved state, with their consistency", async () => {
  const input = {
    ...inputs(),
    ahp: {
      groups: {
        criteria: ["attractiveness", "infrastructure", "host_regulation"],
        matrix: [
          [1, 3, 5],
          [1 / 3, 1, 3],
          [1 / 5, 1 / 3, 1],
        ],
        method: "eigenvector" as const,
      },
    },
  };
  const saved = await create("AHP weights", input);
  expect(saved.results.ahp?.groups?.consistent).toBe(true);
  expect(saved.inputs.state.groupWeights.proximity).toBe(0);
  expect(saved.inputs.state.groupWeights.attractiveness).toBeGreaterThan(
    saved.inputs.state.groupWeights.infrastructure!,
  );
  expect(saved.results.ranking.weights.distance_to_beijing_km ?? 0).toBe(0);
});

test("when the data set changes, the scenario says so, keeps its frozen results, and previews what moved", async () => {
  const saved = await create("Before the data update");
  const prisma = await getPrisma();
  // A new data-set version in which Vietnam's internet use doubled.
  const vnm = await prisma.indicatorValue.findFirstOrThrow({
    where: { marketIso3: "VNM", indicatorKey: "internet_users_pct" },
    orderBy: { year: "desc" },
  });
  const dataset = await prisma.datasetVersion.findFirstOrThrow({ orderBy: { id: "desc" } });
  await prisma.indicatorValue.update({ where: { id: vnm.id }, data: { value: 100 } });
  await prisma.indicatorValue.updateMany({
    where: { marketIso3: "SGP", indicatorKey: { in: ["gdp_per_capita_usd", "internet_users_pct"] } },
    data: { value: 1 },
  });
  await prisma.datasetVersion.create({
    data: { ...dataset, id: undefined, version: "2099.1.1", contentHash: "test-hash-2099", seededAt: new Date() },
  });

  const opened = ScenarioSchema.parse(
    await (await getOne(new Request(`${base}/${saved.id}`), params(saved.id))).json(),
  );
  expect(opened.stale).toBe(true);
  expect(opened.results).toEqual(saved.results);

  const preview = RecomputePreviewSchema.parse(
    await (await getRecompute(new Request(`${base}/${saved.id}/recompute`), params(saved.id))).json(),
  );
  expect(preview).toMatchObject({
    stale: true,
    current: { datasetVersion: "2099.1.1" },
    frozen: { datasetVersion: saved.datasetVersion },
  });
  expect(preview.changes.dataChanges.map((c) => `${c.iso3}.${c.criterion}`)).toEqual(
    expect.arrayContaining(["VNM.internet_users_pct", "SGP.gdp_per_capita_usd"]),
  );
  expect(preview.changes.differences.every((d) => d.kind === "data")).toBe(true);
  const unchanged = ScenarioSchema.parse(
    await (await getOne(new Request(`${base}/${saved.id}`), params(saved.id))).json(),
  );
  expect(unchanged.version).toBe(1); // a preview saves nothing

  const refrozen = ScenarioSchema.parse(await (await put(saved.id, { baseVersion: 1, inputs: saved.inputs })).json());
  expect(refrozen).toMatchObject({ version: 2, stale: false, datasetVersion: "2099.1.1" });
  expect(refrozen.results.ranking).toEqual(preview.results.ranking);
});

test("compare puts two scenarios side by side and names the difference that moved the ranking most", async () => {
  const a = await create("Balanced");
  const b = await create("Proximity matters", inputs({ groupWeights: { proximity: 80 } }));
  const response = await getCompare(new Request(`${base}/compare?a=${a.id}&b=${b.id}`));
  expect(response.status).toBe(200);
  const { comparison } = CompareResponseSchema.parse(await response.json());
  expect(comparison.weights.groups.find((g) => g.key === "proximity")!.b).toBeGreaterThan(
    comparison.weights.groups.find((g) => g.key === "proximity")!.a,
  );
  expect(comparison.rankings).toHaveLength(defaultWorkspaceState().markets.length);
  expect(comparison.differences.map((d) => d.kind)).toEqual(["group_weight"]);
  if (comparison.biggestMove) {
    expect(comparison.cause).toBe(0);
    expect(comparison.summary).toMatch(/Proximity/);
  }

  const bad = await getCompare(new Request(`${base}/compare?a=${a.id}`));
  expect(bad.status).toBe(400);
  expect(ApiError.parse(await bad.json()).error.issues?.[0]?.path).toBe("b");
});
