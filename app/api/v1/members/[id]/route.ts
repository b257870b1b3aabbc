import { z } from "zod";

import { ChangeRoleBody } from "@/lib/contracts/people";
import { invalidRequest } from "@/lib/http/errors";
import { otherMethods } from "@/lib/http/methods";
import { readJsonBody, respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { changeMemberRole, removeMember } from "@/lib/server/people";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.string().min(1).max(100) });
type Context = { params: Promise<{ id: string }> };

async function memberId(params: Context["params"]): Promise<string> {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) throw invalidRequest(parsed.error, "member id");
  return parsed.data.id;
}

/** PUT /api/v1/members/{id}: changes a member's role (owners; never the last owner away). */
export function PUT(request: Request, { params }: Context) {
  return respond(async () => {
    const access = await routeAccess(request);
    const body = await readJsonBody(request, ChangeRoleBody);
    await changeMemberRole(access, await memberId(params), body.role);
    return { ok: true };
  });
}

/** DELETE /api/v1/members/{id}: removes a member from the workspace (owners; never the last owner). */
export function DELETE(request: Request, { params }: Context) {
  return respond(async () => {
    await removeMember(await routeAccess(request), await memberId(params));
    return { ok: true };
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, POST, PATCH } = otherMethods("PUT", "DELETE");
