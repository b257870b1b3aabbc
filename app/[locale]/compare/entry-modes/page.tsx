import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { FitPage } from "@/components/compare/fit-page";
import { formattersFor } from "@/lib/format";
import { backtestOfEntryModes, similarityLibrary } from "@/lib/server/cases";
import { fitPageData } from "@/lib/server/fit";
import { firstParam, type SearchRecord } from "@/lib/workspace/view-params";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compare");
  return { title: t("meta.entryModes") };
}

export default async function EntryModesPage({ searchParams }: { searchParams: Promise<SearchRecord> }) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const [search, t, locale] = await Promise.all([searchParams, getTranslations("compare"), getLocale()]);
  const data = await fitPageData(
    "entry_mode",
    {
      replay: firstParam(search.replay),
      market: firstParam(search.market),
      year: firstParam(search.year),
      home: firstParam(search.home),
    },
    locale,
  );
  const backtest = await backtestOfEntryModes();
  const { formatPercent, formatNumber } = formattersFor(locale);
  const { outOfSample: o, baseRate: base } = backtest;
  // The backtest and the score band in the reader's language (lib/cases/backtest.ts words them in English).
  const backtestSentence = t("fit.backtest.sentence", {
    cases: o.cases,
    top1: formatPercent(o.top1.share, 1),
    top2: formatPercent(o.top2.share, 1),
    baseTop1: formatPercent(base.top1.share, 1),
    baseTop2: formatPercent(base.top2.share, 1),
    better: backtest.beatsBaseRate.top1 ? "yes" : "no",
  });
  const u = data.scoreUncertainty;
  const scoreUncertainty = u
    ? {
        points: u.points,
        basis: t("fit.uncertainty.basis", {
          within: u.within,
          cases: u.cases,
          points: formatNumber(u.points, 1),
          firstChoiceRight: u.firstChoiceRight,
        }),
      }
    : null;
  return (
    <FitPage
      {...data}
      scoreUncertainty={scoreUncertainty}
      similarLibrary={similarityLibrary()}
      backtestSentence={backtestSentence}
    />
  );
}
