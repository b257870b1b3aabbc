import "server-only";

import { z } from "zod";

import type { Locale } from "@/lib/i18n/locales";

import { apiLocale, apiMessage, subjectOf, zodErrorMap, type ApiText } from "./api-text";

/**
 * Input that breaks the request contract; becomes HTTP 400 (or the given status) / CLI exit 2.
 * `message` is English (the CLI's and the logs'); `text`, when given, is what the HTTP answer
 * says in the caller's language (lib/http/api-text.ts). Without it the answer stays English.
 */
export class RequestError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; message: string }[],
    readonly limit?: string,
    readonly text?: ApiText,
  ) {
    super(message);
    this.name = "RequestError";
  }

  /**
   * The language of the request it was found in, when the code that found it had the request at
   * hand (reading its body or query); else the answer speaks the served request's (apiLocale()).
   */
  locale?: Locale;

  /** Stamps a request error thrown by `work` with the request's language. */
  static inLanguageOf<T>(request: Request, work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (error instanceof RequestError) error.locale ??= apiLocale(request);
      throw error;
    }
  }

  /** A request error whose English message is its text's, rendered in English. */
  static saying(
    status: RequestError["status"],
    code: string,
    text: ApiText,
    extra: { issues?: { path: string; message: string }[]; limit?: string } = {},
  ): RequestError {
    return new RequestError(status, code, apiMessage("en", text), extra.issues, extra.limit, text);
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
  const subject = subjectOf(what);
  if (subject)
    return RequestError.saying(400, "invalid_request", { key: "invalidRequest", what: subject, issues }, { issues });
  return new RequestError(
    400,
    "invalid_request",
    `The ${what} is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    issues,
  );
}

export const MAX_BODY_BYTES = 1_000_000;

/** The error for a text that is not JSON; `detail` is the parser's own (English) reason. */
export function invalidJson(what: string, detail: string): RequestError {
  const subject = subjectOf(what);
  return subject
    ? RequestError.saying(400, "invalid_json", { key: "invalidJson", what: subject, detail })
    : new RequestError(400, "invalid_json", `The ${what} is not valid JSON: ${detail}`);
}

/**
 * Parses a JSON text with the contract, or throws a RequestError that lists every problem, each
 * worded by zod in `locale` (by default the locale of the request being served).
 */
export function parseJsonText<S extends z.ZodType>(
  text: string,
  schema: S,
  what = "request body",
  toError: (error: z.ZodError, what: string) => RequestError = invalidRequest,
  locale: Locale = apiLocale(),
): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidJson(what, (error as Error).message);
  }
  const result = schema.safeParse(value, { error: zodErrorMap(locale) });
  if (!result.success) throw toError(result.error, what);
  return result.data;
}

/** The request's query string parsed with the contract, or a RequestError listing every problem. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const locale = apiLocale(request);
  const result = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams), {
    error: zodErrorMap(locale),
  });
  if (!result.success) {
    const error = invalidRequest(result.error, "query string");
    error.locale = locale;
    throw error;
  }
  return result.data;
}
