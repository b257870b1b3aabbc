import { z } from "zod";

import { invalidRequest } from "@/lib/http/errors";
import { respond } from "@/lib/http/route";
import { deleteImport } from "@/lib/server/imports";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.uuid("must be the id of an import") });

/** DELETE /api/v1/imports/{id}: removes the import's values, markets and indicators. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const access = await routeAccess(request);
    const parsed = Params.safeParse(await params);
    if (!parsed.success) throw invalidRequest(parsed.error, "import id");
    return deleteImport(access, parsed.data.id);
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, POST, PUT, PATCH } = otherMethods("DELETE");
