import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { MarketPicker } from "@/components/compare/market-picker";
import { SideBySideTable } from "@/components/compare/side-by-side-table";
import { PageHeader, ProblemList } from "@/components/ui/page-header";
import type { MarketListIssue } from "@/lib/compare/market-list";
import { sideBySidePageData } from "@/lib/server/compare";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compare");
  return { title: t("meta.markets") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompareMarketsPage({ searchParams }: Props) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const [search, t, locale] = await Promise.all([searchParams, getTranslations("compare"), getLocale()]);
  const { markets, names, issues, usedDefaults, sections, choices } = await sideBySidePageData(search.m, locale);
  const query = `m=${markets.join(",")}`;
  const issueText = (issue: MarketListIssue) => {
    switch (issue.code) {
      case "unknown":
        return t("markets.problems.unknown", { market: issue.market });
      case "tooMany":
        return t("markets.problems.tooMany", { max: issue.max, leftOut: issue.leftOut.join(", ") });
      case "tooFew":
        return t("markets.problems.tooFew", { min: issue.min });
    }
  };

  return (
    <>
      <PageHeader title={t("markets.title")} lead={t("markets.lead")} />
      <MarketPicker markets={choices} selected={markets} />
      <ProblemList problems={issues.map(issueText)} className="mt-4" />
      {usedDefaults && issues.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700">{t("markets.defaults")}</p>
      ) : null}
      <div className="mt-6">
        {markets.length < 2 ? (
          <p role="status" className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-700">
            {t("markets.chooseTwo")}
          </p>
        ) : (
          <SideBySideTable
            sections={sections}
            markets={markets.map((iso3) => ({
              iso3,
              name: names.get(iso3) ?? iso3,
              href: `/markets/${iso3}?${query}`,
            }))}
          />
        )}
      </div>
    </>
  );
}
