import "server-only";

import { parseEnv } from "@/lib/env";

import { openConnection, type Connection } from "./connection";
import { PrismaClient, type Prisma } from "./generated/client";
import { databaseTarget, type DatabaseTarget } from "./target";

// The one Prisma client of the process (next.js with-prisma example, epic-stack's db.server.ts),
// kept on globalThis so hot reload does not open the embedded directory twice.

export type { PrismaClient };
/** A client or an open transaction: queries that also run inside a caller's transaction take this. */
export type Db = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;

export type Database = { prisma: PrismaClient; target: DatabaseTarget; close: () => Promise<void> };

/** Wraps an open connection in a Prisma client. Used by the app, the scripts and the tests. */
export function databaseOver(connection: Connection): Database {
  const prisma = new PrismaClient({ adapter: connection.adapter });
  return {
    prisma,
    target: connection.target,
    close: async () => {
      await prisma.$disconnect();
      await connection.close();
    },
  };
}

const globalForDb = globalThis as unknown as { outboundDatabase?: Promise<Database> };

/** The process's database, opened on first use from the environment. */
export function getDatabase(): Promise<Database> {
  if (!globalForDb.outboundDatabase) {
    const env = parseEnv();
    globalForDb.outboundDatabase = openConnection(databaseTarget(env), env.OUTBOUND_URL).then(databaseOver);
  }
  // A failed open is not cached: the next request tries again and reports the same clear error.
  globalForDb.outboundDatabase.catch(() => {
    globalForDb.outboundDatabase = undefined;
  });
  return globalForDb.outboundDatabase;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

/** Closes the process's database (tests, CLI); the next getDatabase() opens it again. */
export async function closeDatabase(): Promise<void> {
  const open = globalForDb.outboundDatabase;
  globalForDb.outboundDatabase = undefined;
  if (open) await (await open).close();
}
