import { defineConfig, devices } from "@playwright/test";

import { secondInstance } from "./tests/e2e/instances-env";

// End-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here) against
// the production build, served by the same start script users run, on a throwaway database.
const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * The specs CI's second pass runs against a PostgreSQL server (OUTBOUND_TEST_SCOPE=database,
 * scripts/test-all.ts): those that write to the database and read it back through the app
 * (scenarios saved, reopened, compared, reported and exported as PDF; imports and the backup; the
 * cross-site write refusals) and one that reads the seeded data set (markets). The other specs
 * show the same seeded data set and ran in the first pass; the integration tests check every
 * repository on both databases.
 */
export const DATABASE_SPECS = [
  "scenarios.spec.ts",
  "report.spec.ts",
  "data.spec.ts",
  "import-weights.spec.ts",
  "security.spec.ts",
  "markets.spec.ts",
  "share.spec.ts",
  "instances.spec.ts",
];
const databaseOnly = process.env.OUTBOUND_TEST_SCOPE === "database";
const baseURL = `http://127.0.0.1:${port}`;

const server = (listenOn: number) => ({
  command: "node --import ./scripts/register.mjs scripts/start.ts",
  url: `http://127.0.0.1:${listenOn}/api/health`,
  reuseExistingServer: false,
  timeout: 180_000,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  env: {
    PORT: String(listenOn),
    HOST: "127.0.0.1",
    OUTBOUND_DATA_DIR: process.env.E2E_DATA_DIR ?? ".data/e2e/pglite",
    NEXT_TELEMETRY_DISABLED: "1",
    // One JSON line per request would bury a failing test's output; warnings and errors stay.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  },
});

// Issue 13 §5: in the PostgreSQL pass a second instance of the app serves the same server database
// on another port (tests/e2e/instances.spec.ts uses both). Playwright starts the servers one after
// the other, so the second finds the migrations applied and the data set seeded by the first.
const second = secondInstance();
const browserUse = { ...devices["Desktop Chrome"], channel: undefined };

export default defineConfig({
  testDir: "tests/e2e",
  ...(databaseOnly ? { testMatch: DATABASE_SPECS.map((file) => `**/${file}`) } : {}),
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL,
    // English pages for every spec, whatever the machine's language: Accept-Language picks the
    // locale of a bare address (/ → /en). tests/e2e/locales.spec.ts opens its own zh and ru browsers.
    locale: "en-US",
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // With two instances, instances.spec.ts runs after every other spec: its last tests make an owner,
  // which turns sign-in on for the rest of the run.
  projects: second
    ? [
        { name: "chromium", testIgnore: "**/instances.spec.ts", use: browserUse },
        { name: "two instances", testMatch: "**/instances.spec.ts", dependencies: ["chromium"], use: browserUse },
      ]
    : [{ name: "chromium", use: browserUse }],
  webServer: second ? [server(port), server(second.port)] : server(port),
});
