import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { scenarioId } from "@/lib/http/scenarios";
import { routeAccess } from "@/lib/server/access";
import { revokeShare } from "@/lib/server/shares";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; shareId: string }> };

/** Revokes the link: it stops opening the report at once. */
export async function DELETE(request: Request, { params }: Context) {
  return respond(async () => {
    const access = await routeAccess(request);
    const id = await scenarioId(params);
    return revokeShare(access, id, (await params).shareId);
  });
}

export const { GET, POST, PUT, PATCH } = otherMethods("DELETE");
