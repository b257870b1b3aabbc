import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { openEmbeddedDatabase } from "./embedded";
import { DatabaseSetupError, messageOf } from "./errors";
import { describeTarget, type DatabaseTarget } from "./target";

/** An open connection to the target database as a Prisma driver-adapter factory. */
export type Connection = {
  target: DatabaseTarget;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
};

/** `url` is where this process serves the app, recorded in the embedded lock for the CLI. */
export async function openConnection(target: DatabaseTarget, url?: string): Promise<Connection> {
  if (target.kind === "embedded") {
    const embedded = await openEmbeddedDatabase(target.dataDir, url);
    return { target, adapter: awaitingScripts(new PrismaPGlite(embedded.pglite)), close: embedded.close };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5_000 });
  // Without a listener an idle client's network error would crash the process.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseSetupError(
      `Cannot connect to ${describeTarget(target)}: ${redact(messageOf(error), target.url)}. ` +
        `Check that the server runs and that DATABASE_URL has the right host, port, database, user and password.`,
    );
  }
  // The pg pool must be ended explicitly or a script lingers ~10 s at exit (STACK-NOTES).
  return { target, adapter: new PrismaPg(pool), close: () => pool.end() };
}

function redact(message: string, url: string): string {
  const password = new URL(url).password;
  return password ? message.split(decodeURIComponent(password)).join("***") : message;
}

/**
 * pglite-prisma-adapter 0.7.2 runs `executeScript` without awaiting PGlite's `exec`: a failing
 * migration script becomes an unhandled rejection and the schema engine records it as applied
 * (tests/integration/migrations.test.ts caught this). Await the script and report its error.
 */
export function awaitingScripts(factory: PrismaPGlite): SqlMigrationAwareDriverAdapterFactory {
  const fix = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const inner = adapter as SqlDriverAdapter & {
      client: { exec(sql: string): Promise<unknown> };
      onError(error: unknown): never;
    };
    inner.executeScript = async (script: string) => {
      try {
        await inner.client.exec(script);
      } catch (error) {
        inner.onError(error);
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => fix(await factory.connect()),
    connectToShadowDb: async () => fix(await factory.connectToShadowDb()),
  };
}
