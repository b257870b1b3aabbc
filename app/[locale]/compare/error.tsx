"use client";

import { useTranslations } from "next-intl";

export default function CompareError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("compare");
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6">
      <h1 className="text-xl font-semibold text-red-900">{t("error.title")}</h1>
      <p className="mt-2 text-sm text-red-900">
        {error.digest ? t("error.logged", { digest: error.digest }) : error.message} {t("error.others")}
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
      >
        {t("error.retry")}
      </button>
    </div>
  );
}
