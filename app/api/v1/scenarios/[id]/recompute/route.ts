import { respond } from "@/lib/http/route";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { scenarioId } from "@/lib/http/scenarios";
import { recomputePreview } from "@/lib/server/scenarios";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/**
 * Preview only: the scenario's inputs on today's data beside its frozen results, and what moved.
 * To keep the new results, PUT the same inputs with the scenario's version as baseVersion. Names
 * and sentences follow Accept-Language (English by default).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  return respond(async () => recomputePreview(await routeAccess(request), await scenarioId(params), locale));
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
