import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { FitPage } from "@/components/compare/fit-page";
import { fitPageData } from "@/lib/server/fit";
import { firstParam, type SearchRecord } from "@/lib/workspace/view-params";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compare");
  return { title: t("meta.strategies") };
}

export default async function StrategiesPage({ searchParams }: { searchParams: Promise<SearchRecord> }) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const [search, locale] = await Promise.all([searchParams, getLocale()]);
  const data = await fitPageData(
    "strategy",
    {
      replay: firstParam(search.replay),
      market: firstParam(search.market),
      year: firstParam(search.year),
      home: firstParam(search.home),
    },
    locale,
  );
  return <FitPage {...data} />;
}
