import { readFileSync } from "node:fs";

import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as getOne } from "@/app/api/v1/scenarios/[id]/route";
import { GET as getList, POST as postList } from "@/app/api/v1/scenarios/route";
import { DELETE as deleteImportRoute } from "@/app/api/v1/imports/[id]/route";
import { POST as commitRoute } from "@/app/api/v1/imports/route";
import { ImportCommitted } from "@/lib/contracts/imports";
import { ScenarioListSchema, ScenarioSchema, type ScenarioInputsInput } from "@/lib/contracts/scenarios";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { previewImport } from "@/lib/server/imports";
import { computeScenario } from "@/lib/server/scenarios";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { seededAppDatabase } from "./support/database";
import { SOLO_ACCESS } from "@/lib/server/access";

// Issue 11 §11 on a real database: an import changes no one's ranking by itself, and a saved
// scenario says when imported data that fed it (or would now) was added or removed.

let cleanup: () => Promise<void>;
let firm: Record<string, number>;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  firm = (await readFirmPresets(await getPrisma()))[0]!.values;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const fixture = (name: string) => readFileSync(`tests/fixtures/imports/${name}`);
const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function importFile(name: string): Promise<string> {
  const bytes = fixture(name);
  const preview = await previewImport(SOLO_ACCESS, { bytes, fileName: name });
  expect(preview.problems).toEqual([]);
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  form.set("fileHash", preview.fileHash);
  const response = await commitRoute(new Request("http://localhost/api/v1/imports", { method: "POST", body: form }));
  expect(response.status).toBe(201);
  return ImportCommitted.parse(await response.json()).batch.id;
}

async function removeImport(id: string) {
  const response = await deleteImportRoute(
    new Request(`http://localhost/api/v1/imports/${id}`, { method: "DELETE" }),
    params(id),
  );
  expect(response.status).toBe(200);
}

const inputs = (): ScenarioInputsInput => ({
  state: defaultWorkspaceState(),
  firmProfile: firm as ScenarioInputsInput["firmProfile"],
  monteCarlo: { samples: 200, seed: 7, concentration: 50 },
});

async function save(name: string) {
  const response = await postList(
    new Request("http://localhost/api/v1/scenarios", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, inputs: inputs() }),
    }),
  );
  expect(response.status).toBe(201);
  return ScenarioSchema.parse(await response.json());
}

async function read(id: string) {
  return ScenarioSchema.parse(
    await (await getOne(new Request(`http://localhost/api/v1/scenarios/${id}`), params(id))).json(),
  );
}

async function listed(id: string) {
  const list = ScenarioListSchema.parse(await (await getList(new Request("http://localhost/api/v1/scenarios"))).json());
  return list.scenarios.find((s) => s.id === id)!;
}

const defaultRanking = async () =>
  (await computeScenario(ScenarioSchema.shape.inputs.parse(inputs()))).results.ranking.ranking.map((r) => [
    r.id,
    r.score,
  ]);

let before: Awaited<ReturnType<typeof save>>;
let newIndicatorBatch: string;

test("an import of a new indicator leaves the default ranking exactly as it was (the indicator waits at weight 0)", async () => {
  const ranking = await defaultRanking();
  before = await save("Before any import");
  expect(before.stale).toBe(false);
  expect(before.results.imports).toEqual({ scope: expect.any(Object), batches: [] });

  newIndicatorBatch = await importFile("new-indicator.csv");
  const indicator = await (await getPrisma()).indicator.findUniqueOrThrow({ where: { key: "parcel_lockers_per100k" } });
  expect(indicator.defaultWeight).toBe(0);
  // Same markets, same order, the same scores to the last bit.
  expect(await defaultRanking()).toEqual(ranking);
});

test("an import of a weight-0 indicator, even on the scenario's markets, does not make a scenario stale", async () => {
  const scenario = await read(before.id);
  expect(scenario.stale).toBe(false);
  expect(scenario.staleBecause).toBeUndefined();
  expect((await listed(before.id)).stale).toBe(false);
});

test("an import on a weighted indicator for another market makes a scenario stale: every market is scored on that indicator's scale", async () => {
  // The reference set of internet_users_pct is every market in the data set (decision 013), so a
  // newer value for Brazil moves the scale the scenario's seven markets are scored on.
  const scenario = await read(before.id);
  expect(scenario.results.problem.reference?.values.internet_users_pct).toBeDefined();
  const bra = await importFile("bra-internet.csv");
  const stale = await read(before.id);
  expect(stale.stale).toBe(true);
  expect(stale.staleBecause).toEqual([
    expect.stringMatching(/"bra-internet\.csv" added on .*: indicator Internet users for market BRA\.$/),
  ]);
  await removeImport(bra);
  expect((await read(before.id)).stale).toBe(false);
});

let idnBatch: string;

test("an import on a weighted indicator for a scenario's market makes it stale, naming the batch, indicator and market", async () => {
  idnBatch = await importFile("idn-internet.csv");
  const scenario = await read(before.id);
  expect(scenario.stale).toBe(true);
  const today = new Date().toISOString().slice(0, 10);
  expect(scenario.staleBecause).toEqual([
    `Imported batch "idn-internet.csv" added on ${today}: indicator Internet users for market IDN.`,
  ]);
  // The list says the same as the scenario.
  expect((await listed(before.id)).staleBecause).toEqual(scenario.staleBecause);
});

test("a scenario saved after the import records the batch; deleting the import makes it stale again, and the first fresh", async () => {
  const after = await save("After the import");
  expect(after.stale).toBe(false);
  expect(after.results.imports?.batches.map((b) => b.id)).toEqual([idnBatch]);

  await removeImport(idnBatch);
  const reread = await read(after.id);
  expect(reread.stale).toBe(true);
  expect(reread.staleBecause).toEqual([
    expect.stringMatching(
      /^Imported batch "idn-internet\.csv" \(imported on \d{4}-\d{2}-\d{2}\) removed since this scenario was computed: indicator Internet users for market IDN\.$/,
    ),
  ]);
  // The first scenario never drew on that batch: with it gone, its data is as it was.
  expect((await read(before.id)).stale).toBe(false);
  await removeImport(newIndicatorBatch);
});

test("a scenario saved before imports were recorded may be stale only if an import on its markets came after it", async () => {
  const legacy = await save("Saved before imports were recorded");
  const prisma = await getPrisma();
  const stored = await prisma.scenario.findUniqueOrThrow({ where: { id: legacy.id } });
  const results = { ...(stored.results as Record<string, unknown>) };
  delete results.imports;
  await prisma.scenario.update({ where: { id: legacy.id }, data: { results: results as object } });
  expect((await read(legacy.id)).stale).toBe(false);

  // Without a recorded scope only the markets are known: a later import on other markets is not
  // flagged, one on its markets may have moved it (here a weight-0 indicator: "may").
  await importFile("bra-internet.csv");
  expect((await read(legacy.id)).stale).toBe(false);
  await importFile("new-indicator.csv");
  const scenario = await read(legacy.id);
  expect(scenario.stale).toBe(true);
  expect(scenario.staleBecause).toEqual([
    expect.stringMatching(
      /^May be stale: imported data changed since\. Imported batch "new-indicator\.csv" added on .*, after this scenario was computed: indicator Parcel lockers for markets IDN, MYS, PHL, THA, VNM\.$/,
    ),
  ]);
});
