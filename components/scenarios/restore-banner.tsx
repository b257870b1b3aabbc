"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { scenarioApi } from "./api";
import { formatDate, formatDateTime } from "./format";

/** Shown on a deleted scenario: when it will be removed for good, and a Restore button. */
export function RestoreBanner({ id, deletedAt, purgeAt }: { id: string; deletedAt: string; purgeAt: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    const result = await scenarioApi(`/${id}/restore`, { method: "POST" });
    if (result.ok) router.refresh();
    else setError(result.message);
  };
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900"
    >
      <p>
        This scenario was deleted on {formatDateTime(deletedAt)}. It can be restored until {formatDate(purgeAt)}; after
        that it is removed for good.
      </p>
      <button
        type="button"
        onClick={restore}
        className="rounded border border-red-400 bg-white px-3 py-1.5 text-sm font-medium text-red-900 hover:bg-red-100"
      >
        Restore
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
