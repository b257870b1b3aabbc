/**
 * Runs the engine's Monte Carlo in a Web Worker, in chunks of about CHUNK_MS, posting progress
 * after each chunk so the page can draw a progress bar; the page cancels by terminating the
 * worker. Messages: in `{ input, options }`; out `progress`, `done` (with the result) or `error`.
 */
import { createMonteCarloRun, type MonteCarloOptions, type MonteCarloResult, type ScoringInput } from "@/lib/scoring";

export type MonteCarloRequest = { input: ScoringInput; options: MonteCarloOptions };
export type MonteCarloMessage =
  | { type: "progress"; completed: number; total: number }
  | { type: "done"; result: MonteCarloResult }
  | { type: "error"; message: string };

const CHUNK_MS = 40;

// The project's TypeScript lib is the DOM's; a dedicated worker needs only these two members.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MonteCarloRequest>) => void) | null;
  postMessage(message: MonteCarloMessage): void;
};

scope.onmessage = (event) => {
  const { input, options } = event.data;
  try {
    const run = createMonteCarloRun(input, options);
    let chunk = 50;
    const next = () => {
      const started = performance.now();
      const progress = run.step(chunk);
      const elapsed = performance.now() - started;
      // Aim each chunk at CHUNK_MS whatever the problem's size.
      chunk = Math.max(10, Math.min(20_000, Math.round(chunk * Math.min(4, CHUNK_MS / Math.max(0.5, elapsed)))));
      scope.postMessage({ type: "progress", completed: progress.completed, total: progress.total });
      if (progress.done) scope.postMessage({ type: "done", result: run.result() });
      else setTimeout(next, 0);
    };
    next();
  } catch (error) {
    scope.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
