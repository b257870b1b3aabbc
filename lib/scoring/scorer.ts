/**
 * A scorer turns weights into scores for a fixed, preprocessed matrix. Everything that depends
 * only on the values (normalization, ideals, unicriterion flows) happens in `load`; `scores` is
 * then O(n·m) and allocation-free, which is what the robustness analyses call thousands of times.
 */
import type { DecisionProblem } from "./decisionProblem";
import { PrometheeScorer } from "./methods/promethee";
import { TopsisScorer } from "./methods/topsis";
import { WeightedSumScorer } from "./methods/weightedSum";
import type { AppliedNormalization, Method } from "./types";

export interface Scorer {
  readonly n: number;
  readonly m: number;
  /** Elementary operations one `load` costs (for work budgets). */
  readonly loadCost: number;
  /** Recomputes the value-dependent parts from a raw n × m matrix (cells observed per the problem). */
  load(raw: Float64Array): void;
  /** Scores under the given weights (any positive scale); `out` has length n. */
  scores(weights: Float64Array, out: Float64Array): void;
  /** Per-criterion contributions of alternative `a` into `out` (length m); returns its score. */
  explain(weights: Float64Array, a: number, out: Float64Array): number;
}

/** A scorer for the problem's method and normalization, or for another pair (method agreement). */
export function createScorer(
  problem: DecisionProblem,
  method: Method = problem.method,
  normalization: AppliedNormalization = problem.normalization,
): Scorer {
  let scorer: Scorer;
  if (method === "promethee2") scorer = new PrometheeScorer(problem);
  else if (method === "topsis") scorer = new TopsisScorer(problem, normalization === "minmax" ? "minmax" : "vector");
  else scorer = new WeightedSumScorer(problem, normalization === "vector" ? "vector" : "minmax");
  scorer.load(problem.values);
  return scorer;
}
