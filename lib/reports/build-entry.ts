import { backtestSentence } from "@/lib/cases/backtest";
import { outcomeText } from "@/lib/cases/outcomes";
import { similarCasesFor } from "@/lib/cases/similar";
import type { Framework } from "@/lib/contracts/api";
import type { EntryModeResponse } from "@/lib/contracts/fit";
import { tiedWithFirst } from "@/lib/scoring/fit/score-uncertainty";
import { citeInline } from "@/lib/data/sources";

import { evidenceLine } from "./context";
import { FACTOR_BASIS_NAMES } from "./methodology";
import type { ReportInput } from "./context";
import type { EntryScoreUncertainty, EntrySection, FitOption, SimilarCaseLine } from "./model";

// The entry-mode and strategy part of the report: the fit model's answer for the recommended
// market, with framework names for every mode, strategy and factor.

const CASE_NAMES: Record<string, string> = {
  russia: "Russia",
  southeast_asia: "Southeast Asia",
  general: "General",
};

type Names = Pick<Framework, "entryModes" | "strategies" | "factors">;

export function buildEntrySection(
  response: EntryModeResponse,
  framework: Names,
  caseLibrary?: ReportInput["caseLibrary"],
  marketName: (iso3: string) => string = (iso3) => iso3,
): EntrySection {
  const factorName = (key: string) => framework.factors.find((f) => f.key === key)?.name ?? key;
  const option =
    (catalogue: { key: string; name: string; description: string }[]) =>
    (target: EntryModeResponse["modes"][number]): FitOption => {
      const known = catalogue.find((c) => c.key === target.id);
      return {
        key: target.id,
        name: target.name ?? known?.name ?? target.id,
        score: target.score,
        rank: target.rank,
        description: known?.description ?? null,
        reasons: target.reasons.map((r) => ({
          factor: factorName(r.factor),
          value: r.value,
          direction: r.direction,
          ruleDirection: r.ruleDirection,
          strength: r.strength,
          contribution: r.contribution,
          theory: r.theory,
          rationale: r.rationale,
          precedent: r.precedent ? citeInline(r.precedent) : r.precedent,
        })),
        precedents: target.evidence.map((e) => ({ case: CASE_NAMES[e.case] ?? e.case, ...evidenceLine(e) })),
      };
    };
  const modes = [...response.modes].sort((a, b) => a.rank - b.rank).map(option(framework.entryModes));
  return {
    market: {
      iso3: response.market.iso3 ?? "",
      name: response.market.name ?? response.market.iso3 ?? "the market described",
    },
    modes,
    strategies: [...response.strategies].sort((a, b) => a.rank - b.rank).map(option(framework.strategies)),
    marketFactors: Object.entries(response.marketProfile.factors).map(([key, f]) => ({
      key,
      name: factorName(key),
      value: f.value,
      basis: FACTOR_BASIS_NAMES[f.basis] ?? f.basis,
      reason: f.reason ?? null,
    })),
    assumptions: response.assumptions,
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
            mode: framework.entryModes.find((m) => m.key === c.mode)?.name ?? c.mode,
            outcome: outcomeText(c.outcome, c.outcomeYear),
            outcomeNote: c.outcomeNote,
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
export function entryRisks(entry: EntrySection): string[] {
  const risks: string[] = [];
  for (const f of entry.marketFactors) {
    const end = RISKY_END[f.key];
    if (f.basis === FACTOR_BASIS_NAMES.neutral_default) {
      risks.push(`${f.name} was not measured: the entry-mode fit assumes a neutral 3 of 5.`);
    } else if ((end === "high" && f.value >= 4) || (end === "low" && f.value <= 2)) {
      risks.push(
        `${f.name} is rated ${f.value.toFixed(1)} of 5 (${f.basis}): ${end === "high" ? "high" : "low"} for an entrant.`,
      );
    }
  }
  return risks;
}
