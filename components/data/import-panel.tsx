"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";

import { ImportCommitted, ImportPreview } from "@/lib/contracts/imports";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/imports/limits";

import { errorOf, networkError, type ShownError } from "./api-error";
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
        ? { message: `${next.name} is ${(next.size / 1024 / 1024).toFixed(1)} MB; files up to ${MAX_UPLOAD_LABEL} are accepted. Split it into several files.`, issues: [] }
        : null,
    );
  }

  async function send(path: string, extra: Record<string, string> = {}): Promise<Response | null> {
    if (!file) return null;
    const form = new FormData();
    form.set("file", file);
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    try {
      return await fetch(path, { method: "POST", body: form });
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
            CSV or Excel file (.xlsx), up to {MAX_UPLOAD_LABEL}
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
          {state.step === "checking" ? "Checking…" : "Check file"}
        </button>
      </div>
      <p className="mt-2 text-xs text-slate-600">Checking writes nothing. You see every row and every problem before anything is imported.</p>

      {error ? <ErrorBox error={error} /> : null}

      <div role="status" aria-live="polite">
        {state.step === "imported" ? (
          <p className="mt-3 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
            Imported {state.result.batch.values} value{state.result.batch.values === 1 ? "" : "s"} from {state.result.batch.fileName}
            {state.result.batch.markets.length > 0 ? `, ${state.result.batch.markets.length} new market(s)` : ""}
            {state.result.batch.indicators.length > 0 ? `, ${state.result.batch.indicators.length} new indicator(s)` : ""}. They are marked as your
            data wherever they appear.
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
                {state.step === "importing" ? "Importing…" : `Import ${preview.toWrite.values} value${preview.toWrite.values === 1 ? "" : "s"}`}
              </button>
              <span className="text-xs text-slate-600">All rows are written together, or none.</span>
            </div>
          ) : null}
          <PreviewTable preview={preview} />
        </>
      ) : null}
    </div>
  );
}

function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const { toWrite } = preview;
  return (
    <div className="mt-4 text-sm text-slate-800">
      <p>
        <span className="font-medium">{preview.fileName}</span> ({preview.fileType.toUpperCase()}): {preview.dataRows} row
        {preview.dataRows === 1 ? "" : "s"} of values, {preview.problemCount === 0 ? "no problems" : `${preview.problemCount} problem${preview.problemCount === 1 ? "" : "s"}`}.
      </p>
      {preview.ok ? (
        <ul className="mt-1 list-disc pl-5 text-slate-700">
          <li>
            {toWrite.values} value{toWrite.values === 1 ? "" : "s"}, each with its year and source, marked as your data.
          </li>
          {toWrite.newMarkets.map((m) => (
            <li key={m.iso3}>
              New market {m.name} ({m.iso3}), {m.subregion === m.region ? m.region : `${m.subregion}, ${m.region}`}.
            </li>
          ))}
          {toWrite.newIndicators.map((i) => (
            <li key={i.key}>
              New indicator {i.name} ({i.key}) in {i.criteriaGroup}, {i.unit}, {i.direction === "benefit" ? "higher is better" : "lower is better"};
              {i.defaultWeight === 0
                ? "weight 0: set a weight to use it (an import changes no ranking by itself)."
                : `starting weight ${i.defaultWeight} within its group.`}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
