import "server-only";

// The domain errors the edges map to answers (lib/http/route.ts: HTTP status; the CLI: exit code),
// exported from the server layer so that no edge imports lib/db: not found, conflict, database
// unavailable.

export { DatasetNotSeededError } from "@/lib/db/datasets";
export { DATABASE_UNAVAILABLE_MESSAGE, DatabaseSetupError, isDatabaseUnavailable, messageOf } from "@/lib/db/errors";
export { MarketNotFoundError } from "@/lib/db/markets";
export { ScenarioConflictError, ScenarioNotFoundError } from "@/lib/db/scenarios";
export { EmptyScenarioUpdateError } from "./scenarios";
export { ScenarioDeletedError } from "./reports";
export { WorkBudgetError, WorkCancelledError, WorkerUnavailableError } from "./work-errors";
