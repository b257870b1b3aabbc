import { CreateScenarioSchema, ScenarioListQuerySchema } from "@/lib/contracts/scenarios";
import { readQuery } from "@/lib/http/errors";
import { readJsonBody, respond } from "@/lib/http/route";
import { createScenario, listScenarios } from "@/lib/server/scenarios";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/**
 * The saved scenarios, a page at a time (`?limit=`, default 50, at most 200; `?cursor=` from the
 * previous page's nextCursor); `?deleted=true` lists the recently deleted ones that can be restored.
 */
export async function GET(request: Request) {
  return respond(async () => {
    const access = await routeAccess(request);
    const { deleted, limit, cursor } = readQuery(request, ScenarioListQuerySchema);
    return listScenarios(access, { deleted: deleted === "true", limit, cursor });
  });
}

/** Saves a new scenario; its results are computed here, on the current data set. */
export async function POST(request: Request) {
  return respond(
    async () => {
      const access = await routeAccess(request);
      return createScenario(access, await readJsonBody(request, CreateScenarioSchema));
    },
    (scenario) => ({ status: 201, headers: { Location: `/api/v1/scenarios/${scenario.id}` } }),
  );
}

// Any other method: 405 with a JSON error and an Allow header.
export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
