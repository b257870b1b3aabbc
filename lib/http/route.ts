import "server-only";

import { NextResponse } from "next/server";
import type { z } from "zod";

import type { ApiError } from "@/lib/contracts/api";
import { DatasetNotSeededError } from "@/lib/db/datasets";
import { DatabaseSetupError } from "@/lib/db/errors";
import { MarketNotFoundError } from "@/lib/db/markets";

import { readBodyBytes } from "./body";
import { MAX_BODY_BYTES, RequestError, parseJsonText } from "./errors";

// The one place where errors become HTTP answers: routes stay a few lines (parse, call, respond)
// and no route answers a bad request with a 500 or a stack trace.

export function jsonError(status: number, error: ApiError["error"]): NextResponse<ApiError> {
  return NextResponse.json({ error }, { status });
}

/** Domain errors registered by other modules (e.g. the engine's input errors) → HTTP answers. */
const mappers: ((error: unknown) => NextResponse<ApiError> | undefined)[] = [];
export function mapErrors(mapper: (error: unknown) => NextResponse<ApiError> | undefined): void {
  mappers.push(mapper);
}

export function errorResponse(error: unknown): NextResponse<ApiError> {
  if (error instanceof RequestError) {
    return jsonError(error.status, {
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.limit ? { limit: error.limit } : {}),
    });
  }
  if (error instanceof MarketNotFoundError) return jsonError(404, { code: "not_found", message: error.message });
  if (error instanceof DatasetNotSeededError || error instanceof DatabaseSetupError) {
    return jsonError(503, { code: "database_unavailable", message: error.message });
  }
  for (const mapper of mappers) {
    const response = mapper(error);
    if (response) return response;
  }
  console.error(error);
  return jsonError(500, { code: "internal_error", message: "Something went wrong on our side; the error was logged." });
}

export async function respond<T>(work: () => Promise<T> | T, init?: ResponseInit): Promise<NextResponse> {
  try {
    return NextResponse.json(await work(), init);
  } catch (error) {
    return errorResponse(error);
  }
}

/** Reads a JSON body of at most 1 MB and parses it with the contract. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseJsonText(await readBodyText(request), schema);
}

/** The body as text, refused when it is not JSON or larger than 1 MB. */
export async function readBodyText(request: Request): Promise<string> {
  const type = request.headers.get("content-type") ?? "";
  if (type && !type.includes("application/json")) {
    throw new RequestError(415, "unsupported_media_type", `Send the body as application/json, not ${type}.`);
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  return readLimited(request);
}

function tooLarge(): RequestError {
  return new RequestError(413, "payload_too_large", "The request body exceeds the 1 MB limit.", undefined, "1 MB request body");
}

async function readLimited(request: Request): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, MAX_BODY_BYTES, () => tooLarge()));
}
