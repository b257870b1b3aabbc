import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, expect, test } from "vitest";

import { openConnection } from "@/lib/db/connection";
import { openEmbeddedDatabase } from "@/lib/db/embedded";
import { DataDirLockedError, DatabaseSetupError } from "@/lib/db/errors";
import { lockPathOf } from "@/lib/db/lock";
import { databaseTarget } from "@/lib/db/target";
import { EnvError, parseEnv } from "@/lib/env";

let root: string;
let sleeper: ChildProcess;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "outbound-faults-"));
  sleeper = spawn("sleep", ["60"], { stdio: "ignore" });
});

afterAll(() => {
  sleeper.kill();
  rmSync(root, { recursive: true, force: true });
});

test("a data directory held by another live process is refused with a message naming it", async () => {
  const dataDir = path.join(root, "locked");
  writeFileSync(lockPathOf(dataDir), JSON.stringify({ pid: sleeper.pid, startedAt: new Date().toISOString() }));
  const attempt = openEmbeddedDatabase(dataDir);
  await expect(attempt).rejects.toThrowError(DataDirLockedError);
  await expect(openEmbeddedDatabase(dataDir)).rejects.toThrowError(new RegExp(`${dataDir}.*pid ${sleeper.pid}`));
});

test("a lock left by a dead process is taken over, and a second opener in the same state is refused", async () => {
  const dataDir = path.join(root, "stale");
  writeFileSync(lockPathOf(dataDir), JSON.stringify({ pid: 2 ** 22 + 17, startedAt: "2020-01-01T00:00:00Z" }));
  const db = await openEmbeddedDatabase(dataDir);
  try {
    expect((await db.pglite.query<{ one: number }>("select 1 as one")).rows[0]?.one).toBe(1);
  } finally {
    await db.close();
  }
});

test("a directory that is not a database is left untouched and reported", async () => {
  const dataDir = path.join(root, "not-a-database");
  mkdirSync(dataDir);
  writeFileSync(path.join(dataDir, "notes.txt"), "precious");
  await expect(openEmbeddedDatabase(dataDir)).rejects.toThrowError(/not an Outbound database.*left untouched/);
  expect(readdirSync(dataDir)).toEqual(["notes.txt"]);
});

test("a corrupt database directory is reported and not deleted", async () => {
  const dataDir = path.join(root, "corrupt");
  mkdirSync(dataDir);
  writeFileSync(path.join(dataDir, "PG_VERSION"), "18\n");
  writeFileSync(path.join(dataDir, "garbage"), "x");
  await expect(openEmbeddedDatabase(dataDir)).rejects.toThrowError(DatabaseSetupError);
  expect(readdirSync(dataDir).sort()).toEqual(expect.arrayContaining(["PG_VERSION", "garbage"]));
});

test("a data directory whose parent cannot be created is reported", async () => {
  const file = path.join(root, "a-file");
  writeFileSync(file, "");
  await expect(openEmbeddedDatabase(path.join(file, "pglite"))).rejects.toThrowError(/Cannot create the folder/);
});

test("an unreachable server names host and database, never the password", async () => {
  const target = databaseTarget(parseEnv({ DATABASE_URL: "postgresql://outbound:s3cret-pw@127.0.0.1:1/outbound_db" }));
  const attempt = openConnection(target);
  await expect(attempt).rejects.toThrowError(/127\.0\.0\.1:1.*"outbound_db"/);
  await attempt.catch((error: Error) => expect(error.message).not.toContain("s3cret-pw"));
});

test("a malformed DATABASE_URL or PORT is named in the error", () => {
  expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrowError(EnvError);
  expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrowError(/DATABASE_URL/);
  expect(() => parseEnv({ PORT: "http" })).toThrowError(/PORT/);
});
