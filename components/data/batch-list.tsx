"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import type { ImportBatchSummary } from "@/lib/contracts/imports";
import { useRouter } from "@/lib/i18n/navigation";

import { useDataApi, type ShownError } from "./api-error";
import { ErrorBox } from "./error-box";

// The committed imports. Deleting one is an explicit action with a second, confirming click.

export function BatchList({ batches }: { batches: ImportBatchSummary[] }) {
  const t = useTranslations("data.batches");
  if (batches.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {batches.map((batch) => (
        <BatchItem key={batch.id} batch={batch} />
      ))}
    </ul>
  );
}

function BatchItem({ batch }: { batch: ImportBatchSummary }) {
  const t = useTranslations("data.batches");
  const { formatDateTime } = useFormatters();
  const { headers, errorOf, networkError } = useDataApi();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const separator = t("listSeparator");
  const what = [
    t("values", { count: batch.values }),
    batch.markets.length > 0
      ? t("markets", { count: batch.markets.length, names: batch.markets.map((m) => m.name).join(separator) })
      : null,
    batch.indicators.length > 0
      ? t("indicators", { count: batch.indicators.length, names: batch.indicators.map((i) => i.name).join(separator) })
      : null,
  ]
    .filter(Boolean)
    .join(separator);
  const years = batch.years
    ? batch.years.from === batch.years.to
      ? String(batch.years.from)
      : `${batch.years.from}–${batch.years.to}`
    : null;
  const type = batch.fileType.toUpperCase();
  const date = formatDateTime(batch.importedAt);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/imports/${encodeURIComponent(batch.id)}`, { method: "DELETE", headers });
      if (!response.ok) setError(await errorOf(response));
      else router.refresh();
    } catch {
      setError(networkError);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <li className="py-3" data-batch={batch.id}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 text-sm">
          <p className="break-all font-medium text-slate-900">{batch.fileName}</p>
          <p className="text-slate-700">
            {years
              ? t("lineYears", { type, date, values: batch.values, years })
              : t("line", { type, date, values: batch.values })}
          </p>
          {batch.markets.length > 0 ? (
            <p className="text-slate-700">
              {t("newMarkets", {
                list: batch.markets.map((m) => t("named", { name: m.name, detail: m.iso3 })).join(separator),
              })}
            </p>
          ) : null}
          {batch.indicators.length > 0 ? (
            <p className="text-slate-700">
              {t("newIndicators", {
                list: batch.indicators.map((i) => t("named", { name: i.name, detail: i.unit })).join(separator),
              })}
            </p>
          ) : null}
        </div>
        {!confirming ? (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
          >
            {t("delete")}
            <span className="sr-only">{t("deleteHidden", { file: batch.fileName })}</span>
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div role="group" aria-label={t("confirmLabel", { file: batch.fileName })} className="mt-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p>{t("confirm", { what })}</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              onClick={remove}
              disabled={busy}
              className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 disabled:bg-slate-400"
            >
              {busy ? t("deleting") : t("deleteImport")}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50">
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : null}
      {error ? <ErrorBox error={error} /> : null}
    </li>
  );
}
