import type { Metadata } from "next";
import Link from "next/link";

import { Badge, Card, PageHeader, ProblemList } from "@/components/ui/page-header";
import { listMarkets } from "@/lib/server/markets";
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

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Markets" };

const roleLabels: Record<string, string> = {
  target_russia: "Thesis case: Russia",
  target_sea: "Thesis case: Southeast Asia",
  emerging_other: "Other emerging market",
  home_reference: "Home market (reference)",
  reference: "Reference market",
  other: "Other economy",
};

const sortLabels: Record<MarketSort, string> = {
  name: "Name (A to Z)",
  coverage: "Coverage (most indicators first)",
  latest: "Latest data year (newest first)",
};
const sortOptions: Record<MarketSort, string> = { name: "Name", coverage: "Coverage", latest: "Latest data year" };

// Server-rendered: the filters are a GET form, so the list works without script and every view
// has a link. About 200 rows of plain HTML.
export default async function MarketsPage({ searchParams }: { searchParams: Promise<SearchRecord> }) {
  const [search, { markets, datasetVersion }] = await Promise.all([searchParams, listMarkets()]);
  const { filter, problems } = readMarketFilter(search, markets);
  const sort = readMarketSort(search.sort);
  const rows = sortMarketRows(filterMarkets(markets, filter), sort);
  const areas = areaOptions(markets);
  const incomes = incomeGroupOptions(markets);
  const filtered = filter.query.trim() !== "" || filter.area !== "" || filter.incomeGroup !== "";
  const field = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900";

  return (
    <>
      <PageHeader
        title="Markets"
        lead={`${markets.length} markets with sourced indicators (data set ${datasetVersion}). Open a market to see every value with its year and source, and the evidence behind it. "Latest data year" is the year of a market's newest observed or estimated figure; computed values such as distances do not count.`}
      />
      <form
        method="get"
        action="/markets"
        role="search"
        aria-label="Find markets"
        className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-[2fr_1.5fr_1.5fr_1.5fr_auto] lg:items-end"
      >
        <label className="text-sm text-slate-700">
          Search by name or code
          <input
            type="search"
            name="q"
            defaultValue={filter.query}
            placeholder="e.g. Kazakhstan or KAZ"
            className={field}
          />
        </label>
        <label className="text-sm text-slate-700">
          Region
          <select name="area" defaultValue={filter.area} className={field}>
            <option value="">All regions</option>
            {areas.map((a) => (
              <optgroup key={a.region} label={a.region}>
                <option value={a.region}>
                  All of {a.region} ({a.count})
                </option>
                {a.subregions.map((s) => (
                  <option key={s.subregion} value={`${a.region}/${s.subregion}`}>
                    {s.subregion} ({s.count})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="text-sm text-slate-700">
          Income group
          <select name="income" defaultValue={filter.incomeGroup} className={field}>
            <option value="">All income groups</option>
            {incomes.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label} ({o.count})
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm text-slate-700">
          Sort by
          <select name="sort" defaultValue={sort} className={field}>
            {Object.entries(sortOptions).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-900 rounded px-3 py-1.5 text-sm font-medium text-white"
        >
          Show
        </button>
      </form>
      <ProblemList problems={problems} />
      <p className="mb-2 text-sm text-slate-700" data-testid="market-count">
        {filtered ? `${rows.length} of ${markets.length} markets match.` : `All ${markets.length} markets.`} Sorted by{" "}
        {sortLabels[sort].toLowerCase()}.
        {filtered ? (
          <>
            {" "}
            <Link
              href={sort === "name" ? "/markets" : `/markets?sort=${sort}`}
              className="text-brand-700 underline-offset-2 hover:underline"
            >
              Show all
            </Link>
          </>
        ) : null}
      </p>
      <Card className="overflow-x-auto p-0 sm:p-0">
        {rows.length === 0 ? (
          <p className="p-4 text-sm text-slate-700">No market matches these filters.</p>
        ) : (
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">Markets in the data set with their data coverage</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2" aria-sort={sort === "name" ? "ascending" : undefined}>
                  Market
                </th>
                <th scope="col" className="px-4 py-2">
                  Region
                </th>
                <th scope="col" className="px-4 py-2">
                  Income group
                </th>
                <th scope="col" className="px-4 py-2">
                  Role
                </th>
                <th
                  scope="col"
                  className="px-4 py-2 text-right"
                  aria-sort={sort === "coverage" ? "descending" : undefined}
                >
                  Indicators with data
                </th>
                <th
                  scope="col"
                  className="px-4 py-2 text-right"
                  aria-sort={sort === "latest" ? "descending" : undefined}
                  title="The year of the market's newest observed or estimated figure; computed values such as distances have no data year and do not count."
                >
                  Latest data year
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
                  <td className="px-4 py-2 text-slate-700">{market.subregion}</td>
                  <td className="px-4 py-2 text-slate-700">{market.incomeGroup ?? "Not classified"}</td>
                  <td className="px-4 py-2">
                    <Badge tone={market.role.startsWith("target") ? "brand" : "slate"}>
                      {roleLabels[market.role] ?? market.role}
                    </Badge>
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">
                    {market.indicatorsWithData} of {market.indicatorCount}
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{market.latestYear ?? "none"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
