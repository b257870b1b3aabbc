import "server-only";

import { randomBytes } from "node:crypto";

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth, organization } from "better-auth/plugins";

import { accessControl, ROLES } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";
import { joinPendingInvitation } from "@/lib/db/people";
import { settingOnce } from "@/lib/db/settings";
import { discoveryUrlOf, oidcConfig, parseEnv, publicOrigin, type Env } from "@/lib/env";

// Accounts and sessions (issue 13 §2), with better-auth over the app's own Prisma client:
// email and password (scrypt, better-auth's default hash), sessions stored in the database so every
// instance accepts them (and sign-out, which deletes the row, ends them everywhere), sign-in
// attempts per address counted in the database (shared by instances; per account: auth-handler.ts),
// workspaces as better-auth's organizations with our three roles, and OpenID Connect single sign-on
// when the environment configures it. Built on first use, once the database is open.

/** Sessions last 7 days, renewed at most once a day while in use (better-auth's expiresIn/updateAge). */
export const SESSION_DAYS = 7;
/** Sign-in attempts from one address per minute (better-auth's database rate-limit storage). */
export const SIGN_IN_PER_ADDRESS = { window: 60, max: 5 };
/** The header the auth route writes the client's address into (auth-handler.ts); clients' own copies are dropped. */
export const CLIENT_ADDRESS_HEADER = "x-outbound-client-address";
/**
 * better-auth's id of the configured identity provider: sign-in POST /api/auth/sign-in/social
 * { provider: "sso" }, callback /api/auth/callback/sso (generic OAuth providers are social ones).
 */
export const OIDC_PROVIDER_ID = "sso";

const SECRET_SETTING = "auth.secret";

/** OUTBOUND_AUTH_SECRET, or the secret kept in the database (drawn once, shared by every instance). */
export async function authSecret(env: Env = parseEnv()): Promise<string> {
  if (env.OUTBOUND_AUTH_SECRET) return env.OUTBOUND_AUTH_SECRET;
  return settingOnce(await getPrisma(), SECRET_SETTING, () => randomBytes(48).toString("base64url"));
}

/** Origins that may post to the auth routes: the one the browser addressed, the public one, the allow-list. */
export function trustedOriginsOf(env: Env, request?: Request): string[] {
  const origins = new Set<string>(env.OUTBOUND_ALLOWED_ORIGINS);
  const origin = publicOrigin(env);
  if (origin) origins.add(origin);
  const host = request?.headers.get("host");
  // The same rule as the proxy guard's own origin (lib/http/guard.ts): the Host the browser sent,
  // on this server's scheme. A cross-site page cannot choose it.
  if (request && host) origins.add(`${new URL(request.url).protocol}//${host}`.toLowerCase());
  return [...origins];
}

async function createAuth(secret: string) {
  const env = parseEnv();
  const prisma = await getPrisma();
  const sso = oidcConfig(env);
  const baseURL = env.OUTBOUND_PUBLIC_URL ?? env.OUTBOUND_URL;
  return betterAuth({
    appName: "Outbound",
    secret,
    baseURL,
    trustedOrigins: (request) => trustedOriginsOf(env, request),
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 12, disableSignUp: true },
    session: { expiresIn: 60 * 60 * 24 * SESSION_DAYS, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": SIGN_IN_PER_ADDRESS },
    },
    advanced: {
      // Secure cookies when people reach the app over HTTPS (OUTBOUND_PUBLIC_URL https://…; behind
      // a trusted proxy, X-Forwarded-Proto: https also marks them, auth-handler.ts). HttpOnly and
      // SameSite=Lax always.
      useSecureCookies: baseURL?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: () => crypto.randomUUID() },
      // Only the address the auth route vouches for counts: X-Forwarded-For is whatever a client
      // wrote unless a trusted proxy set it (lib/http/rate-limit.ts, clientKey).
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    databaseHooks: {
      user: {
        create: {
          // Someone signing in by single sign-on for the first time gets an account; they join a
          // workspace only when an invitation for their email is pending.
          after: async (user, context) => {
            if (context?.path?.startsWith("/callback/")) await joinPendingInvitation(prisma, user.id, user.email);
          },
        },
      },
    },
    plugins: [
      organization({
        ac: accessControl,
        roles: ROLES,
        creatorRole: "owner",
        allowUserToCreateOrganization: false,
        schema: {
          organization: { modelName: "workspace" },
          member: { fields: { organizationId: "workspaceId" } },
          invitation: { fields: { organizationId: "workspaceId" } },
          session: { fields: { activeOrganizationId: "activeWorkspaceId" } },
        },
      }),
      ...(sso
        ? [
            genericOAuth({
              config: [
                {
                  providerId: OIDC_PROVIDER_ID,
                  name: sso.name,
                  discoveryUrl: discoveryUrlOf(sso.issuer),
                  clientId: sso.clientId,
                  clientSecret: sso.clientSecret,
                  scopes: ["openid", "email", "profile"],
                  pkce: true,
                },
              ],
            }),
          ]
        : []),
      nextCookies(),
    ],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const globalForAuth = globalThis as unknown as { outboundAuth?: Promise<Auth> };

/** The process's better-auth instance; `secret` overrides the configured one (tests). */
export function getAuth(secret?: string): Promise<Auth> {
  if (!globalForAuth.outboundAuth) {
    const made = (secret ? Promise.resolve(secret) : authSecret()).then(createAuth);
    globalForAuth.outboundAuth = made;
    // A failed start (database not reachable) is not cached: the next request tries again.
    made.catch(() => {
      if (globalForAuth.outboundAuth === made) globalForAuth.outboundAuth = undefined;
    });
  }
  return globalForAuth.outboundAuth;
}

/** Forgets the instance (tests that reopen the database). */
export function resetAuth(): void {
  globalForAuth.outboundAuth = undefined;
}

export type NewAccount = { email: string; name: string; password: string };

/**
 * An account created by the server, not by sign-up (which is off: people join by invitation, the
 * first owner by `outbound admin create`). The password is hashed by better-auth's own hasher.
 */
export async function createAccount(account: NewAccount): Promise<{ id: string; email: string }> {
  const auth = await getAuth();
  const ctx = await auth.$context;
  const email = account.email.trim().toLowerCase();
  const user = await ctx.internalAdapter.createUser(
    { email, name: account.name, emailVerified: true },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(account.password),
  });
  return { id: user.id, email: user.email };
}

/** Better-auth's password hash (scrypt), for a password set through a reset link. */
export async function hashPassword(password: string): Promise<string> {
  return (await (await getAuth()).$context).password.hash(password);
}

/** Whether the password is the account's (used when an existing account accepts an invitation). */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  return (await (await getAuth()).$context).password.verify({ hash, password });
}
