import { respond } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";
import { membersOf } from "@/lib/server/people";

export const dynamic = "force-dynamic";

/** GET /api/v1/members: the workspace's members and roles; pending invitations for owners. */
export function GET(request: Request) {
  return respond(async () => membersOf(await routeAccess(request)));
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
