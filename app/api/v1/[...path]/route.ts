import { jsonError } from "@/lib/http/route";

// Unknown API paths answer with a JSON 404, not an HTML page.
function notFound(request: Request) {
  return jsonError(404, { code: "not_found", message: `No API route ${new URL(request.url).pathname}.` });
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
