import type { Metadata } from "next";
import Link from "next/link";

import { Card, PageHeader } from "@/components/ui/page-header";
import { MonteCarloPanel } from "@/components/workspace/monte-carlo-panel";
import { StabilityTable } from "@/components/workspace/stability-table";
import { MethodAgreementTable } from "@/components/workspace/method-agreement-table";
import { TornadoPanel } from "@/components/workspace/tornado-panel";
import { robustnessAnalysis, type RobustnessAnalysis } from "@/lib/server/robustness";
import { scoringData } from "@/lib/server/workspace";
import { DEFAULT_TORNADO, type ScoringInput } from "@/lib/scoring";
import { formatNumber } from "@/lib/format";
import { methodNames, scoreScale } from "@/lib/workspace/score-scale";
import { workspaceCriteria, workspaceScoringInput, type WorkspaceScoring } from "@/lib/workspace/scoring-input";
import { decodeWorkspaceState } from "@/lib/workspace/url-state";
import { readMonteCarloSettings, workspaceHref, type SearchRecord } from "@/lib/workspace/view-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Robustness" };

type Props = { searchParams: Promise<SearchRecord> };

/** How robust the ranking is to the weights: stability intervals, tornado, Monte Carlo. */
export default async function RobustnessPage({ searchParams }: Props) {
  const search = await searchParams;
  const { state, problems } = decodeWorkspaceState(search);
  const monteCarlo = readMonteCarloSettings(search);
  const data = await scoringData();
  const scoring = workspaceScoringInput(data, state);
  const names: Record<string, string> = {
    ...Object.fromEntries(data.markets.map((m) => [m.iso3, m.name])),
    ...Object.fromEntries(workspaceCriteria(data).map((c) => [c.key, c.name])),
  };
  const back = workspaceHref("/", state);
  const notices = [...problems, ...monteCarlo.problems];

  const analysis = await analyse(scoring, names);
  const scale = scoreScale(state.method);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={back} className="text-brand-700 hover:underline">
          ← Back to the ranking
        </Link>
      </p>
      <PageHeader
        title="How robust is the ranking?"
        lead={`How far the weights can move before the leader changes, which weights matter most, and how likely each rank is when the weights and the market values are uncertain. ${scoring.markets.length} markets, ${methodNames[state.method]}.`}
      />
      {notices.length > 0 ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          Parts of the link could not be used: {notices.join(" ")}
        </p>
      ) : null}
      {analysis.ok ? (
        <div className="space-y-6">
          <Card>
            <h2 className="text-lg font-semibold text-slate-900">In one sentence</h2>
            <p className="mt-2 text-sm text-slate-800" data-testid="robustness-summary">
              {names[analysis.leader.id] ?? analysis.leader.id} ranks first by {methodNames[state.method]} with a score
              of {formatNumber(analysis.leader.score, 3)}. {analysis.smallestChange}{" "}
              {analysis.agreement.sameLeader
                ? `All ${analysis.agreement.variants.length} method variants put it first too.`
                : "The method variants do not all agree on the leader (see the comparison below)."}
            </p>
          </Card>
          <TornadoPanel
            bars={analysis.tornado}
            leader={analysis.leader.id}
            leaderScore={analysis.leader.score}
            names={names}
            scoreLabel={scale.label}
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
          <p className="font-medium">No robustness analysis for these settings.</p>
          <p className="mt-1">{analysis.error}</p>
          <Link href={back} className="mt-3 inline-block font-medium underline">
            Back to the ranking to change them
          </Link>
        </div>
      )}
    </>
  );
}

type Analysis = ({ ok: true; input: ScoringInput } & RobustnessAnalysis) | { ok: false; error: string };

/** The engine's robustness analyses of the workspace's ranking (in the worker pool); errors become a message. */
async function analyse(scoring: WorkspaceScoring, names: Record<string, string>): Promise<Analysis> {
  if (!scoring.ok) return { ok: false, error: scoring.reason };
  try {
    return { ok: true, input: scoring.input, ...(await robustnessAnalysis(scoring.input, names)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
