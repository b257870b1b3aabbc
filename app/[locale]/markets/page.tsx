import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { Badge, Card, PageHeader, ProblemList } from "@/components/ui/page-header";
import { formattersFor } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { localizedMarketList } from "@/lib/server/markets";
import {
  areaOptions,
  filterMarkets,
  incomeGroupOptions,
  readMarketFilter,
  readMarketSort,
  sortMarketRows,
  type MarketSort,
} from "@/lib/workspace/market-search";
import type { SearchRecord } from "@/lib/workspace/view-params";

import { placeKey, roleKey } from "@/components/markets/place-names";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("markets");
  return { title: t("list.title") };
}

const SORTS: readonly MarketSort[] = ["name", "coverage", "latest"];

// Server-rendered: the filters are a GET form, so the list works without script and every view
// has a link. About 200 rows of plain HTML.
export default async function MarketsPage({ searchParams }: { searchParams: Promise<SearchRecord> }) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const locale = await getLocale();
  const [search, { markets, datasetVersion }, t] = await Promise.all([
    searchParams,
    localizedMarketList(locale),
    getTranslations("markets"),
  ]);
  const place = (value: string) => {
    const key = placeKey(value);
    return key ? t(`places.${key}`) : value;
  };
  const role = (value: string) => {
    const key = roleKey(value);
    return key ? t(`roles.${key}`) : value;
  };
  const { formatNumber } = formattersFor(locale);
  const { filter } = readMarketFilter(search, markets);
  // The filter drops a value the data set does not offer; say so in the reader's language.
  const first = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) ?? "").trim();
  const problems: string[] = [];
  if (first(search.area) !== "" && filter.area === "")
    problems.push(t("list.unknownRegion", { value: first(search.area) }));
  if (first(search.income) !== "" && filter.incomeGroup === "")
    problems.push(t("list.unknownIncome", { value: first(search.income) }));
  const sort = readMarketSort(search.sort);
  const rows = sortMarketRows(filterMarkets(markets, filter), sort);
  const areas = areaOptions(markets);
  const incomes = incomeGroupOptions(markets);
  const filtered = filter.query.trim() !== "" || filter.area !== "" || filter.incomeGroup !== "";
  const field = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";
  const sortLabel = (s: MarketSort) =>
    s === "name" ? t("list.sortedBy.name") : s === "coverage" ? t("list.sortedBy.coverage") : t("list.sortedBy.latest");
  const sortOption = (s: MarketSort) =>
    s === "name" ? t("list.sort.name") : s === "coverage" ? t("list.sort.coverage") : t("list.sort.latest");

  return (
    <>
      <PageHeader title={t("list.title")} lead={t("list.lead", { count: markets.length, version: datasetVersion })} />
      <form
        method="get"
        action={`/${locale}/markets`}
        role="search"
        aria-label={t("list.form.label")}
        className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-[2fr_1.5fr_1.5fr_1.5fr_auto] lg:items-end"
      >
        <label className="text-sm text-slate-700">
          {t("list.form.search")}
          <input
            type="search"
            name="q"
            defaultValue={filter.query}
            placeholder={t("list.form.searchPlaceholder")}
            className={field}
          />
        </label>
        <label className="text-sm text-slate-700">
          {t("list.form.region")}
          <select name="area" defaultValue={filter.area} className={field}>
            <option value="">{t("list.form.allRegions")}</option>
            {areas.map((a) => (
              <optgroup key={a.region} label={place(a.region)}>
                <option value={a.region}>{t("list.form.allOf", { region: place(a.region), count: a.count })}</option>
                {a.subregions.map((s) => (
                  <option key={s.subregion} value={`${a.region}/${s.subregion}`}>
                    {place(s.subregion)} ({formatNumber(s.count, 0)})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="text-sm text-slate-700">
          {t("list.form.income")}
          <select name="income" defaultValue={filter.incomeGroup} className={field}>
            <option value="">{t("list.form.allIncomes")}</option>
            {incomes.map((o) => (
              <option key={o.value} value={o.value}>
                {o.value === "none" ? t("list.notClassified") : place(o.value)} ({formatNumber(o.count, 0)})
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm text-slate-700">
          {t("list.form.sortBy")}
          <select name="sort" defaultValue={sort} className={field}>
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {sortOption(value)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-900 rounded px-3 py-1.5 text-sm font-medium text-white"
        >
          {t("list.form.show")}
        </button>
      </form>
      <ProblemList problems={problems} />
      <p className="mb-2 text-sm text-slate-700" data-testid="market-count">
        {filtered
          ? t("list.countFiltered", { shown: rows.length, total: markets.length })
          : t("list.countAll", { total: markets.length })}{" "}
        {t("list.sortedByLine", { sort: sortLabel(sort) })}
        {filtered ? (
          <>
            {" "}
            <Link
              href={sort === "name" ? "/markets" : `/markets?sort=${sort}`}
              className="text-brand-700 underline-offset-2 hover:underline"
            >
              {t("list.showAll")}
            </Link>
          </>
        ) : null}
      </p>
      <Card className="overflow-x-auto p-0 sm:p-0">
        {rows.length === 0 ? (
          <p className="p-4 text-sm text-slate-700">{t("list.noMatch")}</p>
        ) : (
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{t("list.table.caption")}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2" aria-sort={sort === "name" ? "ascending" : undefined}>
                  {t("list.table.market")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("list.table.region")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("list.table.income")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("list.table.role")}
                </th>
                <th
                  scope="col"
                  className="px-4 py-2 text-right"
                  aria-sort={sort === "coverage" ? "descending" : undefined}
                >
                  {t("list.table.coverage")}
                </th>
                <th
                  scope="col"
                  className="px-4 py-2 text-right"
                  aria-sort={sort === "latest" ? "descending" : undefined}
                  title={t("list.table.latestTitle")}
                >
                  {t("list.table.latest")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((market) => (
                <tr key={market.iso3} className="hover:bg-slate-50" data-market={market.iso3}>
                  <td className="px-4 py-2">
                    <Link
                      href={`/markets/${market.iso3}`}
                      className="text-brand-700 font-medium underline-offset-2 hover:underline"
                    >
                      {market.name}
                    </Link>{" "}
                    <span className="text-xs text-slate-600">{market.iso3}</span>
                  </td>
                  <td className="px-4 py-2 text-slate-700">{place(market.subregion)}</td>
                  <td className="px-4 py-2 text-slate-700">
                    {market.incomeGroup ? place(market.incomeGroup) : t("list.notClassified")}
                  </td>
                  <td className="px-4 py-2">
                    <Badge tone={market.role.startsWith("target") ? "brand" : "slate"}>{role(market.role)}</Badge>
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">
                    {t("list.coverageOf", { count: market.indicatorsWithData, total: market.indicatorCount })}
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{market.latestYear ?? t("list.noYear")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
