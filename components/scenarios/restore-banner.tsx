"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { useRouter } from "@/lib/i18n/navigation";

import { useScenarioApi } from "./api";

/** Shown on a deleted scenario: when it will be removed for good, and a Restore button. */
export function RestoreBanner({ id, deletedAt, purgeAt }: { id: string; deletedAt: string; purgeAt: string }) {
  const t = useTranslations("scenarios.detail");
  const { formatDate, formatDateTime } = useFormatters();
  const scenarioApi = useScenarioApi();
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
      <p>{t("deletedBanner", { deletedAt: formatDateTime(deletedAt), purgeAt: formatDate(purgeAt) })}</p>
      <button
        type="button"
        onClick={restore}
        className="rounded border border-red-400 bg-white px-3 py-1.5 text-sm font-medium text-red-900 hover:bg-red-100"
      >
        {t("restore")}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
