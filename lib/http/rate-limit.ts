import "server-only";

import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

import type { Env } from "@/lib/env";

import type { RateLimitSubject } from "./api-text";

// Budgets for the endpoints that cost seconds of CPU or read the whole database: Monte Carlo
// sensitivity, the PDF report (a scenario's or a shared link's), imports and backups. Where they
// are counted is the caller's choice (BudgetStore): in this process's memory by default, which
// suits the embedded database (one process serves it); in the database when several instances
// share a PostgreSQL server (lib/server/rate-limits.ts), so that they spend one budget.

type Rule = {
  /** What the client reads in the 429 message (in English; `subject` names it for the other languages). */
  what: string;
  subject: RateLimitSubject;
  perMinute: number;
  matches: (method: string, pathname: string) => boolean;
};

export function rateLimitRules(env: Env): Rule[] {
  const post = (path: RegExp) => (method: string, pathname: string) => method === "POST" && path.test(pathname);
  return [
    {
      what: "sensitivity analyses",
      subject: "sensitivity",
      perMinute: env.OUTBOUND_RATE_LIMIT_SENSITIVITY,
      matches: post(/^\/api\/v1\/sensitivity\/?$/),
    },
    {
      what: "PDF reports",
      subject: "pdf",
      perMinute: env.OUTBOUND_RATE_LIMIT_REPORT_PDF,
      matches: (method, pathname) =>
        (method === "GET" || method === "HEAD") && /^\/api\/v1\/(scenarios|shared)\/[^/]+\/report\.pdf$/.test(pathname),
    },
    {
      what: "imports (previews and commits)",
      subject: "imports",
      perMinute: env.OUTBOUND_RATE_LIMIT_IMPORTS,
      matches: post(/^\/api\/v1\/imports(\/preview)?\/?$/),
    },
    {
      what: "backups (exports and restores)",
      subject: "backups",
      perMinute: env.OUTBOUND_RATE_LIMIT_BACKUP,
      matches: (method, pathname) =>
        ["GET", "HEAD", "POST"].includes(method) && /^\/api\/v1\/backup\/?$/.test(pathname),
    },
  ];
}

/**
 * Whose budget a request spends. Without a trusted reverse proxy every client shares one budget:
 * the app listens on loopback for one team by default, the socket address does not reach this
 * layer, and X-Forwarded-For is whatever the client wrote (Next.js keeps a client's header), so
 * keying on it would let anyone dodge the limit by sending a new address each time. Behind a
 * trusted proxy (OUTBOUND_TRUST_PROXY) the last X-Forwarded-For entry is the address that proxy
 * saw, and each client gets its own budget.
 */
export function clientKey(request: Request, trustProxy: boolean): string {
  if (!trustProxy) return "all clients";
  const forwarded = request.headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? "direct";
}

export type RateLimitRefusal = {
  what: string;
  subject: RateLimitSubject;
  perMinute: number;
  retryAfterSeconds: number;
};

export type RateLimiter = (request: Request, pathname: string) => Promise<RateLimitRefusal | undefined>;

/** A rule's budget: `points` requests per `duration` seconds, its keys prefixed with `keyPrefix`. */
export type BudgetOptions = { points: number; duration: number; keyPrefix: string };

/** Makes the limiter that counts one rule's budget (it may have to open the database first). */
export type BudgetStore = (options: BudgetOptions) => Promise<RateLimiterAbstract>;

/** This process's memory: right for one process (the embedded database allows no other). */
export const memoryBudgets: BudgetStore = async (options) => new RateLimiterMemory(options);

/** A limiter per rule (0 per minute = no limit); resolves to a refusal once a budget is spent. */
export function createRateLimiter(env: Env, store: BudgetStore = memoryBudgets): RateLimiter {
  const limits = rateLimitRules(env)
    .filter((rule) => rule.perMinute > 0)
    .map((rule) => {
      const options = { points: rule.perMinute, duration: 60, keyPrefix: `outbound:${rule.subject}` };
      let limiter: Promise<RateLimiterAbstract> | undefined;
      // Made on first use; a store that could not be made (the database not reachable yet) is
      // tried again by the next request, and meanwhile this process counts in memory.
      const fallback = new RateLimiterMemory(options);
      const limiterOf = () => {
        limiter ??= store(options).catch((error: unknown) => {
          limiter = undefined;
          throw error;
        });
        return limiter;
      };
      return { rule, limiterOf, fallback };
    });
  return async (request, pathname) => {
    const method = request.method.toUpperCase();
    const limit = limits.find(({ rule }) => rule.matches(method, pathname));
    if (!limit) return undefined;
    try {
      const limiter = await limit.limiterOf().catch(() => limit.fallback);
      await limiter.consume(clientKey(request, env.OUTBOUND_TRUST_PROXY));
      return undefined;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return {
        what: limit.rule.what,
        subject: limit.rule.subject,
        perMinute: limit.rule.perMinute,
        retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      };
    }
  };
}
