import { formattersFor } from "@/lib/format";
import { dataText } from "@/lib/i18n/data-text";
import { LANGUAGE_TAGS, type Locale } from "@/lib/i18n/locales";

import { evidenceLine, type ReportContext } from "./context";
import type { MarketProfileSection, MatrixSection, SourcedCell } from "./model";
import { cellSource } from "./phrases";
import { scoreDisplay } from "./build-ranking";
import { ecommerceFacts } from "./build-ecommerce";
import { materialRisks } from "./build-risks";
import { entryModesOf } from "./build-shortlist";

// A profile page per top market: its figures with their standing among the compared markets, its
// strengths and risks read off those figures, and the dated evidence the data set holds on it.

const EVIDENCE_PER_MARKET = 8;

function standingOf(matrix: MatrixSection, key: string, iso3: string): { standing: number | null; compared: number } {
  const direction = matrix.criteria.find((c) => c.key === key)?.direction ?? "benefit";
  const observed = matrix.markets
    .map((m) => matrix.cells[m.iso3]?.[key]?.value)
    .filter((v): v is number => v !== undefined);
  const own = matrix.cells[iso3]?.[key]?.value;
  if (own === undefined) return { standing: null, compared: observed.length };
  const better = observed.filter((v) => (direction === "benefit" ? v > own : v < own)).length;
  return { standing: better + 1, compared: observed.length };
}

function describeCell(name: string, unit: string, cell: SourcedCell) {
  // Short units read well after the number ("2,330 km"); long ones ("your rating, 1 (weak) to 5") do not.
  const value = unit && unit.length <= 16 ? `${cell.display} ${unit}` : cell.display;
  return { name, value, source: cellSource(cell) };
}

export function buildProfile(
  context: ReportContext,
  matrix: MatrixSection,
  iso3: string,
  extraRisks: string[],
): MarketProfileSection {
  const { results, input, t } = context;
  const row = results.ranking.ranking.find((r) => r.id === iso3)!;
  const profile = input.profiles.find((p) => p.market.iso3 === iso3);
  const n = matrix.markets.length;
  const indicators = matrix.criteria.map((c) => {
    const cell = matrix.cells[iso3]?.[c.key] ?? null;
    return {
      key: c.key,
      name: c.name,
      group: c.groupName,
      unit: c.unit,
      direction: c.direction,
      cell,
      ...standingOf(matrix, c.key, iso3),
    };
  });
  // The user's rating scale is a sentence, not a unit: it is not printed after the figure.
  const unitOf = (i: { key: string; unit: string }) =>
    context.catalogue.get(i.key)?.kind === "assessment" ? "" : i.unit;
  const byWeight = [...indicators].sort(
    (a, b) =>
      (matrix.criteria.find((c) => c.key === b.key)?.weight ?? 0) -
      (matrix.criteria.find((c) => c.key === a.key)?.weight ?? 0),
  );
  const weighty = byWeight.filter((i) => (matrix.criteria.find((c) => c.key === i.key)?.weight ?? 0) > 0);
  const strengths =
    n < 2
      ? []
      : weighty
          .filter((i) => i.cell && i.standing === 1 && i.compared > 1)
          .slice(0, 3)
          .map((i) =>
            t("sentencesB.profiles.strength", { compared: i.compared, ...describeCell(i.name, unitOf(i), i.cell!) }),
          );
  const risks: string[] = [];
  if (n >= 2) {
    for (const i of weighty.filter((i) => i.cell && i.compared > 1 && i.standing === i.compared).slice(0, 3)) {
      risks.push(
        t("sentencesB.profiles.weakest", { compared: i.compared, ...describeCell(i.name, unitOf(i), i.cell!) }),
      );
    }
  }
  if (row.missing.length > 0) {
    // Results frozen before decision record 013 carry no coverage threshold: their gaps were renormalized.
    const adjusted = results.ranking.coverageThreshold !== undefined;
    const policy =
      results.ranking.missing === "worst"
        ? adjusted
          ? t("sentencesB.profiles.policyWorstDataset")
          : t("sentencesB.profiles.policyWorstObserved")
        : adjusted
          ? t("sentencesB.profiles.policyAverage")
          : t("sentencesB.profiles.policyRenormalized");
    risks.push(
      t("sentencesB.profiles.missing", {
        criteria: row.missing.map(context.criterionName).join(context.locale === "zh" ? "、" : ", "),
        policy,
        coverage: formattersFor(context.locale).formatPercent(row.coverage, 0),
      }),
    );
  }
  const interval = results.robustness.rankInterval90[iso3];
  if (interval && interval.high > interval.low) {
    risks.push(t("sentencesB.profiles.rankUncertain", { low: interval.low, high: interval.high }));
  }
  risks.push(...extraRisks);
  const evidence = (profile?.evidence ?? [])
    .slice()
    // Newest first (issue 11 §6); in a year, the market's own items before regional ones.
    .sort((a, b) => b.year - a.year || Number(b.scope === iso3) - Number(a.scope === iso3) || a.id.localeCompare(b.id))
    .map((e) =>
      evidenceLine({
        ...e,
        statement: dataText(context.locale, "evidence", e.id, "statement", e.statement),
        yearNote: e.yearNote === null ? null : dataText(context.locale, "evidence", e.id, "year_note", e.yearNote),
      }),
    );
  return {
    iso3,
    name: context.marketName(iso3),
    rank: row.rank,
    scoreDisplay: scoreDisplay(row.score),
    region: profile
      ? context.locale === "zh"
        ? `${regionName("zh", profile.market.subregion)}（${regionName("zh", profile.market.region)}）`
        : `${regionName(context.locale, profile.market.subregion)} (${regionName(context.locale, profile.market.region)})`
      : null,
    indicators,
    strengths,
    risks,
    materialRisks: materialRisks(
      profile,
      bestModeOf(context, iso3),
      matrix,
      iso3,
      input.generatedAt.getUTCFullYear(),
      input.locale,
    ),
    evidence: evidence.slice(0, EVIDENCE_PER_MARKET),
    moreEvidence: Math.max(0, evidence.length - EVIDENCE_PER_MARKET),
    ecommerce: ecommerceFacts(profile, t, context.locale),
  };
}

/** The best-fitting entry mode frozen for a market, which the material risks are weighed against. */
function bestModeOf(context: ReportContext, iso3: string): string | null {
  const modes = entryModesOf(context, iso3)?.modes ?? [];
  return [...modes].sort((a, b) => a.rank - b.rank)[0]?.id ?? null;
}

// UN M49 regions as the data set names them, with their codes, so CLDR can name them in the
// report's language (English keeps the data set's own names).
const M49: Record<string, string> = {
  Africa: "002",
  Americas: "019",
  Asia: "142",
  Europe: "150",
  Oceania: "009",
  "Northern Africa": "015",
  "Sub-Saharan Africa": "202",
  "Eastern Africa": "014",
  "Middle Africa": "017",
  "Southern Africa": "018",
  "Western Africa": "011",
  "Latin America and the Caribbean": "419",
  Caribbean: "029",
  "Central America": "013",
  "South America": "005",
  "Northern America": "021",
  "Central Asia": "143",
  "Eastern Asia": "030",
  "South-eastern Asia": "035",
  "Southern Asia": "034",
  "Western Asia": "145",
  "Eastern Europe": "151",
  "Northern Europe": "154",
  "Southern Europe": "039",
  "Western Europe": "155",
  "Australia and New Zealand": "053",
  Melanesia: "054",
  Micronesia: "057",
  Polynesia: "061",
};

function regionName(locale: Locale, english: string): string {
  const code = M49[english];
  if (locale === "en" || !code) return english;
  return new Intl.DisplayNames([LANGUAGE_TAGS[locale]], { type: "region", fallback: "none" }).of(code) ?? english;
}
