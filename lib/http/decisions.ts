import "server-only";

import { z } from "zod";

import { RequestError } from "./errors";

// The decision id of a /api/v1/decisions/{id}/… path: a UUID (400 otherwise).

const DecisionIdSchema = z.uuid();

export async function decisionId(params: Promise<{ id: string }>): Promise<string> {
  const { id } = await params;
  if (DecisionIdSchema.safeParse(id).success) return id.toLowerCase();
  const message = "is not a decision id (a UUID such as 3f2b8c1e-9d4a-4e7b-8c2f-1a2b3c4d5e6f)";
  throw new RequestError(400, "invalid_request", `The decision id (id) ${message}.`, [{ path: "id", message }]);
}
