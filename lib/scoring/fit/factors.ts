// The vocabulary of the entry-mode and strategy fit model (docs/decisions/005-entry-mode-fit.md).
// Every factor is a 1-5 rating; 3 is neutral. Firm factors are the same for every market (thesis
// drivers 1-8 plus three the entry-mode literature needs); market factors describe one host market.

export const FIRM_FACTOR_KEYS = [
  "ecosystem",
  "technology",
  "brand",
  "network",
  "quality",
  "domesticSaturation",
  "domesticCompetition",
  "homePolicySupport",
  "resources",
  "riskAppetite",
  "urgency",
] as const;

export const MARKET_FACTOR_KEYS = [
  "attractiveness",
  "regulatoryOpenness",
  "infrastructureReadiness",
  "culturalDistance",
  "geographicDistance",
  "competitiveIntensity",
  "foreignOwnershipRestriction",
] as const;

/** Market factors no shipped data set measures for every market: the analyst rates them. */
export const ASSESSED_MARKET_FACTOR_KEYS = ["competitiveIntensity", "foreignOwnershipRestriction"] as const;

export const FACTOR_MIN = 1;
export const FACTOR_MAX = 5;
/** The midpoint of the 1-5 scale: "no push either way". Used whenever a value is unknown. */
export const NEUTRAL_FACTOR_VALUE = 3;

export type FirmFactorKey = (typeof FIRM_FACTOR_KEYS)[number];
export type MarketFactorKey = (typeof MARKET_FACTOR_KEYS)[number];
export type AssessedMarketFactorKey = (typeof ASSESSED_MARKET_FACTOR_KEYS)[number];
export type FactorKey = FirmFactorKey | MarketFactorKey;

export type FirmProfile = Record<FirmFactorKey, number>;
export type MarketProfile = Record<MarketFactorKey, number>;

export const FIT_TARGET_KINDS = ["entry_mode", "strategy"] as const;
export type FitTargetKind = (typeof FIT_TARGET_KINDS)[number];

/** One row of the editable effects table (data/framework/effects.csv). */
export type FitEffect = {
  id: string;
  factor: string;
  targetKind: FitTargetKind;
  target: string;
  direction: "raises" | "lowers";
  strength: number;
  theory: string;
  rationale: string;
  precedent: string | null;
};

/** An entry mode or business strategy the model scores. */
export type FitTarget = { key: string; name?: string };

/** How one indicator maps onto a derived market factor (data/framework/market-factor-anchors.csv). */
export type MarketFactorAnchor = {
  factor: string;
  indicator: string;
  weight: number;
  valueAt1: number;
  valueAt5: number;
  scale: "linear" | "log10";
  rationale?: string;
};

/** A dated, located example from the thesis or the literature (framework-evidence.csv). */
export type FrameworkEvidenceItem = {
  id: string;
  subjectKind: "driver" | "strategy" | "entry_mode";
  subject: string;
  case: "russia" | "southeast_asia" | "general";
  statement: string;
  year: number;
  yearNote: string | null;
  source: string;
  locator: string;
};

export function isFirmFactorKey(key: string): key is FirmFactorKey {
  return (FIRM_FACTOR_KEYS as readonly string[]).includes(key);
}

export function isMarketFactorKey(key: string): key is MarketFactorKey {
  return (MARKET_FACTOR_KEYS as readonly string[]).includes(key);
}

/** Maps a 1-5 rating onto [-1, 1]: 1 → -1, 3 → 0, 5 → +1. */
export function centered(value: number): number {
  return (value - NEUTRAL_FACTOR_VALUE) / 2;
}

export function clampToScale(value: number): number {
  return Math.min(FACTOR_MAX, Math.max(FACTOR_MIN, value));
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  // Adding 0 turns a -0 into 0, so JSON output and equality checks stay clean.
  return Math.round(value * f) / f + 0;
}
