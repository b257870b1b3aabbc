import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, expect, test } from "vitest";

import { databaseOver, type Database } from "@/lib/db/client";
import { openConnection } from "@/lib/db/connection";
import { PRISMA_DIR, applyMigrations, pendingSchemaChanges } from "@/lib/db/migrations";

import { freshTarget } from "./support/database";

const migrationNames = readdirSync(path.join(PRISMA_DIR, "migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let db: Database;
let cleanup: () => Promise<void>;
let appliedFirst: string[];
let appliedSecond: string[];

beforeAll(async () => {
  const fresh = await freshTarget();
  cleanup = fresh.cleanup;
  const connection = await openConnection(fresh.target);
  appliedFirst = await applyMigrations(connection.adapter);
  appliedSecond = await applyMigrations(connection.adapter);
  db = databaseOver(connection);
});

afterAll(async () => {
  await db?.close();
  await cleanup?.();
});

test("a fresh database gets every migration in the folder, in order, once", () => {
  expect(migrationNames.length).toBeGreaterThan(0);
  expect(appliedFirst).toEqual(migrationNames);
  expect(appliedSecond).toEqual([]);
});

test("_prisma_migrations records each migration as `prisma migrate deploy` does (sha256 checksum)", async () => {
  const rows = await db.prisma.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
    select migration_name, checksum, finished_at from _prisma_migrations order by migration_name`;
  expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
  for (const row of rows) {
    const sql = readFileSync(path.join(PRISMA_DIR, "migrations", row.migration_name, "migration.sql"));
    expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(row.finished_at).not.toBeNull();
  }
});

test("the migrations produce exactly schema.prisma: no drift", async () => {
  expect(await pendingSchemaChanges()).toBe("");
});

test("the migrated database has the framework and market tables", async () => {
  const tables = await db.prisma.$queryRaw<{ table_name: string }[]>`
    select table_name from information_schema.tables where table_schema = 'public' order by table_name`;
  expect(tables.map((t) => t.table_name)).toEqual(
    expect.arrayContaining([
      "market",
      "indicator",
      "indicator_value",
      "evidence_item",
      "driver",
      "entry_mode",
      "fit_effect",
    ]),
  );
});

test("a migration that fails stops everything and is named, with the database's reason", async () => {
  const { cpSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import("node:fs");
  const os = await import("node:os");
  const dir = mkdtempSync(path.join(os.tmpdir(), "outbound-migrations-"));
  const fresh = await freshTarget();
  const connection = await openConnection(fresh.target);
  try {
    cpSync(path.join(PRISMA_DIR, "migrations"), dir, { recursive: true });
    mkdirSync(path.join(dir, "20990101000000_broken"));
    writeFileSync(
      path.join(dir, "20990101000000_broken", "migration.sql"),
      "ALTER TABLE no_such_table ADD COLUMN x int;\n",
    );
    const attempt = applyMigrations(connection.adapter, dir);
    await expect(attempt).rejects.toThrowError(/Migration 20990101000000_broken failed: .*no_such_table/);
    // A second start refuses to go on past the failed migration and says why.
    await expect(applyMigrations(connection.adapter, dir)).rejects.toThrowError(
      /20990101000000_broken failed: .*failed on an earlier run/,
    );
  } finally {
    await connection.close();
    await fresh.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
});
