/**
 * Which imported batches fed a scenario, and what moved since (issue 11 §11). Pure.
 *
 * A batch bears on a scenario when it holds a value on an indicator the scenario weighs above 0,
 * either for one of the scenario's markets or, for an indicator normalised over every market in
 * the data set (the reference set, docs/decisions/013-missing-data-never-helps.md), for any
 * market: a new value there moves the scale the scenario's markets are scored on. A batch on
 * indicators at weight 0 only, or on other markets of market-local indicators, changes nothing.
 * Batches never change once written (a re-import is a new batch), so id and file hash name one.
 * The reasons are worded by the translator given ("scenarios.staleness"; English by default).
 */

import { createTranslator, type useTranslations } from "next-intl";

import { messagesFor } from "@/lib/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** The words of the staleness reasons in one locale. */
export function stalenessWords(
  locale: Locale = DEFAULT_LOCALE,
): ReturnType<typeof useTranslations<"scenarios.staleness">> {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "scenarios.staleness" });
}

/** What the database holds of one batch now: its cells (market × indicator with a value). */
export interface ImportFootprint {
  id: string;
  fileName: string;
  /** SHA-256 of the file: the batch's content hash. */
  fileHash: string;
  importedAt: string;
  cells: { market: string; indicator: string; indicatorName: string }[];
}

/** The part of the data a scenario's results depend on. */
export interface ImportScope {
  markets: string[];
  /** Indicators weighed above 0. */
  indicators: string[];
  /** Of those, the ones normalised over every market (a value for any market counts). */
  referenceIndicators: string[];
}

export interface RecordedBatch {
  id: string;
  fileName: string;
  fileHash: string;
  importedAt: string;
  /** The batch's indicators and markets within the scope. */
  indicators: { key: string; name: string }[];
  markets: string[];
}

/** What a saved scenario records: its scope and the batches that bore on it when computed. */
export interface RecordedImports {
  scope: ImportScope;
  batches: RecordedBatch[];
}

export interface ImportStaleness {
  stale: boolean;
  /** One sentence per batch added or removed; empty when nothing moved. */
  reasons: string[];
}

export function bearingBatches(footprints: readonly ImportFootprint[], scope: ImportScope): RecordedBatch[] {
  const markets = new Set(scope.markets);
  const indicators = new Set(scope.indicators);
  const everywhere = new Set(scope.referenceIndicators);
  const out: RecordedBatch[] = [];
  for (const batch of footprints) {
    const cells = batch.cells.filter(
      (c) => indicators.has(c.indicator) && (markets.has(c.market) || everywhere.has(c.indicator)),
    );
    if (cells.length === 0) continue;
    const names = new Map(cells.map((c) => [c.indicator, c.indicatorName]));
    out.push({
      id: batch.id,
      fileName: batch.fileName,
      fileHash: batch.fileHash,
      importedAt: batch.importedAt,
      indicators: [...names].map(([key, name]) => ({ key, name })).sort((a, b) => a.key.localeCompare(b.key)),
      markets: [...new Set(cells.map((c) => c.market))].sort(),
    });
  }
  return out;
}

const day = (iso: string) => iso.slice(0, 10);

function what(batch: RecordedBatch, t: ReturnType<typeof useTranslations<"scenarios.staleness">>): string {
  return t("what", {
    indicators: batch.indicators.length,
    indicatorNames: batch.indicators.map((i) => i.name).join(t("listSeparator")),
    markets: batch.markets.length,
    marketNames: batch.markets.join(t("listSeparator")),
  });
}

const key = (b: RecordedBatch) => `${b.id}:${b.fileHash}`;

/**
 * Compares the batches a scenario recorded with those that bear on its scope now. A scenario
 * saved before batches were recorded (`recorded` absent) is compared honestly with what can be
 * known: a batch on its markets imported after its results were computed may have moved them;
 * a deletion before then cannot be seen.
 */
export function importStaleness(
  recorded: RecordedImports | null | undefined,
  footprints: readonly ImportFootprint[],
  legacy: { markets: readonly string[]; computedAt: string },
  t: ReturnType<typeof useTranslations<"scenarios.staleness">> = stalenessWords(),
): ImportStaleness {
  if (!recorded) {
    const markets = new Set(legacy.markets);
    const later = footprints
      .filter((b) => b.importedAt > legacy.computedAt)
      .map((b) => ({ ...b, cells: b.cells.filter((c) => markets.has(c.market)) }))
      .filter((b) => b.cells.length > 0);
    const reasons = bearingBatches(later, {
      markets: [...markets],
      indicators: [...new Set(later.flatMap((b) => b.cells.map((c) => c.indicator)))],
      referenceIndicators: [],
    }).map((b) => t("legacy", { file: b.fileName, date: day(b.importedAt), what: what(b, t) }));
    return { stale: reasons.length > 0, reasons };
  }
  const now = bearingBatches(footprints, recorded.scope);
  const then = new Set(recorded.batches.map(key));
  const current = new Set(now.map(key));
  const reasons = [
    ...now
      .filter((b) => !then.has(key(b)))
      .map((b) => t("added", { file: b.fileName, date: day(b.importedAt), what: what(b, t) })),
    ...recorded.batches
      .filter((b) => !current.has(key(b)))
      .map((b) => t("removed", { file: b.fileName, date: day(b.importedAt), what: what(b, t) })),
  ];
  return { stale: reasons.length > 0, reasons };
}

/** The scope of a scored problem: its alternatives, and its criteria with a global weight above 0. */
export function importScopeOfProblem(problem: {
  alternatives: readonly { id: string }[];
  criteria: readonly { id: string; weight: number; group?: string }[];
  groups?: readonly { id: string; weight: number }[];
  reference?: { values: Record<string, unknown> };
}): ImportScope {
  const groupWeight = new Map((problem.groups ?? []).map((g) => [g.id, g.weight]));
  const indicators = problem.criteria
    .filter((c) => c.weight > 0 && (c.group === undefined || (groupWeight.get(c.group) ?? 1) > 0))
    .map((c) => c.id);
  const reference = new Set(Object.keys(problem.reference?.values ?? {}));
  return {
    markets: problem.alternatives.map((a) => a.id),
    indicators,
    referenceIndicators: indicators.filter((i) => reference.has(i)),
  };
}
