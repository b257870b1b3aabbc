import { getPrisma } from "@/lib/db/client";
import { compareScenarios } from "@/lib/db/scenarios";
import { respondScenario, scenarioId } from "@/lib/scenarios/http";

export const dynamic = "force-dynamic";

/** GET …/compare?a={id}&b={id}: weights and rankings side by side, and what moved the ranking. */
export async function GET(request: Request) {
  return respondScenario(async () => {
    const search = new URL(request.url).searchParams;
    const [a, b] = await Promise.all(
      (["a", "b"] as const).map((name) => scenarioId(Promise.resolve({ id: search.get(name) ?? "" }), name)),
    );
    return compareScenarios(await getPrisma(), a!, b!);
  });
}
