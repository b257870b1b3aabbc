import { unusedCriteria, type ReportContext } from "./context";
import type { ReportT } from "./i18n";
import { dataText } from "@/lib/i18n/data-text";
import { FACTOR_BASIS_NAMES } from "./methodology";
import { isOlderThanThreeYears, valueAge } from "@/lib/data/freshness";
import { citeSource, isComputedSource } from "@/lib/data/sources";

import type {
  EditionLine,
  EntrySection,
  GapLine,
  MarketProfileSection,
  MatrixSection,
  OldValueLine,
  SourceLine,
} from "./model";

// The report's two ledgers: every source with the years of the figures taken from it, and every
// gap (a missing value, a criterion left out, a factor that was assumed rather than measured).

export function collectSources(
  matrix: MatrixSection,
  profiles: MarketProfileSection[],
  entry: EntrySection | null,
  keys: ReadonlyMap<string, string>,
  t: ReportT,
): SourceLine[] {
  // One line per reader's citation; the stored strings and locators it stands for are its provenance.
  type Entry = {
    source: string;
    citation: string;
    years: Set<number>;
    usedFor: Set<string>;
    provenance: Set<string>;
    computed: boolean;
  };
  const ledger = new Map<string, Entry>();
  const note = (source: string, locator: string | null, year: number | null, usedFor: string) => {
    const cited = citeSource(source, locator);
    const computed = isComputedSource(source);
    // The ranking's figures keep their key (S1, …), so the line is keyed by the stored source.
    const id = keys.has(source) ? `key:${source}` : cited.citation;
    const line = ledger.get(id) ?? {
      source,
      citation: cited.citation,
      years: new Set<number>(),
      usedFor: new Set<string>(),
      provenance: new Set<string>(),
      computed,
    };
    // A computed value has no data year of its own (issue 11 §6): it says "computed from …" instead.
    if (year !== null && !computed) line.years.add(year);
    line.usedFor.add(usedFor);
    if (cited.provenance) line.provenance.add(cited.provenance);
    ledger.set(id, line);
  };
  for (const market of matrix.markets) {
    for (const criterion of matrix.criteria) {
      const cell = matrix.cells[market.iso3]?.[criterion.key];
      if (cell) note(cell.source, null, cell.year, criterion.name);
    }
  }
  for (const profile of profiles) {
    for (const e of profile.evidence)
      note(e.source, e.locator, e.year, t("sentencesB.sources.evidenceOn", { market: profile.name }));
    const facts = profile.ecommerce;
    for (const e of [...(facts?.size ?? []), ...(facts?.incumbents ?? []), ...(facts?.rules ?? [])]) {
      // A range line cites the figures below it, not a source of its own.
      if (!e.locator.startsWith("figures "))
        note(e.source, e.locator, e.year, t("sentencesB.sources.ecommerceEvidenceOn", { market: profile.name }));
    }
  }
  for (const option of [...(entry?.modes ?? []), ...(entry?.strategies ?? [])]) {
    for (const e of option.precedents) note(e.source, e.locator, e.year, t("sentencesB.sources.precedents"));
  }
  // The ranking's sources first, in key order (S1, S2, …), then those of the evidence.
  const order = (key: string | null) => (key ? Number(/\d+/.exec(key)![0]) : Number.MAX_SAFE_INTEGER);
  const lines = [...ledger.values()]
    .map((line) => ({
      key: keys.get(line.source) ?? null,
      source: line.source,
      citation: line.citation,
      years: [...line.years].sort((a, b) => a - b),
      usedFor: [...line.usedFor].sort(),
      provenance: [...line.provenance].sort(),
      computed: line.computed,
    }))
    .sort((a, b) => order(a.key) - order(b.key) || a.citation.localeCompare(b.citation));
  return mergeSameCitation(lines);
}

/**
 * One line per citation: the distance from the home market is stored once per market (each with its
 * own capitals), but a reader cites Natural Earth once. The keys join ("S7-S13"), so every cell's key
 * is still found; the provenance keeps each stored string.
 */
function mergeSameCitation(lines: SourceLine[]): SourceLine[] {
  const merged: (SourceLine & { keys: string[] })[] = [];
  for (const line of lines) {
    const same = merged.find((m) => m.citation === line.citation && (m.key === null) === (line.key === null));
    if (!same) {
      merged.push({ ...line, keys: line.key ? [line.key] : [] });
      continue;
    }
    if (line.key) same.keys.push(line.key);
    same.years = [...new Set([...same.years, ...line.years])].sort((a, b) => a - b);
    same.usedFor = [...new Set([...same.usedFor, ...line.usedFor])].sort();
    same.provenance = [...new Set([...(same.provenance ?? []), ...(line.provenance ?? [line.source])])];
  }
  return merged.map(({ keys, ...line }) => ({ ...line, key: keys.length > 0 ? keyList(keys) : null }));
}

/** "S7-S13" for a run of keys, "S2, S5" otherwise. */
function keyList(keys: string[]): string {
  const numbers = keys.map((k) => Number(k.slice(1))).sort((a, b) => a - b);
  const run = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  return numbers.length > 1 && run ? `S${numbers[0]}-S${numbers.at(-1)}` : numbers.map((n) => `S${n}`).join(", ");
}

export function collectGaps(context: ReportContext, matrix: MatrixSection, entry: EntrySection | null): GapLine[] {
  const { t } = context;
  const gaps: GapLine[] = [];
  // Results frozen before decision record 013 carry no coverage threshold: their gaps were renormalized.
  const adjusted = context.results.ranking.coverageThreshold !== undefined;
  const policy =
    context.results.ranking.missing === "worst"
      ? adjusted
        ? t("sentencesB.gaps.worstDataset")
        : t("sentencesB.gaps.worstObserved")
      : adjusted
        ? t("sentencesB.gaps.average")
        : t("sentencesB.gaps.renormalized");
  for (const market of matrix.markets) {
    for (const criterion of matrix.criteria) {
      if (!matrix.cells[market.iso3]?.[criterion.key])
        gaps.push({ market: market.name, item: criterion.name, detail: policy });
    }
  }
  for (const unused of unusedCriteria(context)) {
    gaps.push({
      market: null,
      item: unused.name,
      detail: t("sentencesB.gaps.notInRanking", { reason: unused.reason }),
    });
  }
  for (const factor of entry?.marketFactors ?? []) {
    if (factor.basis === FACTOR_BASIS_NAMES.neutral_default) {
      gaps.push({
        market: context.marketName(entry!.market.iso3),
        item: dataText(context.locale, "factors", factor.key, "name", factor.name),
        detail: t("sentencesB.gaps.neutralFactor"),
      });
    }
  }
  return gaps;
}

/**
 * The editions of the ranking's figures and the figures older than three years. A frozen figure's
 * edition and kind are today's value's when it has the same year and source (the data set has not
 * changed it); otherwise the edition is not recorded. Age counts from the report's year
 * (`generatedAt`), and computed values (distances, cultural distance) are never flagged.
 */
export function collectEditions(
  context: ReportContext,
  matrix: MatrixSection,
): { editions: EditionLine[]; oldValues: OldValueLine[] } {
  const currentYear = context.input.generatedAt.getUTCFullYear();
  const ledger = new Map<string | null, { years: Set<number>; usedFor: Set<string> }>();
  const oldValues: OldValueLine[] = [];
  for (const market of matrix.markets) {
    for (const criterion of matrix.criteria) {
      const cell = matrix.cells[market.iso3]?.[criterion.key];
      if (!cell || cell.year === null) continue; // a gap, or the user's own rating
      const today = context.input.scoringData.values[market.iso3]?.[criterion.key];
      const same = today !== undefined && today.year === cell.year && today.source === cell.source;
      const edition = same ? (today.origin === "user" ? "your data" : (today.edition ?? null)) : null;
      const line = ledger.get(edition) ?? { years: new Set<number>(), usedFor: new Set<string>() };
      // A computed value's year is its newest input's, not a data year (issue 11 §6).
      if (!cell.computed) line.years.add(cell.year);
      line.usedFor.add(criterion.name);
      ledger.set(edition, line);
      if (isOlderThanThreeYears({ year: cell.year, kind: same ? today.kind : undefined }, currentYear)) {
        oldValues.push({
          market: market.name,
          criterion: criterion.name,
          year: cell.year,
          age: valueAge(cell.year, currentYear),
          edition,
        });
      }
    }
  }
  const editions = [...ledger.entries()]
    .map(([edition, line]) => ({
      edition,
      years: [...line.years].sort((a, b) => a - b),
      usedFor: [...line.usedFor].sort(),
    }))
    .sort((a, b) => (a.edition === null ? 1 : b.edition === null ? -1 : a.edition.localeCompare(b.edition)));
  oldValues.sort(
    (a, b) => a.year - b.year || a.market.localeCompare(b.market) || a.criterion.localeCompare(b.criterion),
  );
  return { editions, oldValues };
}
