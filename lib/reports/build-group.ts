import type { GroupResult } from "@/lib/contracts/decisions";

import type { ReportContext, ReportGroupDecision } from "./context";
import type { GroupConcordance, GroupDecisionSection } from "./model";

// The report's "Group decision" section as data (issue 13 §4.5): who weighed, how their inputs
// were combined, how far they agreed (Kendall's W, Goepel's S*, with record 021's words) and where
// they disagreed. The figures are the ones frozen with the decision, never recomputed, so a later
// report says what the group decided; names are in the report's language where the data set has
// them, and members are "Member 1, 2 …" when the facilitator hid their names.

const CONCORDANCE_KEYS = {
  "very weak": "veryWeak",
  weak: "weak",
  moderate: "moderate",
  strong: "strong",
  "unusually strong": "unusuallyStrong",
} as const;
const CONSENSUS_KEYS = {
  "very low": "veryLow",
  low: "low",
  moderate: "moderate",
  high: "high",
  "very high": "veryHigh",
} as const;

export function buildGroupSection(context: ReportContext, decision: ReportGroupDecision): GroupDecisionSection {
  const { t } = context;
  const { frozen, setup } = decision;
  const result = frozen.result;
  const label = (userId: string) => {
    const k = result.members.findIndex((m) => m.userId === userId);
    if (k < 0) return "";
    return frozen.hideNames ? t("group.memberN", { n: k + 1 }) : result.members[k]!.name;
  };
  const criterionName = (key: string, frozenName: string) => {
    const name = setup.criteria.level === "groups" ? context.groupName(key) : context.criterionName(key);
    return name && name !== key ? name : frozenName;
  };
  const concordance = (c: GroupResult["consensus"]["markets"]): GroupConcordance => ({
    w: c.w,
    chiSquare: c.chiSquare,
    degreesOfFreedom: c.degreesOfFreedom,
    pValue: c.pValue,
    approximate: c.approximate,
    word: t("group.concordanceWord", { word: CONCORDANCE_KEYS[c.word] }),
  });
  const topOf = (ranks: Record<string, number>) => {
    const first = Object.entries(ranks).sort((a, b) => a[1] - b[1])[0];
    return first ? context.marketName(first[0]) : "";
  };
  return {
    name: decision.name,
    method: result.method,
    aggregation: result.aggregation,
    hideNames: frozen.hideNames,
    frozenAt: decision.frozenAt?.toISOString() ?? null,
    members: result.members.map((m) => ({
      label: label(m.userId),
      role: t("group.role", { role: frozen.roles[m.userId] || "former" }),
      share: m.share,
      cr: m.consistency?.cr ?? null,
      topMarket: topOf(m.ranks),
    })),
    criteria: result.criteria.map((c) => ({
      key: c.key,
      name: criterionName(c.key, c.name),
      weight: c.weight,
      standardDeviation: c.standardDeviation,
      min: c.min,
      max: c.max,
      displacement: c.displacement,
    })),
    consensus: {
      markets: concordance(result.consensus.markets),
      criteria: concordance(result.consensus.criteria),
      ahp: result.consensus.ahp
        ? {
            value: result.consensus.ahp.consensus,
            word: t("group.consensusWord", { word: CONSENSUS_KEYS[result.consensus.ahp.word] }),
          }
        : null,
    },
    groupCr: result.groupConsistency?.cr ?? null,
    mostDivisive: result.mostDivisive
      ? {
          name: criterionName(result.mostDivisive.key, result.mostDivisive.name),
          displacement: result.mostDivisive.displacement,
          member: label(result.mostDivisive.displacedBy),
        }
      : null,
    ranking: result.ranking.map((r) => ({
      iso3: r.iso3,
      name: context.marketName(r.iso3),
      rank: r.rank,
      memberRanks: result.members.map((m) => r.memberRanks[m.userId] ?? null),
    })),
  };
}
