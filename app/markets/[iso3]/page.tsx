import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { EvidenceList } from "@/components/markets/evidence-list";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { getPrisma } from "@/lib/db/client";
import { readFramework } from "@/lib/db/framework";
import { MarketNotFoundError, marketProfile } from "@/lib/db/markets";
import { formatValue } from "@/lib/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ iso3: string }> };

async function load(iso3: string) {
  const prisma = await getPrisma();
  try {
    return { profile: await marketProfile(prisma, iso3.toUpperCase()), framework: await readFramework(prisma) };
  } catch (error) {
    if (error instanceof MarketNotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { iso3 } = await params;
  return { title: `Market ${iso3.toUpperCase()}` };
}

export default async function MarketPage({ params }: Props) {
  const { iso3 } = await params;
  const { profile, framework } = await load(iso3);
  const { market, groups, evidence, gaps } = profile;
  const topicNames: Record<string, string> = { performance: "International performance" };
  for (const group of framework.driverGroups) for (const d of group.drivers) topicNames[d.key] = d.name;
  for (const g of framework.criteriaGroups) topicNames[g.key] = g.name;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/markets" className="text-brand-700 hover:underline">
          ← All markets
        </Link>
      </p>
      <PageHeader
        title={market.name}
        lead={`${market.iso3} · ${market.subregion} (${market.region}). Each value shows the year it refers to and its source; gaps are shown as gaps.`}
      />
      <div className="grid gap-6">
        {groups.map((group) => (
          <Card key={group.key}>
            <h2 className="text-lg font-semibold text-slate-900">{group.name}</h2>
            <p className="mt-1 text-sm text-slate-700">{group.description}</p>
            {group.measurement === "user_assessment" ? (
              <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
                No public data set measures this for every market. It is filled by your own assessment in the
                workspace and shown as such; Outbound never invents a value for it.
              </p>
            ) : null}
            {group.indicators.length > 0 ? (
              <div className="mt-4 overflow-x-auto">
                <table className="w-full min-w-[40rem] text-left text-sm">
                  <caption className="sr-only">{group.name}: indicators of {market.name}</caption>
                  <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600">
                    <tr>
                      <th scope="col" className="py-2 pr-3">Indicator</th>
                      <th scope="col" className="py-2 pr-3 text-right">Value</th>
                      <th scope="col" className="py-2 pr-3">Year</th>
                      <th scope="col" className="py-2">Source</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100 align-top">
                    {group.indicators.map((indicator) => (
                      <tr key={indicator.key} data-indicator={indicator.key}>
                        <th scope="row" className="py-2 pr-3 font-normal">
                          <span className="font-medium text-slate-900">{indicator.name}</span>
                          <span className="block text-xs text-slate-600">
                            {indicator.unit} · {indicator.direction === "benefit" ? "higher is better" : "lower is better"}
                          </span>
                        </th>
                        {indicator.latest ? (
                          <>
                            <td className="py-2 pr-3 text-right font-medium tabular-nums">
                              {formatValue(indicator.latest.value, indicator.decimals)}
                              {indicator.history.length > 1 ? (
                                <span className="block text-xs font-normal text-slate-600">
                                  {indicator.history
                                    .slice(1)
                                    .map((h) => `${formatValue(h.value, indicator.decimals)} in ${h.year}`)
                                    .join("; ")}
                                </span>
                              ) : null}
                            </td>
                            <td className="py-2 pr-3 tabular-nums" data-testid="value-year">
                              {indicator.latest.year}
                            </td>
                            <td className="py-2 text-xs text-slate-700" data-testid="value-source">
                              {indicator.latest.source}
                              {indicator.latest.note ? <span className="block text-slate-600">Note: {indicator.latest.note}</span> : null}
                            </td>
                          </>
                        ) : (
                          <td colSpan={3} className="py-2">
                            <Badge tone="amber">Data gap</Badge>{" "}
                            <span className="text-xs text-slate-700">No source in the data set has a value for {market.name}.</span>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </Card>
        ))}
        {gaps.length > 0 ? (
          <Card>
            <h2 className="text-lg font-semibold">Data gaps</h2>
            <p className="mt-1 text-sm text-slate-700">
              {gaps.length} indicator{gaps.length === 1 ? " has" : "s have"} no value for {market.name}:{" "}
              {gaps.map((g) => g.name).join(", ")}. Rankings treat them as missing, never as zero.
            </p>
          </Card>
        ) : null}
        <Card>
          <h2 className="text-lg font-semibold">Evidence</h2>
          <p className="mt-1 text-sm text-slate-700">
            Dated facts from the thesis and other named sources about {market.name}
            {market.role === "target_sea" ? " and Southeast Asia" : ""}.
          </p>
          <EvidenceList items={evidence} topicNames={topicNames} />
        </Card>
      </div>
    </>
  );
}
