import type { useTranslations } from "next-intl";
import type { MarketProfileSection, ProfileIndicator, ReportModel } from "../model";
import { citedSource, evidenceText, standingText } from "../phrases";
import { list, table, text } from "./blocks";
import { riskText } from "./shortlist";
import type { Block, Section } from "./types";

// The profiles of the top markets: each market's indicators with year and source, its strengths,
// risks and evidence.

export function profilesSection(model: ReportModel, t: ReturnType<typeof useTranslations<"report">>): Section | null {
  if (model.profiles.length === 0) return null;
  const total = model.ranking.rows.length;
  const intro =
    model.profiles.length < total
      ? [
          text(
            `The ${model.profiles.length} top-ranked of the ${total} markets compared; "Every figure of the ranking" in ${t("sections.sources")} gives every market's figures.`,
            { muted: true },
          ),
        ]
      : [];
  return { id: "profiles", title: t("sections.profiles"), blocks: [...intro, ...model.profiles.map(profile)] };
}

function profile(p: MarketProfileSection): Block {
  const more = p.moreEvidence > 0 ? `${p.moreEvidence} more evidence items on the market page in Outbound` : null;
  return {
    kind: "subsection",
    id: `profile-${p.iso3}`,
    title: `${p.rank}. ${p.name}`,
    lead: `${p.iso3}${p.region ? ` · ${p.region}` : ""} · score ${p.scoreDisplay}`,
    newPage: true,
    blocks: [
      table<ProfileIndicator>(
        {
          id: `indicators-${p.iso3}`,
          title: `Indicators of ${p.name}`,
          titleStyle: "caption",
          dense: true,
          columns: [
            {
              heading: "Indicator",
              width: 28,
              rowHeader: true,
              cell: (i) => (i.direction === "cost" ? `${i.name} (lower is better)` : i.name),
            },
            {
              heading: "Value (± 95 %)",
              align: "right",
              width: 12,
              cell: (i) =>
                i.cell
                  ? i.cell.uncertainty
                    ? `${i.cell.display} ${i.cell.uncertainty.display}`
                    : i.cell.display
                  : "data gap",
            },
            { heading: "Unit", width: 18, cell: (i) => i.unit },
            { heading: "Year", width: 6, cell: (i) => (i.cell?.year ? `${i.cell.year}` : "-") },
            {
              heading: "Source (key in the source list)",
              width: 27,
              cell: (i) => (i.cell ? citedSource(i.cell) : "no value in the data set"),
            },
            { heading: "Standing", width: 9, cell: (i) => standingText(i.standing, i.compared) },
          ],
        },
        p.indicators,
      ),
      ...(p.strengths.length > 0 ? [list(p.strengths, { title: "Strengths" })] : []),
      list(p.materialRisks.map(riskText), {
        title: `Material risks in ${p.name} (highest weight first)`,
        empty:
          "The data set holds no sanctions, payment, foreign-seller-rule, incumbent or logistics evidence that marks a material risk here: a gap, not a clean bill.",
      }),
      list(p.risks, { title: "Weak points in the figures compared", empty: "None found in the data compared." }),
      ...(p.ecommerce
        ? [
            list(p.ecommerce.size.map(evidenceText), {
              title: "E-commerce size",
              empty: "No published e-commerce size found for this market: a gap.",
            }),
            list(p.ecommerce.incumbents.map(evidenceText), {
              title: "Leading platforms",
              empty: "No incumbent platforms recorded for this market: a gap.",
            }),
            list(p.ecommerce.rules.map(evidenceText), {
              title: "Rules for foreign sellers in force",
              empty: "No rules for foreign sellers recorded for this market: a gap.",
            }),
          ]
        : []),
      list(p.evidence.map(evidenceText), {
        title: "Evidence",
        empty: "No evidence items for this market in the data set.",
        ...(more ? { more: `${more} (/markets/${p.iso3}).`, href: `/markets/${p.iso3}` } : {}),
      }),
    ],
  };
}
