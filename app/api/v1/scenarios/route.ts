import { CreateScenarioSchema } from "@/lib/contracts/scenarios";
import { getPrisma } from "@/lib/db/client";
import { createScenario, listScenarios } from "@/lib/db/scenarios";
import { readJsonBody } from "@/lib/http/route";
import { queryFlag, respondScenario } from "@/lib/scenarios/http";

export const dynamic = "force-dynamic";

/** The saved scenarios; `?deleted=true` lists the recently deleted ones that can be restored. */
export async function GET(request: Request) {
  return respondScenario(async () => listScenarios(await getPrisma(), { deleted: queryFlag(request, "deleted") }));
}

/** Saves a new scenario; its results are computed here, on the current data set. */
export async function POST(request: Request) {
  return respondScenario(
    async () => createScenario(await getPrisma(), await readJsonBody(request, CreateScenarioSchema)),
    (scenario) => ({ status: 201, headers: { Location: `/api/v1/scenarios/${scenario.id}` } }),
  );
}
