import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { BackupPanel } from "@/components/data/backup-panel";
import { BatchList } from "@/components/data/batch-list";
import { FreshnessSummary } from "@/components/data/freshness-summary";
import { ImportFormat } from "@/components/data/import-format";
import { ImportPanel } from "@/components/data/import-panel";
import { MarketFreshness } from "@/components/data/market-freshness";
import { Card, PageHeader } from "@/components/ui/page-header";
import { freshnessPageData } from "@/lib/server/freshness";
import { dataPageData } from "@/lib/server/imports";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("data.meta");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DataPage({ searchParams }: Props) {
  const access = await pageAccess();
  const market = (await searchParams).market;
  const locale = await getLocale();
  const t = await getTranslations("data.page");
  // Ages count from the year of this request, not from a clock inside the computation.
  const currentYear = new Date().getUTCFullYear();
  const [{ batches, counts, scoring }, freshness] = await Promise.all([
    dataPageData(access, locale),
    freshnessPageData(currentYear, typeof market === "string" ? market : undefined, locale),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="grid grid-cols-1 gap-6">
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">{t("importHeading")}</h2>
          <p className="mt-1 mb-4 text-sm text-slate-700">
            {t("importLead")}{" "}
            <a
              href="/templates/outbound-import-template.csv"
              download
              className="text-brand-700 font-medium underline underline-offset-2"
            >
              {t("template")}
            </a>
          </p>
          <ImportPanel />
        </Card>
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">{t("importsHeading")}</h2>
          <div className="mt-2">
            <BatchList batches={batches} />
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">{t("backupHeading")}</h2>
          <div className="mt-2">
            <BackupPanel scenarios={counts.scenarios} importBatches={counts.importBatches} />
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">{t("formatHeading")}</h2>
          <ImportFormat scoring={scoring} />
        </Card>
        <Card>
          <h2 id="freshness" className="scroll-mt-4 text-lg font-semibold text-slate-900">
            {t("freshnessHeading")}
          </h2>
          <p className="mt-1 mb-4 text-sm text-slate-700">
            {t("freshnessLead", { version: freshness.datasetVersion, year: String(freshness.currentYear) })}
          </p>
          <FreshnessSummary data={freshness} />
          <h3 className="mt-6 mb-2 text-base font-semibold text-slate-900">{t("marketHeading")}</h3>
          <MarketFreshness data={freshness} />
        </Card>
      </div>
    </>
  );
}
