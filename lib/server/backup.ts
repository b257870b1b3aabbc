import "server-only";

import type { Backup, RestoreResult } from "@/lib/contracts/backup";
import { getPrisma } from "@/lib/db/client";
import { countUserData, readBackup, readReferenceKeys, writeBackup } from "@/lib/db/backup";
import { findDatasetVersion } from "@/lib/db/datasets";
import { uniqueViolation } from "@/lib/db/errors";
import type { Tx } from "@/lib/db/client";
import { RequestError } from "@/lib/http/errors";

// Backup and restore of everything that is the user's (imports and scenarios). A restore writes
// exactly what was exported, in one transaction, and only into a database that holds none of the
// user's data: it never overwrites.

export async function exportBackup(now = new Date()): Promise<Backup> {
  return readBackup(await getPrisma(), now);
}

function conflict(message: string): RequestError {
  return new RequestError(409, "restore_conflict", message);
}

/** Restores a backup into a database without scenarios or user data; refuses (409) otherwise. */
export async function restoreBackup(backup: Backup): Promise<RestoreResult> {
  const prisma = await getPrisma();
  try {
    return await prisma.$transaction(
      async (tx) => {
        const held = await countUserData(tx);
        if (Object.values(held).some((n) => n > 0)) {
          throw conflict(
            `A backup is restored only into a database that holds none of your data, so that nothing is overwritten. This one has ${held.scenarios} scenario(s) and ${held.importBatches} import(s). Restore into a new data directory (OUTBOUND_DATA_DIR) or an empty database, or delete them first.`,
          );
        }
        await checkReferences(tx, backup);
        const restored = await writeBackup(tx, backup);
        return { restored, warnings: await warningsFor(tx, backup) };
      },
      { timeout: 120_000, maxWait: 15_000 },
    );
  } catch (error) {
    const duplicate = uniqueViolation(error);
    if (duplicate) throw new RequestError(400, "invalid_backup", `The backup holds the same row twice (${duplicate.target}); nothing was restored.`);
    throw error;
  }
}

/** Every market, indicator and criteria group a backup row names must exist, in it or in the database. */
async function checkReferences(tx: Tx, backup: Backup): Promise<void> {
  const stored = await readReferenceKeys(tx);
  const problems: string[] = [];
  const allMarkets = new Set(stored.markets);
  const allIndicators = new Set(stored.indicators);
  for (const b of backup.importBatches) {
    for (const m of b.markets) {
      if (stored.markets.has(m.iso3)) problems.push(`market ${m.iso3} that the backup adds is now part of the data set`);
      allMarkets.add(m.iso3);
    }
    for (const i of b.indicators) {
      if (stored.indicators.has(i.key)) problems.push(`indicator ${i.key} that the backup adds is now part of the data set`);
      if (!stored.criteriaGroups.has(i.criteriaGroup))
        problems.push(`indicator ${i.key} belongs to criteria group ${i.criteriaGroup}, which this data set does not have`);
      allIndicators.add(i.key);
    }
  }
  for (const b of backup.importBatches) {
    for (const v of b.values) {
      if (!allMarkets.has(v.market)) problems.push(`a value for market ${v.market}, which neither the backup nor this data set has`);
      if (!allIndicators.has(v.indicator))
        problems.push(`a value for indicator ${v.indicator}, which neither the backup nor this data set has`);
    }
  }
  if (problems.length > 0) {
    const unique = [...new Set(problems)];
    throw conflict(
      `The backup does not fit this database's data set; nothing was restored: ${unique.slice(0, 10).join("; ")}${unique.length > 10 ? ` (and ${unique.length - 10} more)` : ""}.`,
    );
  }
}

async function warningsFor(tx: Tx, backup: Backup): Promise<string[]> {
  const current = await findDatasetVersion(tx);
  if (!backup.dataset || !current || backup.dataset.contentHash === current.contentHash) return [];
  return [
    `The backup was made on data set ${backup.dataset.version}; this database has ${current.version}. Scenarios keep the results they were saved with and show as computed on another data set.`,
  ];
}

/** How much of the user's own data the database holds (a restore needs all zeros). */
export async function userDataCounts() {
  const { scenarios, importBatches } = await countUserData(await getPrisma());
  return { scenarios, importBatches, empty: scenarios === 0 && importBatches === 0 };
}
