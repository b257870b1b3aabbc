import "server-only";

import type { Db, Tx } from "./client";

// The data revision (model DataRevision): one counter bumped by every change to the data the app
// caches, read by lib/server/cache.ts on each request.

/** Call inside the transaction that changes the data, so the bump commits (or not) with it. */
export async function bumpDataRevision(tx: Tx): Promise<void> {
  await tx.dataRevision.upsert({
    where: { id: 1 },
    create: { id: 1, revision: 1 },
    update: { revision: { increment: 1 } },
  });
}

/**
 * What cached data depends on, in one query: the seeded data set's content hash and the revision.
 * A new seed changes the first (and bumps the second); imports, deletions and restores the second.
 */
export async function readDataStamp(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<{ dataset: string | null; revision: number | null }[]>`
    select (select content_hash from dataset_version order by id desc limit 1) as dataset,
           (select revision from data_revision where id = 1) as revision`;
  return `${row?.dataset ?? "unseeded"}:${row?.revision ?? 0}`;
}
