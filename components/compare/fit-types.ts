import type { CaseReplay } from "@/lib/compare/case-replays";
import type { EntryModeRequestContext } from "@/lib/scoring/fit/request";

// What the server hands the browser so the entry-mode model runs there (lib/scoring/fit is pure).

export type FitKind = "entry_mode" | "strategy";

export type FitTables = Omit<EntryModeRequestContext, "marketIndicators" | "marketName">;

export type FitFactorInfo = {
  key: string;
  scope: "firm" | "market";
  name: string;
  description: string;
  lowLabel: string;
  highLabel: string;
  sourceOfValue: "firm_input" | "derived_from_indicators" | "user_assessment";
  /** /framework anchor: driver-… or factor-… */
  anchor: string;
};

export type FitTargetInfo = { key: string; name: string; description: string };

export type FitPreset = { key: string; name: string; year: number; values: Record<string, number> };

export type FitReplay = CaseReplay;

export type FitMarketData = {
  iso3: string;
  name: string;
  /** null = each indicator's latest value. */
  indicatorYear: number | null;
  values: Record<string, number>;
  /** `note` says how a computed value was made (for evidence-based values: the rows it rests on). */
  sources: Record<string, { year: number; source: string; note?: string | null }>;
};

export type IndicatorInfo = { name: string; unit: string; decimals: number };

/**
 * The entry-mode model's score uncertainty from its leave-one-out backtest
 * (docs/decisions/018-entry-mode-score-uncertainty.md): modes within `points` of the first are
 * tied within the model's error; `basis` says so in words.
 */
export type ScoreUncertaintyInfo = { points: number; basis: string };
