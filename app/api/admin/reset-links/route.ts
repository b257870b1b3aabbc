import { AdminResetBody } from "@/lib/contracts/people";
import { otherMethods } from "@/lib/http/methods";
import { readJsonBody, respond } from "@/lib/http/route";
import { adminResetLink, assertAdminRequest } from "@/lib/server/admin";

export const dynamic = "force-dynamic";

/** POST /api/admin/reset-links: `outbound admin reset-link` while this app holds the embedded database. */
export function POST(request: Request) {
  return respond(
    async () => {
      assertAdminRequest(request);
      return adminResetLink((await readJsonBody(request, AdminResetBody)).email);
    },
    { status: 201 },
  );
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
