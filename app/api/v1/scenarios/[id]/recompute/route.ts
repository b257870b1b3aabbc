import { respond } from "@/lib/http/route";
import { scenarioId } from "@/lib/http/scenarios";
import { recomputePreview } from "@/lib/server/scenarios";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

/**
 * Preview only: the scenario's inputs on today's data beside its frozen results, and what moved.
 * To keep the new results, PUT the same inputs with the scenario's version as baseVersion.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => recomputePreview(await scenarioId(params)));
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
