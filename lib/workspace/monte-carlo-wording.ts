/**
 * What a Monte Carlo run varied and how, in one sentence for the workspace and every report format
 * (docs/decisions/014-uncertainty-and-preferences.md). Pure.
 */

export interface MonteCarloEcho {
  samples: number;
  seed: number;
  concentration: number;
  valueDistribution: string;
  /** Values sampled per draw; absent in results frozen before values were sampled (= 0). */
  valuesVaried?: number | undefined;
}

const count = (n: number) => n.toLocaleString("en-US");

export function monteCarloDescription(mc: MonteCarloEcho): string {
  const weights = `the weights (Dirichlet around the chosen weights, concentration ${count(mc.concentration)})`;
  const varied = mc.valuesVaried ?? 0;
  if (varied === 0) {
    return `${count(mc.samples)} Monte Carlo draws of ${weights} only; the market values were held fixed (seed ${mc.seed}).`;
  }
  const how =
    mc.valueDistribution === "normal"
      ? "each normal with 95 % of its draws within its uncertainty"
      : "each uniform within its 95 % uncertainty";
  return (
    `${count(mc.samples)} Monte Carlo draws of ${weights} and of ${count(varied)} market values together ` +
    `(${how}, from the value's kind, age and survey margin; gaps stay gaps), seed ${mc.seed}.`
  );
}
