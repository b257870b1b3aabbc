import { DuplicateScenarioSchema } from "@/lib/contracts/scenarios";
import { respond } from "@/lib/http/route";
import { readOptionalJsonBody, scenarioId } from "@/lib/http/scenarios";
import { duplicateScenario } from "@/lib/server/scenarios";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/** A copy with the same inputs and frozen results; the body `{ name }` is optional. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(
    async () => {
      const access = await routeAccess(request);
      const id = await scenarioId(params);
      const { name } = await readOptionalJsonBody(request, DuplicateScenarioSchema);
      return duplicateScenario(access, id, name);
    },
    { status: 201 },
  );
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
