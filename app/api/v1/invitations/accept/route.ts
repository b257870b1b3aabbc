import { AcceptInvitationBody } from "@/lib/contracts/people";
import { otherMethods } from "@/lib/http/methods";
import { readJsonBody, respond } from "@/lib/http/route";
import { acceptInvitation, signedInPerson } from "@/lib/server/people";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/invitations/accept: joins the invitation's workspace, as the signed-in person or
 * with a new account. No session needed: the link's token is the credential.
 */
export function POST(request: Request) {
  return respond(async () => {
    const body = await readJsonBody(request, AcceptInvitationBody);
    return acceptInvitation(body, await signedInPerson(request.headers));
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
