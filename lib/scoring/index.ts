/**
 * The decision engine: pure TypeScript (no React, Next, Prisma, node: or IO), used unchanged in
 * the browser, on the server and in the CLI. Entry-mode fit lives in ./fit and is exported there.
 */
export * from "./errors";
export * from "./limits";
export * from "./types";
export { globalWeights } from "./criteriaTree";
export { alternativeMatrix } from "./alternativeMatrix";
export type { AlternativeMatrix } from "./alternativeMatrix";
export { criterionProperties } from "./criterionProperties";
export type { CriterionProperties } from "./criterionProperties";
export { decisionProblem, defaultNormalization, coverageOf, toProblem, withWeights, METHODS } from "./decisionProblem";
export type { DecisionProblem, ProblemInput } from "./decisionProblem";
export { minMaxNormalized, vectorNormalized } from "./normalization";
export { ScoringMatrix } from "./scoringMatrix";
export { createScorer } from "./scorer";
export type { Scorer } from "./scorer";
export { WeightedSumScorer } from "./methods/weightedSum";
export { TopsisScorer } from "./methods/topsis";
export { PrometheeScorer } from "./methods/promethee";
export {
  TIE_TOLERANCE,
  sameScore,
  beats,
  competitionRanks,
  averageRanks,
  descendingOrder,
  identityOrder,
} from "./ranks";
export { rankAlternatives, rankProblem } from "./rankAlternatives";
export { ahpWeights, CONSISTENCY_THRESHOLD, RECIPROCAL_TOLERANCE } from "./ahp";
export type { AhpMethod, AhpResult } from "./ahp";
export { gciThreshold, incompleteAhpWeights, judgementsOfMatrix, unlinkedCriteria } from "./ahpIncomplete";
export type { IncompleteAhpResult, PairJudgement } from "./ahpIncomplete";
export { randomIndex, RANDOM_INDEX_TABLE, RANDOM_INDEX_MAX_ORDER } from "./randomIndex";
export { SeededRandom } from "./random";
export { portableLog, portableExp } from "./portableMath";
export { firstFailure, rescaledWeights, PATH_GRID_STEPS } from "./weightPaths";
export type { Boundary } from "./weightPaths";
export { stabilityIntervals } from "./stability";
export type { StabilityInterval, StabilityResult } from "./stability";
export { tornadoSwings, tornadoForMarket, marketSwing, DEFAULT_TORNADO } from "./tornado";
export type { TornadoBar, TornadoEnd, TornadoOptions } from "./tornado";
export {
  createMonteCarloRun,
  maxMonteCarloSamples,
  monteCarloRanks,
  monteCarloSummary,
  DEFAULT_MONTE_CARLO,
} from "./monteCarlo";
export type {
  MonteCarloOptions,
  MonteCarloProgress,
  MonteCarloResult,
  MonteCarloRun,
  ValueDistribution,
} from "./monteCarlo";
export { rankDistribution, tallyRanks } from "./rankDistribution";
export type { RankDistribution } from "./rankDistribution";
export { smallestWeightChange } from "./smallestChange";
export type { Labels, SmallestChange } from "./smallestChange";
export { methodAgreement, spearmanRho, METHOD_VARIANTS } from "./methodAgreement";
export type { MethodAgreement, MethodVariant } from "./methodAgreement";
export { scoreRequest, ahpRequest, ahpComparisonsRequest, sensitivityRequest } from "./requests";
export { valueUncertainty, VALUE_KINDS, KIND_SHARE, AGE_SHARE_PER_YEAR } from "./valueUncertainty";
export type { ValueFacts, ValueKind, ValueUncertainty } from "./valueUncertainty";
export {
  preferenceDegree,
  resolvedPreference,
  standardDeviation,
  PREFERENCE_TYPES,
  DEFAULT_THRESHOLD_SHARES,
} from "./preferences";
export { DEFAULT_COVERAGE_THRESHOLD, preferenceOf } from "./decisionProblem";
export { problemSettings } from "./rankAlternatives";
