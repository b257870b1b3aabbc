import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

import type { Logger } from "pino";

import { localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";

// One log line per HTTP request (API and pages), written by the server that hands requests to
// Next.js (scripts/serve.ts): request id, method, route, status, duration. The request id is taken
// from a sane incoming X-Request-Id (a proxy's) or made here, echoed in the response, and available
// to code running for the request (requestId()), so an error logged deep inside carries it too.

export const REQUEST_ID_HEADER = "x-request-id";
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/** The request being served: its id, and the locale its Accept-Language picks (API errors speak it). */
type RequestContext = { requestId: string; locale?: Locale };

// On globalThis: the serving script and the Next.js server bundle each load their own copy of
// this module in the one process, and must share the store.
const store: AsyncLocalStorage<RequestContext> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for("outbound.requestContext")
] ??= new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>;

/** The id of the request being served, if any. */
export function requestId(): string | undefined {
  return store.getStore()?.requestId;
}

/** The locale of the request being served (its Accept-Language), if any. */
export function requestLocale(): Locale | undefined {
  return store.getStore()?.locale;
}

/** Runs `work` as code serving a request with this context (the server does it for each request). */
export function withRequestContext<T>(context: RequestContext, work: () => T): T {
  return store.run(context, work);
}

/** A client's X-Request-Id when it is a plain token, or a new UUID. */
export function requestIdOf(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The path without its query, ids folded ({id}) so that lines group by route. */
export function routeOf(url: string | undefined): { path: string; route: string } {
  const path = (url ?? "/").split("?")[0]!.split("#")[0]!;
  const route = path
    .split("/")
    .map((segment) => (UUID.test(segment) ? "{id}" : segment))
    .join("/");
  return { path, route };
}

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/** Wraps a Node.js request handler so that every request is logged once, when it ends. */
/** The connection's address, written by scripts/serve.ts over whatever the client sent. */
export const SOCKET_ADDRESS_HEADER = "x-outbound-socket-address";

export function withRequestLog(handler: Handler, log: Logger): Handler {
  return (request, response) => {
    const started = process.hrtime.bigint();
    const id = requestIdOf(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = id; // route handlers see the id the log uses
    response.setHeader(REQUEST_ID_HEADER, id);
    const { route } = routeOf(request.url);
    let logged = false;
    const done = (aborted: boolean) => {
      if (logged) return;
      logged = true;
      const fields = {
        requestId: id,
        method: request.method,
        route,
        status: response.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        ...(aborted ? { aborted: true } : {}),
      };
      // Static assets are many and dull: only at debug level.
      if (response.statusCode >= 500) log.error(fields, "request failed");
      else if (route.startsWith("/_next/")) log.debug(fields, "request");
      else log.info(fields, "request");
    };
    response.on("finish", () => done(false));
    response.on("close", () => done(!response.writableFinished));
    const locale = localeFromAcceptLanguage(request.headers["accept-language"]);
    return store.run({ requestId: id, locale }, () => handler(request, response));
  };
}
