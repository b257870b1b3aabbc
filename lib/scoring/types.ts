/** Domain types of the scoring engine: plain data, no behaviour. */

export type Direction = "benefit" | "cost";
export type Method = "wsm" | "topsis" | "promethee2";
export type Normalization = "minmax" | "vector";
/** PROMETHEE II works on raw differences through preference functions: no normalization. */
export type AppliedNormalization = Normalization | "none";
export type MissingPolicy = "renormalize" | "worst";

/**
 * PROMETHEE preference functions of Brans & Vincke (1985), F(d) for a difference d > 0 in the
 * criterion's unit: I "usual" (any d), II "ushape" (d > q), III "vshape" (d/p up to p), IV "level"
 * (½ between q and p, 1 beyond p), V "linear" ((d − q)/(p − q) between q and p), VI "gaussian"
 * (1 − exp(−d²/2s²)). A threshold left out takes its default from the spread of the criterion
 * over the reference set (preferences.ts, docs/decisions/014-uncertainty-and-preferences.md).
 */
export type PreferenceType = "usual" | "ushape" | "vshape" | "level" | "linear" | "gaussian";
export type PreferenceFunction =
  | { type: "usual" }
  | { type: "ushape"; q?: number | undefined }
  | { type: "vshape"; p?: number | undefined }
  | { type: "level"; q?: number | undefined; p?: number | undefined }
  | { type: "linear"; q?: number | undefined; p?: number | undefined }
  | { type: "gaussian"; s?: number | undefined };
/** A preference function with every threshold it uses filled in (what the response reports). */
export type ResolvedPreference =
  | { type: "usual" }
  | { type: "ushape"; q: number }
  | { type: "vshape"; p: number }
  | { type: "level"; q: number; p: number }
  | { type: "linear"; q: number; p: number }
  | { type: "gaussian"; s: number };

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

/**
 * The reference set each criterion is normalized over (docs/decisions/013-missing-data-never-helps.md):
 * per criterion id, the observed values of every market in the data set, not only the selected
 * ones. A criterion left out of it falls back to the selected alternatives' observed values.
 */
export interface ReferenceSet {
  /** What the set is, for the response and reports (e.g. "all 218 markets of data set 2026.12.1"). */
  label?: string | undefined;
  values: Readonly<Record<string, readonly number[]>>;
}

export interface ScoringInput {
  method: Method;
  normalization?: Normalization | undefined;
  missing?: MissingPolicy | undefined;
  /** Share of the alternatives a criterion must be known for to take part (default 0.5). */
  coverageThreshold?: number | undefined;
  reference?: ReferenceSet | undefined;
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

/** A criterion left out of the ranking because too few alternatives have a value for it. */
export interface ExcludedCriterion {
  id: string;
  /** Share of the alternatives with a value, in [0, 1). */
  coverage: number;
}

/** Which values min, max, norms and PROMETHEE comparisons were taken over. */
export interface ReferenceUsed {
  /** "supplied": the request's reference set; "selected": the alternatives themselves. */
  set: "supplied" | "selected";
  label: string | null;
  /** Criteria that had no supplied reference and fell back to the selected alternatives. */
  fallback: string[];
}

export interface RankingResult {
  method: Method;
  normalization: AppliedNormalization;
  missing: MissingPolicy;
  coverageThreshold: number;
  excludedCriteria: ExcludedCriterion[];
  reference: ReferenceUsed;
  /** PROMETHEE II only: the preference function and thresholds used per criterion. */
  preferences?: Record<string, ResolvedPreference> | undefined;
  /** Normalized global weights, summing to 1. */
  weights: Record<string, number>;
  /** Sorted by rank, then id. */
  ranking: RankedAlternative[];
}
