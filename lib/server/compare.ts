import "server-only";

import { parseCaseReplays } from "@/lib/compare/case-replays";
import { assessedFactorGroups } from "@/lib/compare/factor-links";
import { russiaVersusSoutheastAsia } from "@/lib/compare/russia-vs-sea";
import { getPrisma } from "@/lib/db/client";
import { readCaseReplays } from "@/lib/db/fit";
import { readEvidence } from "@/lib/db/markets";

import { sourcedIndicatorValues } from "./fit";
import { decisionFramework } from "./framework";
import { listMarkets } from "./markets";

// The compare pages' use cases. /compare (markets side by side) scores lib/server/workspace.ts's
// scoring data; the entry-mode and strategy pages are lib/server/fit.ts's.

/**
 * /compare/russia-southeast-asia: the thesis's Table 3 filled from the data set, on the latest
 * values or, when `yearText` names a thesis-era year, the values nearest to it.
 */
export async function russiaSeaPageData(yearText: string | undefined) {
  const prisma = await getPrisma();
  const [framework, list, evidence, replayRows] = await Promise.all([
    decisionFramework(),
    listMarkets(),
    readEvidence(prisma),
    readCaseReplays(prisma),
  ]);
  const replays = parseCaseReplays(replayRows);
  const caseMarkets = list.markets.filter((m) => m.role === "target_russia" || m.role === "target_sea");
  const thesisYears = [...new Set(replays.map((r) => r.indicatorYear).filter((y): y is number => y !== null))].sort();
  const year = yearText && thesisYears.includes(Number(yearText)) ? Number(yearText) : null;
  const values = await sourcedIndicatorValues(
    caseMarkets.map((m) => m.iso3),
    year ?? undefined,
  );
  const drivers = framework.driverGroups.flatMap((g) => g.drivers);
  const rows = russiaVersusSoutheastAsia({
    criteriaGroups: framework.criteriaGroups,
    indicators: framework.criteriaGroups.flatMap((g) => g.indicators),
    markets: caseMarkets,
    values,
    evidence,
    drivers,
    entryModes: framework.entryModes,
    strategies: framework.strategies,
    factors: framework.factors,
    replays,
    assessedFactorGroups: assessedFactorGroups(framework.factors, drivers, framework.criteriaGroups),
  });
  return {
    rows,
    year,
    thesisYears,
    names: Object.fromEntries(list.markets.map((m) => [m.iso3, m.name])),
    seaNames: caseMarkets.filter((m) => m.role === "target_sea").map((m) => m.name),
  };
}
