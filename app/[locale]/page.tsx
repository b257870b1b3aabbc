import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";

import { LoadingSkeleton } from "@/components/ui/loading-skeleton";
import { PageHeader } from "@/components/ui/page-header";
import { PackedWorkspace } from "@/components/workspace/packed-workspace";
import { linkNoticeText } from "@/components/workspace/words";
import { HomeChooser } from "@/components/home/home-chooser";
import { ImportWeightNotice } from "@/components/data/import-weight-notice";
import { DEFAULT_HOME } from "@/lib/scoring/home";
import { localizedScoringData, weightPresetTexts, workspaceForHome } from "@/lib/server/workspace";
import { packScoringData } from "@/lib/workspace/packed-data";
import { decodeWorkspaceState } from "@/lib/workspace/url-state";
import { readOpenedScenario, readWhyMarket, type SearchRecord } from "@/lib/workspace/view-params";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchRecord> };

/** The ranking workspace: pick markets, weigh the criteria, watch the ranking and see why. */
export default async function RankingPage({ searchParams }: Props) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const t = await getTranslations("workspace.page");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {/* The header shows at once; the workspace streams in when the data set is read. */}
      <Suspense fallback={<LoadingSkeleton />}>
        <WorkspaceLoader searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function WorkspaceLoader({ searchParams }: Props) {
  const search = await searchParams;
  const decoded = decodeWorkspaceState(search);
  const { data: english, state, notices } = await workspaceForHome(decoded.state, decoded.problems, decoded.notices);
  const locale = await getLocale();
  const t = await getTranslations("workspace");
  const presetTexts = weightPresetTexts(locale);
  const data = await localizedScoringData(english, locale);
  const home = data.home?.iso3 ?? DEFAULT_HOME;
  return (
    <>
      <HomeChooser
        markets={data.markets
          .map(({ iso3, name }) => ({ iso3, name }))
          .sort((a, b) => a.name.localeCompare(b.name, locale))}
        home={home}
        defaultHome={DEFAULT_HOME}
      />
      <ImportWeightNotice data={data} state={state} />
      <PackedWorkspace
        key={home}
        packed={packScoringData(data)}
        initialState={state}
        initialWhy={readWhyMarket(search)}
        openedFrom={readOpenedScenario(search)}
        problems={notices.map((n) => linkNoticeText(t, n, presetTexts))}
        presetTexts={presetTexts}
        // Values are aged against the year the page is served in (UTC), passed down so the
        // engine-side code never reads the clock and server and browser flag the same values.
        currentYear={new Date().getUTCFullYear()}
      />
    </>
  );
}
