import type { useTranslations } from "next-intl";
import { formatNumber, formatPercent } from "@/lib/format";

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

/** The heading between page 1's board summary and the recommendation's details. */
export const DETAIL_HEADING = "The recommendation in detail";

/**
 * The summary's blocks for page 1 (the board summary) and the rest, for paged formats that give
 * page 1 to the board summary; all blocks are page 1's when the model has no board summary.
 */
export function splitSummary(section: Section): { first: Block[]; rest: Block[] } {
  const at = section.blocks.findIndex((b) => b.kind === "heading" && b.text === DETAIL_HEADING);
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
      { kind: "fields", items: [{ key: "recommendation", label: "Recommendation", text: board.recommendation }] },
      list(board.mainReasons, { title: "Three main reasons", ordered: true }),
      list(board.changeTheAnswer, {
        title: "What would change the answer",
        empty: "Nothing in the robustness analysis.",
      }),
      list(board.mainRisks, { title: "Main risks" }),
      text(board.freshness, { lead: "How fresh the evidence is" }),
      list(board.nextSteps, { title: "Next steps", ordered: true }),
    );
  }
  if (board) blocks.push(heading(DETAIL_HEADING));
  blocks.push(
    {
      kind: "fields",
      items: [
        { key: "recommended-market", label: "Recommended market", text: marketLine(model, t) },
        { key: "entry-mode", label: "Entry mode", text: entryModeLine(s, t) },
        ...(s.entryMode && model.entry?.backtest
          ? [
              {
                key: "entry-mode-backtest",
                label: "How often the entry-mode model is right",
                text: model.entry.backtest,
              },
            ]
          : []),
        { key: "business-strategy", label: "Business strategy", text: strategyLine(s, model.locale, t) },
        { key: "confidence", label: `Confidence (${s.confidence.level})`, text: confidenceLine(s) },
      ],
    },
    heading(`Why ${s.market.name} leads`),
    list(s.reasons),
  );
  if (mode) {
    blocks.push(
      heading(`Why ${mode.name.toLowerCase()}`),
      excerpt(mode.reasons.map(reasonTextFor(mode.name)), 4, `reasons in the section "${t("sections.entry")}"`),
    );
  }
  if (!board && leader && leader.risks.length > 0) {
    blocks.push(
      heading(`Main risks in ${leader.name}`),
      excerpt(leader.risks, 5, `risks in the profile of ${leader.name}`),
    );
  }
  return { id: "summary", title: t("sections.summary"), blocks };
}

export function rankingSection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section {
  const r = model.ranking;
  return {
    id: "ranking",
    title: t("sections.ranking"),
    blocks: [
      text(
        `${r.weights ? `${r.weights}. ` : ""}Method: ${r.method}; normalization: ${r.normalization}. Missing values: ${r.missingPolicy}. Score: ${r.scoreMeaning}. Measured from the home market ${model.assumptions.homeName}.`,
      ),
      chart("ranking"),
      table(
        {
          id: "ranking",
          title: "Ranking of the markets",
          titleStyle: "caption",
          notes: [
            `Ranks first: share of the ${model.robustness.monteCarlo.samples.toLocaleString("en-US")} Monte Carlo draws (${(model.robustness.monteCarlo.valuesVaried ?? 0) > 0 ? "weights and values" : "weights only"}) in which the market ranks first. 90% rank interval: the ranks it takes in 90% of them. Data coverage: share of the weight the market has values for.`,
          ],
          columns: [
            { heading: "Rank", align: "right", width: 5, cell: (row) => `${row.rank}` },
            { heading: "Market", width: 18, rowHeader: true, cell: (row) => `${row.name} (${row.iso3})` },
            { heading: "Score", align: "right", width: 8, cell: (row) => row.scoreDisplay },
            { heading: "Data coverage", align: "right", width: 9, cell: (row) => formatPercent(row.coverage, 0) },
            {
              heading: "Ranks first (Monte Carlo)",
              align: "right",
              width: 11,
              cell: (row) => (row.probabilityFirst === null ? "-" : probability(row.probabilityFirst)),
            },
            {
              heading: "90% rank interval",
              align: "right",
              width: 9,
              cell: (row) => (row.rankInterval90 ? rankRange(row.rankInterval90.low, row.rankInterval90.high) : "-"),
            },
            {
              heading: "Missing values",
              width: 30,
              cell: (row) => (row.missing.length > 0 ? row.missing.join(", ") : "none"),
            },
          ],
        },
        r.rows,
      ),
      table(
        {
          id: "group-scores",
          title: "Score by criteria group",
          intro: ["Each criteria group's part of the score."],
          split: { keep: 1, perPart: 8 },
          columns: [
            { heading: "Market", width: 18, rowHeader: true, cell: (row) => row.name },
            ...r.groups.map((g) => ({
              heading: g.name,
              align: "right" as const,
              width: 12,
              cell: (row: (typeof r.rows)[number]) => formatNumber(row.groupContributions[g.key] ?? 0, 3),
            })),
            { heading: "Score", align: "right", width: 9, cell: (row) => row.scoreDisplay },
          ],
        },
        r.rows,
      ),
    ],
  };
}
