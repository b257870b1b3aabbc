import "server-only";

import { getDatabase } from "@/lib/db/client";
import { messageOf } from "@/lib/db/errors";
import { logger } from "@/lib/log";

import { purgeDeletedScenarios } from "./scenarios";

// What the server does once when it starts (instrumentation.ts), before it serves a page.

/** How often deleted scenarios past their retention are purged while the server runs. */
export const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;

const globalForStartup = globalThis as unknown as { outboundPurgeTimer?: NodeJS.Timeout };

/**
 * Opens the database, so a locked, corrupt or unreachable database stops the server with a clear
 * message; then purges the scenarios deleted more than the retention period ago, now and every
 * PURGE_INTERVAL_MS: the purge never runs inside a request (a GET deletes nothing).
 */
export async function startServer(): Promise<void> {
  try {
    await getDatabase();
  } catch (error) {
    logger().fatal(`Outbound cannot start: ${messageOf(error)}`);
    process.exit(1);
  }
  await purgeOnce();
  // One timer per process, also when development's hot reload runs register() again.
  if (!globalForStartup.outboundPurgeTimer) {
    globalForStartup.outboundPurgeTimer = setInterval(() => void purgeOnce(), PURGE_INTERVAL_MS);
    globalForStartup.outboundPurgeTimer.unref();
  }
}

/** A failed purge (e.g. the database server restarting) is logged and tried again on the next tick. */
async function purgeOnce(): Promise<void> {
  try {
    const purged = await purgeDeletedScenarios();
    if (purged > 0) logger().info(`Purged ${purged} scenario(s) deleted more than the retention period ago.`);
  } catch (error) {
    logger().error(
      `Purging deleted scenarios failed (tried again in ${PURGE_INTERVAL_MS / 3_600_000} h): ${messageOf(error)}`,
    );
  }
}
