import { useLocale, useTranslations } from "next-intl";

import { Card } from "@/components/ui/page-header";
import { formattersFor } from "@/lib/format";
import type { StabilityResult } from "@/lib/scoring";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The engine's weight stability intervals: each global weight's range that keeps the leader first. */
export function StabilityTable({ stability, names }: { stability: StabilityResult; names: Record<string, string> }) {
  const t = useTranslations("workspace.stability");
  const { formatPercent } = formattersFor(useLocale());
  const leaderName = names[stability.leader] ?? stability.leader;
  const rows = Object.entries(stability.intervals).sort(([, a], [, b]) => b.weight - a.weight);
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {t("intro", { leader: leaderName })} {stability.exact ? t("exact") : t("approximate")}
      </p>
      <ScrollRegion label={t("region")} className="relative mt-3">
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
              <th scope="col" className="py-1.5 pr-3 font-medium">
                {t("staysFirst", { leader: leaderName })}
              </th>
              <th scope="col" className="py-1.5 font-medium">
                {t("takesOver")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {rows.map(([key, s]) => (
              <tr key={key} data-criterion={key}>
                <th scope="row" className="py-1 pr-3 font-normal">
                  {names[key] ?? key}
                </th>
                <td className="py-1 pr-3 text-right">{formatPercent(s.weight, 1)}</td>
                <td className="py-1 pr-3">
                  <span className="inline-flex items-center gap-2">
                    <span className="relative inline-block h-2 w-28 rounded-full bg-slate-200" aria-hidden="true">
                      <span
                        className="absolute inset-y-0 rounded-full bg-emerald-600"
                        style={{ left: `${s.low * 100}%`, width: `${Math.max(1, (s.high - s.low) * 100)}%` }}
                      />
                      <span
                        className="absolute -top-0.5 h-3 w-0.5 bg-slate-900"
                        style={{ left: `${s.weight * 100}%` }}
                      />
                    </span>
                    {s.lowBounded ? formatPercent(s.low, 1) : formatPercent(0, 0)} –{" "}
                    {s.highBounded ? formatPercent(s.high, 1) : formatPercent(1, 0)}
                  </span>
                </td>
                <td className="py-1 text-slate-700">
                  {[
                    s.lowChallenger ? t("below", { market: names[s.lowChallenger] ?? s.lowChallenger }) : null,
                    s.highChallenger ? t("above", { market: names[s.highChallenger] ?? s.highChallenger }) : null,
                  ]
                    .filter(Boolean)
                    .join("; ") || t("nobody")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
