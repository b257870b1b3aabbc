import { getDatabase } from "./client";
import { messageOf } from "./errors";

export async function openDatabaseOrExit(): Promise<void> {
  try {
    await getDatabase();
  } catch (error) {
    console.error(`Outbound cannot start: ${messageOf(error)}`);
    process.exit(1);
  }
}
