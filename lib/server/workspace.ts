import "server-only";

import type { ScoringData } from "@/lib/contracts/api";
import { getPrisma } from "@/lib/db/client";
import { readCriteriaTree } from "@/lib/db/markets";

import { cachedByData } from "./cache";
import { decisionFramework } from "./framework";
import { marketFields, marketProfile, marketsWithLatestValues } from "./markets";

// The scoring data: the criteria tree and every market's counted values, which the workspace,
// /weights, /robustness, /compare and the reports score with (in the browser or on the server).

export async function scoringData(): Promise<ScoringData> {
  return cachedByData("scoring-data", readScoringData);
}

async function readScoringData(): Promise<ScoringData> {
  const [groups, withValues] = await Promise.all([readCriteriaTree(await getPrisma()), marketsWithLatestValues()]);
  return {
    datasetVersion: withValues.datasetVersion,
    criteriaGroups: groups.map(({ key, name, description, measurement, defaultWeight }) => ({
      key,
      name,
      description,
      measurement,
      defaultWeight,
    })),
    indicators: groups.flatMap((g) => g.indicators),
    markets: withValues.markets.map(marketFields),
    values: Object.fromEntries(withValues.markets.map((m) => [m.iso3, m.values])),
  };
}

/** What /markets/{iso3} shows: the profile, the framework's names and every market's values to compare with. */
export async function marketPageData(iso3: string) {
  const [profile, framework, scoring] = await Promise.all([marketProfile(iso3), decisionFramework(), scoringData()]);
  return { profile, framework, scoring };
}
