"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { ImportCommitted, ImportPreview } from "@/lib/contracts/imports";
import { useRouter } from "@/lib/i18n/navigation";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/imports/limits";

import { useDataApi, type ShownError } from "./api-error";
import { ErrorBox } from "./error-box";
import { PreviewTable, ProblemList } from "./preview-table";

// Upload → preview (every problem by row and column; nothing written) → import (all or nothing).

type State =
  | { step: "idle" }
  | { step: "checking" }
  | { step: "previewed"; preview: ImportPreview }
  | { step: "importing"; preview: ImportPreview }
  | { step: "imported"; result: ImportCommitted };

export function ImportPanel() {
  const t = useTranslations("data.import");
  const { formatNumber } = useFormatters();
  const { headers, errorOf, networkError } = useDataApi();
  const router = useRouter();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ step: "idle" });
  const [error, setError] = useState<ShownError | null>(null);

  function choose(next: File | null) {
    setFile(next);
    setState({ step: "idle" });
    setError(
      next && next.size > MAX_UPLOAD_BYTES
        ? {
            message: t("tooLarge", {
              name: next.name,
              size: formatNumber(next.size / 1024 / 1024, 1),
              limit: MAX_UPLOAD_LABEL,
            }),
            issues: [],
          }
        : null,
    );
  }

  async function send(path: string, extra: Record<string, string> = {}): Promise<Response | null> {
    if (!file) return null;
    const form = new FormData();
    form.set("file", file);
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    try {
      return await fetch(path, { method: "POST", body: form, headers });
    } catch {
      setError(networkError);
      return null;
    }
  }

  async function check() {
    setError(null);
    setState({ step: "checking" });
    const response = await send("/api/v1/imports/preview");
    if (!response) return setState({ step: "idle" });
    if (!response.ok) {
      setError(await errorOf(response));
      return setState({ step: "idle" });
    }
    setState({ step: "previewed", preview: ImportPreview.parse(await response.json()) });
  }

  async function commit(preview: ImportPreview) {
    setError(null);
    setState({ step: "importing", preview });
    const response = await send("/api/v1/imports", { fileHash: preview.fileHash });
    if (!response) return setState({ step: "previewed", preview });
    if (!response.ok) {
      setError(await errorOf(response));
      return setState({ step: "previewed", preview });
    }
    setState({ step: "imported", result: ImportCommitted.parse(await response.json()) });
    setFile(null);
    if (inputRef.current) inputRef.current.value = "";
    router.refresh();
  }

  const preview = state.step === "previewed" || state.step === "importing" ? state.preview : null;
  const tooLarge = file !== null && file.size > MAX_UPLOAD_BYTES;

  return (
    <div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
            {t("fileLabel", { limit: MAX_UPLOAD_LABEL })}
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
            className="mt-1 block w-full max-w-sm text-sm text-slate-700 file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
          />
        </div>
        <button
          type="button"
          onClick={check}
          disabled={!file || tooLarge || state.step === "checking" || state.step === "importing"}
          className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:cursor-not-allowed disabled:bg-slate-400"
        >
          {state.step === "checking" ? t("checking") : t("check")}
        </button>
      </div>
      <p className="mt-2 text-xs text-slate-600">{t("checkNote")}</p>

      {error ? <ErrorBox error={error} /> : null}

      <div role="status" aria-live="polite">
        {state.step === "imported" ? (
          <p className="mt-3 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
            {t("imported", {
              values: state.result.batch.values,
              file: state.result.batch.fileName,
              markets: state.result.batch.markets.length,
              indicators: state.result.batch.indicators.length,
            })}
          </p>
        ) : null}
        {preview ? <PreviewSummary preview={preview} /> : null}
      </div>

      {preview ? (
        <>
          <ProblemList preview={preview} />
          {preview.ok ? (
            <div className="mt-4 flex flex-wrap items-center gap-3">
              <button
                type="button"
                onClick={() => commit(preview)}
                disabled={state.step === "importing"}
                className="rounded bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 disabled:cursor-not-allowed disabled:bg-slate-400"
              >
                {state.step === "importing" ? t("importing") : t("importValues", { count: preview.toWrite.values })}
              </button>
              <span className="text-xs text-slate-600">{t("allOrNone")}</span>
            </div>
          ) : null}
          <PreviewTable preview={preview} />
        </>
      ) : null}
    </div>
  );
}

function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("data.import");
  const { toWrite } = preview;
  return (
    <div className="mt-4 text-sm text-slate-800">
      <p>
        {t.rich("summary", {
          file: preview.fileName,
          type: preview.fileType.toUpperCase(),
          rows: preview.dataRows,
          problems: preview.problemCount,
          b: (chunks) => <span className="font-medium">{chunks}</span>,
        })}
      </p>
      {preview.ok ? (
        <ul className="mt-1 list-disc pl-5 text-slate-700">
          <li>
            {t("toWrite", { count: toWrite.values })}
          </li>
          {toWrite.newMarkets.map((m) => (
            <li key={m.iso3}>
              {t("newMarket", {
                name: m.name,
                iso3: m.iso3,
                where: m.subregion === m.region ? m.region : `${m.subregion}, ${m.region}`,
              })}
            </li>
          ))}
          {toWrite.newIndicators.map((i) => (
            <li key={i.key}>
              {t("newIndicator", {
                name: i.name,
                key: i.key,
                group: i.criteriaGroup,
                unit: i.unit,
                direction: i.direction,
              })}{" "}
              {i.defaultWeight === 0 ? t("weightZero") : t("startingWeight", { weight: String(i.defaultWeight) })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
