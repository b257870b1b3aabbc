import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import {
  CASE_SORT_KEYS,
  CaseTable,
  type CaseSortKey,
  type SortDirection,
  sortCases,
} from "@/components/cases/case-table";
import { PageHeader, ProblemList } from "@/components/ui/page-header";
import { wentBadly } from "@/lib/cases/outcomes";
import { Link } from "@/lib/i18n/navigation";
import { CasesQuerySchema } from "@/lib/contracts/case-library";
import { ENTRY_OUTCOMES } from "@/lib/contracts/cases";
import { caseLibrary, caseNames, documentedEntries } from "@/lib/server/cases";
import { firstParam, type SearchRecord } from "@/lib/workspace/view-params";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("list.title") };
}

const FILTERS = ["host", "home", "mode", "outcome"] as const;
type Filter = (typeof FILTERS)[number];

const select = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 sm:w-44";

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchRecord> }) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const [search, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("cases")]);
  const names = await caseNames(locale);
  const all = documentedEntries();

  // Each filter is read on its own: a bad one is named and dropped, the others still apply.
  const problems: string[] = [];
  const filters: Partial<Record<Filter, string>> = {};
  for (const key of FILTERS) {
    const raw = firstParam(search[key])?.trim();
    if (!raw) continue;
    const parsed = CasesQuerySchema.shape[key].safeParse(raw);
    const value = parsed.success ? parsed.data : undefined;
    if (value === undefined || (key === "mode" && !(value in names.modes))) {
      problems.push(t("list.badFilter", { value: raw, filter: key }));
    } else filters[key] = value;
  }
  const { cases, count, total } = await caseLibrary(CasesQuerySchema.parse(filters));

  const sortParam = firstParam(search.sort);
  const sort: CaseSortKey = CASE_SORT_KEYS.includes(sortParam as CaseSortKey) ? (sortParam as CaseSortKey) : "firm";
  const direction: SortDirection = firstParam(search.dir) === "desc" ? "desc" : "asc";
  const sorted = sortCases(cases, sort, direction, names);
  const hrefFor = (key: CaseSortKey, dir: SortDirection) => {
    const params = new URLSearchParams(Object.entries(filters) as [string, string][]);
    params.set("sort", key);
    params.set("dir", dir);
    return `/cases?${params}`;
  };

  const market = (iso3: string) => names.markets[iso3] ?? iso3;
  const options = (codes: string[]) => [...new Set(codes)].sort((a, b) => market(a).localeCompare(market(b), locale));
  const badly = all.filter((c) => wentBadly(c.outcome)).length;

  return (
    <>
      <PageHeader title={t("list.title")} lead={t("list.lead", { total, badly })}>
        <Link
          href="/cases/backtest"
          className="text-brand-700 hover:bg-brand-50 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
        >
          {t("list.howGood")}
        </Link>
      </PageHeader>
      <ProblemList problems={problems} />
      <form
        method="get"
        action={`/${locale}/cases`}
        aria-label={t("list.filterLabel")}
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
      >
        <MarketFilter
          label={t("list.host")}
          name="host"
          chosen={filters.host}
          codes={options(all.map((c) => c.host))}
          nameOf={market}
          anyLabel={t("list.any")}
        />
        <MarketFilter
          label={t("list.home")}
          name="home"
          chosen={filters.home}
          codes={options(all.map((c) => c.home))}
          nameOf={market}
          anyLabel={t("list.any")}
        />
        <label className="block w-full text-slate-700 sm:w-auto">
          {t("list.mode")}
          <select name="mode" defaultValue={filters.mode ?? ""} className={select}>
            <option value="">{t("list.any")}</option>
            {Object.entries(names.modes).map(([key, name]) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="block w-full text-slate-700 sm:w-auto">
          {t("list.outcome")}
          <select name="outcome" defaultValue={filters.outcome ?? ""} className={select}>
            <option value="">{t("list.any")}</option>
            {ENTRY_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcomes.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <input type="hidden" name="sort" value={sort} />
        <input type="hidden" name="dir" value={direction} />
        <button type="submit" className="bg-brand-700 hover:bg-brand-900 rounded px-3 py-1.5 font-medium text-white">
          {t("list.filter")}
        </button>
        {Object.keys(filters).length > 0 ? (
          <Link href="/cases" className="text-brand-700 py-1.5 font-medium underline underline-offset-2">
            {t("list.clear")}
          </Link>
        ) : null}
      </form>
      <p className="mb-2 text-sm text-slate-700" role="status">
        {count === total ? t("list.countAll", { total }) : t("list.countFiltered", { count, total })}{" "}
        {t.rich("list.json", { code: (chunks) => <code className="text-xs">{chunks}</code> })}
      </p>
      {count > 0 ? (
        <CaseTable cases={sorted} names={names} sort={sort} direction={direction} hrefFor={hrefFor} />
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">{t("list.noMatch")}</p>
      )}
    </>
  );
}

/** A market filter of the form: any, or one of the codes the library holds, by name. */
function MarketFilter({
  label,
  name,
  chosen,
  codes,
  nameOf,
  anyLabel,
}: {
  label: string;
  name: "host" | "home";
  chosen: string | undefined;
  codes: readonly string[];
  nameOf: (code: string) => string;
  anyLabel: string;
}) {
  return (
    <label className="block w-full text-slate-700 sm:w-auto">
      {label}
      <select name={name} defaultValue={chosen ?? ""} className={select}>
        <option value="">{anyLabel}</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {nameOf(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
