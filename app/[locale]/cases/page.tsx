import type { Metadata } from "next";
import Link from "next/link";

import {
  CASE_SORT_KEYS,
  CaseTable,
  type CaseSortKey,
  type SortDirection,
  sortCases,
} from "@/components/cases/case-table";
import { PageHeader, ProblemList } from "@/components/ui/page-header";
import { OUTCOME_LABELS, wentBadly } from "@/lib/cases/outcomes";
import { CasesQuerySchema } from "@/lib/contracts/case-library";
import { ENTRY_OUTCOMES } from "@/lib/contracts/cases";
import { caseLibrary, caseNames, documentedEntries } from "@/lib/server/cases";
import { firstParam, type SearchRecord } from "@/lib/workspace/view-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Documented market entries" };

const FILTERS = ["host", "home", "mode", "outcome"] as const;
type Filter = (typeof FILTERS)[number];

const select = "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 sm:w-44";

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchRecord> }) {
  const search = await searchParams;
  const names = await caseNames();
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
      problems.push(`"${raw}" is not a ${key === "mode" ? "known entry mode" : key} filter; it is ignored.`);
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
  const options = (codes: string[]) => [...new Set(codes)].sort((a, b) => market(a).localeCompare(market(b)));
  const badly = all.filter((c) => wentBadly(c.outcome)).length;

  return (
    <>
      <PageHeader
        title="Documented market entries"
        lead={`${total} market entries by platform, e-commerce and tech firms, each with the mode the firm chose, how it went and the sources. ${badly} of them ended in an exit or a sale. The entry-mode model is calibrated on these entries and tested on the ones it has not seen.`}
      >
        <Link
          href="/cases/backtest"
          className="text-brand-700 hover:bg-brand-50 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
        >
          How good is the entry-mode model?
        </Link>
      </PageHeader>
      <ProblemList problems={problems} />
      <form
        method="get"
        action="/cases"
        aria-label="Filter the entries"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
      >
        <MarketFilter
          label="Host market"
          name="host"
          chosen={filters.host}
          codes={options(all.map((c) => c.host))}
          nameOf={market}
        />
        <MarketFilter
          label="Home market"
          name="home"
          chosen={filters.home}
          codes={options(all.map((c) => c.home))}
          nameOf={market}
        />
        <label className="block w-full text-slate-700 sm:w-auto">
          Entry mode
          <select name="mode" defaultValue={filters.mode ?? ""} className={select}>
            <option value="">Any</option>
            {Object.entries(names.modes).map(([key, name]) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="block w-full text-slate-700 sm:w-auto">
          Outcome
          <select name="outcome" defaultValue={filters.outcome ?? ""} className={select}>
            <option value="">Any</option>
            {ENTRY_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
        <input type="hidden" name="sort" value={sort} />
        <input type="hidden" name="dir" value={direction} />
        <button type="submit" className="bg-brand-700 hover:bg-brand-900 rounded px-3 py-1.5 font-medium text-white">
          Filter
        </button>
        {Object.keys(filters).length > 0 ? (
          <Link href="/cases" className="text-brand-700 py-1.5 font-medium underline underline-offset-2">
            Clear filters
          </Link>
        ) : null}
      </form>
      <p className="mb-2 text-sm text-slate-700" role="status">
        {count === total ? `All ${total} entries.` : `${count} of ${total} entries match the filters.`} The same list is
        served as JSON at <code className="text-xs">GET /api/v1/cases</code>.
      </p>
      {count > 0 ? (
        <CaseTable cases={sorted} names={names} sort={sort} direction={direction} hrefFor={hrefFor} />
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
          No documented entry matches these filters.
        </p>
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
}: {
  label: string;
  name: "host" | "home";
  chosen: string | undefined;
  codes: readonly string[];
  nameOf: (code: string) => string;
}) {
  return (
    <label className="block w-full text-slate-700 sm:w-auto">
      {label}
      <select name={name} defaultValue={chosen ?? ""} className={select}>
        <option value="">Any</option>
        {codes.map((code) => (
          <option key={code} value={code}>
            {nameOf(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
