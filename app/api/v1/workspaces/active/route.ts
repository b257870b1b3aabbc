import { SwitchWorkspaceBody } from "@/lib/contracts/people";
import { otherMethods } from "@/lib/http/methods";
import { readJsonBody, respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { switchWorkspace } from "@/lib/server/people";

export const dynamic = "force-dynamic";

/** PUT /api/v1/workspaces/active: the workspace this browser's session works in (one of the person's). */
export function PUT(request: Request) {
  return respond(async () => {
    const access = await routeAccess(request);
    const body = await readJsonBody(request, SwitchWorkspaceBody);
    return switchWorkspace(access, request.headers, body.workspaceId);
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, POST, PATCH, DELETE } = otherMethods("PUT");
