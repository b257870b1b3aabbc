import { formatNumber, formatPercent, formattersFor } from "@/lib/format";
import { citationOf, citeInline } from "@/lib/data/sources";

import type { Locale } from "@/lib/i18n/locales";

import { joinList, type ReportT } from "./i18n";
import type {
  EvidenceLine,
  ExecutiveSummary,
  FitChoice,
  FitReasonLine,
  ReportModel,
  SimilarCaseLine,
  SourcedCell,
  StabilityRow,
} from "./model";
import { reasonSentence } from "./reason-sentence";
import type { useTranslations } from "next-intl";

// Sentences and figures the report prints in every format (HTML, PDF, Markdown), written once so
// the formats say the same thing. They return plain text; each renderer escapes it.

export const fitScore = (score: number) => formatNumber(score, 1);
export const weight = (share: number) => formatPercent(share, 1);
export const probability = (share: number) => formatPercent(share, 0);

export function rankRange(low: number, high: number): string {
  return low === high ? `${low}` : `${low}-${high}`;
}

export function marketLine(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): string {
  const { market } = model.summary;
  return t("lines.market", {
    name: market.name,
    rank: market.rank,
    count: model.ranking.rows.length,
    score: market.scoreDisplay,
    method: model.ranking.method,
  });
}

export function choiceLine(
  choice: FitChoice,
  runnerUp: FitChoice | null,
  t: ReturnType<typeof useTranslations<"report">>,
): string {
  const main = t("lines.choice", { name: choice.name, score: fitScore(choice.score) });
  return runnerUp
    ? t("lines.choiceAhead", { choice: main, runnerUp: runnerUp.name, score: fitScore(runnerUp.score) })
    : main;
}

export function entryModeLine(summary: ExecutiveSummary, t: ReturnType<typeof useTranslations<"report">>): string {
  return summary.entryMode
    ? choiceLine(summary.entryMode, summary.entryModeRunnerUp, t)
    : (summary.entryModeMissing ?? t("lines.notAssessed"));
}

/** "Airbnb (United States) in China, 2015: own subsidiary; exited in 2022. …" */
export function similarCaseText(c: SimilarCaseLine): string {
  return similarCaseTextIn(c);
}

/** The same in the report's language, given its translator and locale (English otherwise). */
export function similarCaseTextIn(c: SimilarCaseLine, t?: ReportT, locale?: Locale): string {
  if (t && locale && locale !== "en") {
    const note = c.outcomeNote ? (locale === "zh" ? c.outcomeNote : ` ${c.outcomeNote}`) : "";
    return t("sentencesA.similarCase", {
      firm: c.firm,
      home: c.home,
      host: c.host,
      year: `${c.year}`,
      mode: c.mode.toLowerCase(),
      outcome: c.outcome.toLowerCase(),
      note,
      distance: formattersFor(locale).formatNumber(c.distance, 2),
      shared: c.shared,
      compared: c.compared,
      id: c.id,
    });
  }
  const note = c.outcomeNote ? ` ${c.outcomeNote}` : "";
  return `${c.firm} (from ${c.home}) in ${c.host}, ${c.year}: chose ${c.mode.toLowerCase()}; ${c.outcome.toLowerCase()}.${note} (Distance ${formatNumber(c.distance, 2)} on the 1-5 scale; rated on ${c.shared} of the ${c.compared} factors compared; case ${c.id}.)`;
}

export function strategyLine(
  summary: ExecutiveSummary,
  locale: Locale,
  t: ReturnType<typeof useTranslations<"report">>,
): string {
  const [best, ...others] = summary.strategies;
  if (!best) return summary.entryModeMissing ?? t("lines.notAssessed");
  const main = t("lines.choice", { name: best.name, score: fitScore(best.score) });
  if (others.length === 0) return main;
  const list = others.map((s) => `${s.name} (${fitScore(s.score)})`);
  return t("lines.strategyCombined", { main, others: joinList(locale, list) });
}

export function confidenceLine(summary: ExecutiveSummary): string {
  return `${summary.confidence.statement} ${summary.confidence.smallestChange}`;
}

/** "World Bank WDI SP.POP.TOTL [S4]": the short source and its key in the source list. */
export function citedSource(cell: SourcedCell): string {
  return `${cell.sourceShort} [${cell.sourceKey}]`;
}

/** "World Bank WDI SP.POP.TOTL [S4], 2025": the cited source and the year; a computed value has no data year of its own. */
export function cellSource(cell: SourcedCell): string {
  if (cell.computed) return `computed from ${citedSource(cell)}`;
  return cell.year === null ? citedSource(cell) : `${citedSource(cell)}, ${cell.year}`;
}

export function standingText(standing: number | null, compared: number): string {
  if (standing === null) return "no value";
  return compared <= 1 ? "only value" : `${ordinal(standing)} of ${compared}`;
}

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** A fit reason in words, from the effect it had (lib/reports/reason-sentence.ts, issue 11 §1). */
export function reasonText(reason: FitReasonLine): string {
  return reasonSentence(reason);
}

/**
 * The same, naming the option the reason is about ("… favours Cross-border export, …"), in the
 * report's language when given its translator and locale.
 */
export function reasonTextFor(target: string, t?: ReportT, locale?: Locale): (reason: FitReasonLine) => string {
  const words = t && locale && locale !== "en" ? { t, formatNumber: formattersFor(locale).formatNumber } : undefined;
  return (reason) => reasonSentence(reason, { target, ...(words ? { words } : {}) });
}

/** "<statement> (<year>; <reader's citation>)": file paths and lines go to the "Data provenance" appendix. */
export function evidenceText(e: EvidenceLine): string {
  const when = e.yearNote ? `${e.year}, ${citeInline(e.yearNote)}` : `${e.year}`;
  return `${citeInline(e.statement)} (${when}; ${citationOf(e.source, e.locator)})`;
}

export function stabilityRange(row: StabilityRow): string {
  const low = row.lowBounded ? weight(row.low) : "0%";
  const high = row.highBounded ? weight(row.high) : "100%";
  return `${low} to ${high}`;
}

export function challengerText(row: StabilityRow): string {
  const parts: string[] = [];
  if (row.lowBounded && row.lowChallenger) parts.push(`below: ${row.lowChallenger}`);
  if (row.highBounded && row.highChallenger) parts.push(`above: ${row.highChallenger}`);
  return parts.length > 0 ? parts.join("; ") : "leader never changes";
}

/** Years as a compact list: 2017, 2019-2023. */
export function yearList(years: number[]): string {
  if (years.length === 0) return "no year (your assessment)";
  const runs: string[] = [];
  let start = years[0]!;
  let previous = start;
  for (const year of [...years.slice(1), Number.NaN]) {
    if (year === previous + 1) {
      previous = year;
      continue;
    }
    runs.push(start === previous ? `${start}` : `${start}-${previous}`);
    start = year;
    previous = year;
  }
  return runs.join(", ");
}

export function staleWarning(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): string | null {
  const { scenario } = model;
  if (!scenario.stale) return null;
  const imports = scenario.staleBecause ?? [];
  // Same version and imports that moved: the imported data, not the shipped data set, changed.
  if (imports.length > 0 && scenario.datasetVersion === scenario.currentDatasetVersion)
    return t("lines.staleImports", { reasons: imports.join(" ") });
  const versions =
    scenario.datasetVersion === scenario.currentDatasetVersion
      ? t("lines.staleSameVersion", { version: scenario.datasetVersion })
      : t("lines.staleVersions", { then: scenario.datasetVersion, now: scenario.currentDatasetVersion });
  return t("lines.staleDataset", { versions, reasons: imports.map((r) => ` ${r}`).join("") });
}

export function computedLine(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): string {
  const { scenario } = model;
  return t("lines.computed", {
    version: scenario.version,
    when: scenario.computedAt.slice(0, 16).replace("T", " "),
    dataset: scenario.datasetVersion,
    hash: scenario.datasetHash.slice(0, 12),
  });
}

export const SECTION_IDS = [
  "summary",
  "ranking",
  "profiles",
  "entry",
  "robustness",
  "assumptions",
  "sources",
  "gaps",
  "methodology",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** A section's title in the report's language. */
export function sectionTitle(id: SectionId, t: ReturnType<typeof useTranslations<"report">>): string {
  return t(`sections.${id}`);
}
