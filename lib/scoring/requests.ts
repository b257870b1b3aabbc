/**
 * One function per engine endpoint, shared by the API routes and the CLI so both print the same
 * JSON. Each takes a request already parsed with its schema from lib/contracts/engine.ts and
 * returns the response object; domain errors are thrown as ScoringInputError / ScoringLimitError.
 */
import type {
  AhpComparisonsRequest,
  AhpComparisonsResponse,
  AhpRequest,
  AhpResponse,
  ScoreRequest,
  ScoreResponse,
  SensitivityRequest,
  SensitivityResponse,
} from "@/lib/contracts/engine";
import { ahpWeights } from "./ahp";
import { incompleteAhpWeights } from "./ahpIncomplete";
import { decisionProblem } from "./decisionProblem";
import { ScoringInputError } from "./errors";
import { methodAgreement } from "./methodAgreement";
import { monteCarloRanks, monteCarloSummary } from "./monteCarlo";
import { problemSettings, rankProblem } from "./rankAlternatives";
import { smallestWeightChange } from "./smallestChange";
import { stabilityIntervals } from "./stability";
import { tornadoSwings } from "./tornado";

export function scoreRequest(request: ScoreRequest): ScoreResponse {
  return rankProblem(decisionProblem(request));
}

export function ahpRequest(request: AhpRequest): AhpResponse {
  if (request.matrix.length !== request.criteria.length) {
    throw new ScoringInputError(
      `the matrix has ${request.matrix.length} rows for ${request.criteria.length} criteria`,
      ["matrix"],
    );
  }
  const result = ahpWeights(request.matrix, { method: request.method ?? "eigenvector" });
  const ids = request.criteria;
  const weights: Record<string, number> = {};
  ids.forEach((id, i) => (weights[id] = result.weights[i]!));
  const response: AhpResponse = {
    weights,
    lambdaMax: result.lambdaMax,
    ci: result.ci,
    cr: result.cr,
    consistent: result.consistent,
    method: result.method,
    randomIndex: result.randomIndex,
    randomIndexValue: result.randomIndexValue,
  };
  if (result.worstPair !== null && result.suggestedValue !== null) {
    response.worstPair = [ids[result.worstPair[0]]!, ids[result.worstPair[1]]!];
    response.suggestedValue = result.suggestedValue;
  }
  return response;
}

/** Weights from some pairwise comparisons (n − 1 that link every criterion suffice). */
export function ahpComparisonsRequest(request: AhpComparisonsRequest): AhpComparisonsResponse {
  const ids = request.criteria;
  const index = new Map(ids.map((id, i) => [id, i]));
  const judgements = request.comparisons.map((c, k) => {
    const first = index.get(c.first);
    const second = index.get(c.second);
    if (first === undefined || second === undefined)
      throw new ScoringInputError(`comparisons[${k}] names a criterion not in criteria`, ["comparisons", k]);
    return { first, second, value: c.value };
  });
  const result = incompleteAhpWeights(ids.length, judgements, { labels: ids });
  const response: AhpComparisonsResponse = {
    weights: Object.fromEntries(ids.map((id, i) => [id, result.weights[i]!])),
    method: "llsm",
    judgements: result.judgements,
    redundant: result.redundant,
    gci: result.gci,
    gciThreshold: result.gciThreshold,
    consistencyIndex: "GCI, Aguarón & Moreno-Jiménez 2003",
    consistent: result.consistent,
  };
  if (result.worstJudgement !== null && result.suggestedValue !== null) {
    const worst = request.comparisons[result.worstJudgement]!;
    response.worstPair = [worst.first, worst.second];
    response.suggestedValue = result.suggestedValue;
  }
  return response;
}

export function sensitivityRequest(request: SensitivityRequest): SensitivityResponse {
  const { monteCarlo, tornado, labels, ...scoring } = request;
  const problem = decisionProblem(scoring);
  const ranking = rankProblem(problem);
  const stability = stabilityIntervals(problem);
  const simulation = monteCarloRanks(problem, monteCarlo ?? {});
  return {
    method: ranking.method,
    normalization: ranking.normalization,
    missing: ranking.missing,
    ...problemSettings(problem),
    weights: ranking.weights,
    leader: stability.leader,
    stability: stability.intervals,
    stabilityExact: stability.exact,
    tornado: tornadoSwings(problem, tornado ?? {}),
    ...monteCarloSummary(simulation),
    smallestChange: smallestWeightChange(problem, labels ?? {}),
    methodAgreement: methodAgreement(problem),
  };
}
