import { ResetPasswordBody } from "@/lib/contracts/people";
import { otherMethods } from "@/lib/http/methods";
import { readJsonBody, respond } from "@/lib/http/route";
import { resetPassword } from "@/lib/server/people";

export const dynamic = "force-dynamic";

/** POST /api/v1/password-resets: sets a new password with a one-time link's token; ends that person's sessions. */
export function POST(request: Request) {
  return respond(async () => {
    const body = await readJsonBody(request, ResetPasswordBody);
    return resetPassword(body.token, body.password);
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
