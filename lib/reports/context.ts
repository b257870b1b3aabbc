import type { LibraryCase } from "@/lib/cases/similar";
import type { Framework, MarketProfile, ScoringData } from "@/lib/contracts/api";
import type { EntryModeBacktest } from "@/lib/contracts/case-library";
import type { DecisionSetup, FrozenGroup } from "@/lib/contracts/decisions";
import type { Scenario } from "@/lib/contracts/scenarios";
import { formattersFor } from "@/lib/format";
import { dataText, marketName as localizedMarketName } from "@/lib/i18n/data-text";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { citationOf, isComputedSource } from "@/lib/data/sources";
import {
  ASSESSMENT_MAX,
  ASSESSMENT_MIN,
  ASSESSMENT_SOURCE,
  workspaceCriteria,
  workspaceScoringInput,
  type WorkspaceCriterion,
} from "@/lib/workspace/scoring-input";

import { reportTranslator } from "./i18n";
import type { EvidenceLine, SourcedCell } from "./model";

// What every part of the report builder shares: the input, name look-ups that prefer the names
// frozen with the results, and the frozen value of a market on a criterion with its provenance.

export type ReportInput = {
  scenario: Scenario;
  /** The report's language; English when absent. */
  locale?: Locale | undefined;
  /** Today's data set: indicator names, units and decimals; which indicators were left out. */
  scoringData: ScoringData;
  framework: Pick<Framework, "entryModes" | "strategies" | "factors">;
  /** Profiles of the top-ranked markets (their evidence and region); others are ignored. */
  profiles: MarketProfile[];
  generatedAt: Date;
  /** How many of the top markets get a profile page. */
  profileCount?: number;
  /**
   * The markets the report sets side by side (iso3, ranked markets only, checked by the caller);
   * absent: the default short list (lib/reports/build-shortlist.ts).
   */
  shortlist?: string[] | undefined;
  /**
   * The case library and the entry-mode model's backtest on it (data/framework/): the report
   * states the backtest next to the entry-mode recommendation and lists the similar cases.
   */
  caseLibrary?: { backtest: EntryModeBacktest; library: LibraryCase[] } | undefined;
  /** The group decision the scenario was frozen from, as frozen (issue 13 §4.5); absent otherwise. */
  groupDecision?: ReportGroupDecision | null | undefined;
};

export type ReportGroupDecision = { name: string; setup: DecisionSetup; frozen: FrozenGroup; frozenAt: Date | null };

export type ReportContext = ReturnType<typeof contextOf>;

export function contextOf(input: ReportInput) {
  const { scenario, scoringData } = input;
  const { results } = scenario;
  // Market names in the report's language (CLDR via lib/i18n/data-text.ts); English as frozen.
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = reportTranslator(locale);
  // The user's assessments are named and scaled in the report's language; their source stays the key it is.
  const catalogue = new Map<string, WorkspaceCriterion>(
    workspaceCriteria(scoringData, {
      name: (group) => t("sentencesB.assessment.name", { group }),
      unit: t("sentencesB.assessment.unit", { min: ASSESSMENT_MIN, max: ASSESSMENT_MAX }),
      source: ASSESSMENT_SOURCE,
      dataset: "entered in the workspace",
    }).map((c) => [c.key, c]),
  );
  const marketName = (iso3: string) =>
    localizedMarketName(
      locale,
      iso3,
      results.labels.markets[iso3] ?? scoringData.markets.find((m) => m.iso3 === iso3)?.name ?? iso3,
    );
  // Indicator and criteria-group names in the report's language (data/…csv translations); English as frozen.
  const criterionName = (key: string) =>
    catalogue.get(key)?.kind === "assessment"
      ? t("sentencesB.assessment.name", { group: groupName(key) })
      : dataText(locale, "indicators", key, "name", results.labels.criteria[key] ?? catalogue.get(key)?.name ?? key);
  const groupName = (key: string) =>
    dataText(
      locale,
      "criteria-groups",
      key,
      "name",
      results.labels.groups[key] ?? scoringData.criteriaGroups.find((g) => g.key === key)?.name ?? key,
    );
  const { formatValue } = formattersFor(locale);
  const values = new Map(results.problem.alternatives.map((a) => [a.id, a.values]));
  const uncertainties = new Map(results.problem.alternatives.map((a) => [a.id, a.uncertainty ?? {}]));
  // The half-width in the value's unit, whichever form the frozen problem holds it in.
  const halfWidth = (iso3: string, key: string, value: number): number | null => {
    const u = uncertainties.get(iso3)?.[key];
    if (u === undefined) return null;
    const h = typeof u === "number" ? u * Math.abs(value) : "absolute" in u ? u.absolute : u.relative * Math.abs(value);
    return h > 0 ? h : null;
  };
  const sourceOf = (iso3: string, key: string) =>
    results.provenance[iso3]?.[key]?.source ?? catalogue.get(key)?.source ?? "Your assessment";
  // Each source of the ranking's figures gets a key (S1, S2, …) in alphabetical order, so narrow
  // tables can cite "World Bank WDI [S4]" and the source list gives the full reference once.
  const sources = [
    ...new Set(
      results.problem.alternatives.flatMap((a) =>
        Object.entries(a.values).flatMap(([key, v]) => (v === null || v === undefined ? [] : [sourceOf(a.id, key)])),
      ),
    ),
  ].sort((a, b) => a.localeCompare(b));
  const sourceKeys = new Map(sources.map((source, i) => [source, `S${i + 1}`]));
  const cell = (iso3: string, key: string): SourcedCell | null => {
    const value = values.get(iso3)?.[key];
    if (value === null || value === undefined) return null;
    const source = sourceOf(iso3, key);
    const decimals = catalogue.get(key)?.decimals ?? 2;
    // one decimal more than the value: a rating's ±0.5 must not print as ±1
    const h = halfWidth(iso3, key, value);
    return {
      value,
      display: formatValue(value, decimals),
      uncertainty: h === null ? null : { halfWidth: h, display: `±${formatValue(h, decimals + 1)}` },
      year: results.provenance[iso3]?.[key]?.year ?? null,
      source,
      sourceKey: sourceKeys.get(source)!,
      // A figure Outbound computed or converted is named by what it came from, not by Outbound's file.
      sourceShort: shortSource(
        /^(Outbound evidence file|Computed)/.test(source) ? citationOf(source).replace(/^computed from /, "") : source,
      ),
      computed: isComputedSource(source),
    };
  };
  return { input, scenario, results, catalogue, locale, t, marketName, criterionName, groupName, cell, sourceKeys };
}

/** Criteria of today's data set that the saved ranking does not use, with the reason when known. */
export function unusedCriteria(context: ReportContext): { name: string; reason: string }[] {
  const used = new Set(context.results.problem.criteria.map((c) => c.id));
  const current = workspaceScoringInput(context.input.scoringData, context.scenario.inputs.state);
  return [...context.catalogue.values()]
    .filter((c) => !used.has(c.key))
    .map((c) => {
      const omission =
        current.omitted.find((o) => o.key === c.key) ??
        current.omitted.find((o) => o.kind === "group" && o.key === c.group);
      return { name: c.name, reason: omission?.reason ?? "not part of the saved ranking" };
    });
}

/** A source's name without its retrieval details: "World Bank WDI SP.POP.TOTL (original: …), via …" → "World Bank WDI SP.POP.TOTL". */
export function shortSource(source: string): string {
  const cut = source.search(/ \(|, | via |: |; /);
  const short = (cut > 8 ? source.slice(0, cut) : source).trim();
  return short.length > 48 ? `${short.slice(0, 47).trimEnd()}…` : short;
}

/** An evidence item as the report cites it: the statement, when, and where it is written. */
export function evidenceLine(e: EvidenceLine): EvidenceLine {
  return { statement: e.statement, year: e.year, yearNote: e.yearNote, source: e.source, locator: e.locator };
}
