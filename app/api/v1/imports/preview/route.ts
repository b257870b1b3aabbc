import { getPrisma } from "@/lib/db/client";
import { previewImport } from "@/lib/db/imports";
import { readUpload } from "@/lib/imports";
import { respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** POST /api/v1/imports/preview (multipart, field "file"): every problem by row and column; writes nothing. */
export function POST(request: Request) {
  return respond(async () => previewImport(await getPrisma(), await readUpload(request)));
}
