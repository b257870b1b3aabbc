import { readFileSync } from "node:fs";

import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as auditRoute } from "@/app/api/v1/scenarios/[id]/audit/route";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";
import { AuditListSchema } from "@/lib/contracts/audit";
import type { CreateScenario } from "@/lib/contracts/scenarios";
import { readAuditOf } from "@/lib/db/audit";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { SOLO_ACCESS, type Access } from "@/lib/server/access";
import { listAudit } from "@/lib/server/audit";
import { commitImport, deleteImport } from "@/lib/server/imports";
import {
  createScenario,
  deleteScenario,
  duplicateScenario,
  restoreScenario,
  updateScenario,
} from "@/lib/server/scenarios";
import { defaultWorkspaceState } from "@/lib/workspace/url-encode";

import { seededAppDatabase } from "./support/database";

// The audit log (issue 13 §3) on a real database: every change to a scenario or an import writes
// one entry naming who, what and the versions or counts, in the same transaction as the change;
// a change that fails writes none, and an entry that cannot be written undoes the change.

let cleanup: () => Promise<void>;
let inputs: CreateScenario["inputs"];

// A signed-in editor, as accessFromHeaders would give it (the session itself is the matrix test's).
const editor: Access = {
  ...SOLO_ACCESS,
  mode: "team",
  role: "editor",
  user: { id: "u-editor", name: "Mei Lin", email: "mei@example.com" },
};

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  const firm = (await readFirmPresets(await getPrisma()))[0]!.values;
  inputs = {
    state: { ...defaultWorkspaceState(), markets: ["RUS", "IDN", "VNM"] },
    firmProfile: firm as CreateScenario["inputs"]["firmProfile"],
    monteCarlo: { samples: 100, seed: 7, concentration: 50 },
  };
}, 120_000);

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const entriesOf = async (type: "scenario" | "import", id: string) =>
  (await readAuditOf(await getPrisma(), DEFAULT_WORKSPACE_ID, type, id)).reverse();

test("create, rename, delete, restore and copy each write one entry, with who and the versions", async () => {
  const created = await createScenario(editor, { name: "SEA", notes: "", inputs });
  await updateScenario(editor, created.id, { baseVersion: 1, name: "SEA 2027" });
  await deleteScenario(editor, created.id);
  await deleteScenario(editor, created.id); // already deleted: nothing changes, nothing is written
  await restoreScenario(SOLO_ACCESS, created.id);
  const copy = await duplicateScenario(editor, created.id);

  const entries = await entriesOf("scenario", created.id);
  expect(entries.map((e) => [e.action, e.actorName, e.actorId])).toEqual([
    ["scenario.create", "Mei Lin", "u-editor"],
    ["scenario.update", "Mei Lin", "u-editor"],
    ["scenario.delete", "Mei Lin", "u-editor"],
    ["scenario.restore", "", null],
  ]);
  expect(entries[1]!.detail).toEqual({ from: 1, to: 2, changed: ["name"] });
  expect((await entriesOf("scenario", copy.id)).map((e) => [e.action, e.detail])).toEqual([
    ["scenario.duplicate", { source: created.id, sourceVersion: 2 }],
  ]);

  // The route gives them newest first, with the actor; an entry made alone names no one.
  const response = await auditRoute(new Request(`http://localhost/api/v1/scenarios/${created.id}/audit`), {
    params: Promise.resolve({ id: created.id }),
  });
  const listed = AuditListSchema.parse(await response.json());
  expect(listed.entries.map((e) => e.action)).toEqual([
    "scenario.restore",
    "scenario.delete",
    "scenario.update",
    "scenario.create",
  ]);
  expect(listed.entries[0]!.actor).toBeNull();
  expect(listed.entries[3]!.actor).toEqual({ id: "u-editor", name: "Mei Lin" });
}, 120_000);

test("a save refused as stale writes no entry", async () => {
  const created = await createScenario(editor, { name: "Stale", notes: "", inputs });
  await updateScenario(editor, created.id, { baseVersion: 1, notes: "v2" });
  await expect(updateScenario(editor, created.id, { baseVersion: 1, notes: "from v1" })).rejects.toMatchObject({
    currentVersion: 2,
  });
  expect((await entriesOf("scenario", created.id)).map((e) => e.action)).toEqual([
    "scenario.create",
    "scenario.update",
  ]);
}, 120_000);

test("an entry that cannot be stored undoes its change: the scenario keeps its version", async () => {
  const created = await createScenario(editor, { name: "Atomic", notes: "", inputs });
  // PostgreSQL refuses a NUL character in text: only the audit entry carries this name.
  const broken: Access = { ...editor, user: { ...editor.user!, name: "Mei\u0000Lin" } };
  await expect(updateScenario(broken, created.id, { baseVersion: 1, name: "Never saved" })).rejects.toThrow();
  const row = await (await getPrisma()).scenario.findUnique({ where: { id: created.id } });
  expect([row?.version, row?.name]).toEqual([1, "Atomic"]);
  expect(await (await getPrisma()).scenarioRevision.count({ where: { scenarioId: created.id } })).toBe(1);
  expect((await entriesOf("scenario", created.id)).map((e) => e.action)).toEqual(["scenario.create"]);
}, 120_000);

test("an import's commit and deletion are written with the file and the row counts; a rejected file writes none", async () => {
  const bytes = readFileSync("tests/fixtures/imports/idn-internet.csv");
  const { batch } = await commitImport(editor, { fileName: "idn-internet.csv", bytes, expectedHash: null });
  const before = await (await getPrisma()).auditEntry.count();
  await expect(
    commitImport(editor, {
      fileName: "problems.csv",
      bytes: readFileSync("tests/fixtures/imports/problems.csv"),
      expectedHash: null,
    }),
  ).rejects.toMatchObject({ status: 400, code: "import_has_problems" });
  expect(await (await getPrisma()).auditEntry.count()).toBe(before);
  await deleteImport(editor, batch.id);
  // idn-internet.csv holds one value row, and adds no market or indicator.
  expect((await entriesOf("import", batch.id)).map((e) => [e.action, e.detail])).toEqual([
    ["import.commit", { fileName: "idn-internet.csv", rows: 1, markets: 0, indicators: 0 }],
    ["import.delete", { fileName: "idn-internet.csv", values: 1, markets: 0, indicators: 0 }],
  ]);
  // Once the import is gone its log stays in the database but is no longer served for it.
  await expect(listAudit(editor, "import", batch.id)).rejects.toMatchObject({ status: 404 });
}, 120_000);
