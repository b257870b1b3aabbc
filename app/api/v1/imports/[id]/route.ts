import { z } from "zod";

import { getPrisma } from "@/lib/db/client";
import { deleteImportBatch } from "@/lib/db/imports";
import { invalidRequest } from "@/lib/http/errors";
import { respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const Params = z.object({ id: z.uuid("must be the id of an import") });

/** DELETE /api/v1/imports/{id}: removes the import's values, markets and indicators. */
export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const parsed = Params.safeParse(await params);
    if (!parsed.success) throw invalidRequest(parsed.error, "import id");
    return deleteImportBatch(await getPrisma(), parsed.data.id);
  });
}
