import type { Metadata } from "next";

import { FitPage } from "@/components/compare/fit-page";
import { fitPageData } from "@/lib/server/fit";
import { firstParam, type SearchRecord } from "@/lib/workspace/view-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare business strategies" };

export default async function StrategiesPage({ searchParams }: { searchParams: Promise<SearchRecord> }) {
  const search = await searchParams;
  const data = await fitPageData("strategy", {
    replay: firstParam(search.replay),
    market: firstParam(search.market),
    year: firstParam(search.year),
    home: firstParam(search.home),
  });
  return <FitPage {...data} />;
}
