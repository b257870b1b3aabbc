import type { EntryModeRequest, EntryModeResponse } from "@/lib/contracts/fit";

import { entryModeFit } from "./entry-mode-fit";
import { type EntryModeModel, HAND_SET_MODEL } from "./entry-mode-model";
import {
  type FitEffect,
  type FitTarget,
  type FrameworkEvidenceItem,
  MARKET_FACTOR_KEYS,
  type MarketFactorAnchor,
  type MarketProfile,
} from "./factors";
import {
  deriveMarketFactors,
  type DerivedMarketProfile,
  type MarketAssessments,
  type MarketFactorValue,
} from "./market-factors";

export type EntryModeRequestContext = {
  /** The market's indicator values for the requested year (the caller reads them from the database). */
  marketIndicators?: Readonly<Record<string, number>>;
  marketName?: string;
  effects: readonly FitEffect[];
  modes: readonly FitTarget[];
  strategies: readonly FitTarget[];
  anchors: readonly MarketFactorAnchor[];
  evidence?: readonly FrameworkEvidenceItem[];
  /** The entry-mode model the calibration chose (decision record 012); the hand-set table when absent. */
  model?: EntryModeModel;
};

/** A request the engine cannot answer; the edge maps `code` to an HTTP status or exit code. */
export class FitRequestError extends Error {
  constructor(
    readonly code: "market_indicators_missing",
    message: string,
  ) {
    super(message);
    this.name = "FitRequestError";
  }
}

/**
 * Answers one entry-mode request (API route and CLI alike): builds the market profile, from the
 * market's indicators and the analyst's assessments or from an inline profile, then scores every
 * entry mode and strategy. Pure: the caller has already parsed the request and looked up data.
 */
export function entryModeRequest(request: EntryModeRequest, context: EntryModeRequestContext): EntryModeResponse {
  const profile = marketProfileOf(request, context);
  const fit = entryModeFit({
    firm: request.firm,
    market: profile.values,
    effects: context.effects,
    modes: context.modes,
    strategies: context.strategies,
    evidence: context.evidence,
    model: context.model,
  });
  const model = context.model ?? HAND_SET_MODEL;
  const inline = typeof request.market === "string" ? undefined : request.market;
  return {
    market: {
      iso3: typeof request.market === "string" ? request.market : null,
      name: inline?.name ?? context.marketName ?? null,
      indicatorYear: inline ? null : (request.indicatorYear ?? null),
    },
    firm: request.firm,
    modes: fit.modes,
    strategies: fit.strategies,
    assumptions: [...profile.assumptions, ...fit.assumptions],
    marketProfile: { values: profile.values, factors: profile.factors },
    model: { kind: model.kind, family: model.family, calibrationInputsHash: model.calibrationInputsHash },
  };
}

function marketProfileOf(request: EntryModeRequest, context: EntryModeRequestContext): DerivedMarketProfile {
  if (typeof request.market !== "string") {
    const inline = request.market;
    const values = Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, inline[k]])) as MarketProfile;
    const factors = Object.fromEntries(
      MARKET_FACTOR_KEYS.map((k): [string, MarketFactorValue] => [
        k,
        { value: inline[k], basis: "user_assessment", inputs: [] },
      ]),
    ) as DerivedMarketProfile["factors"];
    return { values, factors, assumptions: [] };
  }
  if (!context.marketIndicators) {
    throw new FitRequestError(
      "market_indicators_missing",
      `No indicator values were supplied for market ${request.market}; look them up before scoring.`,
    );
  }
  const assessments: MarketAssessments = {};
  for (const [factor, assessment] of Object.entries(request.assessments ?? {})) {
    if (assessment === undefined) continue;
    assessments[factor as keyof MarketAssessments] =
      typeof assessment === "number"
        ? assessment
        : { value: assessment.value, ...(assessment.reason ? { reason: assessment.reason } : {}) };
  }
  return deriveMarketFactors(context.marketIndicators, context.anchors, assessments);
}
