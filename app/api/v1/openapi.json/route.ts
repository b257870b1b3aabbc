import { respond } from "@/lib/http/route";
import { openApiDocument } from "@/lib/openapi/document";
import { otherMethods } from "@/lib/http/methods";
import { requireMember } from "@/lib/server/access";

/** GET /api/v1/openapi.json: this API described in OpenAPI 3.1, generated from the zod contracts. */
export function GET(request: Request) {
  return respond(async () => {
    await requireMember(request);
    return openApiDocument();
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
