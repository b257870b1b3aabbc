/**
 * Monte Carlo rank probabilities (the simulation approach to weight sensitivity of Butler, Jia &
 * Dyer 1997, EJOR 103, with value uncertainty added). Each sample:
 * - weights ~ Dirichlet(α), α_c = concentration × w_c: centred on the chosen weights (E = w_c),
 *   Var = w_c(1 − w_c)/(concentration + 1); a zero weight stays zero;
 * - each uncertain value x with half-width h ~ Uniform[x − h, x + h] ("uniform", default) or
 *   Normal(x, (h/1.96)²) ("normal": ±h is the central 95 %); missing values stay missing;
 * - the method scores the sample and ranks it. Alternatives tied in a sample share the positions
 *   they occupy equally (1/t each), so probabilities sum to 1 per alternative and per rank.
 * Seeded (random.ts): the same seed gives the same output on every engine and however the run is
 * split into steps. See docs/decisions/003-monte-carlo.md.
 */
import { toProblem, type ProblemInput } from "./decisionProblem";
import { ScoringInputError, ScoringLimitError } from "./errors";
import { MAX_MONTE_CARLO_SAMPLES, MAX_MONTE_CARLO_WORK } from "./limits";
import { SeededRandom } from "./random";
import { descendingOrder, identityOrder, sameScore } from "./ranks";
import { createScorer } from "./scorer";

export type ValueDistribution = "uniform" | "normal";

export interface MonteCarloOptions {
  samples?: number;
  seed?: number;
  /** Dirichlet concentration: larger = weights closer to the chosen ones. */
  concentration?: number;
  valueDistribution?: ValueDistribution;
}

export const DEFAULT_MONTE_CARLO = {
  samples: 2000,
  seed: 42,
  concentration: 50,
  valueDistribution: "uniform",
} as const satisfies Required<MonteCarloOptions>;

export interface MonteCarloResult {
  /** Samples the result is based on. */
  samples: number;
  seed: number;
  concentration: number;
  valueDistribution: ValueDistribution;
  /** Per alternative, P(rank = 1), P(rank = 2), … (length n). */
  rankProbabilities: Record<string, number[]>;
  meanRank: Record<string, number>;
  /** 5th and 95th percentile of the rank distribution. */
  rankInterval90: Record<string, { low: number; high: number }>;
  probabilityFirst: Record<string, number>;
}

export interface MonteCarloProgress {
  completed: number;
  total: number;
  done: boolean;
}

/** A run the caller advances in chunks (to report progress or stop early). */
export interface MonteCarloRun {
  readonly total: number;
  readonly completed: number;
  /** Runs up to `samples` more samples (default: all that remain). */
  step(samples?: number): MonteCarloProgress;
  /** Probabilities from the samples run so far (at least one). */
  result(): MonteCarloResult;
}

/** 1.96: a normal's central 95 % spans ±1.96σ. */
const NORMAL_HALF_WIDTH_SIGMAS = 1.959963984540054;

function checkedOptions(options: MonteCarloOptions): Required<MonteCarloOptions> {
  const merged = { ...DEFAULT_MONTE_CARLO, ...options };
  const { samples, seed, concentration, valueDistribution } = merged;
  if (!Number.isInteger(samples) || samples < 1) {
    throw new ScoringInputError("monteCarlo.samples must be a positive integer", ["monteCarlo", "samples"]);
  }
  if (samples > MAX_MONTE_CARLO_SAMPLES) {
    throw new ScoringLimitError("MAX_MONTE_CARLO_SAMPLES", MAX_MONTE_CARLO_SAMPLES, samples, "too many Monte Carlo samples", ["monteCarlo", "samples"]);
  }
  if (!Number.isSafeInteger(seed)) throw new ScoringInputError("monteCarlo.seed must be an integer", ["monteCarlo", "seed"]);
  if (!Number.isFinite(concentration) || concentration <= 0) {
    throw new ScoringInputError("monteCarlo.concentration must be a finite number > 0", ["monteCarlo", "concentration"]);
  }
  if (valueDistribution !== "uniform" && valueDistribution !== "normal") {
    throw new ScoringInputError('monteCarlo.valueDistribution must be "uniform" or "normal"', ["monteCarlo", "valueDistribution"]);
  }
  return merged;
}

export function createMonteCarloRun(input: ProblemInput, options: MonteCarloOptions = {}): MonteCarloRun {
  const settings = checkedOptions(options);
  const problem = toProblem(input);
  const { n, m, ids, weights, values, halfWidth } = problem;
  const scorer = createScorer(problem);
  const perSample = m + n * m + n + (problem.uncertain ? scorer.loadCost + n * m : 0);
  const work = perSample * settings.samples;
  if (work > MAX_MONTE_CARLO_WORK) {
    throw new ScoringLimitError(
      "MAX_MONTE_CARLO_WORK", MAX_MONTE_CARLO_WORK, work,
      "the Monte Carlo run is too large (samples × alternatives × criteria, × alternatives again for PROMETHEE II with uncertain values); use fewer samples",
      ["monteCarlo", "samples"],
    );
  }

  const random = new SeededRandom(settings.seed);
  const alpha = new Float64Array(m);
  for (let c = 0; c < m; c++) alpha[c] = settings.concentration * weights[c]!;
  const sampledWeights = new Float64Array(m);
  const scratch = new Float64Array(m);
  const scores = new Float64Array(n);
  const order = identityOrder(n);
  const counts = new Float64Array(n * n);
  const uncertainCells = Int32Array.from(
    Array.from(halfWidth.keys()).filter((k) => halfWidth[k]! > 0),
  );
  const sampledValues = Float64Array.from(values);
  const normal = settings.valueDistribution === "normal";
  let completed = 0;

  const cellCount = uncertainCells.length;
  const sampleOnce = (): void => {
    random.dirichlet(alpha, sampledWeights, scratch);
    if (cellCount > 0) {
      for (let i = 0; i < cellCount; i++) {
        const k = uncertainCells[i]!;
        const h = halfWidth[k]!;
        const x = values[k]! + (normal ? (h / NORMAL_HALF_WIDTH_SIGMAS) * random.normal() : h * (2 * random.uniform() - 1));
        sampledValues[k] = x > Number.MAX_VALUE ? Number.MAX_VALUE : x < -Number.MAX_VALUE ? -Number.MAX_VALUE : x;
      }
      scorer.load(sampledValues);
    }
    scorer.scores(sampledWeights, scores);
    tallyRanks(scores, order, counts, n);
  };

  return {
    total: settings.samples,
    get completed() {
      return completed;
    },
    step(samples = settings.samples - completed) {
      const target = Math.min(settings.samples, completed + Math.max(0, Math.floor(samples)));
      while (completed < target) {
        sampleOnce();
        completed++;
      }
      return { completed, total: settings.samples, done: completed >= settings.samples };
    },
    result() {
      if (completed === 0) throw new Error("no Monte Carlo sample has run yet: call step() first");
      return summarize(ids, counts, completed, settings);
    },
  };
}

/**
 * Adds one sample's ranking to `counts` (n × n, alternative × position). `order` holds the previous
 * sample's order, which makes the insertion sort nearly linear. Tied alternatives share the
 * positions they occupy equally.
 */
function tallyRanks(scores: Float64Array, order: Int32Array, counts: Float64Array, n: number): void {
  descendingOrder(scores, order);
  let start = 0;
  while (start < n) {
    const first = scores[order[start]!]!;
    let end = start + 1;
    while (end < n && sameScore(scores[order[end]!]!, first)) end++;
    if (end - start === 1) counts[order[start]! * n + start]! += 1;
    else {
      const share = 1 / (end - start);
      for (let p = start; p < end; p++) {
        const row = order[p]! * n;
        for (let r = start; r < end; r++) counts[row + r]! += share;
      }
    }
    start = end;
  }
}

/** Runs every sample at once; see createMonteCarloRun for a run in steps. */
export function monteCarloRanks(input: ProblemInput, options: MonteCarloOptions = {}): MonteCarloResult {
  const run = createMonteCarloRun(input, options);
  run.step();
  return run.result();
}

function summarize(ids: string[], counts: Float64Array, samples: number, settings: Required<MonteCarloOptions>): MonteCarloResult {
  const n = ids.length;
  const rankProbabilities: Record<string, number[]> = {};
  const meanRank: Record<string, number> = {};
  const rankInterval90: Record<string, { low: number; high: number }> = {};
  const probabilityFirst: Record<string, number> = {};
  for (let a = 0; a < n; a++) {
    const p = Array.from(counts.subarray(a * n, a * n + n), (c) => c / samples);
    let mean = 0;
    let cumulative = 0;
    let low = 0;
    let high = 0;
    for (let r = 0; r < n; r++) {
      mean += (r + 1) * p[r]!;
      cumulative += p[r]!;
      // Smallest rank whose cumulative probability reaches the quantile (tolerating rounding).
      if (low === 0 && cumulative >= 0.05 - 1e-9) low = r + 1;
      if (high === 0 && cumulative >= 0.95 - 1e-9) high = r + 1;
    }
    const id = ids[a]!;
    rankProbabilities[id] = p;
    meanRank[id] = mean;
    rankInterval90[id] = { low: low || n, high: high || n };
    probabilityFirst[id] = p[0]!;
  }
  return {
    samples,
    seed: settings.seed,
    concentration: settings.concentration,
    valueDistribution: settings.valueDistribution,
    rankProbabilities,
    meanRank,
    rankInterval90,
    probabilityFirst,
  };
}
