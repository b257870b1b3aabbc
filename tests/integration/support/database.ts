import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { inject } from "vitest";

import { closeDatabase } from "@/lib/db/client";
import { databaseTarget, type DatabaseTarget } from "@/lib/db/target";
import { parseEnv } from "@/lib/env";

// Each test file gets its own empty database: a new PGlite directory by default, or a new
// database on the PostgreSQL server named by DATABASE_URL (dropped afterwards).

export const usingServer = Boolean(process.env.DATABASE_URL);

export async function freshTarget(): Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }> {
  return newTarget();
}

/**
 * A fresh database, migrated and seeded: a copy of the one tests/setup/seeded-template.ts prepared
 * once for the whole run (the embedded directory copied, or a server database made from it as a
 * template), which is what migrating and seeding would give, in a fraction of the time.
 */
export async function seededTarget(): Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }> {
  const template = inject("seededTemplate");
  if (template.kind === "embedded") {
    if (process.env.DATABASE_URL) throw new Error("The seeded template is embedded but DATABASE_URL is set.");
    const fresh = await newTarget();
    if (fresh.target.kind !== "embedded") throw new Error("expected an embedded target");
    cpSync(template.dataDir, fresh.target.dataDir, { recursive: true });
    return fresh;
  }
  return newTarget(template.database);
}

async function newTarget(template?: string): Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }> {
  if (!process.env.DATABASE_URL) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "outbound-it-"));
    const target = databaseTarget(parseEnv({ OUTBOUND_DATA_DIR: path.join(dir, "pglite") }));
    return { target, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.DATABASE_URL;
  const name = `outbound_it_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withClient(adminUrl, (client) =>
    client.query(template ? `create database ${name} template ${template}` : `create database ${name}`),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const target = databaseTarget(parseEnv({ DATABASE_URL: url.toString() }));
  return {
    target,
    cleanup: () =>
      withClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(
        () => undefined,
      ),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database, migrated and seeded, that the app's own modules (getDatabase, the route
 * handlers) open: the environment is pointed at it. Close with closeDatabase() before cleanup().
 */
export async function seededAppDatabase(): Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }> {
  const fresh = await seededTarget();
  if (fresh.target.kind === "embedded") process.env.OUTBOUND_DATA_DIR = fresh.target.dataDir;
  else process.env.DATABASE_URL = fresh.target.url;
  return fresh;
}

function pointAt(target: DatabaseTarget) {
  if (target.kind === "embedded") process.env.OUTBOUND_DATA_DIR = target.dataDir;
  else process.env.DATABASE_URL = target.url;
}

/**
 * Two fresh seeded databases, as two installations: the app's modules open the first; `onSecond`
 * runs work with them switched to the second, then switches back. Close with closeDatabase()
 * before cleanup().
 */
export async function twoAppDatabases() {
  const first = await seededTarget();
  const second = await seededTarget();
  pointAt(first.target);
  return {
    async onSecond<T>(work: () => Promise<T>): Promise<T> {
      await closeDatabase();
      pointAt(second.target);
      try {
        return await work();
      } finally {
        await closeDatabase();
        pointAt(first.target);
      }
    },
    cleanup: async () => {
      await first.cleanup();
      await second.cleanup();
    },
  };
}
