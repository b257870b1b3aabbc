import { readFileSync } from "node:fs";

import { afterAll, beforeAll, expect, test } from "vitest";

import { closeDatabase, databaseOver } from "@/lib/db/client";
import { openConnection } from "@/lib/db/connection";
import { removeImportBatch } from "@/lib/db/imports";
import type { DatabaseTarget } from "@/lib/db/target";
import { commitImport, deleteImport } from "@/lib/server/imports";
import { listMarkets, marketProfile } from "@/lib/server/markets";
import { scoringData } from "@/lib/server/workspace";

import { seededAppDatabase, usingServer } from "./support/database";
import { SOLO_ACCESS } from "@/lib/server/access";
import { DEFAULT_WORKSPACE_ID } from "@/lib/auth/workspaces";

// The in-process cache of the data (lib/server/cache.ts) on a real database: a repeated read is
// served from the cache; an import or its deletion, by this process or by another instance on the
// same server, is seen by the next read. The expected values come from the import fixture.

let cleanup: () => Promise<void>;
let target: DatabaseTarget;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  target = fresh.target;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const ownData = () => ({
  fileName: "own-data.csv",
  bytes: new Uint8Array(readFileSync("tests/fixtures/imports/own-data.csv")),
  expectedHash: null,
});

test("a repeated read is served from the cache, read-only", async () => {
  const first = await scoringData();
  expect(await scoringData()).toBe(first);
  expect(await listMarkets()).toBe(await listMarkets());
  expect(await marketProfile("VNM")).toBe(await marketProfile("VNM"));
  // Shared between requests: frozen outside production, so a caller that changes it fails here.
  expect(Object.isFrozen(first.values.VNM)).toBe(true);
});

test("an import, then its deletion, in this process: the next reads see each change", async () => {
  const before = await scoringData();
  const profileBefore = await marketProfile("VNM");
  expect(before.values.VNM?.internet_users_pct?.origin).not.toBe("user");

  const { batch } = await commitImport(SOLO_ACCESS, ownData());
  const imported = await scoringData();
  expect(imported).not.toBe(before);
  // own-data.csv: VNM's 2025 figure is newer than the data set's, so it counts.
  expect(imported.values.VNM?.internet_users_pct).toMatchObject({ value: 80.25, year: 2025, origin: "user" });
  expect(imported.indicators.map((i) => i.key)).toContain("competitive_intensity");
  const profile = await marketProfile("VNM");
  expect(profile).not.toBe(profileBefore);
  expect(profile.groups.flatMap((g) => g.indicators).find((i) => i.key === "internet_users_pct")?.latest?.value).toBe(
    80.25,
  );

  await deleteImport(SOLO_ACCESS, batch.id);
  const after = await scoringData();
  expect(after.values.VNM?.internet_users_pct).toEqual(before.values.VNM?.internet_users_pct);
  expect(after.indicators.map((i) => i.key)).not.toContain("competitive_intensity");
});

// Embedded PGlite has one owner process (the app holds an exclusive lock on its directory; a second
// opener is refused), so every change goes through the process that caches, and the test above
// covers it. On a PostgreSQL server several instances share the data: another instance's change
// must be noticed, which this test shows with a second, independent client.
test.skipIf(!usingServer)("another instance's change on the same server is noticed by the next read", async () => {
  const { batch } = await commitImport(SOLO_ACCESS, ownData());
  const cached = await scoringData();
  expect(cached.values.VNM?.internet_users_pct?.value).toBe(80.25);

  const other = databaseOver(await openConnection(target));
  try {
    await removeImportBatch(other.prisma, DEFAULT_WORKSPACE_ID, batch.id, {
      actorId: null,
      actorName: "",
      action: "import.delete",
    });
  } finally {
    await other.close();
  }
  const seen = await scoringData();
  expect(seen).not.toBe(cached);
  expect(seen.values.VNM?.internet_users_pct?.origin).not.toBe("user");
});
