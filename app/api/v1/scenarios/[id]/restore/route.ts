import { respond } from "@/lib/http/route";
import { scenarioId } from "@/lib/http/scenarios";
import { restoreScenario } from "@/lib/server/scenarios";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/** Undoes a delete. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => restoreScenario(await routeAccess(request), await scenarioId(params)));
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
