import "server-only";

import { NextResponse } from "next/server";
import type { z } from "zod";

import { SCENARIO_RETENTION_DAYS } from "@/lib/contracts/scenarios";
import { LANGUAGE_TAGS, type Locale } from "@/lib/i18n/locales";

import type { ApiError } from "@/lib/contracts/api";
import { asRequestError } from "@/lib/commands/engine-commands";
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  DatabaseSetupError,
  DatasetNotSeededError,
  DecisionConflictError,
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
import { apiLocale, apiMessage, type ApiText } from "./api-text";
import { MAX_BODY_BYTES, RequestError, parseJsonText } from "./errors";
import { requestId } from "./log";

// The one place where errors become HTTP answers: routes stay a few lines (parse, call, respond)
// and no route answers a bad request with a 500 or a stack trace.

/** A JSON error answer; `language` is the language its message is written in (Content-Language). */
export function jsonError(status: number, error: ApiError["error"], language: Locale = "en"): NextResponse<ApiError> {
  return NextResponse.json({ error }, { status, headers: { "content-language": LANGUAGE_TAGS[language] } });
}

/** The message of an error answer in the caller's locale, and the language it ended up in. */
function say(locale: Locale, text: ApiText | undefined, english: string): { message: string; language: Locale } {
  return text ? { message: apiMessage(locale, text), language: locale } : { message: english, language: "en" };
}

/**
 * Errors → HTTP answers: a bad request or an engine input error → 400 / 413 (lib/http/errors.ts),
 * an unknown market or scenario → 404, a save on a stale version (or on a deleted scenario) → 409
 * naming the current version, a database that cannot serve or work past its time budget → 503;
 * anything else → 500, logged.
 */
export function errorResponse(thrown: unknown, locale: Locale = apiLocale()): NextResponse<ApiError> {
  const error = asRequestError(thrown);
  const answer = (status: number, code: string, text: ApiText | undefined, english: string, extra = {}) => {
    const { message, language } = say(error instanceof RequestError ? (error.locale ?? locale) : locale, text, english);
    return jsonError(status, { code, message, ...extra }, language);
  };
  if (error instanceof RequestError) {
    return answer(error.status, error.code, error.text, error.message, {
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.limit ? { limit: error.limit } : {}),
    });
  }
  if (error instanceof MarketNotFoundError)
    return answer(404, "not_found", { key: "marketNotFound", iso3: error.iso3 }, error.message);
  if (error instanceof ScenarioNotFoundError) {
    const text: ApiText = { key: "scenarioNotFound", id: error.id, days: SCENARIO_RETENTION_DAYS };
    return answer(404, "not_found", text, error.message);
  }
  if (error instanceof ScenarioConflictError) {
    const text: ApiText = error.deleted
      ? { key: "scenarioDeletedWhileEditing" }
      : { key: "versionConflict", baseVersion: error.baseVersion, currentVersion: error.currentVersion };
    return answer(409, error.deleted ? "scenario_deleted" : "version_conflict", text, error.message, {
      currentVersion: error.currentVersion,
    });
  }
  if (error instanceof DecisionConflictError) {
    const { what, baseVersion, currentVersion } = error;
    return answer(
      409,
      "version_conflict",
      { key: "decisionConflict", what, baseVersion, currentVersion },
      error.message,
      {
        currentVersion,
      },
    );
  }
  if (error instanceof EmptyScenarioUpdateError)
    return answer(400, "invalid_request", { key: "emptyUpdate" }, error.message);
  // Set-up faults name files and commands an operator reads in English, like the server's log.
  if (error instanceof DatasetNotSeededError || error instanceof DatabaseSetupError) {
    return answer(503, "database_unavailable", undefined, error.message);
  }
  if (isDatabaseUnavailable(error)) {
    logger().warn({ err: error, requestId: requestId() }, "database unavailable");
    const response = answer(503, "database_unavailable", { key: "databaseUnavailable" }, DATABASE_UNAVAILABLE_MESSAGE);
    response.headers.set("retry-after", "5"); // a restart takes seconds
    return response;
  }
  if (error instanceof WorkBudgetError) {
    return answer(503, "time_budget_exceeded", { key: "timeBudgetExceeded", budgetMs: error.budgetMs }, error.message, {
      limit: `OUTBOUND_WORK_BUDGET_MS = ${error.budgetMs}`,
    });
  }
  if (error instanceof WorkerUnavailableError)
    return answer(503, "workers_unavailable", { key: "workersUnavailable", file: error.file }, error.message);
  // Nobody reads this answer; 499 (nginx's "client closed request") keeps it out of the 5xx counts.
  if (error instanceof WorkCancelledError)
    return answer(499, "client_closed_request", { key: "clientClosedRequest" }, error.message);
  logger().error({ err: error, requestId: requestId() }, "unexpected error");
  return answer(
    500,
    "internal_error",
    { key: "internalError" },
    "Something went wrong on our side; the error was logged.",
  );
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
  const text = await readBodyText(request, limit);
  return RequestError.inLanguageOf(request, () => parseJsonText(text, schema, what, undefined, apiLocale(request)));
}

/**
 * Refuses (415) a body whose declared type is anything but application/json, or none when
 * `required`. No type at all is accepted (scripts, the CLI) unless the route insists; a web page's
 * untyped cross-site post is already refused by its Origin (proxy.ts).
 */
function checkJsonType(request: Request, required = false): void {
  const type = request.headers.get("content-type") ?? "";
  if ((type || required) && !isJsonContentType(type)) {
    throw RequestError.saying(
      415,
      "unsupported_media_type",
      type ? { key: "unsupportedMediaType", type } : { key: "missingContentType" },
    );
  }
}

/** The body as text, refused (415) when it is not JSON and (413) when it passes the limit. */
export async function readBodyText(request: Request, limit: BodyLimit = DEFAULT_LIMIT): Promise<string> {
  RequestError.inLanguageOf(request, () => checkJsonType(request, limit.requireJsonType));
  const tooLarge = () => {
    const error = RequestError.saying(
      413,
      "payload_too_large",
      { key: "payloadTooLarge", limit: limit.label },
      { limit: `${limit.label} request body` },
    );
    error.locale = apiLocale(request);
    return error;
  };
  if (Number(request.headers.get("content-length") ?? "0") > limit.bytes) throw tooLarge();
  return new TextDecoder().decode(await readBodyBytes(request, limit.bytes, tooLarge));
}

/** A JSON body (its content type named) as a stream, for bodies too large to read whole. */
export function jsonBodyStream(request: Request): ReadableStream<Uint8Array> {
  RequestError.inLanguageOf(request, () => checkJsonType(request, true));
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
