import "server-only";

import { closeDatabase } from "@/lib/db/client";
import { DatabaseSetupError } from "@/lib/db/errors";
import { readLiveLock } from "@/lib/db/lock";
import { databaseTarget } from "@/lib/db/target";
import { parseEnv } from "@/lib/env";

// The database seen from a tool outside the app (the CLI). The embedded database has one owner
// process at a time: while the app holds it, a tool asks the app over HTTP instead of opening it.

/** The URL of the running app that holds the embedded database, or undefined when the tool may open it. */
export function appHoldingDatabase(): string | undefined {
  const target = databaseTarget(parseEnv());
  if (target.kind !== "embedded") return undefined;
  const holder = readLiveLock(target.dataDir);
  if (holder?.url) return holder.url;
  if (holder) {
    throw new DatabaseSetupError(
      `The database ${target.dataDir} is busy (pid ${holder.pid} is starting or migrating it). Try again in a moment.`,
    );
  }
  return undefined;
}

/** Closes the process's database, when it was opened; the next use opens it again. */
export const closeAppDatabase = closeDatabase;
