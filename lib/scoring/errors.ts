/**
 * Domain errors of the scoring engine. The edge maps them: ScoringLimitError → HTTP 413,
 * any other ScoringInputError → HTTP 400, both → CLI exit code 2.
 */

export type ErrorPath = (string | number)[];

/** The input cannot be scored; `path` points at the offending part of the request. */
export class ScoringInputError extends Error {
  override readonly name: string = "ScoringInputError";
  readonly path: ErrorPath;

  constructor(message: string, path: ErrorPath = []) {
    super(message);
    this.path = path;
  }
}

/** The input is valid but exceeds one of the engine's size limits (see limits.ts). */
export class ScoringLimitError extends ScoringInputError {
  override readonly name: string = "ScoringLimitError";
  readonly limit: string;
  readonly max: number;
  readonly actual: number;

  constructor(limit: string, max: number, actual: number, what: string, path: ErrorPath = []) {
    super(`${what}: ${actual} exceeds the limit of ${max} (${limit})`, path);
    this.limit = limit;
    this.max = max;
    this.actual = actual;
  }
}

export function isScoringInputError(error: unknown): error is ScoringInputError {
  return error instanceof ScoringInputError;
}
