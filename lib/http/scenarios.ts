import "server-only";

import type { z } from "zod";

import { ScenarioIdSchema } from "@/lib/contracts/scenarios";

import { RequestError, parseJsonText } from "./errors";
import { readBodyText } from "./route";

// What the scenario routes read from a request beyond a JSON body: the scenario id in the path or
// the query, and an optional body. Their errors become answers in lib/http/route.ts.

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
