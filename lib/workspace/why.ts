/**
 * Why a market lands where it does: its strongest and weakest criteria against the other selected
 * markets. A criterion's edge is the market's contribution to its own score minus the average
 * contribution of the same criterion to the others' scores, so it carries the weight and the
 * method (weighted-sum utilities, TOPSIS distance terms or PROMETHEE flows; see each method's
 * `explain`). Positive = the criterion lifts the market above a typical rival. Pure.
 */
import type { ScoringData } from "@/lib/contracts/api";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import type { RankingResult } from "@/lib/scoring";

import { formatValue } from "@/lib/format";

import { criterionValue, type WorkspaceCriterion } from "./scoring-input";
import { shownUncertainty, type ShownUncertainty } from "./value-uncertainty";

export interface CriterionEdge {
  criterion: WorkspaceCriterion;
  /** Contribution minus the others' average contribution, in score units. */
  edge: number;
  /** Global weight, 0-1. */
  weight: number;
  value: number;
  year: number | null;
  /** The value's kind where the data set names one ("computed" values are not aged). */
  kind?: unknown;
  source: string;
  note: string | null;
  /** The user's own figure (an import or an assessment) rather than the shipped data set's. */
  yours: boolean;
  /** Position of the market on this criterion among the selected markets with a value (1 = best). */
  place: number;
  /** Selected markets with a value on this criterion. */
  of: number;
  /** Best value among the other markets, for comparison. */
  bestOther: { iso3: string; value: number } | null;
  /** The value's 95 % uncertainty as the Monte Carlo samples it (decision record 014). */
  uncertainty: ShownUncertainty | null;
}

export interface MarketExplanation {
  iso3: string;
  rank: number;
  score: number;
  coverage: number;
  strongest: CriterionEdge[];
  weakest: CriterionEdge[];
  /** Criteria with weight > 0 the market has no value for. */
  gaps: WorkspaceCriterion[];
}

export function explainMarket(
  data: ScoringData,
  state: WorkspaceState,
  criteria: readonly WorkspaceCriterion[],
  result: RankingResult,
  iso3: string,
  count = 3,
): MarketExplanation | null {
  const entry = result.ranking.find((r) => r.id === iso3);
  if (!entry) return null;
  const others = result.ranking.filter((r) => r.id !== iso3);
  const edges: CriterionEdge[] = [];
  const gaps: WorkspaceCriterion[] = [];
  for (const criterion of criteria) {
    const weight = result.weights[criterion.key] ?? 0;
    const own = criterionValue(data, state, iso3, criterion);
    if (!own) {
      if (weight > 0) gaps.push(criterion);
      continue;
    }
    if (weight === 0) continue;
    const rivals = others
      .map((r) => ({ iso3: r.id, value: criterionValue(data, state, r.id, criterion)?.value }))
      .filter((r): r is { iso3: string; value: number } => r.value !== undefined);
    const better = (x: number, y: number) => (criterion.direction === "benefit" ? x > y : x < y);
    const place = 1 + rivals.filter((r) => better(r.value, own.value)).length;
    const bestOther = rivals.reduce<{ iso3: string; value: number } | null>(
      (best, r) => (best === null || better(r.value, best.value) ? r : best),
      null,
    );
    const average =
      others.length > 0 ? others.reduce((s, r) => s + (r.contributions[criterion.key] ?? 0), 0) / others.length : 0;
    edges.push({
      criterion,
      edge: (entry.contributions[criterion.key] ?? 0) - average,
      weight,
      value: own.value,
      year: own.year,
      kind: "kind" in own ? own.kind : undefined,
      source: own.source,
      note: own.note,
      yours: criterion.kind === "assessment" || ("origin" in own && own.origin === "user"),
      place,
      of: rivals.length + 1,
      bestOther,
      uncertainty: shownUncertainty(data, criterion, iso3, (x) => formatValue(x, criterion.decimals + 1)),
    });
  }
  const byEdge = [...edges].sort((a, b) => b.edge - a.edge || a.criterion.key.localeCompare(b.criterion.key));
  const strongest = byEdge.filter((e) => e.edge > 0).slice(0, count);
  const weakest = byEdge
    .filter((e) => e.edge < 0)
    .reverse()
    .slice(0, count);
  return { iso3, rank: entry.rank, score: entry.score, coverage: entry.coverage, strongest, weakest, gaps };
}

/** "1st", "2nd", "3rd", "4th"… */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th"}`;
}
