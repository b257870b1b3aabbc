import "server-only";

import { apiMessage, type ApiText } from "./api-text";

// Cross-site request forgery, refused by where a request comes from (OWASP's "verifying origin
// with standard headers"): a browser names the page's origin in Origin on every cross-origin
// write, and in Referer when Origin is missing (older browsers, or a GET navigation). A request
// with neither comes from a script, the CLI or another service, which a web page cannot forge.

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** GETs that must not be triggered from another site either: the backup holds every scenario. */
const GUARDED_READS = [/^\/api\/v1\/backup\/?$/];

export function needsOriginCheck(method: string, pathname: string): boolean {
  const upper = method.toUpperCase();
  if (UNSAFE_METHODS.has(upper)) return true;
  return (upper === "GET" || upper === "HEAD") && GUARDED_READS.some((pattern) => pattern.test(pathname));
}

/** A refusal says where the request came from (for the caller's language) and in English. */
export type OriginCheck = { ok: true } | { ok: false; message: string; text: ApiText };

/**
 * Whether the request comes from one of `trusted` (the app's own origin and the allow-list).
 * Origin "null" (a sandboxed frame, a page with no-referrer posting a form) is refused: it names
 * no origin we could trust.
 */
export function checkOrigin(request: Request, trusted: readonly string[]): OriginCheck {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    // The refusal names the origin (at most 200 characters of it): the client sees what was checked.
    return trusted.includes(origin.toLowerCase()) ? { ok: true } : refused("origin", origin.slice(0, 200), trusted);
  }
  const referer = request.headers.get("referer");
  if (referer !== null) {
    const from = URL.canParse(referer) ? new URL(referer).origin : undefined;
    return from && trusted.includes(from) ? { ok: true } : refused(from ? "page" : "unreadable", from ?? "", trusted);
  }
  // A browser that hid both headers (a page with referrerpolicy="no-referrer" linking here) still
  // says where the request started; another site is refused, a typed URL or a script is not.
  const site = request.headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return refused("site", "", trusted);
  return { ok: true };
}

function refused(
  from: "origin" | "page" | "unreadable" | "site",
  source: string,
  trusted: readonly string[],
): OriginCheck {
  const text: ApiText = { key: "crossOrigin", from, source, trusted };
  return { ok: false, message: apiMessage("en", text), text };
}
