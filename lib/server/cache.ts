import "server-only";

import { getPrisma } from "@/lib/db/client";
import { readDataStamp } from "@/lib/db/revision";

// In-process cache of what only changes with the data: the shipped data set changes with a seed,
// the user's data with an import, an import's deletion or a restore. Each of those bumps a
// revision in the database in its own transaction (lib/db/revision.ts), and every cached read
// first reads that stamp (one small query): a change made by this process, or by another instance
// on the same PostgreSQL server, is seen by the next request. Entries hold promises, so requests
// that arrive together while an entry loads share one load.
//
// Cached values are shared between requests: callers must treat them as read-only.

type Entry = { stamp: string; value: Promise<unknown> };

const holder = globalThis as typeof globalThis & { outboundDataCache?: Map<string, Entry> };
const entries = (holder.outboundDataCache ??= new Map());

// Concurrent requests share one stamp query; the next request after it answers reads it again.
let stampInFlight: Promise<string> | null = null;

async function currentStamp(): Promise<string> {
  stampInFlight ??= getPrisma()
    .then(readDataStamp)
    .finally(() => {
      stampInFlight = null;
    });
  return stampInFlight;
}

/** `load()` once per data stamp and key; a failed load is not kept. */
export async function cachedByData<T>(key: string, load: () => Promise<T>): Promise<T> {
  const stamp = await currentStamp();
  const entry = entries.get(key);
  if (entry && entry.stamp === stamp) return entry.value as Promise<T>;
  const value = load().then(readOnlyOutsideProduction);
  entries.set(key, { stamp, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Frozen in development and tests, so that code which would change a shared value fails loudly there. */
function readOnlyOutsideProduction<T>(value: T): T {
  if (process.env.NODE_ENV === "production") return value;
  const freeze = (v: unknown) => {
    if (v === null || typeof v !== "object" || Object.isFrozen(v)) return;
    Object.freeze(v);
    for (const child of Object.values(v)) freeze(child);
  };
  freeze(value);
  return value;
}

/** How many entries are held (for tests and diagnostics). */
export function cachedEntryCount(): number {
  return entries.size;
}
