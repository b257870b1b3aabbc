import "server-only";

// Errors of the worker pool (worker-pool.ts), apart from it so lib/http can map them to HTTP
// answers without loading the pool.

/** The task ran past its time budget (OUTBOUND_WORK_BUDGET_MS): HTTP 503 naming the budget. */
export class WorkBudgetError extends Error {
  constructor(readonly budgetMs: number) {
    super(
      `The computation took longer than its time budget of ${budgetMs} ms (OUTBOUND_WORK_BUDGET_MS) and was stopped. ` +
        "Ask for fewer Monte Carlo samples or fewer markets and criteria, or raise the budget.",
    );
    this.name = "WorkBudgetError";
  }
}

/** The client went away before the answer was ready; the work was stopped. */
export class WorkCancelledError extends Error {
  constructor() {
    super("The request was cancelled by the client before its computation finished.");
    this.name = "WorkCancelledError";
  }
}

/** The worker bundle is missing (no `npm run build` yet): HTTP 503 saying what to run. */
export class WorkerUnavailableError extends Error {
  constructor(readonly file: string) {
    super(`The computation workers are not built (${file} is missing). Run \`npm run build\` (or \`npm run dev\`).`);
    this.name = "WorkerUnavailableError";
  }
}
