import { CreateScenarioSchema } from "@/lib/contracts/scenarios";
import { readJsonBody, respond } from "@/lib/http/route";
import { queryFlag } from "@/lib/http/scenarios";
import { createScenario, listScenarios } from "@/lib/server/scenarios";

export const dynamic = "force-dynamic";

/** The saved scenarios; `?deleted=true` lists the recently deleted ones that can be restored. */
export async function GET(request: Request) {
  return respond(async () => listScenarios({ deleted: queryFlag(request, "deleted") }));
}

/** Saves a new scenario; its results are computed here, on the current data set. */
export async function POST(request: Request) {
  return respond(
    async () => createScenario(await readJsonBody(request, CreateScenarioSchema)),
    (scenario) => ({ status: 201, headers: { Location: `/api/v1/scenarios/${scenario.id}` } }),
  );
}
