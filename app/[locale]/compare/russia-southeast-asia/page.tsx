import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { RussiaSeaTable, VerdictBadge } from "@/components/compare/russia-sea-table";
import { PageHeader } from "@/components/ui/page-header";
import { russiaSeaPageData } from "@/lib/server/compare";
import { firstParam } from "@/lib/workspace/view-params";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compare");
  return { title: t("meta.russiaSea") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RussiaSoutheastAsiaPage({ searchParams }: Props) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const [search, t, locale] = await Promise.all([searchParams, getTranslations("compare"), getLocale()]);
  const { rows, year, thesisYears, names, seaNames: sea } = await russiaSeaPageData(firstParam(search.year), locale);

  return (
    <>
      <PageHeader
        title={t("russiaSea.title")}
        lead={t("russiaSea.lead", { markets: sea.join(locale === "zh" ? "、" : ", ") })}
      />
      <form
        method="get"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <label className="max-w-full min-w-0 text-sm text-slate-700">
          {t("russiaSea.values")}
          <select
            name="year"
            defaultValue={year === null ? "latest" : String(year)}
            className="mt-1 block max-w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
          >
            <option value="latest">{t("fit.form.latest")}</option>
            {thesisYears.map((y) => (
              <option key={y} value={y}>
                {t("fit.form.nearestThesis", { year: String(y) })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-900 rounded px-3 py-1.5 text-sm font-medium text-white"
        >
          {t("fit.form.show")}
        </button>
      </form>
      <section
        aria-labelledby="rule-heading"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-sm"
      >
        <h2 id="rule-heading" className="font-semibold text-slate-900">
          {t("russiaSea.ruleTitle")}
        </h2>
        <ul className="mt-2 list-inside list-disc space-y-1">
          <li>{t("russiaSea.ruleIndicator")}</li>
          <li>{t("russiaSea.ruleRating")}</li>
          <li>{t("russiaSea.ruleSets")}</li>
          <li>
            {t.rich("russiaSea.ruleRow", {
              same: () => <VerdictBadge verdict="same" />,
              differs: () => <VerdictBadge verdict="differs" />,
              partly: () => <VerdictBadge verdict="partly" />,
            })}
          </li>
        </ul>
      </section>
      {rows.length === 0 ? (
        <p role="status" className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-700">
          {t("russiaSea.empty")}
        </p>
      ) : (
        <div className="md:rounded-lg md:border md:border-slate-200 md:bg-white md:shadow-sm">
          <RussiaSeaTable rows={rows} names={names} />
        </div>
      )}
    </>
  );
}
