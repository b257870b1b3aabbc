/**
 * HTTP benchmark of the production build (`npm run bench:http`): starts the app as `npm start` does,
 * on a fresh embedded database in a temporary folder and a free loopback port, then runs autocannon
 * against the pages and endpoints users hit most, at 1, 16 and 64 concurrent clients. Also measures
 * what the browser receives for `/` (HTML with its inline RSC payload, first-load JS gzip) and how
 * fast `/api/health` answers while a 100,000-sample sensitivity request runs.
 *
 * Benchmarks, not tests: timings on a shared machine are noisy, so the script reports and exits 0
 * unless the app cannot be started or measured at all. Results also go to bench-results/ (JSON).
 *
 * Environment: BENCH_PORT (default: a free port), BENCH_DURATION seconds per case (default 10),
 * BENCH_WARMUP seconds (default 2), BENCH_CONNECTIONS (default "1,16,64"), BENCH_CASES (only the
 * cases whose name contains one of these comma-separated words, e.g. "score,markets"), NEXT_DIST_DIR.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";

import { firstLoadOf, type FirstLoad } from "./page-weight";
import { freePort } from "./free-port";

const require = createRequire(import.meta.url);
type CannonResult = {
  latencies: string;
  totalCompletedRequests: number;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};
// autocannon ships no types (and @types/autocannon is not a dependency): type what we use.
const autocannon = require("autocannon") as (options: Record<string, unknown>) => Promise<CannonResult>;
// autocannon's own histogram (HdrHistogram, with its coordinated-omission correction) offers only
// fixed percentiles (p50, p90, p97.5, p99...): decode the raw histogram to read p95 exactly.
const { decodeHist } = require("autocannon/lib/histUtil.js") as {
  decodeHist: (encoded: string) => { getValueAtPercentile: (p: number) => number; totalCount: number } | null;
};

const DURATION = positive("BENCH_DURATION", 10);
const WARMUP = positive("BENCH_WARMUP", 2);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "1,16,64").split(",").map((c) => {
  const n = Number(c.trim());
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_CONNECTIONS: "${c}" is not a positive integer`);
  return n;
});
const ONLY = (process.env.BENCH_CASES ?? "")
  .split(",")
  .map((w) => w.trim())
  .filter(Boolean);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}: "${raw}" is not a positive number`);
  return value;
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

function ensureBuild(): void {
  if (existsSync(path.resolve(distDir, "BUILD_ID"))) return;
  console.log(`No production build in ${distDir}: running \`npm run build\` first.`);
  const built = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0)
    throw new Error("`npm run build` failed; fix the build, then run `npm run bench:http` again.");
}

async function startApp(port: number, dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    OUTBOUND_DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The benchmark is of the embedded database, as a user's `npm start` runs it.
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "./scripts/register.mjs", "scripts/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}) before it served:\n${output}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`The app did not answer /api/health within 120 s:\n${output}`);
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok)
    throw new Error(`${init?.method ?? "GET"} ${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

type Framework = {
  criteriaGroups: {
    key: string;
    defaultWeight: number;
    indicators: { key: string; direction: "benefit" | "cost"; defaultWeight: number }[];
  }[];
};
type MarketValues = { markets: { iso3: string; values: Record<string, { value: number }> }[] };

/**
 * A TOPSIS request over the stored data: the 20 indicators with the most values and the 25 markets
 * with the most values on them, weights and directions as the data set ships them.
 */
async function scoringBody(base: string, markets = 25, criteria = 20): Promise<Record<string, unknown>> {
  const framework = await json<Framework>(`${base}/api/v1/framework`);
  const values = await json<MarketValues>(`${base}/api/v1/markets?values=latest`);
  const indicators = framework.criteriaGroups.flatMap((group) =>
    group.indicators.map((indicator) => ({ ...indicator, group: group.key })),
  );
  const coverage = (key: string) => values.markets.filter((m) => m.values[key] !== undefined).length;
  const chosen = [...indicators]
    .sort((a, b) => coverage(b.key) - coverage(a.key) || a.key.localeCompare(b.key))
    .slice(0, criteria);
  const covered = (m: MarketValues["markets"][number]) => chosen.filter((c) => m.values[c.key] !== undefined).length;
  const picked = [...values.markets]
    .sort((a, b) => covered(b) - covered(a) || a.iso3.localeCompare(b.iso3))
    .slice(0, markets);
  if (chosen.length < criteria || picked.length < markets) {
    throw new Error(
      `The stored data has ${indicators.length} indicators and ${values.markets.length} markets; need ${criteria} × ${markets}.`,
    );
  }
  const groups = framework.criteriaGroups.filter((g) => chosen.some((c) => c.group === g.key));
  return {
    method: "topsis",
    criteria: chosen.map((c) => ({ id: c.key, weight: c.defaultWeight, direction: c.direction, group: c.group })),
    groups: groups.map((g) => ({ id: g.key, weight: g.defaultWeight })),
    alternatives: picked.map((m) => ({
      id: m.iso3,
      values: Object.fromEntries(chosen.map((c) => [c.key, m.values[c.key]?.value ?? null])),
    })),
  };
}

type Case = { name: string; path: string; method?: "GET" | "POST"; body?: string };
type Row = {
  case: string;
  connections: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  load: string;
};

function cannon(base: string, item: Case, connections: number, duration: number) {
  return autocannon({
    url: `${base}${item.path}`,
    method: item.method ?? "GET",
    connections,
    duration,
    timeout: 30,
    skipAggregateResult: true,
    ...(item.body ? { body: item.body, headers: { "content-type": "application/json" } } : {}),
  });
}

async function measure(base: string, item: Case, connections: number): Promise<Row> {
  await cannon(base, item, connections, WARMUP);
  const result = await cannon(base, item, connections, DURATION);
  const histogram = decodeHist(result.latencies);
  const at = (p: number) => (histogram && histogram.totalCount > 0 ? histogram.getValueAtPercentile(p) : Number.NaN);
  return {
    case: item.name,
    connections,
    requests: result.totalCompletedRequests,
    reqPerSec: result.totalCompletedRequests / result.duration,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    load: load(),
  };
}

type HealthDuringWork = {
  sensitivityStatus: number;
  sensitivityMs: number;
  healthChecks: number;
  healthFailures: number;
  healthP50Ms: number;
  healthMaxMs: number;
};

/** Polls /api/health while one 100,000-sample Monte Carlo request runs: is the request thread free? */
async function healthDuringSensitivity(base: string, scoring: Record<string, unknown>): Promise<HealthDuringWork> {
  const body = JSON.stringify({ ...scoring, monteCarlo: { samples: 100_000, seed: 7 } });
  const started = performance.now();
  let done = false;
  const work = fetch(`${base}/api/v1/sensitivity`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  }).then(async (response) => {
    await response.arrayBuffer();
    done = true;
    return { status: response.status, ms: performance.now() - started };
  });
  // Let the request reach the server before the first probe.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const timings: number[] = [];
  let failures = 0;
  while (!done) {
    const t0 = performance.now();
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (!response?.ok) failures++;
    await response?.arrayBuffer();
    timings.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const sensitivity = await work;
  timings.sort((a, b) => a - b);
  return {
    sensitivityStatus: sensitivity.status,
    sensitivityMs: sensitivity.ms,
    healthChecks: timings.length,
    healthFailures: failures,
    healthP50Ms: timings[Math.floor(timings.length / 2)] ?? Number.NaN,
    healthMaxMs: timings.at(-1) ?? Number.NaN,
  };
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0).padStart(6) : "     –");
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function printWeight(weight: FirstLoad): void {
  console.log(`\nPage weight of / (targets: HTML incl. RSC ≤ 150 KB, first-load JS ≤ 150 KB gzip)`);
  console.log(
    `  HTML                 ${weight.htmlBytes} B (${kib(weight.htmlBytes)}), of which inline RSC payload ${weight.inlineRscBytes} B`,
  );
  console.log(`  RSC (client nav)     ${weight.rscBytes} B (${kib(weight.rscBytes)})`);
  console.log(
    `  first-load JS        ${weight.scripts.length} scripts, ${kib(weight.jsBytes)} raw, ${kib(weight.jsGzipBytes)} gzip`,
  );
}

async function main(): Promise<void> {
  ensureBuild();
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const folder = mkdtempSync(path.join(tmpdir(), "outbound-bench-"));
  console.log(`Starting the production build on port ${port}, embedded database in ${folder} (load ${load()})`);
  const { child, base } = await startApp(port, path.join(folder, "pglite"));
  try {
    const scoring = await scoringBody(base);
    const cases: Case[] = [
      { name: "GET /", path: "/" },
      { name: "GET /markets/RUS", path: "/markets/RUS" },
      { name: "GET /api/v1/markets", path: "/api/v1/markets" },
      {
        name: "POST /api/v1/score (25×20 TOPSIS)",
        path: "/api/v1/score",
        method: "POST",
        body: JSON.stringify(scoring),
      },
    ];
    const weight = await firstLoadOf(base, "/");
    printWeight(weight);

    const health = await healthDuringSensitivity(base, scoring);
    console.log(
      `\n/api/health during a 100,000-sample sensitivity request (target < 100 ms): ` +
        `${health.healthChecks} checks, p50 ${health.healthP50Ms.toFixed(0)} ms, max ${health.healthMaxMs.toFixed(0)} ms, ` +
        `${health.healthFailures} failed; sensitivity HTTP ${health.sensitivityStatus} in ${health.sensitivityMs.toFixed(0)} ms`,
    );

    console.log(`\nautocannon: ${WARMUP} s warm-up + ${DURATION} s per case; latency in ms (2xx and others alike)`);
    console.log(`${"case".padEnd(36)} conn    req/s    p50    p95    p99  errors non2xx  load(1/5/15)`);
    const rows: Row[] = [];
    for (const item of cases.filter((c) => ONLY.length === 0 || ONLY.some((word) => c.name.includes(word)))) {
      for (const connections of CONNECTIONS) {
        const row = await measure(base, item, connections);
        rows.push(row);
        console.log(
          `${row.case.padEnd(36)} ${String(connections).padStart(4)} ${row.reqPerSec.toFixed(1).padStart(8)} ` +
            `${ms(row.p50)} ${ms(row.p95)} ${ms(row.p99)} ${String(row.errors + row.timeouts).padStart(7)} ` +
            `${String(row.non2xx).padStart(6)}  ${row.load}`,
        );
      }
    }
    mkdirSync("bench-results", { recursive: true });
    const file = path.join("bench-results", `http-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(
      file,
      JSON.stringify({ at: new Date().toISOString(), duration: DURATION, weight, health, rows }, null, 2),
    );
    console.log(`\nSaved ${file}`);
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
