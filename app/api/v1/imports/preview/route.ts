import { readUpload } from "@/lib/imports";
import { apiLocale } from "@/lib/http/api-text";
import { respondInLanguage } from "@/lib/imports/respond";
import { previewImport } from "@/lib/server/imports";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/** POST /api/v1/imports/preview (multipart, field "file"): every problem by row and column; writes nothing. */
export function POST(request: Request) {
  return respondInLanguage(request, async () => {
    const access = await routeAccess(request);
    return previewImport(access, await readUpload(request), new Date(), apiLocale(request));
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
