import { respond } from "@/lib/http/route";
import { scenarioId } from "@/lib/http/scenarios";
import { restoreScenario } from "@/lib/server/scenarios";

export const dynamic = "force-dynamic";

/** Undoes a delete. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => restoreScenario(await scenarioId(params)));
}
