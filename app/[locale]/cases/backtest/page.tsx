import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { BacktestView } from "@/components/cases/backtest-view";
import { PageHeader } from "@/components/ui/page-header";
import { backtestOfEntryModes } from "@/lib/server/cases";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("backtest.title") };
}

export default async function BacktestPage() {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("cases")]);
  const backtest = await backtestOfEntryModes(locale);
  return (
    <>
      <PageHeader title={t("backtest.title")} lead={t("backtest.lead")} />
      <BacktestView backtest={backtest} />
    </>
  );
}
