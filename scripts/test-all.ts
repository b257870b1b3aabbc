// Runs every check and test: typecheck, lint, unit and integration tests (Vitest), a production
// build and the end-to-end tests (Playwright in Debian's Chromium). Ends with one plain line,
// "N passed, N failed", totalled over both runners. `npm test`; DATABASE_URL switches the
// integration and end-to-end tests from the embedded database to a PostgreSQL server.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

import { buildIsCurrent, sourceStamp, stampFile } from "./build-stamp";
import { freePort } from "./free-port";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const failures: string[] = [];

function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

function ensureChromium(): boolean {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(chromium)) return true;
  const root = process.getuid?.() === 0;
  if (root && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing: installing Debian's chromium package (end-to-end tests need it)…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (existsSync(chromium)) return true;
  }
  console.error(
    `No Chromium at ${chromium}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  return false;
}

type VitestReport = {
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: { name: string; status: string; message?: string; assertionResults?: unknown[] }[];
};

const npx = "npx";
// OUTBOUND_TEST_SCOPE=database: a second pass against another database (CI's PostgreSQL run) repeats
// only what the database can change: every integration test, and the end-to-end specs that write to
// the database and read it back (playwright.config.ts, DATABASE_SPECS) on the first pass's build
// when the sources did not change. Typecheck, lint, the unit tests, the build itself and the
// end-to-end specs that only read the shipped data set do not depend on the database and already
// ran in the first pass.
const scope = process.env.OUTBOUND_TEST_SCOPE ?? "all";
if (scope !== "all" && scope !== "database") {
  console.error(`OUTBOUND_TEST_SCOPE must be "all" or "database", not "${scope}"`);
  process.exit(2);
}
const databaseOnly = scope === "database";
rmSync("test-results", { recursive: true, force: true });
if (!databaseOnly) {
  run("typecheck", npx, ["tsc", "--noEmit"]);
  run("lint", npx, ["eslint", ".", "--max-warnings=0"]);
}
run(databaseOnly ? "integration tests (Vitest)" : "unit and integration tests (Vitest)", npx, [
  "vitest",
  "run",
  ...(databaseOnly ? ["--project", "integration"] : []),
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=test-results/vitest.json",
]);
// The build reads no database (pages that query it are dynamic) and inlines no DATABASE_URL, so a
// second pass reuses the first pass's build when the sources are the same (CI's PostgreSQL pass).
const stamp = sourceStamp();
let built: boolean;
if (databaseOnly && stamp && buildIsCurrent(stamp)) {
  console.log(`\n▶ production build: reusing the one built from these same sources by the first pass`);
  built = true;
} else {
  rmSync(stampFile(), { force: true });
  built = run("production build (npm run build: Next.js and the worker bundle)", "npm", ["run", "-s", "build"]);
  if (built && stamp) writeFileSync(stampFile(), stamp);
}
if (built && ensureChromium()) {
  rmSync(".data/e2e", { recursive: true, force: true });
  const port = process.env.E2E_PORT ?? String(await freePort());
  // In the database pass playwright.config.ts selects the specs that write to the database and
  // read it back (OUTBOUND_TEST_SCOPE is passed on).
  const label = databaseOnly ? "end-to-end tests that use the database" : "end-to-end tests";
  // The database pass also starts a second instance on the same database (tests/e2e/instances-env.ts).
  const secondPort = databaseOnly ? (process.env.E2E_SECOND_PORT ?? String(await freePort())) : undefined;
  const ports = secondPort ? `ports ${port} and ${secondPort}` : `port ${port}`;
  run(`${label} (Playwright, app on ${ports})`, npx, ["playwright", "test"], {
    E2E_PORT: port,
    ...(secondPort ? { E2E_SECOND_PORT: secondPort } : {}),
  });
} else {
  failures.push("end-to-end tests (not run)");
}

let passed = 0;
let failed = 0;
if (existsSync("test-results/vitest.json")) {
  const report = JSON.parse(readFileSync("test-results/vitest.json", "utf8")) as VitestReport;
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that cannot load runs no test, so Vitest's counts leave it out: count it as failed.
  const unloadable = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && (file.assertionResults ?? []).length === 0,
  );
  for (const file of unloadable) console.log(`✗ ${file.name} failed to load: ${(file.message ?? "").split("\n")[0]}`);
  failed += unloadable.length;
}
if (existsSync("test-results/playwright.json")) {
  const stats = JSON.parse(readFileSync("test-results/playwright.json", "utf8")).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
}
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
