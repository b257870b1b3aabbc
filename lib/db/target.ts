import "server-only";

import { embeddedDataDir, type Env } from "@/lib/env";

/**
 * Which database the app uses: the one decision point. Embedded PGlite persisted on disk by
 * default; a PostgreSQL server when DATABASE_URL is set.
 */
export type DatabaseTarget =
  { kind: "embedded"; dataDir: string } | { kind: "server"; url: string; host: string; database: string };

export function databaseTarget(env: Env): DatabaseTarget {
  if (!env.DATABASE_URL) return { kind: "embedded", dataDir: embeddedDataDir(env) };
  const parsed = new URL(env.DATABASE_URL);
  return {
    kind: "server",
    url: env.DATABASE_URL,
    host: `${parsed.hostname}:${parsed.port || "5432"}`,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "(default)",
  };
}

/** Names the database for messages and /api/health; never includes a password. */
export function describeTarget(target: DatabaseTarget): string {
  return target.kind === "embedded"
    ? `embedded PostgreSQL (PGlite) in ${target.dataDir}`
    : `PostgreSQL server ${target.host}, database "${target.database}"`;
}
