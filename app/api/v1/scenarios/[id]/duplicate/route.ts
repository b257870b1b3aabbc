import { DuplicateScenarioSchema } from "@/lib/contracts/scenarios";
import { getPrisma } from "@/lib/db/client";
import { duplicateScenario } from "@/lib/db/scenarios";
import { readOptionalJsonBody, respondScenario, scenarioId } from "@/lib/scenarios/http";

export const dynamic = "force-dynamic";

/** A copy with the same inputs and frozen results; the body `{ name }` is optional. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respondScenario(
    async () => {
      const id = await scenarioId(params);
      const { name } = await readOptionalJsonBody(request, DuplicateScenarioSchema);
      return duplicateScenario(await getPrisma(), id, name);
    },
    { status: 201 },
  );
}
