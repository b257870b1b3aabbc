import { readUpload } from "@/lib/imports";
import { apiLocale } from "@/lib/http/api-text";
import { respondInLanguage } from "@/lib/imports/respond";
import { respond } from "@/lib/http/route";
import { commitImport, importBatches } from "@/lib/server/imports";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/** GET /api/v1/imports: the committed imports, newest first. */
export function GET(request: Request) {
  return respond(async () => importBatches(await routeAccess(request)));
}

/** POST /api/v1/imports (multipart, "file" and optionally "fileHash" from the preview): all rows or none. */
export function POST(request: Request) {
  return respondInLanguage(
    request,
    async () => {
      const access = await routeAccess(request);
      return commitImport(access, await readUpload(request), new Date(), apiLocale(request));
    },
    { status: 201 },
  );
}

// Any other method: 405 with a JSON error and an Allow header.
export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
