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

const EnvSchema = z.object({
  DATABASE_URL: postgresUrl.optional().or(z.literal("").transform(() => undefined)),
  OUTBOUND_DATA_DIR: z.string().trim().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** Set by scripts/start.ts: the address the app serves, recorded for the CLI. */
  OUTBOUND_URL: z.url().optional(),
  /** Longest a worker-pool task (sensitivity, report PDF) may run before the request gets 503. */
  OUTBOUND_WORK_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Worker threads for the heavy engine calls; default: one per core but one, at least one. */
  OUTBOUND_WORKER_THREADS: z.coerce.number().int().min(1).max(64).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
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
