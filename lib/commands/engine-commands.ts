import { z } from "zod";

import {
  AhpComparisonsRequestSchema,
  AhpRequestSchema,
  ScoreRequestSchema,
  SensitivityRequestSchema,
  limitExceeded,
} from "@/lib/contracts/engine";
import { EntryModeRequestSchema, type EntryModeRequest, type EntryModeResponse } from "@/lib/contracts/fit";
import { RequestError, invalidRequest, parseJsonText } from "@/lib/http/errors";
import {
  ScoringInputError,
  ScoringLimitError,
  ahpComparisonsRequest,
  ahpRequest,
  scoreRequest,
  sensitivityRequest,
} from "@/lib/scoring";
import { FitRequestError } from "@/lib/scoring/fit/request";

// The engine's commands as the HTTP API and the CLI both run them: the same parse, the same pure
// engine call, the same errors, so identical input gives identical JSON on both.

/** Parses a JSON text with a contract; a size limit gives 413 naming the limit, anything else 400. */
export function parseCommand<S extends z.ZodType>(text: string, schema: S): z.output<S> {
  return parseJsonText(text, schema, "request body", (error, what) => {
    const limit = limitExceeded(error);
    if (!limit) return invalidRequest(error, what);
    const named = `${limit.limit} = ${limit.max}`;
    return new RequestError(
      413,
      "limit_exceeded",
      `${limit.path.join(".")}: ${limit.message} (limit ${named})`,
      undefined,
      named,
    );
  });
}

/** Engine input errors → the request errors the edges know how to answer. */
export function asRequestError(error: unknown): unknown {
  if (error instanceof ScoringLimitError) {
    return new RequestError(413, "limit_exceeded", error.message, undefined, `${error.limit} = ${error.max}`);
  }
  if (error instanceof ScoringInputError) {
    const path = error.path.length > 0 ? error.path.join(".") : "(body)";
    return new RequestError(400, "invalid_request", error.message, [{ path, message: error.message }]);
  }
  if (error instanceof FitRequestError) return new RequestError(400, error.code, error.message);
  return error;
}

function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asRequestError(error);
  }
}

const AhpBodyShape = z.looseObject({});

export const pureCommands = {
  score: (text: string) => guarded(() => scoreRequest(parseCommand(text, ScoreRequestSchema))),
  // A body with "comparisons" is an incomplete set (issue 11 §10); one with "matrix" a full matrix.
  // Choosing the contract first keeps the errors about the form the caller used.
  ahp: (text: string) =>
    guarded(() =>
      "comparisons" in parseCommand(text, AhpBodyShape)
        ? ahpComparisonsRequest(parseCommand(text, AhpComparisonsRequestSchema))
        : ahpRequest(parseCommand(text, AhpRequestSchema)),
    ),
  sensitivity: (text: string) => guarded(() => sensitivityRequest(parseCommand(text, SensitivityRequestSchema))),
} as const;

export type PureCommand = keyof typeof pureCommands;

/** The entry-mode command needs the database for a market code; the caller supplies `answer`. */
export async function entryModesCommand(
  text: string,
  answer: (request: EntryModeRequest) => Promise<EntryModeResponse>,
): Promise<EntryModeResponse> {
  const request = parseCommand(text, EntryModeRequestSchema);
  try {
    return await answer(request);
  } catch (error) {
    throw asRequestError(error);
  }
}
