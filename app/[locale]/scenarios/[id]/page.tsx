import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { FrozenEntryModes, FrozenRanking } from "@/components/scenarios/frozen-results";
import { formatDateTime } from "@/components/scenarios/format";
import { OpenInWorkspace } from "@/components/scenarios/open-in-workspace";
import { RecomputePreview } from "@/components/scenarios/recompute-preview";
import { RestoreBanner } from "@/components/scenarios/restore-banner";
import { ScenarioDetailsForm } from "@/components/scenarios/scenario-details-form";
import { ScenarioInputsView } from "@/components/scenarios/scenario-inputs";
import { Badge, Card } from "@/components/ui/page-header";
import { SCENARIO_RETENTION_DAYS, ScenarioIdSchema } from "@/lib/contracts/scenarios";
import { ScenarioNotFoundError } from "@/lib/server/errors";
import { getScenario, scenarioPageData } from "@/lib/server/scenarios";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!ScenarioIdSchema.safeParse(id).success) notFound();
  try {
    return await scenarioPageData(id);
  } catch (error) {
    if (error instanceof ScenarioNotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!ScenarioIdSchema.safeParse(id).success) return { title: "Scenario" };
  try {
    return { title: (await getScenario(id)).name };
  } catch {
    return { title: "Scenario" };
  }
}

export default async function ScenarioPage({ params }: Props) {
  const { id } = await params;
  const { scenario, revisions, names } = await load(id);
  const purgeAt = scenario.deletedAt
    ? new Date(new Date(scenario.deletedAt).getTime() + SCENARIO_RETENTION_DAYS * 24 * 3600 * 1000).toISOString()
    : null;
  const link = "font-medium text-brand-700 underline-offset-2 hover:underline";
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/scenarios" className={link}>
          Scenarios
        </Link>
      </nav>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight break-words sm:text-3xl">{scenario.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          Version {scenario.version} · saved {formatDateTime(scenario.updatedAt)} · data set {scenario.datasetVersion}
          {scenario.stale ? <Badge tone="amber">data changed since saved</Badge> : null}
        </p>
        {scenario.staleBecause ? (
          <div
            role="status"
            aria-label="What changed since saved"
            className="max-w-3xl rounded border border-amber-300 bg-amber-50 py-2 pr-3 pl-7 text-sm text-amber-950"
          >
            <ul className="list-disc space-y-1">
              {scenario.staleBecause.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {scenario.notes ? (
          <p className="max-w-3xl text-sm break-words whitespace-pre-wrap text-slate-800">{scenario.notes}</p>
        ) : null}
      </div>
      {scenario.deletedAt && purgeAt ? (
        <RestoreBanner id={scenario.id} deletedAt={scenario.deletedAt} purgeAt={purgeAt} />
      ) : null}
      <div className="flex flex-wrap items-start gap-2">
        <OpenInWorkspace
          id={scenario.id}
          version={scenario.version}
          name={scenario.name}
          notes={scenario.notes}
          inputs={scenario.inputs}
        />
        <Link
          href={`/scenarios/${scenario.id}/report`}
          className="inline-flex items-center rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Report
        </Link>
        <Link
          href={`/scenarios/compare?a=${scenario.id}`}
          className="inline-flex items-center rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Compare with another
        </Link>
        {scenario.deletedAt ? null : (
          <ScenarioDetailsForm
            id={scenario.id}
            version={scenario.version}
            name={scenario.name}
            notes={scenario.notes}
          />
        )}
      </div>

      <RecomputePreview
        id={scenario.id}
        version={scenario.version}
        datasetVersion={scenario.datasetVersion}
        inputs={scenario.inputs}
        stale={scenario.stale}
      />

      <Card>
        <h2 className="mb-3 text-lg font-semibold">Ranking (frozen when saved)</h2>
        <FrozenRanking results={scenario.results} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Entry modes and strategies</h2>
        <FrozenEntryModes results={scenario.results} factorNames={names} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Choices</h2>
        <ScenarioInputsView scenario={scenario} factorNames={names} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Saved versions</h2>
        <p className="mb-2 text-sm text-slate-700">Every save is kept; none overwrites another.</p>
        <ol className="space-y-1 text-sm">
          {revisions.map((r) => (
            <li key={r.version}>
              Version {r.version}: “<span className="break-words">{r.name}</span>”, saved {formatDateTime(r.savedAt)} on
              data set {r.datasetVersion}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
