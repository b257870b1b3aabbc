import { UpdateScenarioSchema } from "@/lib/contracts/scenarios";
import { getPrisma } from "@/lib/db/client";
import { deleteScenario, getScenario, updateScenario } from "@/lib/db/scenarios";
import { readJsonBody } from "@/lib/http/route";
import { respondScenario, scenarioId } from "@/lib/scenarios/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  return respondScenario(async () => getScenario(await getPrisma(), await scenarioId(params)));
}

/** Saves a new version, only if `baseVersion` is still current (409 otherwise). */
export async function PUT(request: Request, { params }: Context) {
  return respondScenario(async () => {
    const id = await scenarioId(params);
    return updateScenario(await getPrisma(), id, await readJsonBody(request, UpdateScenarioSchema));
  });
}

/** Soft delete: POST …/restore undoes it until the scenario is purged. */
export async function DELETE(_request: Request, { params }: Context) {
  return respondScenario(async () => deleteScenario(await getPrisma(), await scenarioId(params)));
}
