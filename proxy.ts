import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";

import { routing } from "@/lib/i18n/routing";
import { parseEnv } from "@/lib/env";
import { createRequestGuard, type RequestGuard } from "@/lib/http/guard";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { budgetStore } from "@/lib/server/rate-limits";

// Runs before every request (pages, API, static files; Next.js 16's proxy, formerly middleware):
// origin check, rate limits and security headers, written once in lib/http/guard.ts; then, for
// pages, next-intl's locale routing (lib/i18n/routing.ts). The guard lives as long as the server
// process; its rate-limit budgets are counted in memory, or in the database when instances share a
// PostgreSQL server (lib/server/rate-limits.ts; the proxy runs in Node.js, so Prisma works here).

let guard: RequestGuard | undefined;
const routeLocale = createMiddleware(routing);

export function proxy(request: NextRequest) {
  if (!guard) {
    const env = parseEnv();
    const rateLimiter = createRateLimiter(env, budgetStore(env));
    guard = createRequestGuard(env, { dev: process.env.NODE_ENV === "development", rateLimiter }, routeLocale);
  }
  return guard(request);
}
