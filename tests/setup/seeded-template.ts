import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import type { TestProject } from "vitest/node";

import { prepareDatabase } from "@/lib/db/setup";
import { databaseTarget } from "@/lib/db/target";
import { parseEnv } from "@/lib/env";

// Migrating and seeding a database takes 10–20 s; about thirty integration files each need a fresh
// seeded one. So it is done once here, and each file gets a copy (tests/integration/support/
// database.ts, seededTarget): the embedded database's directory copied, or on a PostgreSQL server a
// new database created from this one as its template. The tests that check migrating and seeding
// themselves (migrations.test.ts, seed.test.ts) still start from an empty database.

export type SeededTemplate = { kind: "embedded"; dataDir: string } | { kind: "server"; database: string };

declare module "vitest" {
  export interface ProvidedContext {
    seededTemplate: SeededTemplate;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "outbound-template-"));
    const dataDir = path.join(dir, "pglite");
    await prepareDatabase(databaseTarget(parseEnv({ OUTBOUND_DATA_DIR: dataDir })), { seed: true });
    project.provide("seededTemplate", { kind: "embedded", dataDir });
    return async () => rmSync(dir, { recursive: true, force: true });
  }
  const database = `outbound_template_${process.pid}`;
  await onServer(adminUrl, `create database ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  // prepareDatabase closes its connection: a template must have none when it is copied.
  await prepareDatabase(databaseTarget(parseEnv({ DATABASE_URL: url.toString() })), { seed: true });
  project.provide("seededTemplate", { kind: "server", database });
  return async () => onServer(adminUrl, `drop database if exists ${database} with (force)`);
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
