import type { useTranslations } from "next-intl";
import { formattersFor } from "@/lib/format";

import type { ReportModel } from "../model";
import {
  confidenceLine,
  entryModeLine,
  marketLine,
  probability,
  rankRange,
  reasonTextFor,
  strategyLine,
} from "../phrases";
import { chart, excerpt, heading, list, table, text } from "./blocks";
import type { Block, Section } from "./types";

// The executive summary and the market ranking.

/**
 * The summary's blocks for page 1 (the board summary) and the rest, for paged formats that give
 * page 1 to the board summary; all blocks are page 1's when the model has no board summary. The
 * rest starts at the heading before the recommendation's details (its fields), in any language.
 */
export function splitSummary(section: Section): { first: Block[]; rest: Block[] } {
  const details = section.blocks.findIndex(
    (b) => b.kind === "fields" && b.items.some((item) => item.key === "recommended-market"),
  );
  const at = details > 0 && section.blocks[details - 1]!.kind === "heading" ? details - 1 : -1;
  return at < 0
    ? { first: [], rest: section.blocks }
    : { first: section.blocks.slice(0, at), rest: section.blocks.slice(at) };
}

export function summarySection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section {
  const s = model.summary;
  const mode = model.entry?.modes[0];
  const leader = model.profiles.find((p) => p.iso3 === s.market.iso3);
  const board = s.board;
  const blocks: Block[] = [];
  if (board) {
    // Page 1 for a board (issue 11 §5): the recommendation and its reasons first, in plain words.
    blocks.push(
      {
        kind: "fields",
        items: [{ key: "recommendation", label: t("summary.recommendation"), text: board.recommendation }],
      },
      list(board.mainReasons, { title: t("summary.mainReasons"), ordered: true, empty: t("none") }),
      list(board.changeTheAnswer, {
        title: t("summary.changeTheAnswer"),
        empty: t("summary.changeTheAnswerNone"),
      }),
      list(board.mainRisks, { title: t("summary.mainRisks"), empty: t("none") }),
      text(board.freshness, { lead: t("summary.freshness") }),
      list(board.nextSteps, { title: t("summary.nextSteps"), ordered: true, empty: t("none") }),
    );
  }
  if (board) blocks.push(heading(t("summary.detail")));
  blocks.push(
    {
      kind: "fields",
      items: [
        { key: "recommended-market", label: t("pdf.glance.market"), text: marketLine(model, t) },
        { key: "entry-mode", label: t("pdf.glance.entryMode"), text: entryModeLine(s, t) },
        ...(s.entryMode && model.entry?.backtest
          ? [
              {
                key: "entry-mode-backtest",
                label: t("summary.backtest"),
                text: model.entry.backtest,
              },
            ]
          : []),
        { key: "business-strategy", label: t("pdf.glance.strategy"), text: strategyLine(s, model.locale, t) },
        {
          key: "confidence",
          label: t("summary.confidence", { level: t(`confidenceLevelInline.${s.confidence.level}`) }),
          text: confidenceLine(s),
        },
      ],
    },
    heading(t("summary.whyLeads", { market: s.market.name })),
    list(s.reasons, { empty: t("none") }),
  );
  if (mode) {
    blocks.push(
      heading(t("summary.whyMode", { mode: model.locale === "en" ? mode.name.toLowerCase() : mode.name })),
      excerpt(mode.reasons.map(reasonTextFor(mode.name, t, model.locale)), 4, (count) =>
        t("summary.moreReasons", { count, section: t("sections.entry") }),
      ),
    );
  }
  if (!board && leader && leader.risks.length > 0) {
    blocks.push(
      heading(t("summary.mainRisksIn", { market: leader.name })),
      excerpt(leader.risks, 5, (count) => t("summary.moreRisks", { count, market: leader.name })),
    );
  }
  return { id: "summary", title: t("sections.summary"), blocks };
}

export function rankingSection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section {
  const r = model.ranking;
  const f = formattersFor(model.locale);
  return {
    id: "ranking",
    title: t("sections.ranking"),
    blocks: [
      text(
        `${r.weights ? `${r.weights}. ` : ""}${t("ranking.method", {
          method: r.method,
          normalization: r.normalization,
          missing: r.missingPolicy,
          score: r.scoreMeaning,
          home: model.assumptions.homeName,
        })}`,
      ),
      chart("ranking"),
      table(
        {
          id: "ranking",
          title: t("ranking.tableTitle"),
          titleStyle: "caption",
          empty: t("none"),
          notes: [
            t("ranking.note", {
              samples: model.robustness.monteCarlo.samples,
              varied: (model.robustness.monteCarlo.valuesVaried ?? 0) > 0 ? "values" : "weights",
            }),
          ],
          columns: [
            { heading: t("ranking.rank"), align: "right", width: 5, cell: (row) => `${row.rank}` },
            { heading: t("ranking.market"), width: 18, rowHeader: true, cell: (row) => `${row.name} (${row.iso3})` },
            { heading: t("ranking.score"), align: "right", width: 8, cell: (row) => row.scoreDisplay },
            {
              heading: t("ranking.coverage"),
              align: "right",
              width: 9,
              cell: (row) => f.formatPercent(row.coverage, 0),
            },
            {
              heading: t("ranking.ranksFirst"),
              align: "right",
              width: 11,
              cell: (row) => (row.probabilityFirst === null ? "-" : probability(row.probabilityFirst)),
            },
            {
              heading: t("ranking.interval"),
              align: "right",
              width: 9,
              cell: (row) => (row.rankInterval90 ? rankRange(row.rankInterval90.low, row.rankInterval90.high) : "-"),
            },
            {
              heading: t("ranking.missing"),
              width: 30,
              cell: (row) => (row.missing.length > 0 ? row.missing.join(", ") : t("noneLower")),
            },
          ],
        },
        r.rows,
      ),
      table(
        {
          id: "group-scores",
          title: t("ranking.groupsTitle"),
          intro: [t("ranking.groupsIntro")],
          empty: t("none"),
          split: { keep: 1, perPart: 8 },
          columns: [
            { heading: t("ranking.market"), width: 18, rowHeader: true, cell: (row) => row.name },
            ...r.groups.map((g) => ({
              heading: g.name,
              align: "right" as const,
              width: 12,
              cell: (row: (typeof r.rows)[number]) => f.formatNumber(row.groupContributions[g.key] ?? 0, 3),
            })),
            { heading: t("ranking.score"), align: "right", width: 9, cell: (row) => row.scoreDisplay },
          ],
        },
        r.rows,
      ),
    ],
  };
}
