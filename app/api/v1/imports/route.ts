import { getPrisma } from "@/lib/db/client";
import { commitImport, listImportBatches } from "@/lib/db/imports";
import { readUpload } from "@/lib/imports";
import { respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/imports: the committed imports, newest first. */
export function GET() {
  return respond(async () => listImportBatches(await getPrisma()));
}

/** POST /api/v1/imports (multipart, "file" and optionally "fileHash" from the preview): all rows or none. */
export function POST(request: Request) {
  return respond(async () => commitImport(await getPrisma(), await readUpload(request)), { status: 201 });
}
