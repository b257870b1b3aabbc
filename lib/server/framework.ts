import "server-only";

import type { Framework } from "@/lib/contracts/api";
import { getPrisma } from "@/lib/db/client";
import { readFramework } from "@/lib/db/framework";

import { cachedByData } from "./cache";

/** The decision framework (drivers, criteria groups, strategies, entry modes, fit effects) with its evidence. */
export async function decisionFramework(): Promise<Framework> {
  return cachedByData("framework", async () => readFramework(await getPrisma()));
}
