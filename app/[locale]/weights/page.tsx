import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { AhpPanel, type ComparisonSet } from "@/components/workspace/ahp-panel";
import { PageHeader } from "@/components/ui/page-header";
import { linkNoticeText } from "@/components/workspace/words";
import { Link } from "@/lib/i18n/navigation";
import { localizedScoringData, scoringData, weightPresetTexts } from "@/lib/server/workspace";
import { MAX_AHP_CRITERIA } from "@/lib/scoring";
import { decodeWorkspaceState } from "@/lib/workspace/url-state";
import { workspaceHref, type SearchRecord } from "@/lib/workspace/view-params";
import { comparisonSets } from "@/lib/workspace/comparison-sets";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspace.weights");
  return { title: t("title") };
}

type Props = { searchParams: Promise<SearchRecord> };

/** Weights from pairwise comparisons (AHP), for the criteria groups or one group's indicators. */
export default async function WeightsPage({ searchParams }: Props) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const search = await searchParams;
  const { state, notices } = decodeWorkspaceState(search);
  const locale = await getLocale();
  const t = await getTranslations("workspace.weights");
  const workspace = await getTranslations("workspace");
  const data = await localizedScoringData(await scoringData(), locale);
  const sets: ComparisonSet[] = comparisonSets(data, state).filter(
    (s) => s.items.length >= 2 && s.items.length <= MAX_AHP_CRITERIA,
  );
  const requested = typeof search.compare === "string" ? search.compare : "groups";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={workspaceHref("/", state)} className="text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={t("heading")} lead={t("lead")} />
      {notices.length > 0 ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {t("linkProblems", {
            problems: notices.map((n) => linkNoticeText(workspace, n, weightPresetTexts(locale))).join(" "),
          })}
        </p>
      ) : null}
      {sets.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-700">
          {t.rich("nothing", {
            link: (chunks) => (
              <Link href={workspaceHref("/", state)} className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <AhpPanel sets={sets} state={state} initialSet={requested} />
      )}
    </>
  );
}
