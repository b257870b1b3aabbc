import { SetParticipantsSchema } from "@/lib/contracts/decisions";
import { apiLocale } from "@/lib/http/api-text";
import { decisionId } from "@/lib/http/decisions";
import { otherMethods } from "@/lib/http/methods";
import { readJsonBody, respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { setParticipants } from "@/lib/server/decisions";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Replaces the participants (the facilitator, while open; 409 on a stale baseVersion). */
export async function PUT(request: Request, { params }: Context) {
  return respond(async () => {
    const access = await routeAccess(request);
    const id = await decisionId(params);
    return setParticipants(access, id, await readJsonBody(request, SetParticipantsSchema), apiLocale(request));
  });
}

export const { GET, POST, PATCH, DELETE } = otherMethods("PUT");
