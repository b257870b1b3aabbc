"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import type { Formatters } from "@/lib/format";

// The report's download buttons. The PDF is made on the server on request (a few seconds for a
// long report), so it is fetched here with a progress indicator and then handed to the browser as
// a download; Markdown, CSV and JSON are quick and are plain download links.

type PdfState =
  | { kind: "idle" }
  | { kind: "making"; startedAt: number; received: number; total: number | null; downloading: boolean }
  | { kind: "done"; filename: string; size: number; seconds: number }
  | { kind: "error"; message: string | null };

const FORMATS = [
  { file: "report.md", format: "markdown" },
  { file: "report.csv", format: "csv" },
  { file: "report.json", format: "json" },
] as const;

const button =
  "inline-flex items-center rounded border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 disabled:cursor-wait disabled:opacity-70";

/**
 * `query`: the report's options (e.g. "?shortlist=RUS,IDN&locale=zh"), carried into every download
 * but the JSON export. `base`: where the files are (a shared link's page: /api/v1/shared/{token}).
 */
export function ReportDownloads({ id, query = "", base }: { id: string; query?: string; base?: string }) {
  const files = base ?? `/api/v1/scenarios/${id}`;
  const t = useTranslations("report");
  const f = useFormatters();
  const [state, setState] = useState<PdfState>({ kind: "idle" });
  const [now, setNow] = useState(0);
  const making = state.kind === "making";

  useEffect(() => {
    if (!making) return;
    const timer = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(timer);
  }, [making]);

  async function downloadPdf() {
    const startedAt = performance.now();
    setNow(startedAt);
    setState({ kind: "making", startedAt, received: 0, total: null, downloading: false });
    try {
      const response = await fetch(`${files}/report.pdf${query}`);
      if (!response.ok)
        throw new Error((await errorMessage(response)) ?? t("downloads.serverAnswered", { status: response.status }));
      const total = Number(response.headers.get("content-length")) || null;
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      const reader = response.body?.getReader();
      if (reader) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          received += value.byteLength;
          setState({ kind: "making", startedAt, received, total, downloading: true });
        }
      } else {
        chunks.push(new Uint8Array(await response.arrayBuffer()));
      }
      const blob = new Blob(chunks, { type: "application/pdf" });
      const filename = filenameOf(response.headers.get("content-disposition")) ?? "outbound-report.pdf";
      saveBlob(blob, filename);
      setState({ kind: "done", filename, size: blob.size, seconds: (performance.now() - startedAt) / 1000 });
    } catch (error) {
      setState({ kind: "error", message: error instanceof Error ? error.message : null });
    }
  }

  return (
    <div className="report-toolbar space-y-2 print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={downloadPdf}
          disabled={making}
          className={`${button} border-brand-700 bg-brand-700 hover:bg-brand-900 text-white`}
        >
          {making ? t("downloads.making") : t("downloads.pdf")}
        </button>
        {FORMATS.map((d) => (
          <a
            key={d.file}
            href={`${files}/${d.file}${d.file === "report.json" ? "" : query}`}
            download
            title={t(`downloads.hint.${d.format}`)}
            className={`${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
          >
            {t(`downloads.label.${d.format}`)}
          </a>
        ))}
        <button
          type="button"
          onClick={() => window.print()}
          className={`${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
          {t("downloads.print")}
        </button>
      </div>
      <div role="status" aria-live="polite" className="min-h-6 text-sm text-slate-700">
        {state.kind === "making" ? <Progress state={state} now={now} t={t} f={f} /> : null}
        {state.kind === "done" ? (
          <span>
            {t("downloads.ready", {
              filename: state.filename,
              size: formatSize(state.size, f),
              seconds: f.formatNumber(state.seconds, 1),
            })}
          </span>
        ) : null}
        {state.kind === "error" ? (
          <span className="text-red-800">
            {state.message ? t("downloads.failedBecause", { message: state.message }) : t("downloads.failed")}
          </span>
        ) : null}
      </div>
    </div>
  );
}

function Progress({
  state,
  now,
  t,
  f,
}: {
  state: Extract<PdfState, { kind: "making" }>;
  now: number;
  t: ReturnType<typeof useTranslations<"report">>;
  f: Formatters;
}) {
  const seconds = Math.max(0, (now - state.startedAt) / 1000);
  const label = state.downloading
    ? state.total
      ? t("downloads.downloadingOf", { received: formatSize(state.received, f), total: formatSize(state.total, f) })
      : t("downloads.downloading", { received: formatSize(state.received, f) })
    : t("downloads.makingOnServer", { seconds: f.formatNumber(seconds, 1) });
  return (
    <span className="flex items-center gap-3">
      <progress
        aria-label={t("downloads.progress")}
        className="accent-brand-700 h-2 w-40"
        {...(state.downloading && state.total ? { value: state.received, max: state.total } : {})}
      />
      <span>{label}</span>
    </span>
  );
}

async function errorMessage(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // Not JSON: fall through to the status.
  }
  return null;
}

/** The file name from `attachment; filename="…"` (the server sends ASCII names only). */
function filenameOf(disposition: string | null): string | null {
  const match = disposition ? /filename="([^"]+)"/.exec(disposition) : null;
  return match?.[1] ?? null;
}

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the file only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

// Unit symbols stay as written in every language (MB, KB); the number follows the locale.
function formatSize(bytes: number, f: Formatters): string {
  return bytes >= 1_000_000
    ? `${f.formatNumber(bytes / 1_000_000, 1)} MB`
    : `${f.formatNumber(Math.max(1, Math.round(bytes / 1000)), 0)} KB`;
}
