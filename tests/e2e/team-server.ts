import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import { expect, type APIRequestContext } from "@playwright/test";

import { freePort } from "../../scripts/free-port";

// A team-mode Outbound of its own for a spec that works as a team (issue 13): the production
// build served by the same start script users run, on its own port and a fresh embedded database,
// with an owner made by `npm run -s outbound -- admin create` (from then on everyone signs in).
// The shared e2e server stays alone on loopback for the other specs. Each spec names its server,
// so specs running side by side in other workers get their own database and port.

type Instance = { port: number; dataDir: string };
// The server this worker started last (a spec starts one in beforeAll and stops it in afterAll).
let current: Instance | undefined;

function started(): Instance {
  if (!current) throw new Error("No team server started in this worker.");
  return current;
}

/** The team server's address, once started. */
export function teamUrl(): string {
  return `http://127.0.0.1:${started().port}`;
}

function env(instance: Instance): NodeJS.ProcessEnv {
  const own: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(instance.port),
    HOST: "127.0.0.1",
    OUTBOUND_DATA_DIR: instance.dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  // Its own embedded database, also in CI's PostgreSQL pass: the story starts from nobody.
  delete own.DATABASE_URL;
  return own;
}

export type TeamServer = { process: ChildProcess; output: () => string };

/**
 * Starts the server `name` on a fresh database and waits until it answers /api/health. The
 * default "team" server honours E2E_TEAM_PORT and E2E_TEAM_DATA_DIR; any other gets a port free
 * when it starts and a data directory of its own next to E2E_DATA_DIR.
 */
export async function startTeamServer({ name = "team" }: { name?: string } = {}): Promise<TeamServer> {
  const base = process.env.E2E_DATA_DIR ?? ".data/e2e";
  const fixed = name === "team";
  const dataDir = path.resolve((fixed ? process.env.E2E_TEAM_DATA_DIR : undefined) ?? `${base}-${name}/pglite`);
  const port = Number((fixed ? process.env.E2E_TEAM_PORT : undefined) ?? 0) || (await freePort());
  current = { port, dataDir };
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const child = spawn(process.execPath, ["--import", "./scripts/register.mjs", "scripts/start.ts"], {
    env: env(current),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The team server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${teamUrl()}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > 180_000) throw new Error(`The team server did not start in 3 minutes:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { process: child, output: () => output };
}

export async function stopTeamServer(server: TeamServer | undefined): Promise<void> {
  if (!server || server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.once("exit", resolve));
  server.process.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/**
 * `npm run -s outbound -- admin create … --password-stdin`, as the README's team setup runs it:
 * against the team server's database, or with `env` against another (instances.spec.ts passes the
 * shared PostgreSQL server's). Fails unless the command succeeds; its output is returned.
 */
export async function adminCreate(
  person: { email: string; name: string; password: string; role?: "owner" | "editor" | "viewer" },
  { env: commandEnv }: { env?: NodeJS.ProcessEnv } = {},
): Promise<{ stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "./scripts/register.mjs",
      "scripts/outbound.ts",
      "admin",
      "create",
      "--email",
      person.email,
      "--name",
      person.name,
      ...(person.role ? ["--role", person.role] : []),
      "--password-stdin",
    ],
    { env: commandEnv ?? env(started()), stdio: ["pipe", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin?.end(`${person.password}\n`);
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  if (code !== 0) throw new Error(`admin create exited with ${code}:\n${stdout}${stderr}`);
  return { stdout, stderr };
}

/** A same-origin write, as the app's own pages send it (the proxy refuses cross-site writes). */
export async function post(request: APIRequestContext, url: string, data: unknown) {
  const response = await request.post(url, { data, headers: { origin: teamUrl() } });
  expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
  return response;
}
