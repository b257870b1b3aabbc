import "server-only";

import type { ScoringData } from "@/lib/contracts/api";
import { getPrisma } from "@/lib/db/client";
import { readCriteriaTree } from "@/lib/db/markets";

import { DEFAULT_HOME } from "@/lib/scoring/home";

import { cachedByData } from "./cache";
import { homeContext, indicatorFromHome } from "./home";
import { decisionFramework } from "./framework";
import { marketFields, marketProfile, marketsWithLatestValues } from "./markets";

// The scoring data: the criteria tree and every market's counted values, which the workspace,
// /weights, /robustness, /compare and the reports score with (in the browser or on the server).

export async function scoringData(home: string = DEFAULT_HOME): Promise<ScoringData> {
  return cachedByData(`scoring-data:${home}`, () => readScoringData(home));
}

async function readScoringData(home: string): Promise<ScoringData> {
  const [groups, withValues, ctx] = await Promise.all([
    readCriteriaTree(await getPrisma()),
    marketsWithLatestValues(home),
    homeContext(home),
  ]);
  return {
    datasetVersion: withValues.datasetVersion,
    home: ctx.home,
    criteriaGroups: groups.map(({ key, name, description, measurement, defaultWeight }) => ({
      key,
      name,
      description,
      measurement,
      defaultWeight,
    })),
    indicators: groups.flatMap((g) => g.indicators.map((i) => indicatorFromHome(i, ctx.home))),
    markets: withValues.markets.map(marketFields),
    values: Object.fromEntries(withValues.markets.map((m) => [m.iso3, m.values])),
  };
}

/** What /markets/{iso3} shows: the profile, the framework's names and every market's values to compare with. */
export async function marketPageData(iso3: string, home: string = DEFAULT_HOME) {
  const [profile, framework, scoring] = await Promise.all([
    marketProfile(iso3, home),
    decisionFramework(),
    scoringData(home),
  ]);
  return { profile, framework, scoring };
}
