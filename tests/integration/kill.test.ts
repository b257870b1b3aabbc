import { spawn } from "node:child_process";
import path from "node:path";

import { afterAll, beforeAll, expect, test } from "vitest";

import { ScenarioInputsSchema, ScenarioResultsSchema } from "@/lib/contracts/scenarios";
import { databaseOver } from "@/lib/db/client";
import { openConnection } from "@/lib/db/connection";
import type { DatabaseTarget } from "@/lib/db/target";

import { seededTarget, usingServer } from "./support/database";

// The app killed with SIGKILL in the middle of a scenario save and of an import: after a restart
// nothing is half-written (a scenario has its current revision and results; an import batch has
// all of its rows), and nothing that was saved before is lost. The writer is a real process
// (support/save-worker.ts) on the same database; on the embedded database the restart also takes
// over the lock the killed process left behind.

const WORKER = path.resolve(import.meta.dirname, "support/save-worker.ts");
const ROUNDS = 6;

let target: DatabaseTarget;
let cleanup: () => Promise<void>;
const env: Record<string, string> = {};

beforeAll(async () => {
  const fresh = await seededTarget();
  target = fresh.target;
  cleanup = fresh.cleanup;
  if (target.kind === "embedded") env.OUTBOUND_DATA_DIR = target.dataDir;
  else env.DATABASE_URL = target.url;
});

afterAll(async () => cleanup?.());

/**
 * Runs a writer and kills it during its write number `writes + 1`: after `writes` writes have
 * returned, at `fraction` of the time the previous write took, so the kill lands inside a write
 * (in its computation or inside its transaction), never only between two.
 */
function runAndKill(kind: "scenarios" | "imports", tag: string, writes: number, fraction: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "./scripts/register.mjs", WORKER, kind, tag], {
      env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? "" },
    });
    const lines: string[] = [];
    let buffer = "";
    let err = "";
    let last = 0;
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split("\n");
      buffer = parts.pop()!;
      for (const line of parts) {
        const now = performance.now();
        if (line !== "ready") lines.push(line);
        if (lines.length === writes && line !== "ready") {
          setTimeout(() => child.kill("SIGKILL"), Math.max(1, (now - last) * fraction));
        }
        last = now;
      }
    });
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL") return reject(new Error(`writer ended by itself (${code}): ${err}`));
      resolve(lines);
    });
  });
}

type Reported = { scenarios: Map<string, number>; batches: Map<string, number> };

async function checkInvariants(reported: Reported) {
  const db = databaseOver(await openConnection(target));
  try {
    const { prisma } = db;
    const scenarios = await prisma.scenario.findMany({ include: { revisions: true } });
    for (const scenario of scenarios) {
      const versions = scenario.revisions.map((r) => r.version).sort((a, b) => a - b);
      expect(versions, `scenario ${scenario.id}`).toEqual(Array.from({ length: scenario.version }, (_, i) => i + 1));
      const current = scenario.revisions.find((r) => r.version === scenario.version)!;
      expect({ name: current.name, notes: current.notes, inputs: current.inputs, results: current.results }).toEqual({
        name: scenario.name,
        notes: scenario.notes,
        inputs: scenario.inputs,
        results: scenario.results,
      });
      expect(ScenarioInputsSchema.safeParse(scenario.inputs).success).toBe(true);
      const results = ScenarioResultsSchema.parse(scenario.results);
      expect(results.ranking.ranking.length).toBeGreaterThan(0);
    }
    const byId = new Map(scenarios.map((s) => [s.id, s]));
    for (const [id, version] of reported.scenarios) {
      expect(byId.get(id)?.version, `reported scenario ${id} v${version}`).toBeGreaterThanOrEqual(version);
    }
    const batches = await prisma.importBatch.findMany({
      include: { _count: { select: { values: true, indicators: true } } },
    });
    for (const batch of batches) {
      expect(batch._count.values, `batch ${batch.fileName}`).toBe(batch.rowCount);
      expect(batch._count.indicators).toBe(1);
    }
    const batchIds = new Map(batches.map((b) => [b.id, b]));
    for (const [id, values] of reported.batches)
      expect(batchIds.get(id)?._count.values, `reported batch ${id}`).toBe(values);
    // Nothing of a killed import is left outside a batch either.
    const orphans = await prisma.indicator.count({ where: { origin: "user", importBatchId: null } });
    expect(orphans).toBe(0);
    return { scenarios: scenarios.length, batches: batches.length };
  } finally {
    await db.close();
  }
}

test(`SIGKILL during scenario saves and imports (${ROUNDS} rounds) leaves whole writes only, and loses none that returned`, async () => {
  const reported: Reported = { scenarios: new Map(), batches: new Map() };
  const seen: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const kind = round % 2 === 0 ? "scenarios" : "imports";
    const writes = 1 + Math.floor(Math.random() * 3);
    const fraction = Math.random();
    const lines = await runAndKill(kind, `r${round}`, writes, fraction);
    for (const line of lines) {
      const [what, id, n] = line.split(" ");
      if (what === "saved") reported.scenarios.set(id!, Number(n));
      if (what === "imported") reported.batches.set(id!, Number(n));
    }
    const counts = await checkInvariants(reported);
    seen.push(
      `${kind}: killed after ${lines.length} writes had returned (aimed ${Math.round(fraction * 100)}% into the next); ` +
        `the database has ${counts.scenarios} scenarios, ${counts.batches} import batches, all whole`,
    );
  }
  console.info(`kill test (${usingServer ? "server" : "embedded"}):\n  ${seen.join("\n  ")}`);
}, 300_000);
