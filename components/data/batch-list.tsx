"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { ImportBatchSummary } from "@/lib/contracts/imports";

import { errorOf, networkError, type ShownError } from "./api-error";
import { ErrorBox } from "./error-box";

// The committed imports. Deleting one is an explicit action with a second, confirming click.

export function BatchList({ batches }: { batches: ImportBatchSummary[] }) {
  if (batches.length === 0) {
    return <p className="text-sm text-slate-700">No imports yet. The ranking uses only the shipped data set.</p>;
  }
  return (
    <ul className="divide-y divide-slate-100">
      {batches.map((batch) => (
        <BatchItem key={batch.id} batch={batch} />
      ))}
    </ul>
  );
}

function BatchItem({ batch }: { batch: ImportBatchSummary }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const what = [
    `${batch.values} value${batch.values === 1 ? "" : "s"}`,
    batch.markets.length > 0 ? `the market${batch.markets.length === 1 ? "" : "s"} ${batch.markets.map((m) => m.name).join(", ")}` : null,
    batch.indicators.length > 0 ? `the indicator${batch.indicators.length === 1 ? "" : "s"} ${batch.indicators.map((i) => i.name).join(", ")}` : null,
  ]
    .filter(Boolean)
    .join(", ");

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/imports/${encodeURIComponent(batch.id)}`, { method: "DELETE" });
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
            {batch.fileType.toUpperCase()} · imported {batch.importedAt.slice(0, 16).replace("T", " ")} UTC · {batch.values} value
            {batch.values === 1 ? "" : "s"}
            {batch.years ? ` for ${batch.years.from === batch.years.to ? batch.years.from : `${batch.years.from}–${batch.years.to}`}` : ""}
          </p>
          {batch.markets.length > 0 ? <p className="text-slate-700">New markets: {batch.markets.map((m) => `${m.name} (${m.iso3})`).join(", ")}</p> : null}
          {batch.indicators.length > 0 ? (
            <p className="text-slate-700">New indicators: {batch.indicators.map((i) => `${i.name} (${i.unit})`).join(", ")}</p>
          ) : null}
        </div>
        {!confirming ? (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
          >
            Delete…<span className="sr-only"> import {batch.fileName}</span>
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div role="group" aria-label={`Confirm deleting ${batch.fileName}`} className="mt-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p>
            Delete {what}? They are removed from every ranking; scenarios keep the results they were saved with. A backup made before keeps them.
          </p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              onClick={remove}
              disabled={busy}
              className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 disabled:bg-slate-400"
            >
              {busy ? "Deleting…" : "Delete import"}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-50">
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {error ? <ErrorBox error={error} /> : null}
    </li>
  );
}
