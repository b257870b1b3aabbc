import "server-only";

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

// A database server that is down, restarting or unreachable: the request can be retried later
// (HTTP 503), it is not a bug. Prisma reports it with P1001/P1002/P1008/P1017 or a driver-adapter
// error kind; the pg driver (reaching the caller through Prisma unchanged) with a network error
// code, a SQLSTATE of class 08 (connection exception) or 57P01-57P03 (admin shutdown, crash
// shutdown, cannot connect now), or its own "Connection terminated" messages.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNAVAILABLE_CODES =
  /^(08...|57P0[123]|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)$/;
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string } } };
  };
  if (typeof e.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_CODES.test(e.code)))
    return true;
  const adapter = e.meta?.driverAdapterError?.cause;
  if (adapter?.kind && UNAVAILABLE_ADAPTER_KINDS.has(adapter.kind)) return true;
  if (adapter?.kind === "postgres" && typeof adapter.code === "string" && UNAVAILABLE_CODES.test(adapter.code))
    return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is not reachable right now (it may be restarting). Nothing was changed by this request; try again in a moment.";

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
    super(
      `No scenario ${id}: it does not exist, or it was deleted more than ${SCENARIO_RETENTION_DAYS} days ago and purged.`,
    );
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

/** A conflict on a stale version (409 with the current one). */
export class DecisionConflictError extends Error {
  constructor(
    readonly what: "decision" | "input",
    readonly baseVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      what === "input"
        ? `Your input was saved again since you opened it (from another tab or device): yours is based on version ${baseVersion}, the current version is ${currentVersion}. Reload to see it.`
        : `This decision was changed since you opened it: your change is based on version ${baseVersion}, the current version is ${currentVersion}. Reload it to see the change.`,
    );
    this.name = "DecisionConflictError";
  }
}
