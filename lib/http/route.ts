import "server-only";

import { NextResponse } from "next/server";
import type { z } from "zod";

import type { ApiError } from "@/lib/contracts/api";
import { asRequestError } from "@/lib/commands/engine-commands";
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  DatabaseSetupError,
  DatasetNotSeededError,
  EmptyScenarioUpdateError,
  MarketNotFoundError,
  ScenarioConflictError,
  ScenarioNotFoundError,
  WorkBudgetError,
  WorkCancelledError,
  WorkerUnavailableError,
  isDatabaseUnavailable,
} from "@/lib/server/errors";
import { logger } from "@/lib/log";

import { readBodyBytes } from "./body";
import { isJsonContentType } from "./content-type";
import { MAX_BODY_BYTES, RequestError, parseJsonText } from "./errors";
import { requestId } from "./log";

// The one place where errors become HTTP answers: routes stay a few lines (parse, call, respond)
// and no route answers a bad request with a 500 or a stack trace.

export function jsonError(status: number, error: ApiError["error"]): NextResponse<ApiError> {
  return NextResponse.json({ error }, { status });
}

/**
 * Errors → HTTP answers: a bad request or an engine input error → 400 / 413 (lib/http/errors.ts),
 * an unknown market or scenario → 404, a save on a stale version (or on a deleted scenario) → 409
 * naming the current version, a database that cannot serve or work past its time budget → 503;
 * anything else → 500, logged.
 */
export function errorResponse(thrown: unknown): NextResponse<ApiError> {
  const error = asRequestError(thrown);
  if (error instanceof RequestError) {
    return jsonError(error.status, {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.limit ? { limit: error.limit } : {}),
    });
  }
  if (error instanceof MarketNotFoundError || error instanceof ScenarioNotFoundError) {
    return jsonError(404, { code: "not_found", message: error.message });
  }
  if (error instanceof ScenarioConflictError) {
    return NextResponse.json(
      {
        error: {
          code: error.deleted ? "scenario_deleted" : "version_conflict",
          message: error.message,
          currentVersion: error.currentVersion,
        },
      },
      { status: 409 },
    );
  }
  if (error instanceof EmptyScenarioUpdateError)
    return jsonError(400, { code: "invalid_request", message: error.message });
  if (error instanceof DatasetNotSeededError || error instanceof DatabaseSetupError) {
    return jsonError(503, { code: "database_unavailable", message: error.message });
  }
  if (isDatabaseUnavailable(error)) {
    logger().warn({ err: error, requestId: requestId() }, "database unavailable");
    const response = jsonError(503, { code: "database_unavailable", message: DATABASE_UNAVAILABLE_MESSAGE });
    response.headers.set("retry-after", "5"); // a restart takes seconds
    return response;
  }
  if (error instanceof WorkBudgetError) {
    return jsonError(503, {
      code: "time_budget_exceeded",
      message: error.message,
      limit: `OUTBOUND_WORK_BUDGET_MS = ${error.budgetMs}`,
    });
  }
  if (error instanceof WorkerUnavailableError)
    return jsonError(503, { code: "workers_unavailable", message: error.message });
  // Nobody reads this answer; 499 (nginx's "client closed request") keeps it out of the 5xx counts.
  if (error instanceof WorkCancelledError)
    return jsonError(499, { code: "client_closed_request", message: error.message });
  logger().error({ err: error, requestId: requestId() }, "unexpected error");
  return jsonError(500, { code: "internal_error", message: "Something went wrong on our side; the error was logged." });
}

/** Runs the work and answers with its result as JSON (`init` may depend on it), or with the error. */
export async function respond<T>(
  work: () => Promise<T> | T,
  init?: ResponseInit | ((body: T) => ResponseInit),
): Promise<NextResponse> {
  try {
    const body = await work();
    return NextResponse.json(body, typeof init === "function" ? init(body) : init);
  } catch (error) {
    return errorResponse(error);
  }
}

/** How much body a route accepts, and whether it insists on a JSON content type being named. */
export type BodyLimit = { bytes: number; label: string; requireJsonType?: boolean };
const DEFAULT_LIMIT: BodyLimit = { bytes: MAX_BODY_BYTES, label: "1 MB" };

/** Reads a JSON body (at most 1 MB unless `limit` says otherwise) and parses it with the contract. */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  limit: BodyLimit = DEFAULT_LIMIT,
  what = "request body",
): Promise<z.output<S>> {
  return parseJsonText(await readBodyText(request, limit), schema, what);
}

/**
 * Refuses (415) a body whose declared type is anything but application/json, or none when
 * `required`. No type at all is accepted (scripts, the CLI) unless the route insists; a web page's
 * untyped cross-site post is already refused by its Origin (proxy.ts).
 */
function checkJsonType(request: Request, required = false): void {
  const type = request.headers.get("content-type") ?? "";
  if ((type || required) && !isJsonContentType(type)) {
    throw new RequestError(
      415,
      "unsupported_media_type",
      `Send the body as application/json, not ${type || "without a content type"}.`,
    );
  }
}

/** The body as text, refused (415) when it is not JSON and (413) when it passes the limit. */
export async function readBodyText(request: Request, limit: BodyLimit = DEFAULT_LIMIT): Promise<string> {
  checkJsonType(request, limit.requireJsonType);
  const tooLarge = () =>
    new RequestError(
      413,
      "payload_too_large",
      `The request body exceeds the ${limit.label} limit.`,
      undefined,
      `${limit.label} request body`,
    );
  if (Number(request.headers.get("content-length") ?? "0") > limit.bytes) throw tooLarge();
  return new TextDecoder().decode(await readBodyBytes(request, limit.bytes, tooLarge));
}

/** A JSON body (its content type named) as a stream, for bodies too large to read whole. */
export function jsonBodyStream(request: Request): ReadableStream<Uint8Array> {
  checkJsonType(request, true);
  return request.body ?? new Response("").body!;
}

/** A download answered as a stream (e.g. the backup), never cached. */
export function downloadResponse(body: ReadableStream<Uint8Array>, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
