import "server-only";

import { RateLimiterMemory } from "rate-limiter-flexible";

import { getPrisma } from "@/lib/db/client";
import { databaseBudget } from "@/lib/db/rate-limits";
import { databaseTarget } from "@/lib/db/target";
import type { Env } from "@/lib/env";
import { memoryBudgets, type BudgetStore } from "@/lib/http/rate-limit";

// Where the rate-limit budgets are counted (README, Configuration): on a PostgreSQL server
// (DATABASE_URL), in its rate_limit_budget table, so that every instance of the app spends one
// budget; with the embedded database, which one process holds, in that process's memory. While the
// server cannot be reached, each instance counts in memory (rate-limiter-flexible's insurance
// limiter) rather than refusing or failing requests.

export type BudgetStoreKind = "memory" | "database";

export function budgetStoreKind(env: Env): BudgetStoreKind {
  return databaseTarget(env).kind === "server" ? "database" : "memory";
}

export function budgetStore(env: Env): BudgetStore {
  if (budgetStoreKind(env) === "memory") return memoryBudgets;
  return async (options) =>
    databaseBudget(await getPrisma(), { ...options, insuranceLimiter: new RateLimiterMemory(options) });
}
