import { readFileSync } from "node:fs";

import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as backupGet, POST as backupPost } from "@/app/api/v1/backup/route";
import { ApiError } from "@/lib/contracts/api";
import { Backup, RestoreResult } from "@/lib/contracts/backup";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { restoreBackup } from "@/lib/server/backup";
import { commitImport } from "@/lib/server/imports";
import { scoringData } from "@/lib/server/workspace";

import { makeXlsx } from "../fixtures/imports/xlsx";
import { twoAppDatabases } from "./support/database";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";
import { SOLO_ACCESS } from "@/lib/server/access";

// Backup round trip: everything that is the user's (imports, scenarios with revisions, versions,
// timestamps, soft deletes) exported from one database and restored into an empty one comes back
// identical. The source is the app's database; the target a second, fresh database, which the
// app's modules open in turn (onTarget), as a second installation would.

let databases: Awaited<ReturnType<typeof twoAppDatabases>>;
const onTarget = <T>(work: () => Promise<T>) => databases.onSecond(work);

beforeAll(async () => {
  databases = await twoAppDatabases();
});

afterAll(async () => {
  await closeDatabase();
  await databases?.cleanup();
});

const json = (value: unknown) => value as Prisma.InputJsonValue;
/** A value as a request body would carry it: JSON bytes in a stream. */
const streamOf = (value: unknown) => new Response(JSON.stringify(value)).body!;

/** Scenarios as the scenario module writes them: versions, revisions, a soft-deleted one. */
async function writeScenarios(prisma: PrismaClient) {
  const inputs = (weight: number) => ({
    state: { method: "topsis", markets: ["IDN", "VNM", "REU"], weights: { attractiveness: weight, competition: 0.1 } },
    firm: { preset: "alibaba_2016", note: 'Ünïcödé, quotes " and <tags> survive' },
  });
  const results = (leader: string) => ({
    ranking: { ranking: [{ id: leader, score: 0.1 + 0.2 }] },
    seed: 42,
    empty: [],
    nested: { deep: { x: null } },
  });
  await prisma.scenario.create({
    data: {
      workspaceId: DEFAULT_WORKSPACE_ID,
      id: "7d0c4a52-5a8e-4d0a-9a51-0f4f3c1b2a01",
      name: "SEA entry 2026",
      notes: "Board pack, v3",
      version: 3,
      inputs: json(inputs(0.5)),
      results: json(results("IDN")),
      datasetVersion: "2026.11.1",
      datasetHash: "abc",
      createdAt: new Date("2026-11-01T08:00:00.123Z"),
      updatedAt: new Date("2026-11-20T17:45:10.456Z"),
    },
  });
  await prisma.scenarioRevision.createMany({
    data: [1, 2, 3].map((version) => ({
      scenarioId: "7d0c4a52-5a8e-4d0a-9a51-0f4f3c1b2a01",
      version,
      name: version === 1 ? "SEA entry" : "SEA entry 2026",
      notes: `v${version}`,
      inputs: json(inputs(0.3 + version / 10)),
      results: json(results(version === 1 ? "VNM" : "IDN")),
      datasetVersion: "2026.11.1",
      datasetHash: "abc",
      savedAt: new Date(`2026-11-${10 + version}T09:00:00.000Z`),
    })),
  });
  await prisma.scenario.create({
    data: {
      workspaceId: DEFAULT_WORKSPACE_ID,
      id: "7d0c4a52-5a8e-4d0a-9a51-0f4f3c1b2a02",
      name: "Russia replay (deleted)",
      inputs: json(inputs(0.4)),
      results: json(results("RUS")),
      datasetVersion: "2026.11.1",
      datasetHash: "abc",
      createdAt: new Date("2026-10-01T08:00:00.000Z"),
      updatedAt: new Date("2026-10-02T08:00:00.000Z"),
      deletedAt: new Date("2026-11-25T12:00:00.000Z"),
    },
  });
  await prisma.scenarioRevision.create({
    data: {
      scenarioId: "7d0c4a52-5a8e-4d0a-9a51-0f4f3c1b2a02",
      version: 1,
      name: "Russia replay (deleted)",
      notes: "",
      inputs: json(inputs(0.4)),
      results: json(results("RUS")),
      datasetVersion: "2026.11.1",
      datasetHash: "abc",
      savedAt: new Date("2026-10-01T08:00:00.000Z"),
    },
  });
}

async function restoreRequest(body: string, language?: string) {
  return backupPost(
    new Request("http://localhost/api/v1/backup", {
      method: "POST",
      headers: { "content-type": "application/json", ...(language ? { "accept-language": language } : {}) },
      body,
    }),
  );
}

let exported: Backup;

test("GET /api/v1/backup downloads scenarios and imports as one JSON file", async () => {
  const prisma = await getPrisma();
  await commitImport(
    SOLO_ACCESS,
    { fileName: "own-data.csv", bytes: readFileSync("tests/fixtures/imports/own-data.csv"), expectedHash: null },
    new Date("2026-11-21T10:00:00.000Z"),
  );
  const workbook = makeXlsx([
    ["market", "indicator", "year", "value", "source"],
    ["REU", "gdp_growth_pct", 2025, 2.25, "INSEE Reunion, 2025 annual report"],
  ]);
  await commitImport(
    SOLO_ACCESS,
    { fileName: "chile.xlsx", bytes: workbook, expectedHash: null },
    new Date("2026-11-22T10:00:00.000Z"),
  );
  await writeScenarios(prisma);

  const response = await backupGet(new Request("http://localhost/api/v1/backup"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-disposition")).toMatch(
    /^attachment; filename="outbound-backup-\d{4}-\d{2}-\d{2}\.json"$/,
  );
  exported = Backup.parse(JSON.parse(await response.text()));
  expect(exported.format).toBe("outbound-backup");
  expect(exported.dataset?.version).toMatch(/^\d{4}\.\d+\.\d+$/);
  expect(
    exported.importBatches.map((b) => [b.fileName, b.markets.length, b.indicators.length, b.values.length]),
  ).toEqual([
    ["own-data.csv", 1, 1, 7],
    ["chile.xlsx", 0, 0, 1],
  ]);
  expect(exported.scenarios.map((s) => [s.name, s.version, s.revisions.length, s.deletedAt])).toEqual([
    ["Russia replay (deleted)", 1, 1, "2026-11-25T12:00:00.000Z"],
    ["SEA entry 2026", 3, 3, null],
  ]);
});

test("a backup that does not fit the target's data set is refused and nothing is written", async () => {
  const tampered = structuredClone(exported);
  tampered.importBatches[1]!.values.push({
    market: "ATL",
    indicator: "gdp_growth_pct",
    year: 2025,
    value: 1,
    source: "x",
    note: null,
  });
  await onTarget(async () => {
    await expect(restoreBackup(SOLO_ACCESS, streamOf(tampered))).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/market ATL/),
    });
    const prisma = await getPrisma();
    expect(await prisma.importBatch.count()).toBe(0);
    expect(await prisma.scenario.count()).toBe(0);
  });
});

test("backup JSON → restore into an empty database → export again gives the identical backup", async () => {
  const wire = Backup.parse(JSON.parse(JSON.stringify(exported)));
  const { result, again, scoring } = await onTarget(async () => ({
    result: RestoreResult.parse(await restoreBackup(SOLO_ACCESS, streamOf(wire))),
    again: Backup.parse(JSON.parse(await (await backupGet(new Request("http://localhost/api/v1/backup"))).text())),
    scoring: await scoringData(),
  }));
  expect(result.restored).toEqual({
    importBatches: 2,
    markets: 1,
    indicators: 1,
    values: 8,
    scenarios: 2,
    revisions: 4,
    // The two imports' commits (the scenarios were written straight to the database, unaudited).
    auditEntries: 2,
  });
  expect(result.warnings).toEqual([]);
  expect({ ...again, exportedAt: "x" }).toEqual({ ...exported, exportedAt: "x" });
  // And the user's data plays the same part in the ranking on both databases.
  expect(scoring).toEqual(await scoringData());
});

test("a restore into a database that already has scenarios or imports is refused with 409, never overwriting", async () => {
  const response = await restoreRequest(JSON.stringify(exported));
  expect(response.status).toBe(409);
  expect(ApiError.parse(await response.json()).error.message).toMatch(
    /holds none of your data.*2 scenario\(s\) and 2 import\(s\)/,
  );
  // The same refusal in the caller's language, with the same code and counts.
  const [zh, ru] = await Promise.all([
    restoreRequest(JSON.stringify(exported), "zh-CN"),
    restoreRequest(JSON.stringify(exported), "ru"),
  ]);
  const zhError = ApiError.parse(await zh.json()).error;
  const ruError = ApiError.parse(await ru.json()).error;
  expect([zh.status, ru.status, zhError.code, ruError.code]).toEqual([
    409,
    409,
    "restore_conflict",
    "restore_conflict",
  ]);
  expect(zhError.message).toMatch(/^备份只能恢复到.*2 个方案和 2 次导入/);
  expect(ruError.message).toMatch(/^Резервная копия восстанавливается только.*2 сценария и 2 импорта/);
  expect([zh.headers.get("content-language"), ru.headers.get("content-language")]).toEqual(["zh-CN", "ru"]);
  await onTarget(async () => {
    await expect(restoreBackup(SOLO_ACCESS, streamOf(exported))).rejects.toMatchObject({ status: 409 });
    expect(await (await getPrisma()).scenarioRevision.count()).toBe(4);
  });
});

test("a restore body that is not a backup is a clear 400 or 415", async () => {
  const notJson = await restoreRequest("{ nope");
  expect(notJson.status).toBe(400);
  const wrongFormat = await restoreRequest(JSON.stringify({ ...exported, formatVersion: 2 }));
  expect(wrongFormat.status).toBe(400);
  expect(ApiError.parse(await wrongFormat.json()).error.message).toMatch(/format version 1/);
  const form = await backupPost(
    new Request("http://localhost/api/v1/backup", { method: "POST", body: new FormData() }),
  );
  expect(form.status).toBe(415);
});
