import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { closeDatabase, getPrisma } from "@/lib/db/client";
import { SIGN_IN_PER_ACCOUNT } from "@/lib/db/sign-in-budget";
import { EnvError, parseEnv } from "@/lib/env";
import { authSecret, createAccount, getAuth, resetAuth, SIGN_IN_PER_ADDRESS } from "@/lib/server/auth";
import { forgetAccountLimiter, handleAuthRequest } from "@/lib/server/auth-handler";

import { seededAppDatabase } from "./support/database";

// Accounts and sessions through the auth route's handler (better-auth behind our wrapper), on a
// real database: session cookies, the same answer for a wrong password and an unknown email,
// sign-out ending the session for every instance, the per-address and per-account sign-in limits,
// session fixation, and the shared secret.

let cleanup: () => Promise<void>;
const PASSWORD = "correct horse battery";

beforeAll(async () => {
  // Addresses are taken from X-Forwarded-For only behind a trusted proxy (auth-handler.ts).
  process.env.OUTBOUND_TRUST_PROXY = "true";
  delete process.env.OUTBOUND_AUTH_SECRET;
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  resetAuth();
  forgetAccountLimiter();
  await createAccount({ email: "Lead@Example.com", name: "Strategy lead", password: PASSWORD });
});

afterAll(async () => {
  delete process.env.OUTBOUND_TRUST_PROXY;
  resetAuth();
  forgetAccountLimiter();
  await closeDatabase();
  await cleanup?.();
});

const ORIGIN = "http://localhost:3000";
let addresses = 0;
/** A new client address (TEST-NET-3, RFC 5737) so one test's attempts do not spend another's budget. */
function newAddress(): string {
  addresses += 1;
  return `203.0.113.${addresses}`;
}

async function call(path: string, body: unknown, headers: Record<string, string> = {}) {
  return handleAuthRequest(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": newAddress(), ...headers },
      body: JSON.stringify(body),
    }),
  );
}

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

function sessionTokenOf(cookie: string): string | undefined {
  return /better-auth\.session_token=([^;]+)/.exec(cookie)?.[1];
}

async function sessionFor(cookie: string) {
  return (await getAuth()).api.getSession({ headers: new Headers({ cookie }) });
}

describe("the secret", () => {
  test("without OUTBOUND_AUTH_SECRET, one is drawn once and stored, so every instance reads the same", async () => {
    const first = await authSecret(parseEnv({}));
    const second = await authSecret(parseEnv({}));
    expect(first).toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const stored = await (await getPrisma()).appSetting.findUnique({ where: { key: "auth.secret" } });
    expect(stored?.value).toBe(first);
  });

  test("OUTBOUND_AUTH_SECRET shorter than 32 characters stops start-up with a message naming it", () => {
    expect(() => parseEnv({ OUTBOUND_AUTH_SECRET: "too-short" })).toThrow(EnvError);
    expect(() => parseEnv({ OUTBOUND_AUTH_SECRET: "too-short" })).toThrow(/OUTBOUND_AUTH_SECRET: must be at least 32/);
    expect(parseEnv({ OUTBOUND_AUTH_SECRET: "x".repeat(32) }).OUTBOUND_AUTH_SECRET).toBe("x".repeat(32));
  });
});

describe("sign-in", () => {
  test("gives an HttpOnly, SameSite=Lax session cookie that the session endpoint accepts", async () => {
    const signedIn = await call("/sign-in/email", { email: "lead@example.com", password: PASSWORD });
    expect(signedIn.status).toBe(200);
    const setCookie = signedIn.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    expect((await sessionFor(cookieOf(signedIn)))?.user.email).toBe("lead@example.com");
  });

  test("marks the cookie Secure behind a trusted proxy that says the browser used HTTPS", async () => {
    const signedIn = await call(
      "/sign-in/email",
      { email: "lead@example.com", password: PASSWORD },
      { "x-forwarded-proto": "https" },
    );
    expect(signedIn.status).toBe(200);
    for (const cookie of signedIn.headers.getSetCookie()) expect(cookie).toMatch(/;\s*Secure/i);
  });

  test("answers a wrong password and an unknown email alike", async () => {
    const wrong = await call("/sign-in/email", { email: "lead@example.com", password: "not the password" });
    const unknown = await call("/sign-in/email", { email: "nobody@example.com", password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  test("a session token set before sign-in is never the one after (no fixation)", async () => {
    const before = await call("/sign-in/email", { email: "lead@example.com", password: PASSWORD });
    const planted = cookieOf(before);
    const after = await call("/sign-in/email", { email: "lead@example.com", password: PASSWORD }, { cookie: planted });
    expect(after.status).toBe(200);
    const tokenBefore = sessionTokenOf(planted);
    const tokenAfter = sessionTokenOf(cookieOf(after));
    expect(tokenBefore).toBeTruthy();
    expect(tokenAfter).toBeTruthy();
    expect(tokenAfter).not.toBe(tokenBefore);
  });
});

describe("sessions across instances", () => {
  test("a session works on a fresh instance, and sign-out ends it there too", async () => {
    const signedIn = await call("/sign-in/email", { email: "lead@example.com", password: PASSWORD });
    const cookie = cookieOf(signedIn);
    // Another instance: a new better-auth over the same database, with the same stored secret.
    resetAuth();
    expect((await sessionFor(cookie))?.user.email).toBe("lead@example.com");
    const out = await call("/sign-out", {}, { cookie });
    expect(out.status).toBe(200);
    resetAuth();
    expect(await sessionFor(cookie)).toBeNull();
    const token = sessionTokenOf(cookie)?.split(".")[0] ?? "";
    expect(await (await getPrisma()).session.findUnique({ where: { token } })).toBeNull();
  });
});

describe("sign-in limits", () => {
  test(`one address gets ${SIGN_IN_PER_ADDRESS.max} attempts a minute, whatever the emails; another address is not held back`, async () => {
    const address = "198.51.100.7";
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_PER_ADDRESS.max; i += 1) {
      const attempt = await call(
        "/sign-in/email",
        { email: `someone${i}@example.com`, password: "guessing away" },
        { "x-forwarded-for": address },
      );
      statuses.push(attempt.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const elsewhere = await call("/sign-in/email", { email: "someone@example.com", password: "guessing away" });
    expect(elsewhere.status).toBe(401);
  });

  test("without a trusted proxy the connection's address counts, and X-Forwarded-For is ignored", async () => {
    process.env.OUTBOUND_TRUST_PROXY = "false";
    try {
      const attempt = (socket: string) =>
        call(
          "/sign-in/email",
          { email: `nobody${Math.random()}@example.com`, password: "guessing away" },
          { "x-outbound-socket-address": socket },
        );
      const statuses: number[] = [];
      // Each attempt claims a new X-Forwarded-For address (call() sends one): it must not matter.
      for (let i = 0; i <= SIGN_IN_PER_ADDRESS.max; i += 1) statuses.push((await attempt("198.51.100.20")).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      expect((await attempt("198.51.100.21")).status).toBe(401);
    } finally {
      process.env.OUTBOUND_TRUST_PROXY = "true";
    }
  });

  test(`one account gets ${SIGN_IN_PER_ACCOUNT.points} attempts in 15 minutes from any number of addresses, registered or not, with the same answer`, async () => {
    for (const email of ["lead@example.com", "ghost@example.com"]) {
      const statuses: number[] = [];
      for (let i = 0; i < SIGN_IN_PER_ACCOUNT.points; i += 1) {
        statuses.push((await call("/sign-in/email", { email, password: "guessing away" })).status);
      }
      expect(statuses).toEqual(Array(SIGN_IN_PER_ACCOUNT.points).fill(401));
      // Even the right password waits now: the account's budget is spent.
      const blocked = await call("/sign-in/email", { email, password: PASSWORD });
      expect(blocked.status).toBe(429);
      expect(await blocked.json()).toEqual({ message: "Too many requests. Please try again later." });
    }
    const other = await call("/sign-in/email", { email: "another@example.com", password: "guessing away" });
    expect(other.status).toBe(401);
  });
});
