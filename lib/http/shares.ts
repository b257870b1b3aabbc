import "server-only";

// What every answer about a shared link carries (issue 13 §3), the page's and the downloads',
// whether it opens a report or not: never kept by a cache (a revoked link must stop at once), the
// token never sent on in a Referer to a site the reader follows a link to, and never indexed.
export const SHARED_HEADERS: Readonly<Record<string, string>> = {
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
};

/** /en/shared/{token}, /shared/{token}, /api/v1/shared/{token}/…: a path that carries a share token. */
export function isSharedPath(pathname: string): boolean {
  return /^\/(?:[A-Za-z-]+\/)?shared(?:\/|$)/.test(pathname) || pathname.startsWith("/api/v1/shared/");
}

export function withSharedHeaders<R extends Response>(response: R): R {
  for (const [name, value] of Object.entries(SHARED_HEADERS)) response.headers.set(name, value);
  return response;
}
