import { z } from "zod";

import { invalidRequest } from "@/lib/http/errors";
import { otherMethods } from "@/lib/http/methods";
import { respond } from "@/lib/http/route";
import { routeAccess } from "@/lib/server/access";
import { listAudit } from "@/lib/server/audit";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.uuid("must be the id of an import") });

/** Who committed the import, and when (issue 13's audit log). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const access = await routeAccess(request);
    const parsed = Params.safeParse(await params);
    if (!parsed.success) throw invalidRequest(parsed.error, "import id");
    return listAudit(access, "import", parsed.data.id);
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
