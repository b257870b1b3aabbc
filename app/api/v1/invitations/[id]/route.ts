import { z } from "zod";

import { invalidRequest } from "@/lib/http/errors";
import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { revokeInvitation } from "@/lib/server/people";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, "must be the id of an invitation") });

/** DELETE /api/v1/invitations/{id}: revokes a pending invitation (owners). */
export function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const access = await routeAccess(request);
    const parsed = Params.safeParse(await params);
    if (!parsed.success) throw invalidRequest(parsed.error, "invitation id");
    await revokeInvitation(access, parsed.data.id);
    return { ok: true };
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, POST, PUT, PATCH } = otherMethods("DELETE");
