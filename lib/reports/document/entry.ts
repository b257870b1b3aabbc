import type { useTranslations } from "next-intl";
import { formattersFor } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

import { scorePlusMinus, tiedModesSentence } from "@/lib/cases/backtest";

import type { EntryScoreUncertainty, EntrySection, FitOption, ReportModel } from "../model";
import { choiceLine, evidenceText, fitScore, reasonTextFor, similarCaseTextIn } from "../phrases";
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
      blocks: [text(model.summary.entryModeMissing ?? t("lines.notAssessed"))],
    };
  }
  const { entryMode, entryModeRunnerUp } = model.summary;
  return {
    id: "entry",
    title: t("entry.title", { section: t("sections.entry"), market: e.market.name }),
    blocks: [
      {
        kind: "fields",
        items: [
          {
            key: "recommended-entry-mode",
            label: t("entry.recommended"),
            text: entryMode
              ? `${choiceLine(entryMode, entryModeRunnerUp, t)}${withinError(e, entryModeRunnerUp?.name, t)}`
              : t("noneLower"),
          },
          ...(e.backtest ? [{ key: "entry-mode-backtest", label: t("entry.backtest"), text: e.backtest }] : []),
          ...(e.scoreUncertainty
            ? [
                {
                  key: "entry-mode-score-uncertainty",
                  label: t("entry.error"),
                  text: t("entry.errorText", {
                    points: scorePlusMinus(e.scoreUncertainty.points),
                    basis: e.scoreUncertainty.basis,
                  }),
                },
              ]
            : []),
        ],
      },
      fitTable("entry-modes", t("entry.modesCompared"), t("pdf.glance.entryMode"), e.modes, t, e.scoreUncertainty),
      ...(e.scoreUncertainty ? [text(tiedLine(e.scoreUncertainty, e.modes))] : []),
      ...similarCases(e, model.locale, t),
      ...fitDetails(e.modes, DETAILED.modes, "modes", t, model.locale),
      fitTable("strategies", t("entry.strategiesCompared"), t("entry.strategy"), e.strategies, t),
      ...fitDetails(e.strategies, DETAILED.strategies, "strategies", t, model.locale),
      marketFactors(e, model.locale, t),
      ...(e.assumptions.length > 0 ? [list(e.assumptions, { title: t("entry.assumptions") })] : []),
    ],
  };
}

function fitTable(
  id: string,
  title: string,
  option: string,
  options: FitOption[],
  t: ReturnType<typeof useTranslations<"report">>,
  uncertainty?: EntryScoreUncertainty,
): Block {
  if (!uncertainty) {
    return table<FitOption>(
      {
        id,
        title,
        columns: [
          { heading: t("ranking.rank"), align: "right", width: 6, cell: (o) => `${o.rank}` },
          { heading: option, width: 60, rowHeader: true, cell: (o) => o.name },
          { heading: t("entry.fit"), align: "right", width: 20, cell: (o) => fitScore(o.score) },
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
        { heading: t("ranking.rank"), align: "right", width: 6, cell: (o) => `${o.rank}` },
        { heading: option, width: 42, rowHeader: true, cell: (o) => o.name },
        {
          heading: t("entry.fit"),
          align: "right",
          width: 22,
          cell: (o) => `${fitScore(o.score)} ${scorePlusMinus(uncertainty.points)}`,
        },
        {
          heading: t("entry.withinError"),
          width: 22,
          cell: (o) => (o === options[0] ? t("entry.theFirst") : tied.has(o.name) ? t("entry.yesTied") : t("no")),
        },
      ],
    },
    options,
  );
}

/** "; the two are within the model's error of each other" when the runner-up is tied with the first (decision record 018). */
function withinError(
  e: EntrySection,
  runnerUp: string | undefined,
  t: ReturnType<typeof useTranslations<"report">>,
): string {
  return runnerUp && e.scoreUncertainty?.tied.includes(runnerUp)
    ? t("entry.withinErrorOfEachOther", { points: scorePlusMinus(e.scoreUncertainty.points) })
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

function fitDetails(
  options: FitOption[],
  detailed: number,
  kind: "modes" | "strategies",
  t: ReturnType<typeof useTranslations<"report">>,
  locale: Locale,
): Block[] {
  const shown = options.slice(0, detailed);
  const intro =
    options.length > shown.length
      ? [text(t("entry.detailIntro", { shown: shown.length, total: options.length, kind }), { muted: true })]
      : [];
  return [
    ...intro,
    ...shown.map((o): Block => ({
      kind: "subsection",
      id: `fit-${o.key}`,
      title: t("entry.optionTitle", { rank: o.rank, name: o.name, score: fitScore(o.score) }),
      lead: o.description,
      newPage: false,
      blocks: [
        list(
          o.reasons
            .slice(0, REASONS_SHOWN)
            .map((r) =>
              r.precedent
                ? t("entry.withPrecedent", { reason: reasonTextFor(o.name, t, locale)(r), precedent: r.precedent })
                : reasonTextFor(o.name, t, locale)(r),
            ),
          {
            title: t("entry.reasons"),
            empty: t("entry.noReasons"),
            ...(o.reasons.length > REASONS_SHOWN
              ? { more: t("entry.moreReasons", { count: o.reasons.length - REASONS_SHOWN }) }
              : {}),
          },
        ),
        ...(o.precedents.length > 0
          ? [
              list(
                o.precedents.map((e) => `${e.case}: ${evidenceText(e)}`),
                { title: t("entry.precedents") },
              ),
            ]
          : []),
      ],
    })),
  ];
}

/** The documented entries nearest to the firm and market, from today's case library. */
function similarCases(e: EntrySection, locale: Locale, t: ReturnType<typeof useTranslations<"report">>): Block[] {
  if (!e.similarCases) return [];
  return [
    list(
      e.similarCases.map((c) => similarCaseTextIn(c, t, locale)),
      {
        title: t("entry.similarCases"),
        empty: t("entry.noSimilarCases"),
      },
    ),
    text(t("entry.similarNote", { path: `/${locale}/cases` }), { muted: true }),
  ];
}

function marketFactors(e: EntrySection, locale: Locale, t: ReturnType<typeof useTranslations<"report">>): Block {
  const f = formattersFor(locale);
  return table<EntrySection["marketFactors"][number]>(
    {
      id: "market-factors",
      title: t("entry.marketFactors"),
      columns: [
        { heading: t("col.factor"), width: 30, rowHeader: true, cell: (x) => x.name },
        { heading: t("col.rating"), align: "right", width: 12, cell: (x) => f.formatNumber(x.value, 2) },
        { heading: t("entry.basis"), width: 58, cell: (x) => (x.reason ? `${x.basis}: ${x.reason}` : x.basis) },
      ],
    },
    e.marketFactors,
  );
}
