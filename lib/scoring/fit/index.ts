export * from "./factors";
export { anchorScore, deriveMarketFactors } from "./market-factors";
export type {
  DerivedMarketProfile,
  MarketAssessment,
  MarketAssessments,
  MarketFactorBasis,
  MarketFactorInput,
  MarketFactorValue,
} from "./market-factors";
export { entryModeFit } from "./entry-mode-fit";
export type { EntryModeFitInput, FitEvidence, FitReason, FitResult, FitTargetResult } from "./entry-mode-fit";
export { entryModeRequest, FitRequestError } from "./request";
export type { EntryModeRequestContext } from "./request";
export { entryModeModel, HAND_SET_MODEL } from "./entry-mode-model";
export type { EntryModeCalibrationInput, EntryModeModel } from "./entry-mode-model";
export { effectOf, REASON_EFFECTS, RULE_DIRECTIONS, upgradeStoredFitAnswer, upgradeStoredReason } from "./reasons";
export type { ReasonEffect, RuleDirection } from "./reasons";
