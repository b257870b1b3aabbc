import { getPrisma } from "@/lib/db/client";
import { restoreScenario } from "@/lib/db/scenarios";
import { respondScenario, scenarioId } from "@/lib/scenarios/http";

export const dynamic = "force-dynamic";

/** Undoes a delete. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respondScenario(async () => restoreScenario(await getPrisma(), await scenarioId(params)));
}
