import type { Metadata } from "next";
import Link from "next/link";

import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { listMarkets } from "@/lib/server/markets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Markets" };

const roleLabels: Record<string, string> = {
  target_russia: "Thesis case: Russia",
  target_sea: "Thesis case: Southeast Asia",
  emerging_other: "Other emerging market",
  home_reference: "Home market (reference)",
  reference: "Reference market",
};

export default async function MarketsPage() {
  const { markets, datasetVersion } = await listMarkets();
  return (
    <>
      <PageHeader
        title="Markets"
        lead={`${markets.length} markets with sourced indicators (data set ${datasetVersion}). Open a market to see every value with its year and source, and the evidence behind it.`}
      />
      <Card className="overflow-x-auto p-0 sm:p-0">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Markets in the data set with their data coverage</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2">Market</th>
              <th scope="col" className="px-4 py-2">Region</th>
              <th scope="col" className="px-4 py-2">Role</th>
              <th scope="col" className="px-4 py-2 text-right">Indicators with data</th>
              <th scope="col" className="px-4 py-2 text-right">Latest year</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {markets.map((market) => (
              <tr key={market.iso3} className="hover:bg-slate-50">
                <td className="px-4 py-2">
                  <Link href={`/markets/${market.iso3}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {market.name}
                  </Link>{" "}
                  <span className="text-xs text-slate-600">{market.iso3}</span>
                </td>
                <td className="px-4 py-2 text-slate-700">{market.subregion}</td>
                <td className="px-4 py-2">
                  <Badge tone={market.role.startsWith("target") ? "brand" : "slate"}>{roleLabels[market.role]}</Badge>
                </td>
                <td className="px-4 py-2 text-right tabular-nums">
                  {market.indicatorsWithData} of {market.indicatorCount}
                </td>
                <td className="px-4 py-2 text-right tabular-nums">{market.latestYear ?? "none"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
