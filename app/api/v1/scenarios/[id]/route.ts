import { UpdateScenarioSchema } from "@/lib/contracts/scenarios";
import { readJsonBody, respond } from "@/lib/http/route";
import { scenarioId } from "@/lib/http/scenarios";
import { deleteScenario, getScenario, updateScenario } from "@/lib/server/scenarios";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  return respond(async () => getScenario(await routeAccess(request), await scenarioId(params)));
}

/** Saves a new version, only if `baseVersion` is still current (409 otherwise). */
export async function PUT(request: Request, { params }: Context) {
  return respond(async () => {
    const access = await routeAccess(request);
    const id = await scenarioId(params);
    return updateScenario(access, id, await readJsonBody(request, UpdateScenarioSchema));
  });
}

/** Soft delete: POST …/restore undoes it until the scenario is purged. */
export async function DELETE(request: Request, { params }: Context) {
  return respond(async () => deleteScenario(await routeAccess(request), await scenarioId(params)));
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PATCH } = otherMethods("GET", "PUT", "DELETE");
