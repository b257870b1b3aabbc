import "server-only";

import { RequestError } from "@/lib/http/errors";

// The domain errors the edges map to answers (lib/http/route.ts: HTTP status; the CLI: exit code),
// exported from the server layer so that no edge imports lib/db: not found, conflict, database
// unavailable. A light module on purpose: every route loads it, so it loads no Prisma client.

export { DatasetNotSeededError } from "@/lib/db/datasets";
export {
  DATABASE_UNAVAILABLE_MESSAGE,
  DatabaseSetupError,
  DecisionConflictError,
  MarketNotFoundError,
  ScenarioConflictError,
  ScenarioNotFoundError,
  isDatabaseUnavailable,
  messageOf,
} from "@/lib/db/errors";
export { WorkBudgetError, WorkCancelledError, WorkerUnavailableError } from "./work-errors";

/** An update that names nothing to change. */
export class EmptyScenarioUpdateError extends Error {
  constructor() {
    super("Nothing to update: give a name, notes or inputs along with baseVersion.");
    this.name = "EmptyScenarioUpdateError";
  }
}

export class ScenarioDeletedError extends RequestError {
  constructor(id: string) {
    super(404, "scenario_deleted", `Scenario ${id} was deleted. Restore it to make its report.`, undefined, undefined, {
      key: "scenarioDeleted",
      id,
    });
  }
}
