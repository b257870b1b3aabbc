// Markets side by side on every indicator, with the best value of each row marked. Pure.
//
// Best value: the largest observed value for a "higher is better" indicator, the smallest for a
// "lower is better" one. Every market that shares the best value is marked (ties). A row with
// fewer than two observed values, or whose observed values are all equal, marks nothing: there is
// nothing to choose between. A gap is never the best and never the worst.

export type SourcedCell = { value: number; year: number; source: string; note: string | null };

export type SideBySideIndicator = {
  key: string;
  name: string;
  unit: string;
  direction: "benefit" | "cost";
  criteriaGroup: string;
  decimals: number;
  definition: string;
};

export type SideBySideGroup = { key: string; name: string; measurement: "public_data" | "user_assessment" };

export type SideBySideCell = { iso3: string; sourced: SourcedCell | null; best: boolean };

export type SideBySideRow = {
  indicator: SideBySideIndicator;
  cells: SideBySideCell[];
  /** Distinct sources of the row's values: one means the row can name its source once. */
  sources: string[];
  /** Why no value is marked, when none is. */
  noBest: "fewer_than_two_values" | "all_equal" | null;
};

export type SideBySideSection = { group: SideBySideGroup; rows: SideBySideRow[] };

const RELATIVE_TIE = 1e-12;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TIE * Math.max(Math.abs(a), Math.abs(b), 1);
}

export function sideBySide(input: {
  groups: readonly SideBySideGroup[];
  indicators: readonly SideBySideIndicator[];
  values: Readonly<Record<string, Readonly<Record<string, SourcedCell | undefined>>>>;
  markets: readonly string[];
}): SideBySideSection[] {
  return input.groups.map((group) => ({
    group,
    rows: input.indicators
      .filter((indicator) => indicator.criteriaGroup === group.key)
      .map((indicator) => {
        const sourced = input.markets.map((iso3) => ({ iso3, sourced: input.values[iso3]?.[indicator.key] ?? null }));
        const observed = sourced.flatMap((c) => (c.sourced ? [c.sourced.value] : []));
        const bestValue =
          observed.length === 0
            ? null
            : indicator.direction === "benefit"
              ? Math.max(...observed)
              : Math.min(...observed);
        const allEqual = observed.length > 0 && observed.every((v) => same(v, observed[0]!));
        const noBest = observed.length < 2 ? "fewer_than_two_values" : allEqual ? "all_equal" : null;
        return {
          indicator,
          cells: sourced.map((c) => ({
            ...c,
            best: noBest === null && c.sourced !== null && bestValue !== null && same(c.sourced.value, bestValue),
          })),
          sources: [...new Set(sourced.flatMap((c) => (c.sourced ? [c.sourced.source] : [])))],
          noBest,
        };
      }),
  }));
}
