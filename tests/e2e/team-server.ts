import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

import { expect, type APIRequestContext } from "@playwright/test";

// A team-mode Outbound of its own for the group-decision story (issue 13, "Done when"): the
// production build served by the same start script users run, on its own port and a fresh
// embedded database, with an owner made by `npm run -s outbound -- admin create` (from then on
// everyone signs in). The shared e2e server stays alone on loopback for the other specs.

// E2E_TEAM_PORT, else a port free when the spec starts (the next ports may be other team specs').
let port = Number(process.env.E2E_TEAM_PORT ?? 0);

/** The team server's address, once started. */
export function teamUrl(): string {
  return `http://127.0.0.1:${port}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
const DATA_DIR = path.resolve(
  process.env.E2E_TEAM_DATA_DIR ?? `${process.env.E2E_DATA_DIR ?? ".data/e2e"}-team/pglite`,
);

function env(): NodeJS.ProcessEnv {
  const own: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    OUTBOUND_DATA_DIR: DATA_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  // Its own embedded database, also in CI's PostgreSQL pass: the story starts from nobody.
  delete own.DATABASE_URL;
  return own;
}

export type TeamServer = { process: ChildProcess; output: () => string };

/** Starts the server on a fresh database and waits until it answers /api/health. */
export async function startTeamServer(): Promise<TeamServer> {
  if (!port) port = await freePort();
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(path.dirname(DATA_DIR), { recursive: true });
  const child = spawn(process.execPath, ["--import", "./scripts/register.mjs", "scripts/start.ts"], {
    env: env(),
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

/** `npm run -s outbound -- admin create … --password-stdin`, as the README's team setup runs it. */
export async function adminCreate(person: { email: string; name: string; password: string }): Promise<string> {
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
      "--password-stdin",
    ],
    { env: env(), stdio: ["pipe", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stdin?.end(`${person.password}\n`);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`admin create exited with ${code}:\n${output}`);
  return output;
}

/** A same-origin write, as the app's own pages send it (the proxy refuses cross-site writes). */
export async function post(request: APIRequestContext, url: string, data: unknown) {
  const response = await request.post(url, { data, headers: { origin: teamUrl() } });
  expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
  return response;
}
