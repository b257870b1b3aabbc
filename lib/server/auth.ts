import "server-only";

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";

import { accessControl, ROLES } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";

// Accounts and sessions (issue 13 §2), with better-auth over the app's own Prisma client:
// email and password (scrypt, better-auth's default hash), sessions stored in the database so every
// instance accepts them, sign-in attempts rate-limited in the database (shared by instances), and
// workspaces as better-auth's organizations with our three roles. Built on first use, once the
// database is open.

const SESSION_DAYS = 7;

async function createAuth(secret: string) {
  const env = parseEnv();
  const prisma = await getPrisma();
  return betterAuth({
    appName: "Outbound",
    secret,
    baseURL: env.OUTBOUND_URL,
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 12, disableSignUp: true },
    session: { expiresIn: 60 * 60 * 24 * SESSION_DAYS, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 5 } },
    },
    advanced: {
      // Secure cookies only behind HTTPS (told by OUTBOUND_URL); HttpOnly and SameSite=Lax always.
      useSecureCookies: env.OUTBOUND_URL?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: () => crypto.randomUUID() },
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
      nextCookies(),
    ],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const globalForAuth = globalThis as unknown as { outboundAuth?: Promise<Auth> };

/** The process's better-auth instance. */
export function getAuth(secret = process.env.OUTBOUND_AUTH_SECRET ?? ""): Promise<Auth> {
  globalForAuth.outboundAuth ??= createAuth(secret);
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
