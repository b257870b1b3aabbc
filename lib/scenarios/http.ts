import "server-only";

import { NextResponse } from "next/server";
import type { z } from "zod";

import { asRequestError } from "@/lib/commands/engine-commands";
import { ScenarioIdSchema } from "@/lib/contracts/scenarios";
import { EmptyScenarioUpdateError, ScenarioConflictError, ScenarioNotFoundError } from "@/lib/db/scenarios";
import { RequestError, parseJsonText } from "@/lib/http/errors";
import { errorResponse, jsonError, readBodyText } from "@/lib/http/route";

// The scenario routes' one place where errors become HTTP answers: unknown scenario → 404, a
// save on a stale version (or on a deleted scenario) → 409 naming the current version, an engine
// input error → 400 / 413; anything else goes to the shared mapping in lib/http/route.ts.

export function scenarioErrorResponse(error: unknown): NextResponse {
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
  if (error instanceof ScenarioNotFoundError) return jsonError(404, { code: "not_found", message: error.message });
  if (error instanceof EmptyScenarioUpdateError) return jsonError(400, { code: "invalid_request", message: error.message });
  return errorResponse(asRequestError(error));
}

export async function respondScenario<T>(work: () => Promise<T>, init?: ResponseInit | ((body: T) => ResponseInit)): Promise<NextResponse> {
  try {
    const body = await work();
    return NextResponse.json(body, typeof init === "function" ? init(body) : init);
  } catch (error) {
    return scenarioErrorResponse(error);
  }
}

/** The `{id}` path segment (or the query parameter `name`), which must be a UUID (400 otherwise). */
export async function scenarioId(params: Promise<{ id: string }>, name = "id"): Promise<string> {
  const { id } = await params;
  const parsed = ScenarioIdSchema.safeParse(id);
  if (!parsed.success) {
    const message = "is not a scenario id (a UUID such as 3f2b8c1e-9d4a-4e7b-8c2f-1a2b3c4d5e6f)";
    throw new RequestError(400, "invalid_request", `The scenario id (${name}) ${message}.`, [{ path: name, message }]);
  }
  return parsed.data.toLowerCase();
}

/** A JSON body that may also be left out entirely (then `{}`). */
export async function readOptionalJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const text = await readBodyText(request);
  return parseJsonText(text.trim() === "" ? "{}" : text, schema);
}

export function queryFlag(request: Request, name: string): boolean {
  const value = new URL(request.url).searchParams.get(name);
  if (value === null || value === "false") return false;
  if (value === "true") return true;
  throw new RequestError(400, "invalid_request", `The query parameter ${name} must be true or false, not "${value}".`, [
    { path: name, message: "must be true or false" },
  ]);
}
