import type { useTranslations } from "next-intl";

import { formattersFor } from "@/lib/format";

import type { GroupConcordance, ReportModel } from "../model";
import { table, text } from "./blocks";
import type { Block, Section } from "./types";

// The "Group decision" section (issue 13 §4.5), shown only for a scenario frozen from a group
// decision: who weighed and with what say, how the inputs were combined, how far the members
// agreed, where they disagreed, and the ranking under each member's weights beside the group's.

export function groupSection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section | null {
  const g = model.group;
  if (!g) return null;
  const f = formattersFor(model.locale);
  const num = (x: number, d = 2) => f.formatNumber(x, d);
  const pct = (x: number) => f.formatPercent(x, 1);
  const concordance = (c: GroupConcordance) =>
    t("group.concordance", {
      w: num(c.w),
      word: c.word,
      chi: num(c.chiSquare),
      df: c.degreesOfFreedom,
      p: num(c.pValue, 3),
      approximate: c.approximate ? "yes" : "no",
    });
  const fields: Block = {
    kind: "fields",
    items: [
      {
        key: "group-method",
        label: t("group.methodLabel"),
        text: t("group.method", { method: g.method, aggregation: g.aggregation ?? "mean" }),
      },
      { key: "group-markets", label: t("group.agreementMarkets"), text: concordance(g.consensus.markets) },
      { key: "group-criteria", label: t("group.agreementCriteria"), text: concordance(g.consensus.criteria) },
      ...(g.consensus.ahp
        ? [
            {
              key: "group-ahp-consensus",
              label: t("group.ahpConsensusLabel"),
              text: t("group.ahpConsensus", { s: num(g.consensus.ahp.value), word: g.consensus.ahp.word }),
            },
          ]
        : []),
      ...(g.groupCr !== null
        ? [
            {
              key: "group-cr",
              label: t("group.groupCrLabel"),
              text: t("group.cr", { cr: num(g.groupCr, 3), ok: g.groupCr <= 0.1 ? "yes" : "no" }),
            },
          ]
        : []),
    ],
  };
  return {
    id: "group",
    title: t("sections.group"),
    blocks: [
      text(t("group.intro", { name: g.name, members: g.members.length, criteria: g.criteria.length })),
      fields,
      table(
        {
          id: "group-members",
          title: t("group.membersTitle"),
          titleStyle: "caption",
          columns: [
            { heading: t("group.member"), width: 20, rowHeader: true, cell: (m) => m.label },
            { heading: t("group.roleHeading"), width: 12, cell: (m) => m.role },
            { heading: t("group.say"), align: "right", width: 8, cell: (m) => pct(m.share) },
            ...(g.method === "ahp"
              ? [
                  {
                    heading: t("group.crHeading"),
                    align: "right" as const,
                    width: 8,
                    cell: (m: (typeof g.members)[number]) => (m.cr === null ? "" : num(m.cr, 3)),
                  },
                ]
              : []),
            { heading: t("group.topMarket"), width: 16, cell: (m) => m.topMarket },
          ],
        },
        g.members,
      ),
      table(
        {
          id: "group-criteria",
          title: t("group.criteriaTitle"),
          titleStyle: "caption",
          intro: [t("group.criteriaIntro")],
          columns: [
            { heading: t("group.criterion"), width: 22, rowHeader: true, cell: (c) => c.name },
            { heading: t("group.groupWeight"), align: "right", width: 9, cell: (c) => pct(c.weight) },
            { heading: t("group.sd"), align: "right", width: 8, cell: (c) => pct(c.standardDeviation) },
            {
              heading: t("group.range"),
              align: "right",
              width: 12,
              cell: (c) => t("group.rangeCell", { min: pct(c.min), max: pct(c.max) }),
            },
            { heading: t("group.moves"), align: "right", width: 8, cell: (c) => `${c.displacement}` },
          ],
        },
        g.criteria,
      ),
      text(
        g.mostDivisive
          ? t("group.mostDivisive", {
              criterion: g.mostDivisive.name,
              member: g.mostDivisive.member,
              places: g.mostDivisive.displacement,
            })
          : t("group.noDivisive"),
      ),
      table(
        {
          id: "group-rankings",
          title: t("group.rankingsTitle"),
          titleStyle: "caption",
          columns: [
            { heading: t("group.market"), width: 16, rowHeader: true, cell: (r) => `${r.name} (${r.iso3})` },
            { heading: t("group.groupRank"), align: "right", width: 7, cell: (r) => `${r.rank}` },
            ...g.members.map((m, k) => ({
              heading: m.label,
              align: "right" as const,
              width: 7,
              cell: (r: (typeof g.ranking)[number]) => (r.memberRanks[k] === null ? "" : `${r.memberRanks[k]}`),
            })),
          ],
          // Many members: paged formats print the table in parts, each repeating market and group rank.
          split: g.members.length > 8 ? { keep: 2, perPart: 10 } : null,
        },
        g.ranking,
      ),
    ],
  };
}
