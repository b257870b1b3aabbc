import { apiLocale, apiMessage } from "@/lib/http/api-text";
import { jsonError } from "@/lib/http/route";

// Unknown API paths answer with a JSON 404, not an HTML page, in the caller's language.
function notFound(request: Request) {
  const locale = apiLocale(request);
  const message = apiMessage(locale, { key: "routeNotFound", path: new URL(request.url).pathname });
  return jsonError(404, { code: "not_found", message }, locale);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
