import { Prisma } from "./generated/client";

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
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return undefined;
  const target = (error.meta as { target?: unknown } | undefined)?.target;
  return { target: Array.isArray(target) ? target.join(", ") : "a unique key" };
}
