import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as getHealth } from "@/app/api/health/route";
import { GET as getMarkets } from "@/app/api/v1/markets/route";
import { GET as getScenarios, POST as postScenario } from "@/app/api/v1/scenarios/route";
import { closeDatabase } from "@/lib/db/client";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { seededTarget, usingServer } from "./support/database";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy";
import { sampleFirm } from "./support/firm";

// The PostgreSQL server restarted while clients use the app: requests during the outage get 503
// with code database_unavailable (never a 500 or a hang), and the app recovers by itself once the
// server is back, without handing out the pool's dead connections. A proxy between the app and the
// server plays the restart. The embedded database runs inside the app's own process: it has no
// restart of its own (the app restarting is the SIGKILL test, kill.test.ts).

const reason = "needs a PostgreSQL server: set DATABASE_URL (the embedded database cannot restart apart from the app)";

let proxy: TcpProxy | undefined;
let cleanup: (() => Promise<void>) | undefined;
const savedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  if (!usingServer) return;
  // The app's database client is a process-wide singleton: one left open by an earlier test file
  // in this worker would bypass the proxy. Close it, so the next request opens one through it.
  await closeDatabase();
  const fresh = await seededTarget();
  cleanup = fresh.cleanup;
  if (fresh.target.kind !== "server") throw new Error("expected a server target");
  const url = new URL(fresh.target.url);
  proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  process.env.DATABASE_URL = url.toString();
});

afterAll(async () => {
  await closeDatabase();
  await proxy?.close();
  process.env.DATABASE_URL = savedUrl;
  await cleanup?.();
});

const firm = sampleFirm;
const saveRequest = () =>
  new Request("http://localhost/api/v1/scenarios", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name: "During the outage",
      inputs: {
        state: { ...defaultWorkspaceState(), markets: ["RUS", "IDN", "VNM"] },
        firmProfile: firm,
        monteCarlo: { samples: 100, seed: 1, concentration: 50 },
      },
    }),
  });

/** What the app's clients do: read markets and health, list and save scenarios. */
const calls: [string, () => Promise<Response>][] = [
  ["GET /api/v1/markets", () => getMarkets(new Request("http://localhost/api/v1/markets"))],
  ["GET /api/health", () => getHealth()],
  ["GET /api/v1/scenarios", () => getScenarios(new Request("http://localhost/api/v1/scenarios"))],
  ["POST /api/v1/scenarios", () => postScenario(saveRequest())],
];

async function statuses() {
  const out: Record<string, { status: number; code?: string; ms: number }> = {};
  for (const [name, call] of calls) {
    const started = performance.now();
    const response = await call();
    const body = (await response.json()) as { error?: { code: string; message: string } };
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    out[name] = { status: response.status, code: body.error?.code, ms: Math.round(performance.now() - started) };
    if (response.status === 503) {
      expect(body.error?.message).toMatch(/database/i);
      expect(response.headers.get("retry-after")).toBe("5");
    }
  }
  return out;
}

test.skipIf(!usingServer)(
  `PostgreSQL restarted under load: 503 database_unavailable during, 200 after, no app restart (${usingServer ? "server" : reason})`,
  async () => {
    const before = await statuses();
    for (const [name, result] of Object.entries(before)) expect(result.status, name).toBeLessThan(300);

    // Clients keep loading the app while the server goes down and comes back: every answer they get
    // is a success or a 503 database_unavailable, never a 500.
    let loading = true;
    const seen = new Map<string, number>();
    const load = Array.from({ length: 4 }, async (_, client) => {
      while (loading) {
        const [name, call] = calls[client % calls.length]!;
        const response = await call();
        const body = (await response.json()) as { error?: { code: string } };
        const key = `${name} ${response.status}${body.error ? ` ${body.error.code}` : ""}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    await proxy!.cut();
    // A query whose answer was already on its way when the connections dropped may still succeed
    // (a request that began before the outage); let those settle before asserting on new ones.
    await new Promise((resolve) => setTimeout(resolve, 250));
    for (let round = 0; round < 2; round++) {
      const during = await statuses();
      for (const [name, result] of Object.entries(during)) {
        expect(result, name).toMatchObject({ status: 503, code: "database_unavailable" });
        // Refused connections fail fast; at worst the pool's connection timeout (5 s) bounds it.
        expect(result.ms, name).toBeLessThan(6_000);
      }
    }

    await proxy!.restore();
    await new Promise((resolve) => setTimeout(resolve, 300));
    loading = false;
    await Promise.all(load);
    const answers = [...seen.keys()];
    expect(
      answers.every((key) => / 2\d\d$| 503 database_unavailable$/.test(key)),
      answers.join("; "),
    ).toBe(true);
    expect(
      answers.some((key) => key.endsWith("503 database_unavailable")),
      answers.join("; "),
    ).toBe(true);
    console.info(`outage test, answers under load: ${[...seen].map(([key, n]) => `${key} ×${n}`).join("; ")}`);
    // Every request after the restart succeeds: the pool dropped its dead connections.
    for (let round = 0; round < 3; round++) {
      const after = await statuses();
      for (const [name, result] of Object.entries(after))
        expect(result.status, `${name} after restore, round ${round}`).toBeLessThan(300);
    }
  },
  120_000,
);

test.skipIf(usingServer)(`PostgreSQL restart test skipped: ${reason}`, () => {
  expect(usingServer).toBe(false);
});
