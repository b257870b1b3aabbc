import { FreezeSchema } from "@/lib/contracts/decisions";
import { apiLocale } from "@/lib/http/api-text";
import { decisionId } from "@/lib/http/decisions";
import { otherMethods } from "@/lib/http/methods";
import { readJsonBody, respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { freezeDecision } from "@/lib/server/decisions";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Freezes the revealed result into a scenario of the workspace (the facilitator). */
export async function POST(request: Request, { params }: Context) {
  return respond(async () => {
    const access = await routeAccess(request);
    const id = await decisionId(params);
    return freezeDecision(access, id, await readJsonBody(request, FreezeSchema), apiLocale(request));
  });
}

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
