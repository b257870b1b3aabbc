import { logger } from "@/lib/log";

import { getDatabase } from "./client";
import { messageOf } from "./errors";

export async function openDatabaseOrExit(): Promise<void> {
  try {
    await getDatabase();
  } catch (error) {
    logger().fatal(`Outbound cannot start: ${messageOf(error)}`);
    process.exit(1);
  }
}
