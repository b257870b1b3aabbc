import { useTranslations } from "next-intl";

import { ScrollRegion } from "@/components/ui/scroll-region";
import type { EntryCase } from "@/lib/contracts/cases";
import { Link } from "@/lib/i18n/navigation";

import { OutcomeBadge } from "./outcome-badge";

// The library as a table: one row per documented entry, each linking to its ratings and sources.
// Sorting is done by links in the column headers (the server sorts), so it works without
// JavaScript and every sorted view has its own address.

export const CASE_SORT_KEYS = ["firm", "home", "host", "year", "mode", "outcome"] as const;
export type CaseSortKey = (typeof CASE_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export type CaseNames = { modes: Record<string, string>; markets: Record<string, string> };

export function sortCases(
  cases: readonly EntryCase[],
  key: CaseSortKey,
  direction: SortDirection,
  names: CaseNames,
): EntryCase[] {
  const value = (c: EntryCase): string | number =>
    key === "year"
      ? c.year
      : key === "mode"
        ? (names.modes[c.mode] ?? c.mode)
        : key === "home" || key === "host"
          ? (names.markets[c[key]] ?? c[key])
          : c[key];
  const sign = direction === "asc" ? 1 : -1;
  return [...cases].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    // Ties keep a fixed order (firm, then year) so the table never shuffles between visits.
    return sign * order || a.firm.localeCompare(b.firm) || a.year - b.year;
  });
}

export function CaseTable({
  cases,
  names,
  sort,
  direction,
  hrefFor,
}: {
  cases: EntryCase[];
  names: CaseNames;
  sort: CaseSortKey;
  direction: SortDirection;
  /** The page's address with this sort (keeping the filters). */
  hrefFor: (key: CaseSortKey, direction: SortDirection) => string;
}) {
  const t = useTranslations("cases");
  const market = (iso3: string) => names.markets[iso3] ?? iso3;
  return (
    <ScrollRegion label={t("table.label")} className="relative rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("table.caption", { sort: t(`table.sortNames.${sort}`), direction })}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-700">
          <tr>
            {CASE_SORT_KEYS.map((key) => {
              const active = key === sort;
              const next: SortDirection = active && direction === "asc" ? "desc" : "asc";
              return (
                <th
                  key={key}
                  scope="col"
                  aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined}
                  className="px-3 py-2 font-semibold whitespace-nowrap"
                >
                  <Link
                    href={hrefFor(key, next)}
                    className="hover:text-brand-700 inline-flex items-center gap-1 underline decoration-slate-300 underline-offset-2"
                  >
                    {t(`table.headings.${key}`)}
                    <span aria-hidden="true">{active ? (direction === "asc" ? "▲" : "▼") : "↕"}</span>
                    <span className="sr-only">
                      {active ? t("table.sortActive", { direction, next }) : t("table.sortInactive", { next })}
                    </span>
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {cases.map((c) => (
            <tr key={c.id} data-case={c.id}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link
                  href={`/cases/${c.id}`}
                  className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 underline underline-offset-2"
                >
                  {c.firm}
                </Link>
                {/* On a phone the outcome column sits off-screen: the badge shows under the firm too. */}
                <span className="mt-1 block sm:hidden" aria-hidden="true">
                  <OutcomeBadge outcome={c.outcome} year={c.outcomeYear} />
                </span>
              </th>
              <td className="px-3 py-2 text-slate-700">{market(c.home)}</td>
              <td className="px-3 py-2 text-slate-900">{market(c.host)}</td>
              <td className="px-3 py-2 text-slate-700 tabular-nums">{c.year}</td>
              <td className="px-3 py-2 text-slate-900">{names.modes[c.mode] ?? c.mode}</td>
              <td className="px-3 py-2">
                <OutcomeBadge outcome={c.outcome} year={c.outcomeYear} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
