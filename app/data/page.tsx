import type { Metadata } from "next";

import { BackupPanel } from "@/components/data/backup-panel";
import { BatchList } from "@/components/data/batch-list";
import { ImportFormat } from "@/components/data/import-format";
import { ImportPanel } from "@/components/data/import-panel";
import { Card, PageHeader } from "@/components/ui/page-header";
import { dataPageData } from "@/lib/server/imports";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your data" };

export default async function DataPage() {
  const { batches, counts, scoring } = await dataPageData();
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
      </div>
    </>
  );
}
