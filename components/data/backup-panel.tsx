"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { RestoreResult } from "@/lib/contracts/backup";
import { useRouter } from "@/lib/i18n/navigation";

import { useDataApi, type ShownError } from "./api-error";
import { ErrorBox } from "./error-box";

// Backup is a download of GET /api/v1/backup; restore sends the file back, and only works into a
// database without scenarios or imports (the server refuses otherwise: nothing is overwritten).

export function BackupPanel({ scenarios, importBatches }: { scenarios: number; importBatches: number }) {
  const t = useTranslations("data.backup");
  const { headers, errorOf, networkError } = useDataApi();
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [result, setResult] = useState<RestoreResult | null>(null);
  const empty = scenarios === 0 && importBatches === 0;

  async function restore() {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const response = await fetch("/api/v1/backup", { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: file });
      if (!response.ok) setError(await errorOf(response));
      else {
        setResult(RestoreResult.parse(await response.json()));
        router.refresh();
      }
    } catch {
      setError(networkError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="font-medium text-slate-900">{t("downloadHeading")}</h3>
        <p className="mt-1 text-sm text-slate-700">{t("downloadLead", { scenarios, imports: importBatches })}</p>
        <a
          href="/api/v1/backup"
          download
          className="mt-3 inline-block rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900"
        >
          {t("download")}
        </a>
      </div>
      <div>
        <h3 className="font-medium text-slate-900">{t("restoreHeading")}</h3>
        <p className="mt-1 text-sm text-slate-700">
          {empty ? t("restoreEmpty") : t("restoreRefused", { scenarios, imports: importBatches })}
        </p>
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
              {t("fileLabel")}
            </label>
            <input
              id={inputId}
              type="file"
              accept=".json,application/json"
              disabled={!empty}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setError(null);
                setResult(null);
              }}
              className="mt-1 block w-full max-w-xs text-sm text-slate-700 file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 disabled:opacity-60"
            />
          </div>
          <button
            type="button"
            onClick={restore}
            disabled={!empty || !file || busy}
            className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400"
          >
            {busy ? t("restoring") : t("restore")}
          </button>
        </div>
        {error ? <ErrorBox error={error} /> : null}
        <div role="status" aria-live="polite">
          {result ? (
            <div className="mt-3 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
              <p>
                {t("restored", {
                  scenarios: result.restored.scenarios,
                  revisions: result.restored.revisions,
                  imports: result.restored.importBatches,
                  values: result.restored.values,
                })}
              </p>
              {result.warnings.map((w, i) => (
                <p key={i} className="mt-1 text-amber-900">
                  {w}
                </p>
              ))}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
