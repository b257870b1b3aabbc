import { readBodyText, respond } from "@/lib/http/route";
import { importScenario } from "@/lib/server/reports";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/**
 * Recreates a scenario from its JSON export (GET …/report.json): 201 with the new scenario and
 * whether its recomputed results are identical to the file's (or why that cannot be claimed).
 */
export async function POST(request: Request) {
  return respond(
    async () => importScenario(await routeAccess(request), await readBodyText(request)),
    (body) => ({ status: 201, headers: { Location: `/api/v1/scenarios/${body.scenario.id}` } }),
  );
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
