import { respond } from "@/lib/http/route";
import { scenarioId } from "@/lib/http/scenarios";
import { scenarioRevisions } from "@/lib/server/scenarios";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/** Every saved version of the scenario, newest first. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => ({
    revisions: await scenarioRevisions(await routeAccess(request), await scenarioId(params)),
  }));
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
