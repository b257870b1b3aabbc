import { getPrisma } from "@/lib/db/client";
import { recomputePreview } from "@/lib/db/scenarios";
import { respondScenario, scenarioId } from "@/lib/scenarios/http";

export const dynamic = "force-dynamic";

/**
 * Preview only: the scenario's inputs on today's data beside its frozen results, and what moved.
 * To keep the new results, PUT the same inputs with the scenario's version as baseVersion.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respondScenario(async () => recomputePreview(await getPrisma(), await scenarioId(params)));
}
