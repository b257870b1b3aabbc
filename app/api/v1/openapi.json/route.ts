import { respond } from "@/lib/http/route";
import { openApiDocument } from "@/lib/openapi/document";

/** GET /api/v1/openapi.json: this API described in OpenAPI 3.1, generated from the zod contracts. */
export function GET() {
  return respond(() => openApiDocument());
}
