"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import type { RecomputePreview as Preview, Scenario, ScenarioInputs } from "@/lib/contracts/scenarios";
import { useRouter } from "@/lib/i18n/navigation";

import { useScenarioApi, type ApiFailure } from "./api";
import { DataChanges, DifferencesTable, RankingMoves } from "./comparison-view";

type Props = { id: string; version: number; datasetVersion: string; inputs: ScenarioInputs; stale: boolean };

/**
 * The "data changed since saved" banner: the frozen results stay on the page; this previews the
 * same inputs on today's data, shows what moved and why, and saves them as a new version only
 * when asked (with the version it is based on, so a concurrent save is not overwritten).
 */
export function RecomputePreview({ id, version, datasetVersion, inputs, stale }: Props) {
  const t = useTranslations("scenarios.recompute");
  const scenarioApi = useScenarioApi();
  const router = useRouter();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [saved, setSaved] = useState<Scenario | null>(null);

  const load = async () => {
    setLoading(true);
    setFailure(null);
    const result = await scenarioApi<Preview>(`/${id}/recompute`);
    setLoading(false);
    if (result.ok) setPreview(result.data);
    else setFailure(result);
  };
  const save = async () => {
    const result = await scenarioApi<Scenario>(`/${id}`, { method: "PUT", body: { baseVersion: version, inputs } });
    if (!result.ok) return setFailure(result);
    setSaved(result.data);
    router.refresh();
  };

  const button = "inline-flex items-center rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-50";
  return (
    <section
      aria-labelledby="data-changed-heading"
      className={`rounded-lg border p-4 ${stale ? "border-amber-300 bg-amber-50 text-amber-950" : "border-slate-200 bg-white"}`}
    >
      <h2 id="data-changed-heading" className="text-base font-semibold">
        {stale ? t("staleTitle") : t("currentTitle")}
      </h2>
      <p className="mt-1 text-sm">
        {stale ? t("staleBody", { dataset: datasetVersion }) : t("currentBody", { dataset: datasetVersion })}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={load}
          disabled={loading}
          className={`${button} border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}
        >
          {loading ? t("recomputing") : preview ? t("again") : t("preview")}
        </button>
      </div>
      <div aria-live="polite" className="mt-3 space-y-4">
        {failure ? (
          <div role="alert" className="rounded border border-red-300 bg-white p-3 text-sm text-red-900">
            <p>{failure.message}</p>
            {failure.status === 409 ? (
              <button
                type="button"
                className={`${button} mt-2 border-slate-400 bg-white text-slate-900`}
                onClick={() => router.refresh()}
              >
                {t("reload")}
              </button>
            ) : null}
          </div>
        ) : null}
        {saved ? (
          <p role="status" className="rounded border border-emerald-300 bg-white p-3 text-sm text-emerald-900">
            {t("saved", { version: saved.version, dataset: saved.datasetVersion })}
          </p>
        ) : null}
        {preview && !saved ? (
          <div className="space-y-4 rounded border border-slate-200 bg-white p-4 text-slate-900">
            <p className="text-sm">
              {t.rich("datasets", {
                saved: preview.frozen.datasetVersion,
                today: preview.current.datasetVersion,
                b: (chunks) => <strong>{chunks}</strong>,
              })}{" "}
              {preview.changes.summary}
            </p>
            <div>
              <h3 className="text-sm font-semibold">{t("rankingHeading")}</h3>
              <RankingMoves comparison={preview.changes} labelA={t("labelSaved")} labelB={t("labelToday")} />
            </div>
            {preview.changes.differences.length > 0 ? (
              <div>
                <h3 className="text-sm font-semibold">{t("whatMoved")}</h3>
                <DifferencesTable comparison={preview.changes} labelB={t("todaysData")} />
              </div>
            ) : null}
            {preview.changes.dataChanges.length > 0 ? (
              <div>
                <h3 className="text-sm font-semibold">{t("valuesChanged")}</h3>
                <DataChanges comparison={preview.changes} labelA={t("labelSaved")} labelB={t("labelToday")} />
              </div>
            ) : null}
            {preview.stale ? (
              <button
                type="button"
                onClick={save}
                className={`${button} border-brand-700 bg-brand-700 hover:bg-brand-900 text-white`}
              >
                {t("saveToday", { version: version + 1 })}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
