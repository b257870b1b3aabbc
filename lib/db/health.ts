import "server-only";

import type { PrismaClient } from "./generated/client";

/** The migrations applied to the database, by name, with when each finished. */
export async function readAppliedMigrations(prisma: PrismaClient): Promise<{ name: string; appliedAt: Date }[]> {
  const rows = await prisma.$queryRaw<{ migration_name: string; finished_at: Date }[]>`
    select migration_name, finished_at from _prisma_migrations
    where finished_at is not null and rolled_back_at is null order by migration_name`;
  return rows.map((r) => ({ name: r.migration_name, appliedAt: r.finished_at }));
}
