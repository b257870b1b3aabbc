import "server-only";

import { RateLimiterPrisma, type RateLimiterAbstract } from "rate-limiter-flexible";

import type { PrismaClient } from "./client";

// Rate-limit budgets counted in the database (issue 13 §5), so that every instance of the app on
// one PostgreSQL server spends the same budget: rate-limiter-flexible's RateLimiterPrisma over the
// rate_limit_budget table (model RateLimitBudget: key, points, expire). Each consume is an upsert
// that increments the row in the database, so concurrent requests on several instances all count.

export type BudgetOptions = {
  points: number;
  duration: number;
  keyPrefix: string;
  /** Counts in memory while the database cannot be reached, rather than failing the request. */
  insuranceLimiter?: RateLimiterAbstract;
};

export function databaseBudget(prisma: PrismaClient, options: BudgetOptions): RateLimiterAbstract {
  return new RateLimiterPrisma({ storeClient: prisma, tableName: "rateLimitBudget", ...options });
}
