import { apiLocale, apiMessage } from "@/lib/http/api-text";
import { errorResponse, jsonError } from "@/lib/http/route";
import { requireMember } from "@/lib/server/access";

// Unknown API paths answer with a JSON 404, not an HTML page, in the caller's language.
async function notFound(request: Request) {
  // Even "no such route" is for members only: an anonymous caller learns nothing of the API.
  try {
    await requireMember(request);
  } catch (error) {
    return errorResponse(error);
  }
  const locale = apiLocale(request);
  const message = apiMessage(locale, { key: "routeNotFound", path: new URL(request.url).pathname });
  return jsonError(404, { code: "not_found", message }, locale);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
