import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";

import { routing } from "@/lib/i18n/routing";
import { parseEnv } from "@/lib/env";
import { createRequestGuard, type RequestGuard } from "@/lib/http/guard";

// Runs before every request (pages, API, static files; Next.js 16's proxy, formerly middleware):
// origin check, rate limits and security headers, written once in lib/http/guard.ts; then, for
// pages, next-intl's locale routing (lib/i18n/routing.ts). The guard and its rate-limit counters
// live as long as the server process.

let guard: RequestGuard | undefined;
const routeLocale = createMiddleware(routing);

export function proxy(request: NextRequest) {
  guard ??= createRequestGuard(parseEnv(), { dev: process.env.NODE_ENV === "development" }, routeLocale);
  return guard(request);
}
