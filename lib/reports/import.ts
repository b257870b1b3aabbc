import "server-only";

import type { getPrisma } from "@/lib/db/client";
import { createScenario } from "@/lib/db/scenarios";
import { parseJsonText } from "@/lib/http/errors";

import { reproductionOf, ScenarioExportSchema, type ImportResponse } from "./json";

// POST /api/v1/scenarios/import: a JSON export back into a new scenario, recomputed on today's
// data set, with a statement of whether the results are identical to the file's.

type PrismaClient = Awaited<ReturnType<typeof getPrisma>>;

export async function importScenario(prisma: PrismaClient, text: string): Promise<ImportResponse> {
  const file = parseJsonText(text, ScenarioExportSchema, "scenario file");
  const scenario = await createScenario(prisma, {
    name: file.scenario.name,
    notes: file.scenario.notes,
    inputs: file.scenario.inputs,
  });
  return { scenario, reproduction: reproductionOf(file.scenario, scenario.results) };
}
