"use client";

import dynamic from "next/dynamic";

import { Card } from "@/components/ui/page-header";
import { formatNumber, formatPercent } from "@/lib/format";
import { marketSwing, tornadoForMarket, type TornadoBar } from "@/lib/scoring";
import { ScrollRegion } from "@/components/ui/scroll-region";

const SHOWN = 12;

const TornadoChart = dynamic(() => import("@/components/charts/tornado-chart"), {
  ssr: false,
  loading: () => (
    <div
      className="rounded bg-slate-50"
      style={{ height: 82 + SHOWN * 34 }}
      role="status"
      aria-label="Loading the chart"
    />
  ),
});

interface Props {
  bars: TornadoBar[];
  leader: string;
  leaderScore: number;
  names: Record<string, string>;
  scoreLabel: string;
  low: number;
  high: number;
}

/** Tornado of weight swings (chart of the widest swings, table of all). */
export function TornadoPanel({ bars, leader, leaderScore, names, scoreLabel, low, high }: Props) {
  const leaderName = names[leader] ?? leader;
  const lowLabel = `Weight × ${low}`;
  const highLabel = `Weight × ${high}`;
  // The chart draws the leader's score, so its bars are ordered by the leader's own swing.
  const ordered = tornadoForMarket(bars, leader);
  const shown = ordered.filter((b) => b.weight > 0).slice(0, SHOWN);
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">Tornado: which weights move the result most</h2>
      <p className="mt-1 text-sm text-slate-700">
        Each weight in turn is multiplied by {low} (hatched bar) and by {high} (solid bar), the other weights rescaled,
        and {leaderName}&apos;s score recomputed. The widest bars are the weights the result is most sensitive to.{" "}
        <span aria-hidden="true">⚠</span> marks a swing that changes which market ranks first.
      </p>
      <div className="mt-4">
        {shown.length > 0 ? (
          <TornadoChart
            rows={shown.map((b) => ({
              name: names[b.criterion] ?? b.criterion,
              low: b.low.scores[leader] ?? 0,
              high: b.high.scores[leader] ?? 0,
              leaderChanges: b.leaderChanges,
            }))}
            base={leaderScore}
            leaderName={leaderName}
            axisLabel={`${leaderName}'s score`}
            lowLabel={lowLabel}
            highLabel={highLabel}
          />
        ) : (
          <p className="text-sm text-slate-600">Every weight is zero: nothing to swing.</p>
        )}
        <p className="mt-1 text-xs text-slate-600">
          Horizontal axis: {leaderName}&apos;s score, {scoreLabel}; the vertical line is its score now. The {SHOWN}{" "}
          widest swings are drawn.
        </p>
      </div>
      <details className="mt-4" open>
        <summary className="text-brand-700 cursor-pointer rounded text-sm font-medium hover:underline">
          Every weight&apos;s swing as a table
        </summary>
        <ScrollRegion label="Tornado table (scrolls sideways)" className="relative mt-2">
          <table className="w-full min-w-[40rem] text-left text-xs">
            <caption className="sr-only">Weight swings: {leaderName}&apos;s score and the leader at each end</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  Criterion
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  Weight now
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {lowLabel}: score
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {highLabel}: score
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {leaderName}&apos;s swing
                </th>
                <th scope="col" className="py-1.5 font-medium">
                  First place at the ends
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {ordered.map((b) => (
                <tr key={b.criterion}>
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {names[b.criterion] ?? b.criterion}
                  </th>
                  <td className="py-1 pr-3 text-right">{formatPercent(b.weight, 1)}</td>
                  <td className="py-1 pr-3 text-right">{formatNumber(b.low.scores[leader] ?? 0, 3)}</td>
                  <td className="py-1 pr-3 text-right">{formatNumber(b.high.scores[leader] ?? 0, 3)}</td>
                  <td className="py-1 pr-3 text-right">{formatNumber(marketSwing(b, leader), 3)}</td>
                  <td className="py-1">
                    {b.leaderChanges ? (
                      <span className="font-medium text-amber-900">
                        <span aria-hidden="true">⚠ </span>
                        {names[b.low.leader] ?? b.low.leader} / {names[b.high.leader] ?? b.high.leader}
                      </span>
                    ) : (
                      <span className="text-slate-600">{leaderName} at both ends</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </Card>
  );
}
