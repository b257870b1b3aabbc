import type { Metadata } from "next";

import { MarketPicker } from "@/components/compare/market-picker";
import { SideBySideTable } from "@/components/compare/side-by-side-table";
import { PageHeader, ProblemList } from "@/components/ui/page-header";
import { parseMarketList } from "@/lib/compare/market-list";
import { sideBySide } from "@/lib/compare/side-by-side";
import { DEFAULT_MARKETS } from "@/lib/contracts/workspace";
import { scoringData } from "@/lib/server/workspace";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare markets" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompareMarketsPage({ searchParams }: Props) {
  const [search, data] = await Promise.all([searchParams, scoringData()]);
  const names = new Map(data.markets.map((m) => [m.iso3, m.name]));
  const { markets, problems, usedDefaults } = parseMarketList(search.m, {
    known: new Set(names.keys()),
    defaults: DEFAULT_MARKETS.slice(0, 4),
    min: 2,
    max: 4,
  });
  const sections = sideBySide({
    groups: data.criteriaGroups,
    indicators: data.indicators,
    values: data.values,
    markets,
  });
  const query = `m=${markets.join(",")}`;

  return (
    <>
      <PageHeader
        title="Markets side by side"
        lead="Two to four markets on every indicator, with the year and source of each value. In each row the best value is marked “Best”: the highest where higher is better, the lowest where lower is better; tied values are all marked, and a row with fewer than two values marks none."
      />
      <MarketPicker markets={data.markets} selected={markets} />
      <ProblemList problems={problems} className="mt-4" />
      {usedDefaults && problems.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700">
          Showing Russia and the first three Southeast Asian markets of the thesis; choose others above.
        </p>
      ) : null}
      <div className="mt-6">
        {markets.length < 2 ? (
          <p role="status" className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-700">
            Choose at least two markets to compare.
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
