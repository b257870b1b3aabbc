import { AdminCreateBody } from "@/lib/contracts/people";
import { otherMethods } from "@/lib/http/methods";
import { readJsonBody, respond } from "@/lib/http/route";
import { adminCreate, assertAdminRequest } from "@/lib/server/admin";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/accounts: `outbound admin create` while this app holds the embedded database.
 * Loopback only, with the token the command line wrote into a file only this machine's user reads.
 */
export function POST(request: Request) {
  return respond(
    async () => {
      assertAdminRequest(request);
      return adminCreate(await readJsonBody(request, AdminCreateBody));
    },
    { status: 201 },
  );
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
