import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { ActivityPanel } from "@/components/scenarios/activity-panel";
import { FrozenEntryModes, FrozenRanking } from "@/components/scenarios/frozen-results";
import { OpenInWorkspace } from "@/components/scenarios/open-in-workspace";
import { RecomputePreview } from "@/components/scenarios/recompute-preview";
import { RestoreBanner } from "@/components/scenarios/restore-banner";
import { ScenarioDetailsForm } from "@/components/scenarios/scenario-details-form";
import { ScenarioInputsView } from "@/components/scenarios/scenario-inputs";
import { SharePanel } from "@/components/share/share-panel";
import { Badge, Card } from "@/components/ui/page-header";
import { SCENARIO_RETENTION_DAYS, ScenarioIdSchema } from "@/lib/contracts/scenarios";
import { formattersFor } from "@/lib/format";
import { dataText } from "@/lib/i18n/data-text";
import { Link } from "@/lib/i18n/navigation";
import { ScenarioNotFoundError } from "@/lib/server/errors";
import { getScenario, scenarioPageData } from "@/lib/server/scenarios";
import { weightPreset } from "@/lib/workspace/weight-presets";
import { pageAccess } from "@/lib/server/page-access";
import { can } from "@/lib/server/access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!ScenarioIdSchema.safeParse(id).success) notFound();
  try {
    return await scenarioPageData(await pageAccess(), id, await getLocale());
  } catch (error) {
    if (error instanceof ScenarioNotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations("scenarios.meta");
  if (!ScenarioIdSchema.safeParse(id).success) return { title: t("scenario") };
  try {
    return { title: (await getScenario(await pageAccess(), id)).name };
  } catch {
    return { title: t("scenario") };
  }
}

export default async function ScenarioPage({ params }: Props) {
  const { id } = await params;
  const { scenario, revisions, activity, names } = await load(id);
  const canShare = can(await pageAccess(), "scenario", "share");
  const t = await getTranslations("scenarios");
  const locale = await getLocale();
  const { formatDateTime } = formattersFor(locale);
  const preset = scenario.inputs.state.weightPreset ? weightPreset(scenario.inputs.state.weightPreset) : undefined;
  const purgeAt = scenario.deletedAt
    ? new Date(new Date(scenario.deletedAt).getTime() + SCENARIO_RETENTION_DAYS * 24 * 3600 * 1000).toISOString()
    : null;
  const link = "font-medium text-brand-700 underline-offset-2 hover:underline";
  return (
    <div className="space-y-6">
      <nav aria-label={t("detail.breadcrumb")} className="text-sm">
        <Link href="/scenarios" className={link}>
          {t("detail.scenarios")}
        </Link>
      </nav>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight break-words sm:text-3xl">{scenario.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          {t("detail.meta", {
            version: scenario.version,
            date: formatDateTime(scenario.updatedAt),
            dataset: scenario.datasetVersion,
          })}
          {scenario.stale ? <Badge tone="amber">{t("staleBadge")}</Badge> : null}
        </p>
        {scenario.staleBecause ? (
          <div
            role="status"
            aria-label={t("detail.staleLabel")}
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
          {t("detail.report")}
        </Link>
        <Link
          href={`/scenarios/compare?a=${scenario.id}`}
          className="inline-flex items-center rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("detail.compareWith")}
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

      {scenario.deletedAt || !canShare ? null : (
        <Card>
          <SharePanel scenarioId={scenario.id} />
        </Card>
      )}

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("detail.rankingHeading")}</h2>
        <FrozenRanking results={scenario.results} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("detail.entryModesHeading")}</h2>
        <FrozenEntryModes results={scenario.results} factorNames={names} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("detail.choicesHeading")}</h2>
        <ScenarioInputsView
          scenario={scenario}
          factorNames={names}
          presetName={preset ? dataText(locale, "weight-presets", preset.key, "name", preset.name) : undefined}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("detail.versionsHeading")}</h2>
        <p className="mb-2 text-sm text-slate-700">{t("detail.versionsLead")}</p>
        <ol className="space-y-1 text-sm">
          {revisions.map((r) => (
            <li key={r.version}>
              {t.rich("detail.revision", {
                version: r.version,
                name: r.name,
                date: formatDateTime(r.savedAt),
                dataset: r.datasetVersion,
                wrap: (chunks) => <span className="break-words">{chunks}</span>,
              })}
            </li>
          ))}
        </ol>
      </Card>
      <ActivityPanel entries={activity} />
    </div>
  );
}
