import "server-only";

import path from "node:path";
import { z } from "zod";

// Environment, parsed once at start-up (create-t3-app's env.js, epic-stack's env.server.ts):
// a wrong value stops the process with a message that names the variable.

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^/]+\/?/.test(value), {
    message: "must look like postgresql://user:password@host:5432/database",
  });

/**
 * OUTBOUND_ALLOWED_ORIGINS: origins besides the app's own that may write (a reverse proxy's public
 * address), comma-separated. Each must be a bare origin (scheme, host, port): a path would never
 * match what a browser sends in its Origin header, so it is refused rather than silently ignored.
 */
const allowedOrigins = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const origins: string[] = [];
    for (const item of value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)) {
      const origin = bareOrigin(item);
      if (!origin) {
        ctx.addIssue({
          code: "custom",
          message: `"${item}" is not an origin: list origins such as https://outbound.example.com, separated by commas`,
        });
        return z.NEVER;
      }
      origins.push(origin);
    }
    return origins;
  });

function bareOrigin(text: string): string | undefined {
  if (!URL.canParse(text) || /[?#]/.test(text)) return undefined;
  const url = new URL(text);
  const bare = url.pathname === "/" && !url.username && !url.password;
  return bare && (url.protocol === "http:" || url.protocol === "https:") ? url.origin : undefined;
}

/** A per-minute request budget; 0 switches the limit off. */
const perMinute = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000).default(fallback);

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1");

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const EnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional().or(z.literal("").transform(() => undefined)),
  OUTBOUND_DATA_DIR: z.string().trim().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** Least severe log line written (JSON lines on standard output, see lib/log.ts). */
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  /** Set by scripts/start.ts: the address the app serves, recorded for the CLI. */
  OUTBOUND_URL: z.url().optional(),
  OUTBOUND_ALLOWED_ORIGINS: allowedOrigins.default([]),
  /** Set when a reverse proxy in front of the app appends the client's address to X-Forwarded-For. */
  OUTBOUND_TRUST_PROXY: flag,
  OUTBOUND_RATE_LIMIT_SENSITIVITY: perMinute(30),
  OUTBOUND_RATE_LIMIT_REPORT_PDF: perMinute(20),
  OUTBOUND_RATE_LIMIT_IMPORTS: perMinute(20),
  OUTBOUND_RATE_LIMIT_BACKUP: perMinute(10),
  /** Longest a worker-pool task (sensitivity, report PDF) may run before the request gets 503. */
  OUTBOUND_WORK_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Worker threads for the heavy engine calls; default: one per core but one, at least one. */
  OUTBOUND_WORKER_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  /**
   * Signs session cookies; shared by every instance. When unset, one is drawn at random and kept in
   * the database (app_setting) on first use, so instances on one database agree.
   */
  OUTBOUND_AUTH_SECRET: z
    .string()
    .trim()
    .min(32, "must be at least 32 characters (for example: openssl rand -base64 48)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /**
   * The address people open in their browser when it differs from the one the app listens on (a
   * reverse proxy): links the app prints, single sign-on callbacks and trusted origins use it, and
   * an https address marks session cookies Secure.
   */
  OUTBOUND_PUBLIC_URL: z
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** OpenID Connect single sign-on (all three or none): the issuer publishes its discovery document. */
  OUTBOUND_OIDC_ISSUER: z
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  OUTBOUND_OIDC_CLIENT_ID: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
  OUTBOUND_OIDC_CLIENT_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
  /** What the sign-in button calls the identity provider ("Sign in with …"). */
  OUTBOUND_OIDC_NAME: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((value) => value || undefined),
});

const OIDC_KEYS = ["OUTBOUND_OIDC_ISSUER", "OUTBOUND_OIDC_CLIENT_ID", "OUTBOUND_OIDC_CLIENT_SECRET"] as const;

/** Single sign-on needs its three variables together: one alone is a mistake, not a choice. */
const CheckedEnvSchema = EnvSchema.superRefine((env, ctx) => {
  const set = OIDC_KEYS.filter((key) => env[key] !== undefined);
  if (set.length === 0 || set.length === OIDC_KEYS.length) return;
  for (const key of OIDC_KEYS.filter((k) => env[k] === undefined)) {
    ctx.addIssue({ code: "custom", path: [key], message: `is required when ${set.join(" and ")} is set` });
  }
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = CheckedEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** The embedded database's directory: OUTBOUND_DATA_DIR or .data/pglite under the project. */
export function embeddedDataDir(env: Env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.OUTBOUND_DATA_DIR ?? ".data/pglite");
}

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

/** The single sign-on provider the environment configures, if any. */
export function oidcConfig(env: Env): OidcConfig | undefined {
  const { OUTBOUND_OIDC_ISSUER: issuer, OUTBOUND_OIDC_CLIENT_ID: clientId } = env;
  const clientSecret = env.OUTBOUND_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return undefined;
  return { issuer, clientId, clientSecret, name: env.OUTBOUND_OIDC_NAME ?? "SSO" };
}

/** The discovery document of an OpenID Connect issuer (OpenID Connect Discovery 1.0 §4). */
export function discoveryUrlOf(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

/** The origin people reach the app at: OUTBOUND_PUBLIC_URL, else the address it serves. */
export function publicOrigin(env: Env): string | undefined {
  const url = env.OUTBOUND_PUBLIC_URL ?? env.OUTBOUND_URL;
  return url ? new URL(url).origin : undefined;
}
