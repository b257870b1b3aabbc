import { z } from "zod";

import { invalidRequest } from "@/lib/http/errors";
import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { issueResetLink } from "@/lib/server/people";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.string().min(1).max(100) });

/** POST /api/v1/members/{id}/reset-link: a one-time password-reset link for a member, valid 24 h (owners). */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(
    async () => {
      const access = await routeAccess(request);
      const parsed = Params.safeParse(await params);
      if (!parsed.success) throw invalidRequest(parsed.error, "member id");
      return issueResetLink(access, parsed.data.id);
    },
    { status: 201 },
  );
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
