import Link from "next/link";

import type { GroupComparisonRow } from "@/lib/compare/group-scores";
import { formatNumber } from "@/lib/format";

import { MarketRadar } from "./market-radar";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Axis labels from the group's key (e.g. host_regulation → Host regulation): short enough for a phone. */
const shortLabel = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, " ");

const score = (value: number | null) => (value === null ? null : formatNumber(value, 0));

function difference(row: GroupComparisonRow): string {
  if (row.market === null || row.average === null) return "not compared";
  const d = Math.round(row.market - row.average);
  if (d === 0) return "level with the average";
  return `${d > 0 ? "+" : "−"}${Math.abs(d)} (${d > 0 ? "above" : "below"} the average)`;
}

/**
 * How one market stands against the average of the markets it is compared with, per criteria
 * group: a radar chart and the same numbers as a table (the chart's text alternative).
 */
export function GroupComparison({
  marketName,
  rows,
  comparedNames,
  includesMarket,
}: {
  marketName: string;
  rows: GroupComparisonRow[];
  comparedNames: string[];
  includesMarket: boolean;
}) {
  const plotted = rows.filter((r) => r.market !== null && r.average !== null);
  const averageName = `Average of ${comparedNames.length} compared market${comparedNames.length === 1 ? "" : "s"}`;
  const description = plotted
    .map((r) => `${r.name}: ${marketName} ${score(r.market)}, average ${score(r.average)}`)
    .join("; ");
  return (
    <figure>
      <div className="grid grid-cols-1 items-center gap-6 lg:grid-cols-2">
        <div>
          {plotted.length >= 3 ? (
            <MarketRadar
              data={plotted.map((r) => ({ label: shortLabel(r.key), value: r.market!, reference: r.average! }))}
              valueName={marketName}
              referenceName={averageName}
              title={`${marketName} against the average of the compared markets, by criteria group (0-100)`}
              description={description}
            />
          ) : (
            <p className="rounded border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
              Too few criteria groups have data for {marketName} and the compared markets to draw a chart (at least
              three are needed); the table shows what there is.
            </p>
          )}
        </div>
        <ScrollRegion label="Group scores as a table">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">
              {marketName} against the average of the compared markets, group scores from 0 to 100
            </caption>
            <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  Criteria group
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {marketName} (0-100)
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Average (0-100)
                </th>
                <th scope="col" className="py-2 pr-3">
                  Difference
                </th>
                <th scope="col" className="py-2">
                  Based on
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.key} data-group={r.key}>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    <Link
                      href={`/framework#criteria-${r.key}`}
                      className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 underline underline-offset-2"
                    >
                      {r.name}
                    </Link>
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums">{score(r.market) ?? "gap"}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{score(r.average) ?? "gap"}</td>
                  <td className="py-2 pr-3">{difference(r)}</td>
                  <td className="py-2 text-xs text-slate-700">
                    {r.observed} of {r.indicatorCount} indicators; average over {r.averageOver} market
                    {r.averageOver === 1 ? "" : "s"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
      <figcaption className="mt-4 text-sm leading-6 text-slate-700">
        Each axis is a criteria group (full names in the table). A group score runs from 0 (the worst value among the
        compared markets on every indicator of the group) to 100 (the best on every one): each indicator is min-max
        normalized over {marketName} and the compared markets, respecting whether higher or lower is better, and the
        group score is the plain mean over the indicators the market has. Missing values are left out, never counted as
        zero. The solid shape is {marketName}; the dashed shape is the average of {comparedNames.join(", ")}
        {includesMarket ? ` (${marketName} included)` : ""}. Groups scored only by your own assessment are not drawn.
      </figcaption>
    </figure>
  );
}
