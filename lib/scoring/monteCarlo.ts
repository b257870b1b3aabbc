/**
 * Monte Carlo rank probabilities (the simulation approach to weight sensitivity of Butler, Jia &
 * Dyer 1997, EJOR 103, with value uncertainty added). Each sample:
 * - weights ~ Dirichlet(α), α_c = concentration × w_c: centred on the chosen weights (E = w_c),
 *   Var = w_c(1 − w_c)/(concentration + 1); a zero weight stays zero;
 * - each uncertain value x with half-width h ~ Uniform[x − h, x + h] ("uniform", default) or
 *   Normal(x, (h/1.96)²) ("normal": ±h is the central 95 %); missing values stay missing;
 * - the method scores the sample and ranks it (rankDistribution.ts; ties share positions).
 * Seeded (random.ts): the same seed gives the same output on every engine and however the run is
 * split into steps. See docs/decisions/003-monte-carlo.md.
 */
import { toProblem, type ProblemInput } from "./decisionProblem";
import { ScoringInputError, ScoringLimitError } from "./errors";
import { MAX_MONTE_CARLO_SAMPLES, MAX_MONTE_CARLO_WORK } from "./limits";
import { SeededRandom } from "./random";
import { rankDistribution, tallyRanks, type RankDistribution } from "./rankDistribution";
import { identityOrder } from "./ranks";
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

export interface MonteCarloResult extends RankDistribution {
  /** Samples the result is based on. */
  samples: number;
  seed: number;
  concentration: number;
  valueDistribution: ValueDistribution;
  /** Values sampled per draw (cells with an uncertainty > 0); 0 = only the weights varied. */
  valuesVaried: number;
}

/**
 * A result as the sensitivity API and saved scenarios carry it: the rank distribution, then the
 * settings of the run under `monteCarlo`.
 */
export function monteCarloSummary(result: MonteCarloResult) {
  const { rankProbabilities, meanRank, rankInterval90, probabilityFirst } = result;
  const { samples, seed, concentration, valueDistribution, valuesVaried } = result;
  return {
    rankProbabilities,
    meanRank,
    rankInterval90,
    probabilityFirst,
    monteCarlo: { samples, seed, concentration, valueDistribution, valuesVaried },
  };
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
  // An option given as undefined takes its default, like an absent one.
  const merged: Required<MonteCarloOptions> = {
    samples: options.samples ?? DEFAULT_MONTE_CARLO.samples,
    seed: options.seed ?? DEFAULT_MONTE_CARLO.seed,
    concentration: options.concentration ?? DEFAULT_MONTE_CARLO.concentration,
    valueDistribution: options.valueDistribution ?? DEFAULT_MONTE_CARLO.valueDistribution,
  };
  const { samples, seed, concentration, valueDistribution } = merged;
  if (!Number.isInteger(samples) || samples < 1) {
    throw new ScoringInputError("monteCarlo.samples must be a positive integer", ["monteCarlo", "samples"]);
  }
  if (samples > MAX_MONTE_CARLO_SAMPLES) {
    throw new ScoringLimitError(
      "MAX_MONTE_CARLO_SAMPLES",
      MAX_MONTE_CARLO_SAMPLES,
      samples,
      "too many Monte Carlo samples",
      ["monteCarlo", "samples"],
    );
  }
  if (!Number.isSafeInteger(seed))
    throw new ScoringInputError("monteCarlo.seed must be an integer", ["monteCarlo", "seed"]);
  if (!Number.isFinite(concentration) || concentration <= 0) {
    throw new ScoringInputError("monteCarlo.concentration must be a finite number > 0", [
      "monteCarlo",
      "concentration",
    ]);
  }
  if (valueDistribution !== "uniform" && valueDistribution !== "normal") {
    throw new ScoringInputError('monteCarlo.valueDistribution must be "uniform" or "normal"', [
      "monteCarlo",
      "valueDistribution",
    ]);
  }
  return merged;
}

/** Elementary cell operations of one sample: the unit of MAX_MONTE_CARLO_WORK. */
function workPerSample(problem: ReturnType<typeof toProblem>, scorer: ReturnType<typeof createScorer>): number {
  const { n, m } = problem;
  return m + n * m + n + (problem.uncertain ? scorer.loadCost + n * m : 0);
}

/**
 * The most samples a run on this problem may draw: MAX_MONTE_CARLO_SAMPLES, or fewer where the
 * per-sample work (PROMETHEE II with uncertain values compares every pair in every draw) would
 * exceed MAX_MONTE_CARLO_WORK. A form states it before the user runs.
 */
export function maxMonteCarloSamples(input: ProblemInput): number {
  const problem = toProblem(input);
  const perSample = workPerSample(problem, createScorer(problem));
  return Math.min(MAX_MONTE_CARLO_SAMPLES, Math.floor(MAX_MONTE_CARLO_WORK / perSample));
}

export function createMonteCarloRun(input: ProblemInput, options: MonteCarloOptions = {}): MonteCarloRun {
  const settings = checkedOptions(options);
  const problem = toProblem(input);
  const { n, m, ids, weights, values, halfWidth } = problem;
  const scorer = createScorer(problem);
  const work = workPerSample(problem, scorer) * settings.samples;
  if (work > MAX_MONTE_CARLO_WORK) {
    throw new ScoringLimitError(
      "MAX_MONTE_CARLO_WORK",
      MAX_MONTE_CARLO_WORK,
      work,
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
  const uncertainCells = Int32Array.from(Array.from(halfWidth.keys()).filter((k) => halfWidth[k]! > 0));
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
        const x =
          values[k]! + (normal ? (h / NORMAL_HALF_WIDTH_SIGMAS) * random.normal() : h * (2 * random.uniform() - 1));
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
      return {
        samples: completed,
        seed: settings.seed,
        concentration: settings.concentration,
        valueDistribution: settings.valueDistribution,
        valuesVaried: cellCount,
        ...rankDistribution(ids, counts, completed),
      };
    },
  };
}

/** Runs every sample at once; see createMonteCarloRun for a run in steps. */
export function monteCarloRanks(input: ProblemInput, options: MonteCarloOptions = {}): MonteCarloResult {
  const run = createMonteCarloRun(input, options);
  run.step();
  return run.result();
}
