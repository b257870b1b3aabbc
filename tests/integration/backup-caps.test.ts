import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as backupGet, POST as backupPost } from "@/app/api/v1/backup/route";
import { Backup, MAX_BACKUP_RECORD_BYTES, RestoreResult, SCENARIO_VERSION_MAX_BYTES } from "@/lib/contracts/backup";
import { SCENARIO_NAME_MAX, SCENARIO_NOTES_MAX, SCENARIO_REVISIONS_KEPT } from "@/lib/contracts/scenarios";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

import { twoAppDatabases, usingServer } from "./support/database";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";

// A database filled to the caps (at a proportional scale) goes out as a streamed export and back
// in through a streamed restore, unchanged: every scenario carries the most revisions the app
// keeps, and each version is 1/32 of the largest version the app saves.

const SCALE = 32;
const SCENARIOS = 4;
const VERSION_BYTES = SCENARIO_VERSION_MAX_BYTES / SCALE;

let databases: Awaited<ReturnType<typeof twoAppDatabases>>;

beforeAll(async () => {
  databases = await twoAppDatabases();
});

afterAll(async () => {
  await closeDatabase();
  await databases?.cleanup();
});

const json = (value: unknown) => value as Prisma.InputJsonValue;

/** Inputs and results of about VERSION_BYTES as JSON, distinct per scenario and version. */
function version(scenario: number, v: number) {
  const inputs = {
    state: { method: "topsis", markets: ["RUS", "IDN", "VNM"] },
    firm: { note: `s${scenario} v${v} “Ünïcödé”` },
  };
  const results = {
    ranking: { ranking: [{ id: "IDN", score: v / 100 }] },
    labels: { markets: { IDN: "Indonesia" } },
    padding: `${scenario}.${v}.`.padEnd(VERSION_BYTES - 300, "r"),
  };
  return { inputs: json(inputs), results: json(results) };
}

async function fillToTheCaps() {
  const prisma = await getPrisma();
  for (let s = 1; s <= SCENARIOS; s++) {
    const id = `00000000-0000-4000-8000-${String(s).padStart(12, "0")}`;
    const current = SCENARIO_REVISIONS_KEPT + 10;
    await prisma.scenario.create({
      data: {
        workspaceId: DEFAULT_WORKSPACE_ID,
        id,
        name: `Scenario ${s} `.padEnd(SCENARIO_NAME_MAX, "n"),
        notes: "".padEnd(SCENARIO_NOTES_MAX, "o"),
        version: current,
        ...version(s, current),
        datasetVersion: "test",
        datasetHash: "test",
        createdAt: new Date(Date.UTC(2026, 10, s)),
        updatedAt: new Date(Date.UTC(2026, 10, s, 12)),
        deletedAt: s === SCENARIOS ? new Date(Date.UTC(2026, 10, 20)) : null,
      },
    });
    // The newest SCENARIO_REVISIONS_KEPT versions, as the app keeps them.
    await prisma.scenarioRevision.createMany({
      data: Array.from({ length: SCENARIO_REVISIONS_KEPT }, (_, i) => current - SCENARIO_REVISIONS_KEPT + 1 + i).map(
        (v) => ({
          scenarioId: id,
          version: v,
          name: `Scenario ${s}`,
          notes: `v${v}`,
          ...version(s, v),
          datasetVersion: "test",
          datasetHash: "test",
          savedAt: new Date(Date.UTC(2026, 10, s, 0, v)),
        }),
      ),
    });
  }
}

/** Reads a response body chunk by chunk, as a client downloading it would. */
async function readChunks(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return { chunks, text: Buffer.concat(chunks).toString("utf8") };
}

test("the caps bound every record, and the restore accepts the largest record they allow", () => {
  // A scenario record: the current version and the revisions kept, each at most the version cap,
  // with the longest name and notes on each.
  const textPerVersion = (SCENARIO_NAME_MAX + SCENARIO_NOTES_MAX) * 6;
  const largestScenario = (SCENARIO_REVISIONS_KEPT + 1) * (SCENARIO_VERSION_MAX_BYTES + textPerVersion);
  expect(largestScenario).toBeLessThanOrEqual(MAX_BACKUP_RECORD_BYTES);
  // An import record: 20,000 rows with a 500-character source and a 1,000-character note, 6
  // bytes per character at worst in JSON, and 200 bytes of the other fields.
  expect(20_000 * (1_500 * 6 + 200)).toBeLessThanOrEqual(MAX_BACKUP_RECORD_BYTES);
});

test("a database filled to the caps round-trips through a streamed export and a streamed restore", async () => {
  await fillToTheCaps();

  const response = await backupGet(new Request("http://localhost/api/v1/backup"));
  expect(response.status).toBe(200);
  expect(response.body).toBeInstanceOf(ReadableStream);
  const { chunks, text } = await readChunks(response.body!);
  // Written record by record: at least one chunk per scenario version, never one block.
  expect(chunks.length).toBeGreaterThan(SCENARIOS * SCENARIO_REVISIONS_KEPT);
  expect(Math.max(...chunks.map((c) => c.byteLength))).toBeLessThan(2 * VERSION_BYTES);
  const exported = Backup.parse(JSON.parse(text));
  expect(exported.scenarios.map((s) => s.revisions.length)).toEqual(Array(SCENARIOS).fill(SCENARIO_REVISIONS_KEPT));
  expect(text.length).toBeGreaterThan(0.95 * SCENARIOS * (SCENARIO_REVISIONS_KEPT + 1) * VERSION_BYTES);

  // The restore gets the file as a stream in small pieces, as an upload arrives.
  const bytes = new TextEncoder().encode(text);
  const upload = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.slice(at, at + 65_536));
      controller.close();
    },
  });
  const { result, again } = await databases.onSecond(async () => {
    const restore = await backupPost(
      new Request("http://localhost/api/v1/backup", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: upload,
        duplex: "half",
      } as RequestInit),
    );
    expect(restore.status).toBe(200);
    return {
      result: RestoreResult.parse(await restore.json()),
      again: (await readChunks((await backupGet(new Request("http://localhost/api/v1/backup"))).body!)).text,
    };
  });
  expect(result.restored).toMatchObject({ scenarios: SCENARIOS, revisions: SCENARIOS * SCENARIO_REVISIONS_KEPT });
  expect({ ...JSON.parse(again), exportedAt: "x" }).toEqual({ ...exported, exportedAt: "x" });
});

test("the export is one snapshot: a scenario saved while the download runs is not in it", async () => {
  const response = await backupGet(new Request("http://localhost/api/v1/backup"));
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [(await reader.read()).value!];
  // Saved once the export has begun; it sorts last, so a reader without a snapshot would meet it.
  const id = "00000000-0000-4000-8000-000000000099";
  const saving = (await getPrisma()).scenario.create({
    data: {
      workspaceId: DEFAULT_WORKSPACE_ID,
      id,
      name: "Saved meanwhile",
      ...version(99, 1),
      datasetVersion: "test",
      datasetHash: "test",
    },
  });
  // On a server the save commits while the export waits for this reader (REPEATABLE READ keeps it
  // out). The embedded database's one connection is held by the export, so there the save can
  // only complete after the download: waiting for it first would wait forever.
  if (usingServer) await saving;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  await saving;
  const exported = Backup.parse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
  expect(exported.scenarios.map((s) => s.id)).not.toContain(id);
  expect(exported.scenarios).toHaveLength(SCENARIOS);
  expect(await (await getPrisma()).scenario.count()).toBe(SCENARIOS + 1);
});
