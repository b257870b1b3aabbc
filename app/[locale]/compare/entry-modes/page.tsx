import type { Metadata } from "next";

import { FitPage } from "@/components/compare/fit-page";
import { backtestSentence } from "@/lib/cases/backtest";
import { backtestOfEntryModes, similarityLibrary } from "@/lib/server/cases";
import { fitPageData } from "@/lib/server/fit";
import { firstParam, type SearchRecord } from "@/lib/workspace/view-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare entry modes" };

export default async function EntryModesPage({ searchParams }: { searchParams: Promise<SearchRecord> }) {
  const search = await searchParams;
  const data = await fitPageData("entry_mode", {
    replay: firstParam(search.replay),
    market: firstParam(search.market),
    year: firstParam(search.year),
    home: firstParam(search.home),
  });
  const backtest = await backtestOfEntryModes();
  return <FitPage {...data} similarLibrary={similarityLibrary()} backtestSentence={backtestSentence(backtest)} />;
}
