import "server-only";

import type { MarketProfile } from "@/lib/contracts/api";
import type { getPrisma } from "@/lib/db/client";
import { readFramework } from "@/lib/db/framework";
import { MarketNotFoundError, marketProfile } from "@/lib/db/markets";
import { getScenario } from "@/lib/db/scenarios";
import { readScoringData } from "@/lib/db/workspace";
import { RequestError } from "@/lib/http/errors";

import { buildReportModel, DEFAULT_PROFILE_COUNT } from "./build";
import type { ReportModel } from "./model";

// Reads what a report needs (the saved scenario, today's indicator metadata and framework names,
// the top markets' evidence) and builds the report model.

type PrismaClient = Awaited<ReturnType<typeof getPrisma>>;

export class ScenarioDeletedError extends RequestError {
  constructor(id: string) {
    super(404, "scenario_deleted", `Scenario ${id} was deleted. Restore it to make its report.`);
  }
}

export async function loadScenarioForReport(prisma: PrismaClient, id: string) {
  const scenario = await getScenario(prisma, id);
  if (scenario.deletedAt) throw new ScenarioDeletedError(id);
  return scenario;
}

export async function loadReportModel(prisma: PrismaClient, id: string, now = new Date()): Promise<ReportModel> {
  const scenario = await loadScenarioForReport(prisma, id);
  const top = scenario.results.ranking.ranking.slice(0, DEFAULT_PROFILE_COUNT).map((r) => r.id);
  const [scoringData, framework, profiles] = await Promise.all([
    readScoringData(prisma),
    readFramework(prisma),
    Promise.all(top.map((iso3) => profileOrNull(prisma, iso3))),
  ]);
  return buildReportModel({
    scenario,
    scoringData,
    framework,
    profiles: profiles.filter((p): p is MarketProfile => p !== null),
    generatedAt: now,
  });
}

/** A market dropped from the data set since the scenario was saved has no evidence, not an error. */
async function profileOrNull(prisma: PrismaClient, iso3: string): Promise<MarketProfile | null> {
  try {
    return await marketProfile(prisma, iso3);
  } catch (error) {
    if (error instanceof MarketNotFoundError) return null;
    throw error;
  }
}
