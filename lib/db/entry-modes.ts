import type { EntryModeRequest, EntryModeResponse } from "@/lib/contracts/fit";
import { entryModeRequest } from "@/lib/scoring/fit/request";

import { marketIndicatorValues, readFitTables } from "./fit";
import type { PrismaClient } from "./generated/client";

/** Answers an entry-mode request: looks up the market's values, then runs the pure model. */
export async function answerEntryModes(prisma: PrismaClient, request: EntryModeRequest): Promise<EntryModeResponse> {
  const tables = await readFitTables(prisma);
  if (typeof request.market !== "string") return entryModeRequest(request, tables);
  const market = await marketIndicatorValues(prisma, request.market, request.indicatorYear);
  return entryModeRequest(request, { ...tables, marketIndicators: market.values, marketName: market.name });
}
