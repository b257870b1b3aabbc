import type { ScoringData } from "@/lib/contracts/api";

import type { PrismaClient } from "./generated/client";
import { marketsWithLatestValues } from "./markets";
import { toIndicatorMeta } from "./rows";

/** The criteria tree and every market's latest values, for scoring in the browser. */
export async function readScoringData(prisma: PrismaClient): Promise<ScoringData> {
  const [groups, withValues] = await Promise.all([
    prisma.criteriaGroup.findMany({
      orderBy: { sort: "asc" },
      include: { indicators: { orderBy: [{ defaultWeight: "desc" }, { key: "asc" }] } },
    }),
    marketsWithLatestValues(prisma),
  ]);
  return {
    datasetVersion: withValues.datasetVersion,
    criteriaGroups: groups.map((g) => ({
      key: g.key,
      name: g.name,
      description: g.description,
      measurement: g.measurement,
      defaultWeight: g.defaultWeight,
    })),
    indicators: groups.flatMap((g) => g.indicators.map(toIndicatorMeta)),
    markets: withValues.markets.map(({ iso3, name, region, subregion, role, origin }) => ({
      iso3,
      name,
      region,
      subregion,
      role,
      origin,
    })),
    /** Latest year per market and indicator; on the same year the user's value, flagged origin "user". */
    values: Object.fromEntries(withValues.markets.map((m) => [m.iso3, m.values])),
  };
}
