import type { Health } from "@/lib/contracts/api";

import type { Database } from "./client";
import { describeTarget } from "./target";

export async function readHealth({ prisma, target }: Database): Promise<Health> {
  const [migrations, dataset] = await Promise.all([
    prisma.$queryRaw<{ migration_name: string; finished_at: Date }[]>`
      select migration_name, finished_at from _prisma_migrations
      where finished_at is not null and rolled_back_at is null order by migration_name`,
    prisma.datasetVersion.findFirst({ orderBy: { id: "desc" } }),
  ]);
  return {
    status: "ok",
    database: { kind: target.kind, description: describeTarget(target) },
    migrations: migrations.map((m) => ({ name: m.migration_name, appliedAt: m.finished_at.toISOString() })),
    dataset: dataset
      ? { version: dataset.version, contentHash: dataset.contentHash, seededAt: dataset.seededAt.toISOString() }
      : null,
  };
}
