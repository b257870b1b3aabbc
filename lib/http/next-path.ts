import "server-only";

import { LOCALES } from "@/lib/i18n/locales";

// Where to return after signing in: the path the browser asked for (the proxy's x-outbound-path),
// without its locale prefix, for the locale-aware router. Only a path on this site: anything that
// is not a single-slash path (an absolute URL, //host, a backslash trick) becomes "/".

/** The request header in which the proxy (lib/http/guard.ts) records a page request's path and query. */
export const PATH_HEADER = "x-outbound-path";

export function nextPathOf(path: string | null | undefined): string {
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return "/";
  const [, first = "", ...rest] = path.split("/");
  const bare = first.split("?")[0]!;
  if (!(LOCALES as readonly string[]).includes(bare)) return path;
  const query = first.slice(bare.length);
  const tail = `/${rest.join("/")}`;
  return rest.length === 0 ? `/${query}` : `${tail}${query}`;
}
