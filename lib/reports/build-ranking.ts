import { formatNumber } from "@/lib/format";

import type { ReportContext } from "./context";
import { methodNames } from "./methodology";
import type { MatrixSection, RankingSection } from "./model";
import { reportWeights } from "./build-weights";

// The ranking and the market × criterion matrix, from the frozen engine input and result.

export const scoreDisplay = (value: number) => formatNumber(value, 3);

export function buildMatrix(context: ReportContext): MatrixSection {
  const { results, catalogue, criterionName, groupName, cell } = context;
  const criteria = results.problem.criteria.map((c) => ({
    key: c.id,
    name: criterionName(c.id),
    group: c.group ?? "",
    groupName: c.group ? groupName(c.group) : "",
    unit: catalogue.get(c.id)?.unit ?? "",
    direction: c.direction,
    weight: results.ranking.weights[c.id] ?? 0,
  }));
  const markets = results.ranking.ranking.map((r) => ({
    iso3: r.id,
    name: context.marketName(r.id),
    rank: r.rank,
    score: r.score,
  }));
  const cells: MatrixSection["cells"] = {};
  for (const market of markets) {
    cells[market.iso3] = Object.fromEntries(criteria.map((c) => [c.key, cell(market.iso3, c.key)]));
  }
  return { criteria, markets, cells };
}

export function buildRanking(context: ReportContext): RankingSection {
  const { results, criterionName, groupName } = context;
  const { ranking, robustness, problem } = results;
  const groupKeys = [...new Set(problem.criteria.map((c) => c.group ?? ""))];
  const groupOf = new Map(problem.criteria.map((c) => [c.id, c.group ?? ""]));
  const rows = ranking.ranking.map((r) => {
    const groupContributions: Record<string, number> = Object.fromEntries(groupKeys.map((g) => [g, 0]));
    for (const [key, part] of Object.entries(r.contributions)) {
      const group = groupOf.get(key) ?? "";
      groupContributions[group] = (groupContributions[group] ?? 0) + part;
    }
    return {
      iso3: r.id,
      name: context.marketName(r.id),
      rank: r.rank,
      score: r.score,
      scoreDisplay: scoreDisplay(r.score),
      coverage: r.coverage,
      missing: r.missing.map(criterionName),
      groupContributions,
      probabilityFirst: robustness.probabilityFirst[r.id] ?? null,
      meanRank: robustness.meanRank[r.id] ?? null,
      rankInterval90: robustness.rankInterval90[r.id] ?? null,
    };
  });
  const names = methodNames(context.t);
  const stackable =
    ranking.method === "wsm" &&
    rows.every((row) => Object.values(row.groupContributions).every((part) => part >= -1e-12));
  return {
    method: names.method(ranking.method),
    methodKey: ranking.method,
    normalization: names.normalization(ranking.normalization),
    missingPolicy: names.missingPolicy(ranking.missing),
    scoreMeaning: names.scoreMeaning(ranking.method),
    stackable,
    groups: groupKeys.map((key) => ({ key, name: key ? groupName(key) : context.t("sentencesB.names.criteria") })),
    rows,
    weights: reportWeights(context).label,
  };
}
