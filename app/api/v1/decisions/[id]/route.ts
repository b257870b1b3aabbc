import { DecisionQuerySchema } from "@/lib/contracts/decisions";
import { apiLocale } from "@/lib/http/api-text";
import { decisionId } from "@/lib/http/decisions";
import { readQuery } from "@/lib/http/errors";
import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { getDecision } from "@/lib/server/decisions";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The decision as the caller may see it; `?sinceRevision=N` answers `{unchanged: true}` when nothing moved. */
export async function GET(request: Request, { params }: Context) {
  return respond(async () => {
    const access = await routeAccess(request);
    const { sinceRevision } = readQuery(request, DecisionQuerySchema);
    return getDecision(access, await decisionId(params), { locale: apiLocale(request), sinceRevision });
  });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
