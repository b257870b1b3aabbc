import "server-only";

import { z } from "zod";

/** Input that breaks the request contract; becomes HTTP 400 (or the given status) / CLI exit 2. */
export class RequestError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 413 | 415,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; message: string }[],
    readonly limit?: string,
  ) {
    super(message);
    this.name = "RequestError";
  }
}

/** Every zod issue as `path: message`, so a client can fix all of them in one go. */
export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join(".") : "(body)",
    message: issue.message,
  }));
}

export function invalidRequest(error: z.ZodError, what = "request body"): RequestError {
  const issues = issuesOf(error);
  return new RequestError(
    400,
    "invalid_request",
    `The ${what} is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    issues,
  );
}

export const MAX_BODY_BYTES = 1_000_000;

/** Parses a JSON text with the contract, or throws a RequestError that lists every problem. */
export function parseJsonText<S extends z.ZodType>(
  text: string,
  schema: S,
  what = "request body",
  toError: (error: z.ZodError, what: string) => RequestError = invalidRequest,
): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RequestError(400, "invalid_json", `The ${what} is not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw toError(result.error, what);
  return result.data;
}

/** The request's query string parsed with the contract, or a RequestError listing every problem. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const result = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!result.success) throw invalidRequest(result.error, "query string");
  return result.data;
}
