import type { ResponseConfig, ZodRequestBody } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

import { MAX_BODY_BYTES } from "@/lib/http/errors";

import { ApiError } from "./components";

// The pieces every operation repeats: a JSON body, a JSON answer, and the error answers, each
// described once so that "400" means the same thing on every route.

export const JSON_LIMIT = `at most 1 MB (${MAX_BODY_BYTES.toLocaleString("en-US")} bytes)`;

export function jsonBody(schema: z.ZodType, description: string, required = true): ZodRequestBody {
  return { description, required, content: { "application/json": { schema } } };
}

export function json(schema: z.ZodType, description: string, headers?: ResponseConfig["headers"]): ResponseConfig {
  return { description, ...(headers ? { headers } : {}), content: { "application/json": { schema } } };
}

/** The error statuses the routes answer (lib/http/route.ts and the security checks). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503;

const ERROR_MEANINGS: Record<ErrorStatus, string> = {
  400: "The request is invalid: `error.issues` names every offending field with what is wrong.",
  401: "Sign-in required: the app works as a team and the request carries no valid session.",
  403: "Refused: a cross-site write (the Origin or Referer header names neither this app nor an origin allowed by OUTBOUND_ALLOWED_ORIGINS; requests without either header, from scripts or other services, are not refused), or, when the app works as a team, an action the caller's role does not grant (code `forbidden`).",
  404: "Not found.",
  409: "Conflict with the current state.",
  413: "Too large: `error.limit` names the limit that was passed.",
  415: "Unsupported content type.",
  429: "Too many requests from this client for this endpoint; retry after the number of seconds in Retry-After.",
  500: "Unexpected failure on the server; it was logged and no stack trace is sent.",
  503: "The database is unavailable (down, restarting, or not yet migrated and seeded); retry shortly.",
};

const CONTENT_LANGUAGE = z.object({
  "Content-Language": z
    .enum(["en", "zh-CN", "ru"])
    .describe(
      "The language of `error.message` (and of zod's wording in `error.issues`): the request's Accept-Language when it names Chinese or Russian, else English. `error.code` and each issue's `path` are the same in every language.",
    ),
});
const RETRY_AFTER = CONTENT_LANGUAGE.extend({
  "Retry-After": z.string().describe("Seconds to wait before retrying."),
});

/**
 * Error answers with the shared body, `ApiError`. `specific` overrides the meaning of a status
 * for one operation (e.g. which 404 it is) or its body (the 409 of a stale save).
 */
export function errors(
  statuses: ErrorStatus[],
  specific: Partial<Record<ErrorStatus, string | ResponseConfig>> = {},
): Record<string, ResponseConfig> {
  const out: Record<string, ResponseConfig> = {};
  for (const status of [...statuses, 500 as const]) {
    const override = specific[status];
    if (typeof override === "object") {
      out[status] = { ...override, headers: override.headers ?? CONTENT_LANGUAGE };
      continue;
    }
    out[status] = json(ApiError, override ?? ERROR_MEANINGS[status], status === 429 ? RETRY_AFTER : CONTENT_LANGUAGE);
  }
  return out;
}

/** The answers of a route that reads a JSON body with lib/http's reader (415, 413 on 1 MB). */
export const JSON_BODY_ERRORS: ErrorStatus[] = [400, 413, 415];
export const JSON_BODY_MEANINGS = {
  413: `The body is larger than 1 MB (${MAX_BODY_BYTES.toLocaleString("en-US")} bytes), or a list in it passes its limit (\`error.limit\` names it).`,
  415: "The body must be sent as application/json.",
} satisfies Partial<Record<ErrorStatus, string>>;

export const LOCATION = z.object({
  Location: z.string().describe("Path of the created scenario, /api/v1/scenarios/{id}."),
});
