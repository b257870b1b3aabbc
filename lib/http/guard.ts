import "server-only";

import { NextRequest, NextResponse } from "next/server";

import type { ApiError } from "@/lib/contracts/api";
import type { Env } from "@/lib/env";
import { LANGUAGE_TAGS, type Locale } from "@/lib/i18n/locales";

import { apiLocale, apiMessage } from "./api-text";

import { checkOrigin, needsOriginCheck } from "./origin";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { SECURITY_HEADERS, contentSecurityPolicy, newNonce } from "./security-headers";
import { isSharedPath, withSharedHeaders } from "./shares";
import { PATH_HEADER } from "./next-path";

// What proxy.ts does to every request before a page or route handler sees it: refuse cross-site
// writes (403) and spent budgets (429), and put the security headers on every answer. Built from
// the parsed environment so tests can run it with their own allow-list and limits.

export type RequestGuard = (request: NextRequest) => Promise<NextResponse>;
/** What answers a page request once it passed the guard: the locale routing (proxy.ts). */
export type PageRouter = (request: NextRequest) => NextResponse | Promise<NextResponse>;

export function createRequestGuard(
  env: Env,
  { dev = false, rateLimiter }: { dev?: boolean; rateLimiter?: RateLimiter } = {},
  routePage?: PageRouter,
): RequestGuard {
  const rateLimit = rateLimiter ?? createRateLimiter(env);
  return async (request) => {
    const { pathname } = request.nextUrl;
    // A shared link's answers keep its token out of caches, Referer headers and search engines.
    const secured = <R extends NextResponse>(response: R, dev: boolean, policy?: string): R => {
      const done = securedResponse(response, dev, policy);
      return isSharedPath(pathname) ? withSharedHeaders(done) : done;
    };
    if (needsOriginCheck(request.method, pathname)) {
      const check = checkOrigin(request, [ownOrigin(request), ...env.OUTBOUND_ALLOWED_ORIGINS]);
      if (!check.ok) {
        const locale = apiLocale(request);
        return secured(refusal(403, "cross_origin_request", apiMessage(locale, check.text), locale), dev);
      }
    }
    const spent = await rateLimit(request, pathname);
    if (spent) {
      const locale = apiLocale(request);
      const { subject, perMinute, retryAfterSeconds } = spent;
      const message = apiMessage(locale, { key: "rateLimited", what: subject, perMinute, retryAfterSeconds });
      const response = refusal(429, "rate_limited", message, locale);
      response.headers.set("Retry-After", String(spent.retryAfterSeconds));
      return secured(response, dev);
    }
    if (!isPage(pathname)) return secured(NextResponse.next(), dev);
    // Next.js finds the nonce in the request's own CSP header and stamps it on its scripts.
    const nonce = newNonce();
    const policy = contentSecurityPolicy({ nonce, dev });
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    // Overwrites whatever a client sent: pages sending someone to sign in bring them back here.
    headers.set(PATH_HEADER, `${pathname}${request.nextUrl.search}`);
    if (!routePage || isFile(pathname)) return secured(NextResponse.next({ request: { headers } }), dev, policy);
    // The router passes the request's headers on to the page (next-intl adds its locale header);
    // handing it the CSP header here puts the nonce where Next.js looks for it.
    const routed = await routePage(new NextRequest(request, { headers }));
    return secured(routed, dev, policy);
  };
}

/**
 * The origin the browser addressed: the Host header it sent, on this server's scheme. Next.js's
 * own request URL always names "localhost", whatever the browser typed (127.0.0.1 by default),
 * so it cannot serve. A cross-site page cannot choose the Host: it is the server the browser
 * connects to. Behind a TLS-terminating proxy the browser's https origin differs from this
 * server's http one; that origin goes in OUTBOUND_ALLOWED_ORIGINS.
 */
function ownOrigin(request: NextRequest): string {
  const host = request.headers.get("host") ?? request.nextUrl.host;
  return `${request.nextUrl.protocol}//${host}`.toLowerCase();
}

/** Pages render HTML with inline scripts; API answers and build files have none. */
function isPage(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/_next/static/");
}

/** /icon.svg, /robots.txt: files, which have no locale. */
function isFile(pathname: string): boolean {
  return /\.[a-z0-9]+$/i.test(pathname);
}

function refusal(status: 403 | 429, code: string, message: string, locale: Locale): NextResponse<ApiError> {
  return NextResponse.json(
    { error: { code, message } },
    { status, headers: { "Content-Language": LANGUAGE_TAGS[locale] } },
  );
}

function securedResponse<R extends NextResponse>(
  response: R,
  dev: boolean,
  policy = contentSecurityPolicy({ dev }),
): R {
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
