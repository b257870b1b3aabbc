import type { useTranslations } from "next-intl";

import { SHORTLIST_MAX } from "@/lib/contracts/reports";
import { reportTranslator } from "@/lib/reports/i18n";
import type { ReportModel } from "@/lib/reports/model";

// The report's short-list control: a plain GET form (works without JavaScript) with a checkbox
// per ranked market; submitting reloads the report with ?shortlist=RUS&shortlist=IDN.

export function ShortlistControl({ model, error }: { model: ReportModel; error: string | null }) {
  return <Control model={model} error={error} t={reportTranslator(model.locale)} />;
}

function Control({
  model,
  error,
  t,
}: {
  model: ReportModel;
  error: string | null;
  t: ReturnType<typeof useTranslations<"report">>;
}) {
  const chosen = new Set(model.shortlist?.markets.map((m) => m.iso3) ?? []);
  return (
    <form
      method="get"
      className="report-toolbar space-y-2 rounded border border-slate-200 bg-slate-50 p-3 print:hidden"
    >
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">{t("control.legend", { max: SHORTLIST_MAX })}</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {model.ranking.rows.map((row) => (
            <label key={row.iso3} className="inline-flex items-center gap-1.5 text-sm text-slate-800">
              <input
                type="checkbox"
                name="shortlist"
                value={row.iso3}
                defaultChecked={chosen.has(row.iso3)}
                className="accent-brand-700 h-4 w-4"
              />
              {row.rank}. {row.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="border-brand-700 text-brand-700 inline-flex items-center rounded border bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 focus-visible:outline-2"
        >
          {t("control.update")}
        </button>
        <a href="?" className="text-brand-700 text-sm underline-offset-2 hover:underline">
          {t("control.default")}
        </a>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
