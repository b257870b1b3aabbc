import "server-only";

import { NextResponse } from "next/server";

import { LANGUAGE_TAGS } from "@/lib/i18n/locales";

import { apiLocale, apiMessage } from "./api-text";

// Next.js answers a method a route does not export with a bare 405: no body, no Allow header.
// Every API route exports the methods it lacks from here, so a client gets the same JSON error
// shape as for any other mistake, and the Allow header (RFC 9110 §15.5.6) says what would work.

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Handler = (request: Request) => NextResponse;

/** Handlers for every method except `allowed`, each answering 405 with a JSON error and `Allow`. */
export function otherMethods<const A extends readonly HttpMethod[]>(
  ...allowed: A
): Record<Exclude<HttpMethod, A[number]>, Handler> {
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const handler: Handler = (request) => {
    const locale = apiLocale(request);
    const text = {
      key: "methodNotAllowed",
      method: request.method,
      path: new URL(request.url).pathname,
      allowed,
    } as const;
    return NextResponse.json(
      { error: { code: "method_not_allowed", message: apiMessage(locale, text) } },
      { status: 405, headers: { Allow: allow, "Content-Language": LANGUAGE_TAGS[locale] } },
    );
  };
  const others = HTTP_METHODS.filter((method) => !allowed.includes(method));
  return Object.fromEntries(others.map((method) => [method, handler])) as Record<
    Exclude<HttpMethod, A[number]>,
    Handler
  >;
}
