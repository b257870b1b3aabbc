import { respond } from "@/lib/http/route";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { scenarioId } from "@/lib/http/scenarios";
import { compareScenarios } from "@/lib/server/scenarios";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/** GET …/compare?a={id}&b={id}: weights and rankings side by side, and what moved the ranking (names and sentences in Accept-Language's locale). */
export async function GET(request: Request) {
  return respond(async () => {
    const access = await routeAccess(request);
    const search = new URL(request.url).searchParams;
    const [a, b] = await Promise.all(
      (["a", "b"] as const).map((name) => scenarioId(Promise.resolve({ id: search.get(name) ?? "" }), name)),
    );
    return compareScenarios(access, a!, b!, localeFromAcceptLanguage(request.headers.get("accept-language")));
  });
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
