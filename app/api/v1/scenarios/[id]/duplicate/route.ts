import { DuplicateScenarioSchema } from "@/lib/contracts/scenarios";
import { respond } from "@/lib/http/route";
import { readOptionalJsonBody, scenarioId } from "@/lib/http/scenarios";
import { duplicateScenario } from "@/lib/server/scenarios";

export const dynamic = "force-dynamic";

/** A copy with the same inputs and frozen results; the body `{ name }` is optional. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(
    async () => {
      const id = await scenarioId(params);
      const { name } = await readOptionalJsonBody(request, DuplicateScenarioSchema);
      return duplicateScenario(id, name);
    },
    { status: 201 },
  );
}
