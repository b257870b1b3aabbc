import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { closeDatabase } from "@/lib/db/client";
import { createAccount, getAuth, resetAuth } from "@/lib/server/auth";

import { seededAppDatabase } from "./support/database";

// Accounts and sessions through better-auth's handler, on a real database: a session cookie from
// signing in, the same answer for a wrong password and an unknown email, sign-out ending the
// session, and the sign-in rate limit.

let cleanup: () => Promise<void>;
const SECRET = "test-secret-of-at-least-thirty-two-characters";

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  resetAuth();
  await getAuth(SECRET);
  await createAccount({ email: "Lead@Example.com", name: "Strategy lead", password: "correct horse battery" });
});

afterAll(async () => {
  resetAuth();
  await closeDatabase();
  await cleanup?.();
});

const ORIGIN = "http://localhost:3000";
async function call(path: string, body: unknown, headers: Record<string, string> = {}) {
  const auth = await getAuth(SECRET);
  return auth.handler(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": "203.0.113.9", ...headers },
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

describe("sign-in", () => {
  test("gives an HttpOnly, SameSite=Lax session cookie that the session endpoint accepts", async () => {
    const signedIn = await call("/sign-in/email", { email: "lead@example.com", password: "correct horse battery" });
    expect(signedIn.status).toBe(200);
    const setCookie = signedIn.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const auth = await getAuth(SECRET);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(signedIn) }) });
    expect(session?.user.email).toBe("lead@example.com");
  });

  test("answers a wrong password and an unknown email alike", async () => {
    const wrong = await call("/sign-in/email", { email: "lead@example.com", password: "not the password" }, { "x-forwarded-for": "203.0.113.10" });
    const unknown = await call("/sign-in/email", { email: "nobody@example.com", password: "not the password" }, { "x-forwarded-for": "203.0.113.11" });
    expect(wrong.status).toBe(unknown.status);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  test("sign-out ends the session", async () => {
    const signedIn = await call("/sign-in/email", { email: "lead@example.com", password: "correct horse battery" }, { "x-forwarded-for": "203.0.113.12" });
    const cookie = cookieOf(signedIn);
    const out = await call("/sign-out", {}, { cookie, "x-forwarded-for": "203.0.113.12" });
    expect(out.status).toBe(200);
    const auth = await getAuth(SECRET);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });
});
