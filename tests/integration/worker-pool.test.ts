import path from "node:path";
import { threadId } from "node:worker_threads";

import { afterAll, beforeAll, expect, test } from "vitest";

import { asRequestError, parseCommand } from "@/lib/commands/engine-commands";
import { SensitivityRequestSchema } from "@/lib/contracts/engine";
import { RequestError } from "@/lib/http/errors";
import { SeededRandom, sensitivityRequest } from "@/lib/scoring";
import { WorkBudgetError, WorkCancelledError, WorkerUnavailableError } from "@/lib/server/work-errors";
import { createEnginePool, type EnginePool } from "@/lib/server/worker-pool";
import { buildWorkers } from "@/scripts/build-workers";

// The worker pool runs the same engine as the CLI, in another thread, within a time budget, and
// stops when the client goes away. (That the request thread stays free while it runs is measured
// by `npm run bench:http`, not timed here.)

let file: string;
let pool: EnginePool;

// Built where the app looks for it (inside the checkout, so the bundle's packages resolve from
// node_modules): the same file `npm run build` makes.
beforeAll(async () => {
  [file] = (await buildWorkers()) as [string];
  pool = createEnginePool({ filename: file, maxThreads: 1, budgetMs: 20_000 });
});

afterAll(async () => {
  await pool.close();
});

/** A seeded n × m weighted-sum problem with Monte Carlo settings, parsed as the route parses it. */
function sensitivity(n: number, m: number, samples: number) {
  const random = new SeededRandom(11);
  const criteria = Array.from({ length: m }, (_, c) => ({
    id: `c${c}`,
    weight: 1 + c,
    direction: c % 3 ? "benefit" : "cost",
  }));
  const alternatives = Array.from({ length: n }, (_, a) => ({
    id: `m${a}`,
    values: Object.fromEntries(criteria.map((c) => [c.id, Math.round(1000 * random.uniform()) / 10])),
  }));
  const text = JSON.stringify({ method: "wsm", criteria, alternatives, monteCarlo: { samples, seed: 3 } });
  return parseCommand(text, SensitivityRequestSchema);
}

test("a sensitivity request runs in a worker thread and answers what the engine answers in-process", async () => {
  const request = sensitivity(8, 5, 2_000);
  const { value, threadId: worker } = await pool.run({ kind: "sensitivity", request });
  expect(worker).not.toBe(threadId);
  expect(value).toEqual(sensitivityRequest(request));
});

test("an engine input error comes back as the same 400 the in-process command gives", async () => {
  const request = sensitivity(3, 2, 100);
  request.criteria = request.criteria.map((c) => ({ ...c, weight: 0 }));
  const expected = asRequestError(captured(() => sensitivityRequest(request)));
  expect(expected).toBeInstanceOf(RequestError);
  const error = await pool.run({ kind: "sensitivity", request }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestError);
  expect(error).toMatchObject({
    status: 400,
    code: (expected as RequestError).code,
    message: (expected as RequestError).message,
  });
});

test("work past its time budget is stopped with an error naming the budget", async () => {
  const tight = createEnginePool({ filename: file, maxThreads: 1, budgetMs: 150 });
  try {
    const error = await tight
      .run({ kind: "sensitivity", request: sensitivity(60, 30, 100_000) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkBudgetError);
    expect((error as Error).message).toContain("150 ms (OUTBOUND_WORK_BUDGET_MS)");
  } finally {
    await tight.close();
  }
});

test("work whose client went away is cancelled", async () => {
  const client = new AbortController();
  const running = pool.run({ kind: "sensitivity", request: sensitivity(60, 30, 100_000) }, client.signal);
  setTimeout(() => client.abort(), 50);
  await expect(running).rejects.toBeInstanceOf(WorkCancelledError);
  // The pool still serves after a cancelled task ended its thread.
  const after = await pool.run({ kind: "sensitivity", request: sensitivity(4, 3, 200) });
  expect(after.value.leader).toBe(sensitivityRequest(sensitivity(4, 3, 200)).leader);
});

test("without a built worker the pool says what to run", async () => {
  const missing = createEnginePool({ filename: path.join(path.dirname(file), "absent.mjs") });
  await expect(missing.run({ kind: "sensitivity", request: sensitivity(2, 2, 10) })).rejects.toThrow(
    WorkerUnavailableError,
  );
  await expect(missing.run({ kind: "sensitivity", request: sensitivity(2, 2, 10) })).rejects.toThrow(/npm run build/);
});

function captured(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the engine to refuse this input");
}
