import "server-only";

import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";

import { Piscina } from "piscina";

import { parseEnv } from "@/lib/env";
import { RequestError } from "@/lib/http/errors";

import { WorkBudgetError, WorkCancelledError, WorkerUnavailableError } from "./work-errors";
import type { EngineResults, EngineTask, TaskOutcome } from "./workers/engine";
import { workersDir } from "./workers/location";

// The heavy engine calls (Monte Carlo sensitivity, stability intervals, report PDFs) run in a pool
// of worker threads, never on the request thread: one 100,000-sample request takes seconds of CPU,
// and while it ran in the route every other request (even /api/health) waited. Each task has a
// time budget and follows the client: when the budget passes or the client goes away, piscina
// ends the thread running it, so abandoned work stops using a core.

export type PoolOptions = { filename?: string; maxThreads?: number; budgetMs?: number };

export type EnginePool = {
  run<K extends EngineTask["kind"]>(
    task: Extract<EngineTask, { kind: K }>,
    signal?: AbortSignal,
  ): Promise<{ value: EngineResults[K]; threadId: number }>;
  budgetMs: number;
  close(): Promise<void>;
};

export function createEnginePool(options: PoolOptions = {}): EnginePool {
  const env = parseEnv();
  const filename = options.filename ?? path.join(workersDir(), "engine.mjs");
  const budgetMs = options.budgetMs ?? env.OUTBOUND_WORK_BUDGET_MS;
  const maxThreads = options.maxThreads ?? env.OUTBOUND_WORKER_THREADS ?? Math.max(1, availableParallelism() - 1);
  let pool: Piscina | undefined;

  return {
    budgetMs,
    async run(task, signal) {
      if (!pool) {
        // Built at run time from the checkout, not part of the bundle: no tracing.
        if (!existsSync(/* turbopackIgnore: true */ filename)) throw new WorkerUnavailableError(filename);
        // Threads start on first use and stop after a minute idle: a quiet server holds none. They
        // run at a lower priority (nice +10, Linux) so that on a busy machine the request thread,
        // which answers every other client, is scheduled first.
        pool = new Piscina({ filename, minThreads: 0, maxThreads, idleTimeout: 60_000, niceIncrement: 10 });
      }
      const budget = AbortSignal.timeout(budgetMs);
      const stop = signal ? AbortSignal.any([signal, budget]) : budget;
      let outcome: TaskOutcome;
      try {
        outcome = (await pool.run(task, { signal: stop })) as TaskOutcome;
      } catch (error) {
        if (budget.aborted) throw new WorkBudgetError(budgetMs);
        if (signal?.aborted) throw new WorkCancelledError();
        throw error;
      }
      if (!outcome.ok) {
        const { status, code, message, issues, limit } = outcome.failure;
        throw new RequestError(status, code, message, issues, limit);
      }
      return { value: outcome.value as EngineResults[typeof task.kind], threadId: outcome.threadId };
    },
    async close() {
      await pool?.destroy();
      pool = undefined;
    },
  };
}

// One pool per server process, kept across hot reloads in development (like the Prisma client).
const holder = globalThis as typeof globalThis & { outboundEnginePool?: EnginePool };

export function enginePool(): EnginePool {
  holder.outboundEnginePool ??= createEnginePool();
  return holder.outboundEnginePool;
}
