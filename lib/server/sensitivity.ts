import "server-only";

import { parseCommand } from "@/lib/commands/engine-commands";
import { SensitivityRequestSchema, type SensitivityResponse } from "@/lib/contracts/engine";

import { enginePool } from "./worker-pool";

/**
 * POST /api/v1/sensitivity: parsed here (errors answer at once), computed in the worker pool with
 * its time budget, stopped when `signal` (the client's request) aborts. Same JSON as the CLI's
 * in-process `sensitivity` command.
 */
export async function runSensitivity(text: string, signal?: AbortSignal): Promise<SensitivityResponse> {
  const request = parseCommand(text, SensitivityRequestSchema);
  const { value } = await enginePool().run({ kind: "sensitivity", request }, signal);
  return value;
}
