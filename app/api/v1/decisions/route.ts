import { CreateDecisionSchema } from "@/lib/contracts/decisions";
import { apiLocale } from "@/lib/http/api-text";
import { otherMethods } from "@/lib/http/methods";
import { readJsonBody, respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { createDecision, listDecisions } from "@/lib/server/decisions";

export const dynamic = "force-dynamic";

/** The workspace's group decisions, newest first. */
export async function GET(request: Request) {
  return respond(async () => listDecisions(await routeAccess(request)));
}

/** Opens a group decision; the caller is its facilitator (editor or owner). */
export async function POST(request: Request) {
  return respond(
    async () => {
      const access = await routeAccess(request);
      return createDecision(access, await readJsonBody(request, CreateDecisionSchema), apiLocale(request));
    },
    (decision) => ({ status: 201, headers: { Location: `/api/v1/decisions/${decision.id}` } }),
  );
}

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
