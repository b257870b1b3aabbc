import { respond } from "@/lib/http/route";
import { scenarioId } from "@/lib/http/scenarios";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";
import { listAudit } from "@/lib/server/audit";

export const dynamic = "force-dynamic";

/** Who changed the scenario, what and when, newest first (issue 13's audit log). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => listAudit(await routeAccess(request), "scenario", await scenarioId(params)));
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
