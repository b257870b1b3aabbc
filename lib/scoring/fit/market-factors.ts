import {
  ASSESSED_MARKET_FACTOR_KEYS,
  type AssessedMarketFactorKey,
  clampToScale,
  FACTOR_MAX,
  FACTOR_MIN,
  MARKET_FACTOR_KEYS,
  type MarketFactorAnchor,
  type MarketFactorKey,
  type MarketProfile,
  NEUTRAL_FACTOR_VALUE,
  round,
} from "./factors";

export type MarketFactorBasis = "indicators" | "user_assessment" | "neutral_default";

/** One indicator's part in a derived factor: its value, its 1-5 partial score and its weight. */
export type MarketFactorInput = { indicator: string; value: number; score: number; weight: number };

export type MarketFactorValue = {
  value: number;
  basis: MarketFactorBasis;
  inputs: MarketFactorInput[];
  reason?: string;
  /**
   * Set when the analyst's rating overrides a value the evidence gives (anchors on indicators
   * derived from dated evidence, e.g. the top-3 platform share): what the default would have been.
   */
  evidenceDefault?: { value: number; inputs: MarketFactorInput[] };
};

export type MarketAssessment = { value: number; reason?: string };
export type MarketAssessments = Partial<Record<AssessedMarketFactorKey, number | MarketAssessment>>;

export type DerivedMarketProfile = {
  values: MarketProfile;
  factors: Record<MarketFactorKey, MarketFactorValue>;
  assumptions: string[];
};

/**
 * Scores one indicator value on the 1-5 scale by linear interpolation between the value that
 * scores 1 and the value that scores 5 (either may be the larger: a "cost" indicator simply has
 * value_at_1 > value_at_5), clamped to [1, 5]. On a log10 scale the interpolation runs on the
 * logarithms (for sizes such as population, where doubling a small market matters more than
 * doubling a large one). Returns undefined when the value cannot be scored.
 */
export function anchorScore(value: number, anchor: MarketFactorAnchor): number | undefined {
  const transform = anchor.scale === "log10" ? Math.log10 : (x: number) => x;
  const x = transform(value);
  const a1 = transform(anchor.valueAt1);
  const a5 = transform(anchor.valueAt5);
  if (!Number.isFinite(x) || !Number.isFinite(a1) || !Number.isFinite(a5) || a1 === a5) return undefined;
  return clampToScale(FACTOR_MIN + ((FACTOR_MAX - FACTOR_MIN) * (x - a1)) / (a5 - a1));
}

/**
 * The market side of the fit model: each market factor on the 1-5 scale, with where it came from.
 *
 * - A factor with anchors is the weighted mean of its indicators' partial scores over the
 *   indicators this market has; weights are renormalized over those present. A missing indicator
 *   is left out, never read as zero.
 * - The assessed factors (competitive intensity, foreign-ownership restriction) have anchors on
 *   indicators derived from dated evidence (top-3 platform share, restrictiveness of rules for
 *   foreign sellers): where the market has them, that is the default. The analyst's rating wins;
 *   it then carries the evidence-based default beside it and should carry a reason.
 * - Whatever stays unknown is the neutral 3, and the result says so in `assumptions`.
 */
export function deriveMarketFactors(
  indicatorValues: Readonly<Record<string, number | undefined>>,
  anchors: readonly MarketFactorAnchor[],
  assessments: MarketAssessments = {},
): DerivedMarketProfile {
  const factors = {} as Record<MarketFactorKey, MarketFactorValue>;
  const assumptions: string[] = [];

  for (const factor of MARKET_FACTOR_KEYS) {
    const fromAnchors = anchoredValue(factor, indicatorValues, anchors);
    const assessed = assessmentOf(assessments, factor);
    if (assessed) {
      if (Number.isFinite(assessed.value)) {
        const evidence = fromAnchors.value;
        factors[factor] = {
          value: round(clampToScale(assessed.value), 2),
          basis: "user_assessment",
          inputs: [],
          ...(assessed.reason ? { reason: assessed.reason } : {}),
          ...(evidence ? { evidenceDefault: { value: evidence.value, inputs: evidence.inputs } } : {}),
        };
        // An override of an evidence-based default must say why (issue 9); older saved requests
        // without a reason still compute, and the result says what is missing.
        if (evidence && !assessed.reason) {
          assumptions.push(
            `${factor}: your rating ${round(clampToScale(assessed.value), 2)} overrides the evidence-based default ` +
              `${evidence.value} without a reason; give the reason for the override.`,
          );
        }
        continue;
      }
      assumptions.push(`${factor}: the assessment is not a number, so the neutral ${NEUTRAL_FACTOR_VALUE} was used.`);
    }

    if (!fromAnchors.value) {
      factors[factor] = { value: NEUTRAL_FACTOR_VALUE, basis: "neutral_default", inputs: [] };
      assumptions.push(neutralNote(factor, fromAnchors.anchorCount > 0 ? fromAnchors.missing : undefined));
      continue;
    }
    factors[factor] = { value: fromAnchors.value.value, basis: "indicators", inputs: fromAnchors.value.inputs };
    if (fromAnchors.missing.length > 0) {
      assumptions.push(
        `${factor}: computed from ${fromAnchors.value.inputs.length} of ${fromAnchors.anchorCount} indicators; no value for ` +
          `${fromAnchors.missing.join(", ")}, so the weights of the others were renormalized.`,
      );
    }
  }

  const values = Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, factors[k].value])) as MarketProfile;
  return { values, factors, assumptions };
}

/**
 * A factor's value from its anchors: the weighted mean of the partial scores of the indicators this
 * market has (weights renormalized over those present; a missing indicator is left out, never read
 * as zero). `value` is undefined when none of its indicators has a value.
 */
function anchoredValue(
  factor: MarketFactorKey,
  indicatorValues: Readonly<Record<string, number | undefined>>,
  anchors: readonly MarketFactorAnchor[],
): { value?: { value: number; inputs: MarketFactorInput[] }; missing: string[]; anchorCount: number } {
  const own = anchors.filter((a) => a.factor === factor);
  const scored: { anchor: MarketFactorAnchor; value: number; score: number }[] = [];
  const missing: string[] = [];
  for (const anchor of own) {
    const value = indicatorValues[anchor.indicator];
    const score = value === undefined ? undefined : anchorScore(value, anchor);
    if (value === undefined || score === undefined || !(anchor.weight > 0)) missing.push(anchor.indicator);
    else scored.push({ anchor, value, score });
  }
  if (scored.length === 0) return { missing, anchorCount: own.length };
  // Unrounded partial scores go into the mean; the rounded ones are only shown.
  const totalWeight = scored.reduce((sum, s) => sum + s.anchor.weight, 0);
  const weighted = scored.reduce((sum, s) => sum + s.anchor.weight * s.score, 0);
  const inputs = scored.map((s) => ({
    indicator: s.anchor.indicator,
    value: s.value,
    score: round(s.score, 2),
    weight: s.anchor.weight,
  }));
  return { value: { value: round(weighted / totalWeight, 2), inputs }, missing, anchorCount: own.length };
}

function assessmentOf(assessments: MarketAssessments, factor: MarketFactorKey): MarketAssessment | undefined {
  if (!(ASSESSED_MARKET_FACTOR_KEYS as readonly string[]).includes(factor)) return undefined;
  const raw = assessments[factor as AssessedMarketFactorKey];
  if (raw === undefined) return undefined;
  return typeof raw === "number" ? { value: raw } : raw;
}

function neutralNote(factor: MarketFactorKey, missing: string[] | undefined): string {
  if (missing === undefined) {
    return `${factor} not assessed: neutral ${NEUTRAL_FACTOR_VALUE} used (no shipped data set measures it for every market; rate it to include it).`;
  }
  return `${factor}: no value for any of its indicators (${missing.join(", ")}), so the neutral ${NEUTRAL_FACTOR_VALUE} was used.`;
}
