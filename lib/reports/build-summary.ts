import { formatNumber, formatPercent } from "@/lib/format";

import type { ReportContext } from "./context";
import { confidenceLevel } from "./methodology";
import type { Confidence, ExecutiveSummary, RankingSection, ReportModel } from "./model";

// The executive summary: the recommendation, how confident the robustness analysis makes it, and
// why the recommended market leads.

function buildConfidence(context: ReportContext): Confidence {
  const { robustness } = context.results;
  const leader = robustness.leader;
  const probabilityFirst = robustness.probabilityFirst[leader] ?? 0;
  const interval = robustness.rankInterval90[leader] ?? { low: 1, high: 1 };
  const variants = robustness.methodAgreement.variants;
  const agreeing = variants.filter((v) => robustness.methodAgreement.rankings[v]?.[leader] === 1).length;
  const level = confidenceLevel(
    probabilityFirst,
    robustness.methodAgreement.sameLeader,
    robustness.smallestChange.tied,
  );
  const name = context.marketName(leader);
  const levelWord = { high: "High", moderate: "Moderate", low: "Low" }[level];
  const statement =
    `${levelWord} confidence: ${name} ranks first in ${formatPercent(probabilityFirst, 0)} of ${robustness.monteCarlo.samples.toLocaleString("en-US")} Monte Carlo draws of weights${(robustness.monteCarlo.valuesVaried ?? 0) > 0 ? " and values" : ""} ` +
    `(90% rank interval ${interval.low === interval.high ? `${interval.low}` : `${interval.low}-${interval.high}`}), and ${agreeing} of ${variants.length} method variants put it first.`;
  return {
    level,
    probabilityFirst,
    rankInterval90: interval,
    variantsAgreeing: agreeing,
    variantsTotal: variants.length,
    smallestChange: robustness.smallestChange.sentence,
    statement,
  };
}

function leadReasons(context: ReportContext, ranking: RankingSection): string[] {
  const [leader, runnerUp] = ranking.rows;
  if (!leader) return [];
  if (!runnerUp) return [`${leader.name} is the only market ranked.`];
  const diffs = ranking.groups
    .map((g) => ({
      name: g.name,
      diff: (leader.groupContributions[g.key] ?? 0) - (runnerUp.groupContributions[g.key] ?? 0),
    }))
    .filter((d) => Math.abs(d.diff) >= 0.0005);
  const gains = diffs.filter((d) => d.diff > 0).sort((a, b) => b.diff - a.diff);
  const losses = diffs.filter((d) => d.diff < 0).sort((a, b) => a.diff - b.diff);
  const signed = (d: { name: string; diff: number }) =>
    `${d.name} (${d.diff > 0 ? "+" : "-"}${formatNumber(Math.abs(d.diff), 3)})`;
  const reasons = [
    `${leader.name} scores ${leader.scoreDisplay} against ${runnerUp.scoreDisplay} for ${runnerUp.name}, the runner-up.`,
  ];
  if (gains.length > 0) reasons.push(`It gains most on ${gains.slice(0, 2).map(signed).join(" and ")}.`);
  if (losses.length > 0) reasons.push(`It trails ${runnerUp.name} on ${losses.slice(0, 2).map(signed).join(" and ")}.`);
  const best = context.results.ranking.ranking[0];
  if (best && best.coverage < 1)
    reasons.push(`Its score rests on ${formatPercent(best.coverage, 0)} of the weight: some values are missing.`);
  return reasons;
}

export function buildSummary(
  context: ReportContext,
  ranking: RankingSection,
  entry: ReportModel["entry"],
): ExecutiveSummary {
  const [first, second] = ranking.rows;
  const leader = first!;
  const modes = entry?.modes ?? [];
  const strategies = entry?.strategies ?? [];
  const pick = (o: { key: string; name: string; score: number; rank: number } | undefined) =>
    o ? { key: o.key, name: o.name, score: o.score, rank: o.rank } : null;
  return {
    market: {
      iso3: leader.iso3,
      name: leader.name,
      rank: leader.rank,
      score: leader.score,
      scoreDisplay: leader.scoreDisplay,
    },
    runnerUp: second
      ? { iso3: second.iso3, name: second.name, score: second.score, scoreDisplay: second.scoreDisplay }
      : null,
    entryMode: pick(modes[0]),
    entryModeRunnerUp: pick(modes[1]),
    strategies: strategies.filter((s, i) => i === 0 || s.score > 50).map((s) => pick(s)!),
    entryModeMissing: entry
      ? null
      : "No firm profile was saved with this scenario, so no entry mode or strategy is assessed. Add a firm profile to the scenario to get one.",
    confidence: buildConfidence(context),
    reasons: leadReasons(context, ranking),
  };
}
