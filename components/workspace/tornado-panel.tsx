"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

import { Card } from "@/components/ui/page-header";
import { useFormatters } from "@/components/i18n/use-formatters";
import { marketSwing, tornadoForMarket, type TornadoBar } from "@/lib/scoring";
import { ScrollRegion } from "@/components/ui/scroll-region";

const SHOWN = 12;

const TornadoChart = dynamic(() => import("@/components/charts/tornado-chart"), {
  ssr: false,
  loading: () => <ChartLoading />,
});

function ChartLoading() {
  const t = useTranslations("workspace.tornado");
  return (
    <div className="rounded bg-slate-50" style={{ height: 82 + SHOWN * 34 }} role="status" aria-label={t("loading")} />
  );
}

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
  const t = useTranslations("workspace.tornado");
  const { formatNumber, formatPercent } = useFormatters();
  const leaderName = names[leader] ?? leader;
  const lowLabel = t("low", { factor: formatNumber(low, 2) });
  const highLabel = t("low", { factor: formatNumber(high, 2) });
  // The chart draws the leader's score, so its bars are ordered by the leader's own swing.
  const ordered = tornadoForMarket(bars, leader);
  const shown = ordered.filter((b) => b.weight > 0).slice(0, SHOWN);
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {t.rich("intro", {
          low: formatNumber(low, 2),
          high: formatNumber(high, 2),
          leader: leaderName,
          warn: (chunks) => <span aria-hidden="true">{chunks}</span>,
        })}
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
            axisLabel={t("axis", { leader: leaderName })}
            chartLabel={t("chartLabel", { leader: leaderName })}
            nowLabel={t("now")}
            lowLabel={lowLabel}
            highLabel={highLabel}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("allZero")}</p>
        )}
        <p className="mt-1 text-xs text-slate-600">
          {t("axisNote", { leader: leaderName, scale: scoreLabel, count: SHOWN })}
        </p>
      </div>
      <details className="mt-4" open>
        <summary className="text-brand-700 cursor-pointer rounded text-sm font-medium hover:underline">
          {t("table")}
        </summary>
        <ScrollRegion label={t("region")} className="relative mt-2">
          <table className="w-full min-w-[40rem] text-left text-xs">
            <caption className="sr-only">{t("caption", { leader: leaderName })}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("criterion")}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {t("weightNow")}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {t("endScore", { end: lowLabel })}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {t("endScore", { end: highLabel })}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {t("swing", { leader: leaderName })}
                </th>
                <th scope="col" className="py-1.5 font-medium">
                  {t("firstAtEnds")}
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
                      <span className="text-slate-600">{t("bothEnds", { leader: leaderName })}</span>
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
