import "server-only";

import { databaseOver, type Database } from "./client";
import { openConnection } from "./connection";
import { readDataset } from "./dataset-files";
import { applyMigrations } from "./migrations";
import { seedDatabase, type SeedOutcome } from "./seed";
import type { DatabaseTarget } from "./target";

export type PreparedDatabase = { applied: string[]; seed?: SeedOutcome };

/**
 * Brings a database up to date before the app serves: pending migrations, then the data set.
 * The data set is read and checked first, so a bad data file stops us before any write.
 */
export async function prepareDatabase(
  target: DatabaseTarget,
  options: { seed: boolean; dataDir?: string } = { seed: true },
): Promise<PreparedDatabase> {
  const dataset = options.seed ? readDataset(options.dataDir) : undefined;
  const connection = await openConnection(target);
  let db: Database | undefined;
  try {
    const applied = await applyMigrations(connection.adapter);
    if (!dataset) return { applied };
    db = databaseOver(connection);
    return { applied, seed: await seedDatabase(db.prisma, dataset) };
  } finally {
    if (db) await db.close();
    else await connection.close();
  }
}
