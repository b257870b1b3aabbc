import "server-only";

import type { IndicatorMeta } from "@/lib/contracts/api";
import type { FitEffect } from "@/lib/scoring/fit";

import type { FitEffect as FitEffectRow, Indicator, ValueKind } from "./generated/client";

// Row → domain converters shared by the repositories (vercel/commerce's pattern: pure converters
// next to the provider), so each shape is written once.

export function toIndicatorMeta(i: Indicator): IndicatorMeta {
  return { ...toIndicatorFields(i), origin: i.origin };
}

/** An indicator's own fields, without where it comes from (a backup knows it is the user's). */
export function toIndicatorFields(i: Indicator): Omit<IndicatorMeta, "origin"> {
  return {
    key: i.key,
    name: i.name,
    definition: i.definition,
    unit: i.unit,
    direction: i.direction,
    criteriaGroup: i.criteriaGroupKey,
    publisher: i.publisher,
    dataset: i.dataset,
    defaultWeight: i.defaultWeight,
    decimals: i.decimals,
  };
}

export function toFitEffect(e: FitEffectRow): FitEffect {
  return {
    id: e.id,
    factor: e.factorKey,
    targetKind: e.targetKind,
    target: e.targetKey,
    direction: e.direction,
    strength: e.strength,
    theory: e.theory,
    rationale: e.rationale,
    precedent: e.precedent,
  };
}

/**
 * A value row of a file (data/ or an import) as the indicator_value table stores it. A row without
 * kind, edition or locator (a user's import, an older backup) is an observed figure of unknown
 * edition.
 */
export function toIndicatorValueData(v: {
  market: string;
  indicator: string;
  year: number;
  value: number;
  source: string;
  note: string | null;
  kind?: ValueKind;
  edition?: string | null;
  locator?: string | null;
}) {
  return {
    marketIso3: v.market,
    indicatorKey: v.indicator,
    year: v.year,
    value: v.value,
    source: v.source,
    note: v.note,
    kind: v.kind ?? "observed",
    edition: v.edition ?? null,
    locator: v.locator ?? null,
  };
}
