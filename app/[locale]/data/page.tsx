import type { Metadata } from "next";

import { BackupPanel } from "@/components/data/backup-panel";
import { BatchList } from "@/components/data/batch-list";
import { FreshnessSummary } from "@/components/data/freshness-summary";
import { ImportFormat } from "@/components/data/import-format";
import { ImportPanel } from "@/components/data/import-panel";
import { MarketFreshness } from "@/components/data/market-freshness";
import { Card, PageHeader } from "@/components/ui/page-header";
import { freshnessPageData } from "@/lib/server/freshness";
import { dataPageData } from "@/lib/server/imports";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your data" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DataPage({ searchParams }: Props) {
  const market = (await searchParams).market;
  // Ages count from the year of this request, not from a clock inside the computation.
  const currentYear = new Date().getUTCFullYear();
  const [{ batches, counts, scoring }, freshness] = await Promise.all([
    dataPageData(),
    freshnessPageData(currentYear, typeof market === "string" ? market : undefined),
  ]);
  return (
    <>
      <PageHeader
        title="Your data"
        lead="Add your own figures to the ranking: your sales by market, your team's assessment of competitive intensity, markets Outbound does not ship. Each value carries the year and source you give, is marked as your data wherever it appears, and never replaces the shipped data set."
      />
      <div className="grid grid-cols-1 gap-6">
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">Import a file</h2>
          <p className="mt-1 mb-4 text-sm text-slate-700">
            One row per value. When a market and indicator have both a shipped value and yours, the ranking uses the most recent year; on the same
            year it uses yours.{" "}
            <a href="/templates/outbound-import-template.csv" download className="font-medium text-brand-700 underline underline-offset-2">
              Download the template (CSV)
            </a>
          </p>
          <ImportPanel />
        </Card>
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">Your imports</h2>
          <div className="mt-2">
            <BatchList batches={batches} />
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">Backup</h2>
          <div className="mt-2">
            <BackupPanel scenarios={counts.scenarios} importBatches={counts.importBatches} />
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">File format</h2>
          <ImportFormat scoring={scoring} />
        </Card>
        <Card>
          <h2 id="freshness" className="scroll-mt-4 text-lg font-semibold text-slate-900">
            The shipped data: editions and age
          </h2>
          <p className="mt-1 mb-4 text-sm text-slate-700">
            Data set {freshness.datasetVersion}. Each figure carries the year the data describes (the survey year) and the edition it was taken from. A
            value is flagged when it is more than three years older than {freshness.currentYear}. Computed values (distances, cultural distance,
            ethnic-Chinese share) have no data year of their own: they say what they were computed from. data/SOURCES.md in the repository names
            every source, its licence and its caveats.
          </p>
          <FreshnessSummary data={freshness} />
          <h3 className="mt-6 mb-2 text-base font-semibold text-slate-900">One market&apos;s figures</h3>
          <MarketFreshness data={freshness} />
        </Card>
      </div>
    </>
  );
}
