import type { useTranslations } from "next-intl";
import { formattersFor } from "@/lib/format";

import { fitWithUncertainty } from "../build-shortlist";
import type { MaterialRisk, ReportModel, ShortlistEntry, StanceLine } from "../model";
import { evidenceText, probability, rankRange } from "../phrases";
import { list, table, text } from "./blocks";
import type { Block, Section } from "./types";

// The short list side by side (issue 11 §4): each market's score and chance of ranking first, its
// best-fitting entry mode and strategy, the dated evidence for and against that entry, and its
// material risks ranked by the stated rule (§3).

const EVIDENCE_IN_TABLE = 2;
const RISKS_IN_TABLE = 2;

// Evidence is cited as a reader expects (issue 11 §6): evidenceText gives the reader's citation;
// repository paths and lines are in the Data provenance appendix.
export function stanceText(e: StanceLine, t: ReturnType<typeof useTranslations<"report">>): string {
  return t("shortlist.stance", { evidence: evidenceText(e), why: e.why });
}

export function riskText(r: MaterialRisk, t: ReturnType<typeof useTranslations<"report">>): string {
  return t("shortlist.risk", {
    title: r.title,
    weight: r.weight,
    severity: r.severity,
    bears: r.bearsOnMode ? "yes" : "no",
    recency: r.recency,
  });
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
  const title = t("shortlist.title");
  const blocks: Block[] = [
    text(s.rule),
    table(
      {
        id: "shortlist",
        title,
        titleStyle: "hidden",
        dense: true,
        notes: [
          t("shortlist.note", {
            samples: model.robustness.monteCarlo.samples,
            error: s.markets.some((m) => m.entryMode?.uncertainty !== null && m.entryMode !== null) ? "yes" : "no",
          }),
          s.riskRule,
        ],
        columns: [
          {
            heading: t("ranking.market"),
            width: 12,
            rowHeader: true,
            cell: (m: ShortlistEntry) => ({
              text: m.name,
              detail: t("shortlist.rankScore", { rank: m.rank, score: m.scoreDisplay }),
            }),
          },
          {
            heading: t("robustness.ranksFirst"),
            align: "right",
            width: 8,
            cell: (m) =>
              m.probabilityFirst === null
                ? "-"
                : {
                    text: probability(m.probabilityFirst),
                    detail: m.rankInterval90
                      ? t("shortlist.interval", { range: rankRange(m.rankInterval90.low, m.rankInterval90.high) })
                      : "",
                  },
          },
          {
            heading: t("shortlist.modeFit"),
            width: 14,
            cell: (m) =>
              m.entryMode
                ? {
                    text: m.entryMode.name,
                    detail: t("shortlist.fit", { fit: fitWithUncertainty(m.entryMode.score, m.entryMode.uncertainty) }),
                  }
                : (m.entryModeMissing ?? t("shortlist.notAssessed")),
          },
          { heading: t("entry.strategy"), width: 10, cell: (m) => m.strategy?.name ?? t("shortlist.notAssessed") },
          {
            heading: t("shortlist.evidenceFor"),
            width: 18,
            cell: (m) => mainReasons(m.forAgainst.for, EVIDENCE_IN_TABLE) || t("shortlist.noneInData"),
          },
          {
            heading: t("shortlist.evidenceAgainst"),
            width: 18,
            cell: (m) => mainReasons(m.forAgainst.against, EVIDENCE_IN_TABLE) || t("shortlist.noneInData"),
          },
          {
            heading: t("summary.mainRisks"),
            width: 18,
            cell: (m) =>
              m.risks
                .slice(0, RISKS_IN_TABLE)
                .map((r) => t("shortlist.riskSeverity", { category: r.categoryName, severity: r.severity }))
                .join(t("robustness.separator")) || t("shortlist.noRisks"),
          },
        ],
      },
      s.markets,
    ),
  ];
  for (const m of s.markets) {
    const mode = m.entryMode
      ? model.locale === "en"
        ? m.entryMode.name.toLowerCase()
        : m.entryMode.name
      : t("shortlist.noMode");
    blocks.push({
      kind: "subsection",
      id: `shortlist-${m.iso3.toLowerCase()}`,
      title: t("shortlist.subTitle", { market: m.name, mode }),
      lead: [
        m.probabilityFirst !== null
          ? t("shortlist.leadFirst", {
              rank: m.rank,
              score: m.scoreDisplay,
              share: formattersFor(model.locale).formatPercent(m.probabilityFirst, 0),
            })
          : t("shortlist.lead", { rank: m.rank, score: m.scoreDisplay }),
        m.entryMode
          ? t("shortlist.leadMode", {
              mode: m.entryMode.name,
              fit: fitWithUncertainty(m.entryMode.score, m.entryMode.uncertainty),
            })
          : (m.entryModeMissing ?? ""),
        m.strategy
          ? t("shortlist.leadStrategy", { strategy: m.strategy.name, fit: fitWithUncertainty(m.strategy.score, null) })
          : "",
      ]
        .filter(Boolean)
        .join(" "),
      newPage: false,
      blocks: [
        list(
          m.forAgainst.for.map((e) => stanceText(e, t)),
          {
            title: t("shortlist.evidenceForIn", { mode, market: m.name }),
            empty: t("shortlist.noEvidenceFor"),
          },
        ),
        list(
          m.forAgainst.against.map((e) => stanceText(e, t)),
          {
            title: t("shortlist.evidenceAgainstIn", { mode, market: m.name }),
            empty: t("shortlist.noEvidenceAgainst"),
          },
        ),
        list(
          m.risks.map((r) =>
            t("shortlist.riskWithEvidence", {
              risk: riskText(r, t),
              evidence: r.evidence.map(evidenceText).join(" | "),
            }),
          ),
          {
            title: t("profiles.materialRisks", { market: m.name }),
            empty: t("profiles.noMaterialRisks"),
          },
        ),
      ],
    });
  }
  return { id: "shortlist", title, blocks };
}
