import type { Metadata } from "next";

import { RussiaSeaTable, VerdictBadge } from "@/components/compare/russia-sea-table";
import { PageHeader } from "@/components/ui/page-header";
import { russiaSeaPageData } from "@/lib/server/compare";
import { firstParam } from "@/lib/workspace/view-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Russia vs Southeast Asia" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RussiaSoutheastAsiaPage({ searchParams }: Props) {
  const search = await searchParams;
  const { rows, year, thesisYears, names, seaNames: sea } = await russiaSeaPageData(firstParam(search.year));

  return (
    <>
      <PageHeader
        title="Russia against Southeast Asia"
        lead={`The two thesis cases side by side on the framework, laid out like the thesis's Table 3 and filled from the data set: indicator values (Russia against the range of ${sea.join(", ")}), dated evidence items and the cases' evidence. Nothing in the table is typed in.`}
      />
      <form
        method="get"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <label className="text-sm text-slate-700">
          Indicator values
          <select
            name="year"
            defaultValue={year === null ? "latest" : String(year)}
            className="mt-1 block rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
          >
            <option value="latest">Latest of each indicator</option>
            {thesisYears.map((y) => (
              <option key={y} value={y}>
                Nearest to {y} (thesis-era stand-in)
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
      <section
        aria-labelledby="rule-heading"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700 shadow-sm"
      >
        <h2 id="rule-heading" className="font-semibold text-slate-900">
          How “same” and “differs” are decided
        </h2>
        <ul className="mt-2 list-inside list-disc space-y-1">
          <li>
            An indicator is similar when Russia&apos;s value lies within the range of the six Southeast Asian markets
            (their lowest to highest value), and differs when it lies above or below all six.
          </li>
          <li>
            A rating from the thesis cases (Russia 2012 against Indonesia 2016, which stands in for the region) is
            similar when the two are less than one point apart on the 1-5 scale.
          </li>
          <li>
            Entry modes and strategies are compared as sets: those the case evidence records in Russia against those it
            records in Southeast Asia.
          </li>
          <li>
            A row is <VerdictBadge verdict="same" /> when every comparison in it is similar,{" "}
            <VerdictBadge verdict="differs" /> when none is, and <VerdictBadge verdict="partly" /> otherwise.
          </li>
        </ul>
      </section>
      {rows.length === 0 ? (
        <p role="status" className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-700">
          The data set has no framework elements to compare.
        </p>
      ) : (
        <div className="md:rounded-lg md:border md:border-slate-200 md:bg-white md:shadow-sm">
          <RussiaSeaTable rows={rows} names={names} />
        </div>
      )}
    </>
  );
}
