import type { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/format";

import type { ReportModel, RobustnessSection, StabilityRow } from "../model";
import { challengerText, confidenceLine, probability, rankRange, stabilityRange, weight } from "../phrases";
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
  return {
    id: "robustness",
    title: t("sections.robustness"),
    blocks: [
      text(confidenceLine(model.summary)),
      heading("Rank probabilities"),
      text(mc.description, { muted: true }),
      chart("rank-probabilities"),
      table<RankRow>(
        {
          id: "rank-probabilities",
          title: "Probability of each rank",
          titleStyle: "caption",
          // Every rank is printed; on paper a table with many markets continues in a second part.
          split: { keep: 1, perPart: 10 },
          columns: [
            { heading: "Market", width: 20, rowHeader: true, cell: (m) => m.name },
            ...Array.from({ length: positions }, (_, i) => ({
              heading: `Rank ${i + 1}`,
              align: "right" as const,
              width: 8,
              cell: (m: RankRow) => probability(m.probabilities[i] ?? 0),
            })),
            { heading: "Mean rank", align: "right", width: 9, cell: (m) => formatNumber(m.meanRank, 2) },
            { heading: "90% interval", align: "right", width: 10, cell: (m) => rankRange(m.low, m.high) },
          ],
        },
        r.rankProbabilities,
      ),
      heading("Stability intervals"),
      text(
        `How far each weight can move, the others rescaled, while ${r.leader.name} stays first.${
          r.stabilityExact === false
            ? " TOPSIS scores are not linear in the weights: these bounds are approximations found on a grid of 100 steps per weight."
            : r.stabilityExact === true
              ? " The bounds are exact (scores linear in the weights)."
              : ""
        }`,
        { muted: true },
      ),
      chart("stability"),
      table<StabilityRow>(
        {
          id: "stability",
          title: "Stability interval of each weight",
          titleStyle: "caption",
          columns: [
            { heading: "Criterion", width: 24, rowHeader: true, cell: (s) => s.criterion },
            { heading: "Group", width: 18, cell: (s) => s.group },
            { heading: "Weight", align: "right", width: 9, cell: (s) => weight(s.weight) },
            { heading: "Leader unchanged from", width: 18, cell: stabilityRange },
            { heading: "Who takes over", width: 26, cell: challengerText },
          ],
        },
        r.stability,
      ),
      table<Variant>(
        {
          id: "method-agreement",
          title: "Agreement between methods",
          columns: [
            { heading: "Method variant", width: 30, rowHeader: true, cell: (v) => v.label },
            { heading: "Ranks first", width: 40, cell: (v) => v.leaders.join(", ") },
            {
              heading: "Spearman rank correlation with the chosen method",
              align: "right",
              width: 30,
              cell: (v) => (v.rhoWithChosen === null ? "-" : formatNumber(v.rhoWithChosen, 2)),
            },
          ],
        },
        r.methodAgreement.variants,
      ),
    ],
  };
}
