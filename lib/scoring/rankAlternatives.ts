/** The ranking: scores, competition ranks, contributions and data coverage per alternative. */
import { coverageOf, decisionProblem, preferenceOf, type DecisionProblem } from "./decisionProblem";
import { competitionRanks } from "./ranks";
import { createScorer, type Scorer } from "./scorer";
import type { RankedAlternative, RankingResult, ScoringInput } from "./types";

export function rankAlternatives(input: ScoringInput): RankingResult {
  return rankProblem(decisionProblem(input));
}

/** Ranks a validated problem; `scorer` may be passed when the caller already built one. */
export function rankProblem(problem: DecisionProblem, scorer: Scorer = createScorer(problem)): RankingResult {
  const { n, m, ids, criterionIds, weights, observed } = problem;
  const scores = new Float64Array(n);
  scorer.scores(weights, scores);
  const ranks = competitionRanks(scores);
  const parts = new Float64Array(m);
  const ranking: RankedAlternative[] = [];
  for (let a = 0; a < n; a++) {
    scorer.explain(weights, a, parts);
    const contributions: Record<string, number> = {};
    const missing: string[] = [];
    for (let c = 0; c < m; c++) {
      contributions[criterionIds[c]!] = parts[c]!;
      if (observed[a * m + c] !== 1) missing.push(criterionIds[c]!);
    }
    ranking.push({
      id: ids[a]!,
      rank: ranks[a]!,
      score: scores[a]!,
      contributions,
      missing,
      coverage: missing.length === 0 ? 1 : coverageOf(problem, weights, a),
    });
  }
  // Alternatives are already in id order, and Array.prototype.sort is stable.
  ranking.sort((x, y) => x.rank - y.rank);
  const weightMap: Record<string, number> = {};
  for (let c = 0; c < m; c++) weightMap[criterionIds[c]!] = weights[c]!;
  return {
    method: problem.method,
    normalization: problem.normalization,
    missing: problem.missing,
    ...problemSettings(problem),
    weights: weightMap,
    ranking,
  };
}

/** What a response says about coverage, the reference set and PROMETHEE's preference functions. */
export function problemSettings(problem: DecisionProblem) {
  const fallback = problem.criterionIds.filter((_, c) => problem.reference[c] === null);
  const supplied = fallback.length < problem.m;
  const settings: Pick<RankingResult, "coverageThreshold" | "excludedCriteria" | "reference" | "preferences"> = {
    coverageThreshold: problem.coverageThreshold,
    excludedCriteria: problem.excluded.map((e) => ({ ...e })),
    reference: {
      set: supplied ? "supplied" : "selected",
      label: supplied ? problem.referenceLabel : null,
      fallback: supplied ? fallback : [],
    },
  };
  if (problem.method === "promethee2") {
    settings.preferences = Object.fromEntries(problem.criterionIds.map((id, c) => [id, preferenceOf(problem, c)]));
  }
  return settings;
}
