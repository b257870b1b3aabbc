import { NewInvitationBody } from "@/lib/contracts/people";
import { otherMethods } from "@/lib/http/methods";
import { readJsonBody, respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { createInvitation } from "@/lib/server/people";

export const dynamic = "force-dynamic";

/** POST /api/v1/invitations: an invitation link with a role and an expiry (owners); shown once. */
export function POST(request: Request) {
  return respond(
    async () => {
      const access = await routeAccess(request);
      return createInvitation(access, await readJsonBody(request, NewInvitationBody));
    },
    { status: 201 },
  );
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
