import { randomUUID } from "node:crypto";

import { expect } from "vitest";

import { getPrisma } from "@/lib/db/client";
import type { WorkspaceRoleName } from "@/lib/contracts/people";
import { forgetTeamMode } from "@/lib/server/access";
import { createAccount, getAuth, resetAuth } from "@/lib/server/auth";

// Team mode in a test: accounts with a password, seats in workspaces, and better-auth's own
// sign-in, whose cookies the route handlers then read like a browser's.

export const TEST_SECRET = "test-secret-of-at-least-thirty-two-characters";
export const ORIGIN = "http://localhost:3000";
export const PASSWORD = "correct horse battery";

export type Person = { id: string; cookie: string };

/** Signs in through better-auth and returns the session cookie; `ip` keeps each sign-in under its own rate limit. */
export async function signIn(email: string, ip: string, password = PASSWORD): Promise<string> {
  const auth = await getAuth(TEST_SECRET);
  const response = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** A new account `key@example.com` with a seat in a workspace, signed in. */
export async function seat(
  key: string,
  name: string,
  role: WorkspaceRoleName,
  workspaceId: string,
  ip: string,
): Promise<Person> {
  const { id } = await createAccount({ email: `${key}@example.com`, name, password: PASSWORD });
  await (await getPrisma()).member.create({ data: { id: randomUUID(), workspaceId, userId: id, role } });
  return { id, cookie: await signIn(`${key}@example.com`, ip) };
}

/**
 * Team mode on the open database: better-auth started afresh with the test secret, a second
 * workspace "other", and each planned person seated and signed in from their own address
 * (`${addressPrefix}${first + i}`, so no two share a sign-in limit).
 */
export async function seatTeam<K extends string>(
  plan: readonly (readonly [K, string, WorkspaceRoleName, string])[],
  addressPrefix: string,
  first: number,
): Promise<Record<K, Person>> {
  resetAuth();
  forgetTeamMode();
  await getAuth(TEST_SECRET);
  await (await getPrisma()).workspace.create({ data: { id: "other", name: "Other company", slug: "other" } });
  const people = {} as Record<K, Person>;
  for (const [i, [key, name, role, workspaceId]] of plan.entries()) {
    people[key] = await seat(key, name, role, workspaceId, `${addressPrefix}${first + i}`);
  }
  return people;
}
