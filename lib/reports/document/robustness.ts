import type { useTranslations } from "next-intl";
import { formattersFor } from "@/lib/format";

import type { ReportModel, RobustnessSection, StabilityRow } from "../model";
import { confidenceLine, probability, rankRange, weight } from "../phrases";
import { chart, heading, table, text } from "./blocks";
import type { Section } from "./types";

// Robustness: the probability of each rank under Monte Carlo weights, the stability interval of
// each weight, and whether other methods pick the same leader.

type RankRow = RobustnessSection["rankProbabilities"][number];
type Variant = RobustnessSection["methodAgreement"]["variants"][number];

export function robustnessSection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section {
  const r = model.robustness;
  const positions = Math.max(0, ...r.rankProbabilities.map((m) => m.probabilities.length));
  const mc = r.monteCarlo;
  const f = formattersFor(model.locale);
  return {
    id: "robustness",
    title: t("sections.robustness"),
    blocks: [
      text(confidenceLine(model.summary)),
      heading(t("robustness.rankProbabilities")),
      text(mc.description, { muted: true }),
      chart("rank-probabilities"),
      table<RankRow>(
        {
          id: "rank-probabilities",
          title: t("robustness.probabilityTable"),
          titleStyle: "caption",
          // Every rank is printed; on paper a table with many markets continues in a second part.
          split: { keep: 1, perPart: 10 },
          columns: [
            { heading: t("ranking.market"), width: 20, rowHeader: true, cell: (m) => m.name },
            ...Array.from({ length: positions }, (_, i) => ({
              heading: t("robustness.rankN", { rank: i + 1 }),
              align: "right" as const,
              width: 8,
              cell: (m: RankRow) => probability(m.probabilities[i] ?? 0),
            })),
            { heading: t("robustness.meanRank"), align: "right", width: 9, cell: (m) => f.formatNumber(m.meanRank, 2) },
            { heading: t("robustness.interval"), align: "right", width: 10, cell: (m) => rankRange(m.low, m.high) },
          ],
        },
        r.rankProbabilities,
      ),
      heading(t("robustness.stability")),
      text(
        t("robustness.stabilityIntro", {
          leader: r.leader.name,
          exact: r.stabilityExact === false ? "grid" : r.stabilityExact === true ? "exact" : "unknown",
        }),
        { muted: true },
      ),
      chart("stability"),
      table<StabilityRow>(
        {
          id: "stability",
          title: t("robustness.stabilityTable"),
          titleStyle: "caption",
          columns: [
            { heading: t("col.criterion"), width: 24, rowHeader: true, cell: (s) => s.criterion },
            { heading: t("robustness.group"), width: 18, cell: (s) => s.group },
            { heading: t("robustness.weight"), align: "right", width: 9, cell: (s) => weight(s.weight) },
            { heading: t("robustness.unchanged"), width: 18, cell: (s) => stabilityRangeIn(s, t) },
            { heading: t("robustness.takesOver"), width: 26, cell: (s) => challengerTextIn(s, t) },
          ],
        },
        r.stability,
      ),
      table<Variant>(
        {
          id: "method-agreement",
          title: t("robustness.agreement"),
          columns: [
            { heading: t("robustness.variant"), width: 30, rowHeader: true, cell: (v) => v.label },
            { heading: t("robustness.ranksFirst"), width: 40, cell: (v) => v.leaders.join(", ") },
            {
              heading: t("robustness.spearman"),
              align: "right",
              width: 30,
              cell: (v) => (v.rhoWithChosen === null ? "-" : f.formatNumber(v.rhoWithChosen, 2)),
            },
          ],
        },
        r.methodAgreement.variants,
      ),
    ],
  };
}

function stabilityRangeIn(row: StabilityRow, t: ReturnType<typeof useTranslations<"report">>): string {
  const low = row.lowBounded ? weight(row.low) : "0%";
  const high = row.highBounded ? weight(row.high) : "100%";
  return t("robustness.range", { low, high });
}

function challengerTextIn(row: StabilityRow, t: ReturnType<typeof useTranslations<"report">>): string {
  const parts: string[] = [];
  if (row.lowBounded && row.lowChallenger) parts.push(t("robustness.below", { market: row.lowChallenger }));
  if (row.highBounded && row.highChallenger) parts.push(t("robustness.above", { market: row.highChallenger }));
  return parts.length > 0 ? parts.join(t("robustness.separator")) : t("robustness.neverChanges");
}
