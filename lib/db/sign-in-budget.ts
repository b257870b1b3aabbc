import "server-only";

import { RateLimiterPrisma } from "rate-limiter-flexible";

import type { PrismaClient } from "./client";

// Sign-in attempts per account (issue 13 §2), counted in rate_limit_budget through
// rate-limiter-flexible's RateLimiterPrisma so that every instance on one database shares the count.
// The key is the email as typed (lower-cased), registered or not, so the limit itself reveals
// nothing about which emails have accounts.

/** At most 10 attempts per email in 15 minutes; a successful sign-in starts the count afresh. */
export const SIGN_IN_PER_ACCOUNT = { points: 10, durationSeconds: 15 * 60 };

export function signInAttemptsPerAccount(prisma: PrismaClient): RateLimiterPrisma {
  return new RateLimiterPrisma({
    storeClient: prisma,
    tableName: "rateLimitBudget",
    keyPrefix: "sign-in-account",
    points: SIGN_IN_PER_ACCOUNT.points,
    duration: SIGN_IN_PER_ACCOUNT.durationSeconds,
    // Expired rows are replaced on the next attempt for the same key; no timer keeps tests alive.
    clearExpiredByTimeout: false,
  });
}
