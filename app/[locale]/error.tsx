"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6">
      <h1 className="text-xl font-semibold text-red-900">{t("title")}</h1>
      <p className="mt-2 text-sm text-red-900">{error.digest ? t("logged", { digest: error.digest }) : error.message}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
      >
        {t("retry")}
      </button>
    </div>
  );
}
