import { afterAll, beforeAll, expect, test } from "vitest";

import { databaseOver, type Database } from "@/lib/db/client";
import { openConnection } from "@/lib/db/connection";
import { databaseBudget } from "@/lib/db/rate-limits";
import { prepareDatabase } from "@/lib/db/setup";
import type { DatabaseTarget } from "@/lib/db/target";
import { parseEnv } from "@/lib/env";
import { createRateLimiter, type BudgetStore, type RateLimiter } from "@/lib/http/rate-limit";
import { budgetStoreKind } from "@/lib/server/rate-limits";

import { freshTarget, usingServer } from "./support/database";

// Issue 13 §5: two instances of the app on one database spend one rate-limit budget. Each limiter
// here is what one instance's proxy builds (createRateLimiter over the database store); on a
// PostgreSQL server (CI's second pass) each has its own connection pool, as two processes would.
// PGlite admits one process, so there the two limiters share its one connection: the budget is
// still counted in the table, not in either limiter.

const env = parseEnv({ OUTBOUND_RATE_LIMIT_SENSITIVITY: "3" });
let target: DatabaseTarget;
let cleanup: () => Promise<void>;
let first: Database;
let second: Database;

beforeAll(async () => {
  const fresh = await freshTarget();
  target = fresh.target;
  cleanup = fresh.cleanup;
  await prepareDatabase(target, { seed: false });
  first = databaseOver(await openConnection(target));
  second = usingServer ? databaseOver(await openConnection(target)) : first;
});

afterAll(async () => {
  await first?.close();
  if (second !== first) await second?.close();
  await cleanup?.();
});

const storeOver =
  (db: Database): BudgetStore =>
  async (options) =>
    databaseBudget(db.prisma, options);

function sensitivity(): Request {
  return new Request("http://127.0.0.1:3000/api/v1/sensitivity", { method: "POST" });
}

/** Sends one request through the limiter: "ok", or the seconds the refusal asks to wait. */
async function spend(limiter: RateLimiter): Promise<"ok" | number> {
  const refusal = await limiter(sensitivity(), "/api/v1/sensitivity");
  return refusal ? refusal.retryAfterSeconds : "ok";
}

test("two instances over the same database share one budget: the fourth request of three a minute is refused on either", async () => {
  const a = createRateLimiter(env, storeOver(first));
  const b = createRateLimiter(env, storeOver(second));
  expect(await spend(a)).toBe("ok");
  expect(await spend(b)).toBe("ok");
  expect(await spend(a)).toBe("ok");
  const refusedOnB = await spend(b);
  const refusedOnA = await spend(a);
  // Refused, with a wait within the one-minute window.
  expect(refusedOnB).toBeGreaterThanOrEqual(1);
  expect(refusedOnB).toBeLessThanOrEqual(60);
  expect(refusedOnA).toBeGreaterThanOrEqual(1);
  // The count is in the table, under the rule's key: 5 requests seen, 3 allowed.
  const row = await first.prisma.rateLimitBudget.findUnique({ where: { key: "outbound:sensitivity:all clients" } });
  expect(row?.points).toBe(5);
});

test("budgets kept in memory are each process's own: the same four requests all pass on two limiters", async () => {
  const a = createRateLimiter(env);
  const b = createRateLimiter(env);
  expect([await spend(a), await spend(b), await spend(a), await spend(b)]).toEqual(["ok", "ok", "ok", "ok"]);
});

test("a store that cannot be opened leaves the process counting in memory, not failing requests", async () => {
  const broken: BudgetStore = async () => {
    throw new Error("database not reachable");
  };
  const limiter = createRateLimiter(env, broken);
  expect([await spend(limiter), await spend(limiter), await spend(limiter)]).toEqual(["ok", "ok", "ok"]);
  expect(await spend(limiter)).toBeGreaterThanOrEqual(1);
});

test("the database counts the budgets on a PostgreSQL server, memory with the embedded database", () => {
  expect(budgetStoreKind(parseEnv({ DATABASE_URL: "postgresql://u:p@db.internal:5432/outbound" }))).toBe("database");
  expect(budgetStoreKind(parseEnv({}))).toBe("memory");
});
