import { unusedCriteria, type ReportContext } from "./context";
import { FACTOR_BASIS_NAMES } from "./methodology";
import type { EntrySection, GapLine, MarketProfileSection, MatrixSection, SourceLine } from "./model";

// The report's two ledgers: every source with the years of the figures taken from it, and every
// gap (a missing value, a criterion left out, a factor that was assumed rather than measured).

export function collectSources(
  matrix: MatrixSection,
  profiles: MarketProfileSection[],
  entry: EntrySection | null,
  keys: ReadonlyMap<string, string>,
): SourceLine[] {
  const ledger = new Map<string, { years: Set<number>; usedFor: Set<string> }>();
  const note = (source: string, year: number | null, usedFor: string) => {
    const line = ledger.get(source) ?? { years: new Set<number>(), usedFor: new Set<string>() };
    if (year !== null) line.years.add(year);
    line.usedFor.add(usedFor);
    ledger.set(source, line);
  };
  for (const market of matrix.markets) {
    for (const criterion of matrix.criteria) {
      const cell = matrix.cells[market.iso3]?.[criterion.key];
      if (cell) note(cell.source, cell.year, criterion.name);
    }
  }
  for (const profile of profiles) {
    for (const e of profile.evidence) note(e.source, e.year, `evidence on ${profile.name}`);
  }
  for (const option of [...(entry?.modes ?? []), ...(entry?.strategies ?? [])]) {
    for (const e of option.precedents) note(e.source, e.year, "entry-mode and strategy precedents");
  }
  // The ranking's sources first, in key order (S1, S2, …), then those of the evidence.
  const order = (key: string | null) => (key ? Number(key.slice(1)) : Number.MAX_SAFE_INTEGER);
  return [...ledger.entries()]
    .map(([source, line]) => ({
      key: keys.get(source) ?? null,
      source,
      years: [...line.years].sort((a, b) => a - b),
      usedFor: [...line.usedFor].sort(),
    }))
    .sort((a, b) => order(a.key) - order(b.key) || a.source.localeCompare(b.source));
}

export function collectGaps(context: ReportContext, matrix: MatrixSection, entry: EntrySection | null): GapLine[] {
  const gaps: GapLine[] = [];
  // Results frozen before decision record 010 carry no coverage threshold: their gaps were renormalized.
  const adjusted = context.results.ranking.coverageThreshold !== undefined;
  const policy =
    context.results.ranking.missing === "worst"
      ? adjusted
        ? "no value in the data set; counted as the worst value of any market in the data set"
        : "no value in the data set; counted as the worst value observed among the compared markets"
      : adjusted
        ? "no value in the data set; counted as the average of the compared markets that report it"
        : "no value in the data set; left out and the market's weights renormalized";
  for (const market of matrix.markets) {
    for (const criterion of matrix.criteria) {
      if (!matrix.cells[market.iso3]?.[criterion.key])
        gaps.push({ market: market.name, item: criterion.name, detail: policy });
    }
  }
  for (const unused of unusedCriteria(context)) {
    gaps.push({ market: null, item: unused.name, detail: `not in the ranking: ${unused.reason}` });
  }
  for (const factor of entry?.marketFactors ?? []) {
    if (factor.basis === FACTOR_BASIS_NAMES.neutral_default) {
      gaps.push({
        market: entry!.market.name,
        item: factor.name,
        detail: "not measured; the entry-mode fit assumes the neutral 3 of 5",
      });
    }
  }
  return gaps;
}
