import { SCENARIO_RETENTION_DAYS } from "@/lib/contracts/scenarios";

/**
 * Faults of the database layer, each with a message that says what went wrong and what to do.
 * The edges (start-up script, CLI, routes) print the message; no stack trace reaches a user.
 */
export class DatabaseSetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseSetupError";
  }
}

export class DataDirLockedError extends DatabaseSetupError {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
    readonly ownerUrl?: string,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Outbound process (pid ${ownerPid}` +
        `${ownerUrl ? `, serving ${ownerUrl}` : ""}). The embedded database allows one process at a time: ` +
        `stop that process, or point OUTBOUND_DATA_DIR at another directory.`,
    );
    this.name = "DataDirLockedError";
  }
}

export class MigrationError extends DatabaseSetupError {
  constructor(
    readonly migration: string | undefined,
    reason: string,
  ) {
    super(
      migration
        ? `Migration ${migration} failed: ${reason}. The app will not serve until it applies.`
        : `Migrations could not be applied: ${reason}`,
    );
    this.name = "MigrationError";
  }
}

export class SeedDataError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | undefined,
    readonly column: string | undefined,
    readonly reason: string,
  ) {
    const where = [file, row !== undefined ? `row ${row}` : undefined, column ? `column "${column}"` : undefined]
      .filter(Boolean)
      .join(", ");
    super(`${where}: ${reason}. Nothing was written.`);
    this.name = "SeedDataError";
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The columns of a unique key a write collided with (Prisma's P2002), or undefined for any other
 * error: the server layer turns a collision into a conflict the user can act on.
 */
export function uniqueViolation(error: unknown): { target: string } | undefined {
  // Recognized by its code rather than its class, so that this module (which the HTTP edge loads
  // for every route) does not load Prisma's client.
  const known = error as { name?: unknown; code?: unknown; meta?: { target?: unknown } } | null;
  if (known?.name !== "PrismaClientKnownRequestError" || known.code !== "P2002") return undefined;
  const target = known.meta?.target;
  return { target: Array.isArray(target) ? target.join(", ") : "a unique key" };
}

export class MarketNotFoundError extends Error {
  constructor(readonly iso3: string) {
    super(`No market with code ${iso3} in the data set.`);
    this.name = "MarketNotFoundError";
  }
}

export class ScenarioNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No scenario ${id}: it does not exist, or it was deleted more than ${SCENARIO_RETENTION_DAYS} days ago and purged.`);
    this.name = "ScenarioNotFoundError";
  }
}

/** The save was based on a version that is no longer current, or the scenario was deleted meanwhile. */
export class ScenarioConflictError extends Error {
  constructor(
    readonly id: string,
    readonly baseVersion: number,
    readonly currentVersion: number,
    readonly deleted: boolean,
  ) {
    super(
      deleted
        ? `This scenario was deleted while you were editing it. Restore it first, or save your work as a copy.`
        : `This scenario was saved again since you opened it: your changes are based on version ${baseVersion}, the current version is ${currentVersion}. Reload it to see the other changes, or save yours as a copy.`,
    );
    this.name = "ScenarioConflictError";
  }
}
