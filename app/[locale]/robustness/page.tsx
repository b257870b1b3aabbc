import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { Card, PageHeader } from "@/components/ui/page-header";
import { MonteCarloPanel } from "@/components/workspace/monte-carlo-panel";
import { StabilityTable } from "@/components/workspace/stability-table";
import { MethodAgreementTable } from "@/components/workspace/method-agreement-table";
import { TornadoPanel } from "@/components/workspace/tornado-panel";
import { assessmentWords, failureText, linkNoticeText, smallestChangeText } from "@/components/workspace/words";
import { robustnessAnalysis, type RobustnessAnalysis } from "@/lib/server/robustness";
import { Link } from "@/lib/i18n/navigation";
import { localizedScoringData, scoringData, weightPresetTexts } from "@/lib/server/workspace";
import { DEFAULT_TORNADO, type ScoringInput } from "@/lib/scoring";
import { formattersFor } from "@/lib/format";
import { workspaceCriteria, workspaceScoringInput, type WorkspaceScoring } from "@/lib/workspace/scoring-input";
import { decodeWorkspaceState } from "@/lib/workspace/url-state";
import { readMonteCarloSettings, workspaceHref, type SearchRecord } from "@/lib/workspace/view-params";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspace.robustness");
  return { title: t("title") };
}

type Props = { searchParams: Promise<SearchRecord> };

/** How robust the ranking is to the weights: stability intervals, tornado, Monte Carlo. */
export default async function RobustnessPage({ searchParams }: Props) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const search = await searchParams;
  const { state, notices: linkNotices } = decodeWorkspaceState(search);
  const monteCarlo = readMonteCarloSettings(search);
  const locale = await getLocale();
  const t = await getTranslations("workspace");
  const f = formattersFor(locale);
  const data = await localizedScoringData(await scoringData(), locale);
  const scoring = workspaceScoringInput(data, state, assessmentWords(t));
  const names: Record<string, string> = {
    ...Object.fromEntries(data.markets.map((m) => [m.iso3, m.name])),
    ...Object.fromEntries(workspaceCriteria(data, assessmentWords(t)).map((c) => [c.key, c.name])),
  };
  const back = workspaceHref("/", state);
  const notices = [...linkNotices, ...monteCarlo.notices].map((n) => linkNoticeText(t, n, weightPresetTexts(locale)));

  const analysis = await analyse(scoring, names, t);
  const methodName = t("method.name", { method: state.method });

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={back} className="text-brand-700 hover:underline">
          {t("robustness.back")}
        </Link>
      </p>
      <PageHeader
        title={t("robustness.heading")}
        lead={t("robustness.lead", { count: scoring.markets.length, method: methodName })}
      />
      {notices.length > 0 ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          {t("robustness.linkProblems", { problems: notices.join(" ") })}
        </p>
      ) : null}
      {analysis.ok ? (
        <div className="space-y-6">
          <Card>
            <h2 className="text-lg font-semibold text-slate-900">{t("robustness.oneSentence")}</h2>
            <p className="mt-2 text-sm text-slate-800" data-testid="robustness-summary">
              {t("robustness.summary", {
                leader: names[analysis.leader.id] ?? analysis.leader.id,
                method: methodName,
                score: f.formatNumber(analysis.leader.score, 3),
              })}{" "}
              {smallestChangeText(t, f, analysis.smallestChange, names)}{" "}
              {analysis.agreement.sameLeader
                ? t("robustness.allAgree", { count: analysis.agreement.variants.length })
                : t("robustness.disagree")}
            </p>
          </Card>
          <TornadoPanel
            bars={analysis.tornado}
            leader={analysis.leader.id}
            leaderScore={analysis.leader.score}
            names={names}
            scoreLabel={t("method.scoreLabel", { method: state.method })}
            low={DEFAULT_TORNADO.low}
            high={DEFAULT_TORNADO.high}
          />
          <StabilityTable stability={analysis.stability} names={names} />
          <MonteCarloPanel
            input={analysis.input}
            initialSettings={monteCarlo.settings}
            marketNames={names}
            order={analysis.order}
          />
          <MethodAgreementTable agreement={analysis.agreement} names={names} order={analysis.order} />
        </div>
      ) : (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900">
          <p className="font-medium">{t("robustness.failed")}</p>
          <p className="mt-1">{analysis.error}</p>
          <Link href={back} className="mt-3 inline-block font-medium underline">
            {t("robustness.backToChange")}
          </Link>
        </div>
      )}
    </>
  );
}

type Analysis = ({ ok: true; input: ScoringInput } & RobustnessAnalysis) | { ok: false; error: string };

/** The engine's robustness analyses of the workspace's ranking (in the worker pool); errors become a message. */
async function analyse(
  scoring: WorkspaceScoring,
  names: Record<string, string>,
  t: Awaited<ReturnType<typeof getTranslations<"workspace">>>,
): Promise<Analysis> {
  if (!scoring.ok) return { ok: false, error: failureText(t, scoring.code) };
  try {
    return { ok: true, input: scoring.input, ...(await robustnessAnalysis(scoring.input, names)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
