/** Domain types of the scoring engine: plain data, no behaviour. */

export type Direction = "benefit" | "cost";
export type Method = "wsm" | "topsis" | "promethee2";
export type Normalization = "minmax" | "vector";
/** PROMETHEE II works on raw differences through preference functions: no normalization. */
export type AppliedNormalization = Normalization | "none";
export type MissingPolicy = "renormalize" | "worst";

/** PROMETHEE preference function (Brans & Vincke 1985): type I "usual" or type V "linear". */
export type PreferenceFunction = { type: "usual" } | { type: "linear"; q: number; p: number };

export interface Criterion {
  id: string;
  /** Within its group when groups are given, otherwise global; normalized by the engine. */
  weight: number;
  direction: Direction;
  group?: string | undefined;
  preference?: PreferenceFunction | undefined;
}

export interface CriteriaGroup {
  id: string;
  weight: number;
}

/**
 * Half-width of a value's uncertainty interval: a bare number or `{relative}` is a fraction of
 * the value (0.1 = ±10 %), `{absolute}` is in the criterion's unit.
 */
export type Uncertainty = number | { relative: number } | { absolute: number };

export interface Alternative {
  id: string;
  /** null or absent = missing; never read as 0. */
  values: Readonly<Record<string, number | null | undefined>>;
  uncertainty?: Readonly<Record<string, Uncertainty>> | undefined;
}

export interface ScoringInput {
  method: Method;
  normalization?: Normalization | undefined;
  missing?: MissingPolicy | undefined;
  criteria: readonly Criterion[];
  groups?: readonly CriteriaGroup[] | undefined;
  alternatives: readonly Alternative[];
}

export interface RankedAlternative {
  id: string;
  /** Competition rank: ties share a rank (1, 2, 2, 4). */
  rank: number;
  score: number;
  /** Per-criterion parts of the score; see each method's module for what they add up to. */
  contributions: Record<string, number>;
  /** Criterion ids this alternative has no value for. */
  missing: string[];
  /** Share of the global weight this alternative has data for, in [0, 1]. */
  coverage: number;
}

export interface RankingResult {
  method: Method;
  normalization: AppliedNormalization;
  missing: MissingPolicy;
  /** Normalized global weights, summing to 1. */
  weights: Record<string, number>;
  /** Sorted by rank, then id. */
  ranking: RankedAlternative[];
}
