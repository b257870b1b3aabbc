import "server-only";
import { citationOf } from "@/lib/data/sources";

import type { SourcedValue } from "@/lib/contracts/api";
import type { ValueRow } from "@/lib/db/markets";

// The one rule for which stored value of an indicator counts, used by the workspace, the market
// profile, the entry-mode model and the compare pages alike (docs/decisions/006-user-data.md):
// - without a year, the latest year's value; for a given year, that year's value where stored,
//   else the nearest year's (the earlier one when two are equally near);
// - on the same year, the user's own (imported) value wins over the data set's.

/** Negative when `a` is preferred to `b` under the rule above, for `year` or the latest. */
export function preferValue(a: ValueRow, b: ValueRow, year?: number): number {
  if (a.year !== b.year) {
    if (year === undefined) return b.year - a.year;
    const byDistance = Math.abs(a.year - year) - Math.abs(b.year - year);
    return byDistance !== 0 ? byDistance : a.year - b.year;
  }
  return originRank(a) - originRank(b);
}

const originRank = (v: ValueRow) => (v.origin === "user" ? 0 : 1);

/** market → indicator → the value that counts, for `year` or the latest. */
export function chosenValues(rows: readonly ValueRow[], year?: number): Map<string, Map<string, ValueRow>> {
  const out = new Map<string, Map<string, ValueRow>>();
  for (const row of rows) {
    const byIndicator = out.get(row.market) ?? new Map<string, ValueRow>();
    const current = byIndicator.get(row.indicator);
    if (!current || preferValue(row, current, year) < 0) byIndicator.set(row.indicator, row);
    out.set(row.market, byIndicator);
  }
  return out;
}

/** An indicator's values in the rule's order: the one that counts first (newest, the user's first). */
export function valueHistory(rows: readonly ValueRow[]): ValueRow[] {
  return [...rows].sort((a, b) => preferValue(a, b));
}

export function toSourcedValue({ value, year, source, note, origin, kind, edition, locator }: ValueRow): SourcedValue {
  return { value, year, source, note, origin, kind, edition, locator, citation: citationOf(source, locator) };
}

export type SourcedIndicatorValue = { value: number; year: number; source: string; note: string | null };
