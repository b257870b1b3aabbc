// Starts Outbound: checks the environment, applies pending migrations, seeds the data set when it
// changed, then serves the production build (or `--dev`: the development server) on loopback.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

import { DatabaseSetupError, SeedDataError, messageOf } from "@/lib/db/errors";
import { prepareDatabase } from "@/lib/db/setup";
import { databaseTarget, describeTarget } from "@/lib/db/target";
import { EnvError, parseEnv } from "@/lib/env";
import { workersDir } from "@/lib/server/workers/location";

import { buildWorkers } from "./build-workers";

const dev = process.argv.includes("--dev");

async function main(): Promise<number> {
  const env = parseEnv();
  const target = databaseTarget(env);
  if (!dev && !existsSync(path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
    console.error("No production build found. Run `npm run build` first (or `npm run dev`).");
    return 1;
  }
  // The worker pool's bundle is made by `npm run build`; a build made by `next build` alone (or a
  // development server) lacks it, and esbuild makes it in well under a second.
  if (!existsSync(path.join(workersDir(), "engine.mjs"))) await buildWorkers();
  console.log(`Database: ${describeTarget(target)}`);
  const prepared = await prepareDatabase(target, { seed: true });
  console.log(
    prepared.applied.length > 0 ? `Applied migrations: ${prepared.applied.join(", ")}` : "Migrations: up to date",
  );
  if (prepared.seed) {
    console.log(`Data set ${prepared.seed.version}: ${prepared.seed.seeded ? "seeded" : "already current"}`);
  }
  const url = `http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${env.PORT}`;
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  // Production goes through scripts/serve.ts (Next.js's handler in our own server, for request logs).
  const args = dev
    ? [nextBin, "dev", "-H", env.HOST, "-p", String(env.PORT)]
    : ["--import", "./scripts/register.mjs", "scripts/serve.ts"];
  const child = spawn(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", OUTBOUND_URL: url },
  });
  console.log(`Outbound is starting at ${url}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof EnvError || error instanceof DatabaseSetupError || error instanceof SeedDataError;
    console.error(known ? messageOf(error) : error);
    process.exit(1);
  },
);
