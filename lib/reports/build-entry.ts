import { backtestSentence } from "@/lib/cases/backtest";
import { similarCasesFor } from "@/lib/cases/similar";
import type { Framework } from "@/lib/contracts/api";
import type { EntryModeResponse } from "@/lib/contracts/fit";
import { tiedWithFirst } from "@/lib/scoring/fit/score-uncertainty";
import { citeInline } from "@/lib/data/sources";
import { assumptionNote } from "@/lib/compare/assumptions";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

import { evidenceLine } from "./context";
import { FACTOR_BASIS_NAMES } from "./methodology";
import type { ReportInput } from "./context";
import type { EntryScoreUncertainty, EntrySection, FitOption, SimilarCaseLine } from "./model";
import { wordsFor, type Words } from "./words";

// The entry-mode and strategy part of the report: the fit model's answer for the recommended
// market, with framework names for every mode, strategy and factor.

/** The precedents' regions (messages/<locale>/report.json, sentencesA.entry.cases). */
const CASE_NAMES = { russia: "Russia", southeast_asia: "Southeast Asia", general: "General" } as const;

type Names = Pick<Framework, "entryModes" | "strategies" | "factors">;

export function buildEntrySection(
  response: EntryModeResponse,
  framework: Names,
  caseLibrary?: ReportInput["caseLibrary"],
  marketName: (iso3: string) => string = (iso3) => iso3,
  locale: Locale = DEFAULT_LOCALE,
): EntrySection {
  const w = wordsFor(locale);
  const factorName = (key: string) =>
    w.data("factors", key, "name", framework.factors.find((f) => f.key === key)?.name ?? key);
  const modeName = (key: string, english: string) => w.data("entry-modes", key, "name", english);
  const option =
    (catalogue: { key: string; name: string; description: string }[], table: "entry-modes" | "strategies") =>
    (target: EntryModeResponse["modes"][number]): FitOption => {
      const known = catalogue.find((c) => c.key === target.id);
      return {
        key: target.id,
        name: w.data(table, target.id, "name", target.name ?? known?.name ?? target.id),
        score: target.score,
        rank: target.rank,
        description: known ? w.data(table, target.id, "description", known.description) : null,
        reasons: target.reasons.map((r) => ({
          factor: factorName(r.factor),
          value: r.value,
          direction: r.direction,
          ruleDirection: r.ruleDirection,
          strength: r.strength,
          contribution: r.contribution,
          theory: r.theory,
          rationale: w.data("effects", r.effectId, "rationale", r.rationale),
          precedent: r.precedent ? citeInline(r.precedent) : r.precedent,
        })),
        precedents: target.evidence.map((e) => ({
          case: e.case in CASE_NAMES ? w.t(`sentencesA.entry.cases.${e.case as keyof typeof CASE_NAMES}`) : e.case,
          ...evidenceLine(e),
          statement: w.data("framework-evidence", e.id, "statement", e.statement),
          yearNote: e.yearNote === null ? null : w.data("framework-evidence", e.id, "year_note", e.yearNote),
        })),
      };
    };
  const modes = [...response.modes].sort((a, b) => a.rank - b.rank).map(option(framework.entryModes, "entry-modes"));
  return {
    market: {
      iso3: response.market.iso3 ?? "",
      // English as frozen with the answer; another language names the market from CLDR.
      name:
        locale !== "en" && response.market.iso3
          ? marketName(response.market.iso3)
          : (response.market.name ?? response.market.iso3 ?? w.t("sentencesA.entry.marketDescribed")),
    },
    modes,
    strategies: [...response.strategies]
      .sort((a, b) => a.rank - b.rank)
      .map(option(framework.strategies, "strategies")),
    marketFactors: Object.entries(response.marketProfile.factors).map(([key, f]) => ({
      key,
      name: factorName(key),
      value: f.value,
      basis: f.basis in FACTOR_BASIS_NAMES ? basisName(w.t, f.basis as BasisKey) : f.basis,
      reason: f.reason ?? null,
    })),
    assumptions:
      locale === "en" ? response.assumptions : response.assumptions.map((a) => assumptionText(a, w, framework)),
    ...scoreUncertaintyOf(modes, response.scoreUncertainty ?? caseLibrary?.backtest.scoreUncertainty ?? null),
    ...(caseLibrary
      ? {
          backtest: backtestSentence(caseLibrary.backtest),
          // Today's library against the firm and market frozen with the results.
          similarCases: similarCasesFor(response, caseLibrary.library).map((c): SimilarCaseLine => ({
            id: c.id,
            firm: c.firm,
            home: marketName(c.home),
            host: marketName(c.host),
            year: c.year,
            mode: modeName(c.mode, framework.entryModes.find((m) => m.key === c.mode)?.name ?? c.mode),
            // "Exited in 2022", "Stayed" (lib/cases/outcomes.ts's outcomeText, in the report's language).
            outcome:
              c.outcomeYear && c.outcome !== "stayed" && c.outcome !== "unknown"
                ? w.t("sentencesA.entry.outcomeIn", { outcome: c.outcome, year: `${c.outcomeYear}` })
                : w.t("sentencesA.entry.outcome", { outcome: c.outcome }),
            outcomeNote: w.data("entry-cases", c.id, "outcomeNote", c.outcomeNote),
            distance: c.distance,
            shared: c.shared,
            compared: c.compared,
          })),
        }
      : {}),
  };
}

/**
 * The score uncertainty frozen with the answer, or else today's backtest's (as the backtest
 * sentence is), with the modes within it of the first (docs/decisions/018).
 */
function scoreUncertaintyOf(
  modes: readonly FitOption[],
  u: { points: number; basis: string } | null,
): { scoreUncertainty?: EntryScoreUncertainty } {
  if (!u || modes.length === 0) return {};
  const within = tiedWithFirst(
    modes.map((m) => ({ ...m, id: m.key })),
    u.points,
  );
  const tied = within.length >= 2 ? within.map((m) => m.name) : [];
  const next = modes.find((m) => !within.some((w) => w.key === m.key))?.name ?? null;
  return { scoreUncertainty: { points: u.points, basis: u.basis, tied, next } };
}

type BasisKey = "indicators" | "user_assessment" | "neutral_default";
/** A factor's basis in the report's language ("derived from indicators", methodology.ts's FACTOR_BASIS_NAMES). */
const basisName = (t: ReturnType<typeof wordsFor>["t"], key: BasisKey) => t(`sentencesA.entry.basis.${key}`);

/** Which end of each market factor is the risky one for an entrant. */
const RISKY_END: Record<string, "high" | "low"> = {
  attractiveness: "low",
  regulatoryOpenness: "low",
  infrastructureReadiness: "low",
  culturalDistance: "high",
  geographicDistance: "high",
  competitiveIntensity: "high",
  foreignOwnershipRestriction: "high",
};

/** Market factors at their risky end (a rating of 2 or less, or 4 or more) and unmeasured ones. */
export function entryRisks(entry: EntrySection, locale: Locale = DEFAULT_LOCALE): string[] {
  const { t } = wordsFor(locale);
  const risks: string[] = [];
  for (const f of entry.marketFactors) {
    const end = RISKY_END[f.key];
    if (f.basis === basisName(t, "neutral_default")) {
      risks.push(t("sentencesA.entry.notMeasured", { factor: f.name }));
    } else if ((end === "high" && f.value >= 4) || (end === "low" && f.value <= 2)) {
      risks.push(
        t("sentencesA.entry.ratedRisky", {
          factor: f.name,
          value: locale === "ru" ? f.value.toFixed(1).replace(".", ",") : f.value.toFixed(1),
          basis: f.basis,
          end: end === "high" ? "high" : "low",
        }),
      );
    }
  }
  return risks;
}

/**
 * One of the fit model's assumption notes (written in English by lib/scoring/fit) in the report's
 * language, read back through lib/compare/assumptions.ts as the comparison page does; a note of
 * another shape stays as written.
 */
function assumptionText(text: string, w: Words, framework: Names): string {
  const { t, f } = w;
  const note = assumptionNote(text);
  const factor = (key: string) =>
    w.data("factors", key, "name", framework.factors.find((x) => x.key === key)?.name ?? key);
  const target = (key: string) => {
    const mode = framework.entryModes.find((m) => m.key === key);
    if (mode) return w.data("entry-modes", key, "name", mode.name);
    const strategy = framework.strategies.find((s) => s.key === key);
    return strategy ? w.data("strategies", key, "name", strategy.name) : key;
  };
  const indicators = (keys: string[]) => w.list(keys.map((k) => w.data("indicators", k, "name", k)));
  switch (note.code) {
    case "noValue":
      return t("sentencesA.assumptions.noValue", { factor: factor(note.factor) });
    case "outOfScale":
      return t("sentencesA.assumptions.outOfScale", {
        factor: factor(note.factor),
        raw: f.formatNumber(note.raw, 6),
        clamped: f.formatNumber(note.clamped, 6),
      });
    case "noEffects":
      return t("sentencesA.assumptions.noEffects", { target: target(note.target) });
    case "overrideWithoutReason":
      return t("sentencesA.assumptions.overrideWithoutReason", {
        factor: factor(note.factor),
        rating: f.formatNumber(note.rating, 6),
        evidence: f.formatNumber(note.evidence, 6),
      });
    case "notANumber":
      return t("sentencesA.assumptions.notANumber", { factor: factor(note.factor) });
    case "partialIndicators":
      return t("sentencesA.assumptions.partialIndicators", {
        factor: factor(note.factor),
        used: note.used,
        of: note.of,
        missing: indicators(note.missing),
      });
    case "notAssessed":
      return t("sentencesA.assumptions.notAssessed", { factor: factor(note.factor) });
    case "noIndicators":
      return t("sentencesA.assumptions.noIndicators", {
        factor: factor(note.factor),
        missing: indicators(note.missing),
      });
    case "other":
      return note.text;
  }
}
