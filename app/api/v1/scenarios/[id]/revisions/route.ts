import { getPrisma } from "@/lib/db/client";
import { scenarioRevisions } from "@/lib/db/scenarios";
import { respondScenario, scenarioId } from "@/lib/scenarios/http";

export const dynamic = "force-dynamic";

/** Every saved version of the scenario, newest first. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respondScenario(async () => ({ revisions: await scenarioRevisions(await getPrisma(), await scenarioId(params)) }));
}
