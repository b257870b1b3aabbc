import type { useTranslations } from "next-intl";

import type { Locale } from "@/lib/i18n/locales";
import type { MarketProfileSection, ProfileIndicator, ReportModel } from "../model";
import { citedSource, evidenceText } from "../phrases";
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
            t("profiles.intro", {
              shown: model.profiles.length,
              total,
              matrix: t("appendix.matrix"),
              section: t("sections.sources"),
            }),
            { muted: true },
          ),
        ]
      : [];
  return {
    id: "profiles",
    title: t("sections.profiles"),
    blocks: [...intro, ...model.profiles.map((p) => profile(p, model.locale, t))],
  };
}

function profile(p: MarketProfileSection, locale: Locale, t: ReturnType<typeof useTranslations<"report">>): Block {
  return {
    kind: "subsection",
    id: `profile-${p.iso3}`,
    title: `${p.rank}. ${p.name}`,
    lead: `${p.iso3}${p.region ? ` · ${p.region}` : ""} · ${t("profiles.score", { score: p.scoreDisplay })}`,
    newPage: true,
    blocks: [
      table<ProfileIndicator>(
        {
          id: `indicators-${p.iso3}`,
          title: t("profiles.indicators", { market: p.name }),
          titleStyle: "caption",
          dense: true,
          columns: [
            {
              heading: t("profiles.indicator"),
              width: 28,
              rowHeader: true,
              cell: (i) => (i.direction === "cost" ? t("profiles.lowerIsBetter", { name: i.name }) : i.name),
            },
            {
              heading: t("profiles.value"),
              align: "right",
              width: 12,
              cell: (i) =>
                i.cell
                  ? i.cell.uncertainty
                    ? `${i.cell.display} ${i.cell.uncertainty.display}`
                    : i.cell.display
                  : t("appendix.dataGap"),
            },
            { heading: t("profiles.unit"), width: 18, cell: (i) => i.unit },
            { heading: t("profiles.year"), width: 6, cell: (i) => (i.cell?.year ? `${i.cell.year}` : "-") },
            {
              heading: t("profiles.source"),
              width: 27,
              cell: (i) => (i.cell ? citedSource(i.cell) : t("profiles.noValue")),
            },
            { heading: t("profiles.standing"), width: 9, cell: (i) => standing(i.standing, i.compared, t) },
          ],
        },
        p.indicators,
      ),
      ...(p.strengths.length > 0 ? [list(p.strengths, { title: t("profiles.strengths") })] : []),
      list(
        p.materialRisks.map((r) => riskText(r, t)),
        {
          title: t("profiles.materialRisks", { market: p.name }),
          empty: t("profiles.noMaterialRisks"),
        },
      ),
      list(p.risks, { title: t("profiles.weakPoints"), empty: t("profiles.noWeakPoints") }),
      ...(p.ecommerce
        ? [
            list(p.ecommerce.size.map(evidenceText), {
              title: t("profiles.ecommerceSize"),
              empty: t("profiles.noEcommerceSize"),
            }),
            list(p.ecommerce.incumbents.map(evidenceText), {
              title: t("profiles.platforms"),
              empty: t("profiles.noPlatforms"),
            }),
            list(p.ecommerce.rules.map(evidenceText), {
              title: t("profiles.rules"),
              empty: t("profiles.noRules"),
            }),
          ]
        : []),
      list(p.evidence.map(evidenceText), {
        title: t("profiles.evidence"),
        empty: t("profiles.noEvidence"),
        ...(p.moreEvidence > 0
          ? {
              more: t("profiles.moreEvidence", { count: p.moreEvidence, path: `/${locale}/markets/${p.iso3}` }),
              href: `/${locale}/markets/${p.iso3}`,
            }
          : {}),
      }),
    ],
  };
}

/** "2nd of 7" / "第 2 位（共 7 个）" / "2-е из 7": where the market stands among those compared. */
function standing(position: number | null, compared: number, t: ReturnType<typeof useTranslations<"report">>): string {
  if (position === null) return t("profiles.standingNone");
  if (compared <= 1) return t("profiles.standingOnly");
  return t("profiles.standingOf", { position, compared });
}
