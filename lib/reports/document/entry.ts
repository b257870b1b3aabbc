import type { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format";

import { scorePlusMinus, tiedModesSentence } from "@/lib/cases/backtest";
import { SIMILAR_CASES_HEADING } from "@/lib/cases/similar";

import type { EntryScoreUncertainty, EntrySection, FitOption, ReportModel } from "../model";
import { choiceLine, evidenceText, fitScore, reasonTextFor, similarCaseText } from "../phrases";
import { list, table, text } from "./blocks";
import type { Block, Section } from "./types";

// Entry mode and business strategy for the recommended market: the fit of every option, the
// reasons for the best ones, the market factors the fit model used and its assumptions.

/** Options described in full; the table ranks them all. */
const DETAILED = { modes: 3, strategies: 2 };
/** Reasons printed per option, the strongest first as the fit model orders them. */
const REASONS_SHOWN = 6;

export function entrySection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section {
  const e = model.entry;
  if (!e) {
    return {
      id: "entry",
      title: t("sections.entry"),
      blocks: [text(model.summary.entryModeMissing ?? "Not assessed.")],
    };
  }
  const { entryMode, entryModeRunnerUp } = model.summary;
  return {
    id: "entry",
    title: `${t("sections.entry")}: ${e.market.name}`,
    blocks: [
      {
        kind: "fields",
        items: [
          {
            key: "recommended-entry-mode",
            label: "Recommended entry mode",
            text: entryMode
              ? `${choiceLine(entryMode, entryModeRunnerUp, t)}${withinError(e, entryModeRunnerUp?.name)}`
              : "none",
          },
          ...(e.backtest
            ? [{ key: "entry-mode-backtest", label: "How often the model is right", text: e.backtest }]
            : []),
          ...(e.scoreUncertainty
            ? [
                {
                  key: "entry-mode-score-uncertainty",
                  label: "The model's error",
                  text: `${scorePlusMinus(e.scoreUncertainty.points)} points on the fit score. ${e.scoreUncertainty.basis}`,
                },
              ]
            : []),
        ],
      },
      fitTable("entry-modes", "Entry modes compared", "Entry mode", e.modes, e.scoreUncertainty),
      ...(e.scoreUncertainty ? [text(tiedLine(e.scoreUncertainty, e.modes))] : []),
      ...similarCases(e),
      ...fitDetails(e.modes, DETAILED.modes, "entry modes"),
      fitTable("strategies", "Business strategies compared", "Strategy", e.strategies),
      ...fitDetails(e.strategies, DETAILED.strategies, "strategies"),
      marketFactors(e),
      ...(e.assumptions.length > 0 ? [list(e.assumptions, { title: "Assumptions of the fit model" })] : []),
    ],
  };
}

function fitTable(
  id: string,
  title: string,
  option: string,
  options: FitOption[],
  uncertainty?: EntryScoreUncertainty,
): Block {
  if (!uncertainty) {
    return table<FitOption>(
      {
        id,
        title,
        columns: [
          { heading: "Rank", align: "right", width: 6, cell: (o) => `${o.rank}` },
          { heading: option, width: 60, rowHeader: true, cell: (o) => o.name },
          { heading: "Fit (0-100, 50 = neutral)", align: "right", width: 20, cell: (o) => fitScore(o.score) },
        ],
      },
      options,
    );
  }
  // With the backtest's error: each score ± it, and which modes it cannot tell from the first (decision record 018).
  const tied = new Set(uncertainty.tied);
  return table<FitOption>(
    {
      id,
      title,
      columns: [
        { heading: "Rank", align: "right", width: 6, cell: (o) => `${o.rank}` },
        { heading: option, width: 42, rowHeader: true, cell: (o) => o.name },
        {
          heading: "Fit (0-100, 50 = neutral)",
          align: "right",
          width: 22,
          cell: (o) => `${fitScore(o.score)} ${scorePlusMinus(uncertainty.points)}`,
        },
        {
          heading: "Within the model's error of the first",
          width: 22,
          cell: (o) => (o === options[0] ? "(the first)" : tied.has(o.name) ? "yes: tied" : "no"),
        },
      ],
    },
    options,
  );
}

/** "; the two are within the model's error of each other" when the runner-up is tied with the first (decision record 018). */
function withinError(e: EntrySection, runnerUp: string | undefined): string {
  return runnerUp && e.scoreUncertainty?.tied.includes(runnerUp)
    ? `; the two are within the model's error of each other (${scorePlusMinus(e.scoreUncertainty.points)} points)`
    : "";
}

/** "A, B and C are within the model's error of each other …", or that the first stands clear. */
function tiedLine(u: EntryScoreUncertainty, modes: FitOption[]): string {
  return u.tied.length >= 2
    ? tiedModesSentence(u.tied, u.points)
    : tiedModesSentence(
        modes.slice(0, 1).map((m) => m.name),
        u.points,
        u.next ?? undefined,
      );
}

function fitDetails(options: FitOption[], detailed: number, plural: string): Block[] {
  const shown = options.slice(0, detailed);
  const intro =
    options.length > shown.length
      ? [
          text(
            `The ${shown.length} best-fitting of the ${options.length} ${plural} in detail; the table ranks them all.`,
            { muted: true },
          ),
        ]
      : [];
  return [
    ...intro,
    ...shown.map((o): Block => ({
      kind: "subsection",
      id: `fit-${o.key}`,
      title: `${o.rank}. ${o.name}: fit ${fitScore(o.score)}`,
      lead: o.description,
      newPage: false,
      blocks: [
        list(
          o.reasons
            .slice(0, REASONS_SHOWN)
            .map((r) => `${reasonTextFor(o.name)(r)}${r.precedent ? ` Precedent: ${r.precedent}.` : ""}`),
          {
            title: "Reasons",
            empty: "No factor moves this option away from the neutral 50.",
            ...(o.reasons.length > REASONS_SHOWN
              ? { more: `${o.reasons.length - REASONS_SHOWN} more reasons with smaller effects are left out here.` }
              : {}),
          },
        ),
        ...(o.precedents.length > 0
          ? [
              list(
                o.precedents.map((e) => `${e.case}: ${evidenceText(e)}`),
                { title: "Case precedents" },
              ),
            ]
          : []),
      ],
    })),
  ];
}

/** The documented entries nearest to the firm and market, from today's case library. */
function similarCases(e: EntrySection): Block[] {
  if (!e.similarCases) return [];
  return [
    list(e.similarCases.map(similarCaseText), {
      title: SIMILAR_CASES_HEADING,
      empty: "No documented entry shares enough rated factors with this firm and market to compare.",
    }),
    text(
      "Nearest in factor space: the typical gap per factor on the 1-5 scale over the factors known for this firm and market; a factor an entry's sources do not rate counts as the gap the library usually shows. Each case, with its ratings and sources, is in the app at /cases.",
      { muted: true },
    ),
  ];
}

function marketFactors(e: EntrySection): Block {
  return table<EntrySection["marketFactors"][number]>(
    {
      id: "market-factors",
      title: "Market factors used",
      columns: [
        { heading: "Factor", width: 30, rowHeader: true, cell: (f) => f.name },
        { heading: "Rating (1-5)", align: "right", width: 12, cell: (f) => formatNumber(f.value, 2) },
        { heading: "Basis", width: 58, cell: (f) => (f.reason ? `${f.basis}: ${f.reason}` : f.basis) },
      ],
    },
    e.marketFactors,
  );
}
