/** Size limits of the engine, shared by the contracts (zod) and the engine's own checks. */

export const MAX_ALTERNATIVES = 300;
export const MAX_CRITERIA = 100;
export const MAX_GROUPS = 100;
export const MAX_MONTE_CARLO_SAMPLES = 100_000;
/** Values per criterion in a reference set: every economy in the world with room to spare. */
export const MAX_REFERENCE_VALUES = 1000;

/**
 * AHP matrices stop at 15: the published random-index table (Saaty 1980, extended to n = 15)
 * ends there, and Saaty advises 7 ± 2 elements per comparison set anyway. See
 * docs/decisions/002-ahp-random-index.md.
 */
export const MAX_AHP_CRITERIA = 15;

/**
 * Monte Carlo budget in elementary cell operations (samples × per-sample cost, roughly a few
 * seconds of one core). Weights-only runs stay below it up to the other limits; uncertain values
 * re-normalize every sample, and PROMETHEE II then recomputes n²·m/2 pairwise preferences per
 * sample, so large runs of those hit it first.
 */
export const MAX_MONTE_CARLO_WORK = 4e9;
