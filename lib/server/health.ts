import "server-only";

import type { Health } from "@/lib/contracts/api";
import { getDatabase } from "@/lib/db/client";
import { findDatasetVersion } from "@/lib/db/datasets";
import { readAppliedMigrations } from "@/lib/db/health";
import { describeTarget } from "@/lib/db/target";

/** GET /api/health: which database serves, its applied migrations and the data set it holds. */
export async function health(): Promise<Health> {
  const { prisma, target } = await getDatabase();
  const [migrations, dataset] = await Promise.all([readAppliedMigrations(prisma), findDatasetVersion(prisma)]);
  return {
    status: "ok",
    database: { kind: target.kind, description: describeTarget(target) },
    migrations: migrations.map((m) => ({ name: m.name, appliedAt: m.appliedAt.toISOString() })),
    dataset: dataset
      ? { version: dataset.version, contentHash: dataset.contentHash, seededAt: dataset.seededAt.toISOString() }
      : null,
  };
}
