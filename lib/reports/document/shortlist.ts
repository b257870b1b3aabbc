import type { useTranslations } from "next-intl";
import { formatPercent } from "@/lib/format";

import { fitWithUncertainty } from "../build-shortlist";
import type { MaterialRisk, ReportModel, ShortlistEntry, StanceLine } from "../model";
import { evidenceText, probability, rankRange } from "../phrases";
import { list, table, text } from "./blocks";
import type { Block, Section } from "./types";

// The short list side by side (issue 11 §4): each market's score and chance of ranking first, its
// best-fitting entry mode and strategy, the dated evidence for and against that entry, and its
// material risks ranked by the stated rule (§3).

export const SHORTLIST_TITLE = "The short list side by side";

const EVIDENCE_IN_TABLE = 2;
const RISKS_IN_TABLE = 2;

// Evidence is cited as a reader expects (issue 11 §6): evidenceText gives the reader's citation;
// repository paths and lines are in the Data provenance appendix.
export function stanceText(e: StanceLine): string {
  return `${evidenceText(e)}. Why it counts: ${e.why}.`;
}

export function riskText(r: MaterialRisk): string {
  return `${r.title}. Weight ${r.weight} = severity ${r.severity} × ${r.bearsOnMode ? "bears on the entry mode (2)" : "bearing 1"} × recency ${r.recency}.`;
}

/** The first `n` distinct reasons, each with its newest year (several items can share a reason). */
function mainReasons(lines: StanceLine[], n: number): string {
  const seen = new Map<string, number>();
  for (const e of lines) if (!seen.has(e.why)) seen.set(e.why, e.year);
  return [...seen]
    .slice(0, n)
    .map(([why, year]) => `${why} (${year})`)
    .join("; ");
}

export function shortlistSection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section | null {
  const s = model.shortlist;
  if (!s) return null;
  const mc = model.robustness.monteCarlo.samples.toLocaleString("en-US");
  const blocks: Block[] = [
    text(s.rule),
    table(
      {
        id: "shortlist",
        title: SHORTLIST_TITLE,
        titleStyle: "hidden",
        dense: true,
        notes: [
          `Ranks first: share of the ${mc} Monte Carlo draws in which the market ranks first. Fit: 0-100, 50 neutral${s.markets.some((m) => m.entryMode?.uncertainty !== null && m.entryMode !== null) ? "; ± the entry-mode model's error" : "; the entry-mode scores carry no uncertainty estimate in these results"}.`,
          s.riskRule,
        ],
        columns: [
          {
            heading: "Market",
            width: 12,
            rowHeader: true,
            cell: (m: ShortlistEntry) => ({ text: m.name, detail: `rank ${m.rank}, score ${m.scoreDisplay}` }),
          },
          {
            heading: "Ranks first",
            align: "right",
            width: 8,
            cell: (m) =>
              m.probabilityFirst === null
                ? "-"
                : {
                    text: probability(m.probabilityFirst),
                    detail: m.rankInterval90
                      ? `90%: rank ${rankRange(m.rankInterval90.low, m.rankInterval90.high)}`
                      : "",
                  },
          },
          {
            heading: "Entry mode (fit)",
            width: 14,
            cell: (m) =>
              m.entryMode
                ? {
                    text: m.entryMode.name,
                    detail: `fit ${fitWithUncertainty(m.entryMode.score, m.entryMode.uncertainty)}`,
                  }
                : (m.entryModeMissing ?? "not assessed"),
          },
          { heading: "Strategy", width: 10, cell: (m) => m.strategy?.name ?? "not assessed" },
          {
            heading: "Main evidence for",
            width: 18,
            cell: (m) => mainReasons(m.forAgainst.for, EVIDENCE_IN_TABLE) || "none in the data set",
          },
          {
            heading: "Main evidence against",
            width: 18,
            cell: (m) => mainReasons(m.forAgainst.against, EVIDENCE_IN_TABLE) || "none in the data set",
          },
          {
            heading: "Main risks",
            width: 18,
            cell: (m) =>
              m.risks
                .slice(0, RISKS_IN_TABLE)
                .map((r) => `${r.categoryName} (severity ${r.severity})`)
                .join("; ") || "none marked by the data set",
          },
        ],
      },
      s.markets,
    ),
  ];
  for (const m of s.markets) {
    const mode = m.entryMode ? m.entryMode.name.toLowerCase() : "no entry mode assessed";
    blocks.push({
      kind: "subsection",
      id: `shortlist-${m.iso3.toLowerCase()}`,
      title: `${m.name}: ${mode}`,
      lead: [
        `Rank ${m.rank}, score ${m.scoreDisplay}${m.probabilityFirst !== null ? `, first in ${formatPercent(m.probabilityFirst, 0)} of the draws` : ""}.`,
        m.entryMode
          ? `Entry mode: ${m.entryMode.name} (fit ${fitWithUncertainty(m.entryMode.score, m.entryMode.uncertainty)} of 100).`
          : (m.entryModeMissing ?? ""),
        m.strategy ? `Strategy: ${m.strategy.name} (fit ${fitWithUncertainty(m.strategy.score, null)}).` : "",
      ]
        .filter(Boolean)
        .join(" "),
      newPage: false,
      blocks: [
        list(m.forAgainst.for.map(stanceText), {
          title: `Evidence for ${mode} in ${m.name} (newest first)`,
          empty: "The data set holds no dated evidence that speaks for it.",
        }),
        list(m.forAgainst.against.map(stanceText), {
          title: `Evidence against ${mode} in ${m.name} (newest first)`,
          empty: "The data set holds no dated evidence that speaks against it.",
        }),
        list(
          m.risks.map((r) => `${riskText(r)} Evidence: ${r.evidence.map(evidenceText).join(" | ")}`),
          {
            title: `Material risks in ${m.name} (highest weight first)`,
            empty:
              "The data set holds no sanctions, payment, foreign-seller-rule, incumbent or logistics evidence that marks a material risk here: a gap, not a clean bill.",
          },
        ),
      ],
    });
  }
  return { id: "shortlist", title: SHORTLIST_TITLE, blocks };
}
