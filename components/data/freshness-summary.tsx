import { useTranslations } from "next-intl";

import { ScrollRegion } from "@/components/ui/scroll-region";
import type { FreshnessPageData } from "@/lib/data/freshness";

// Per indicator: which editions the shipped latest values come from, the newest data year, how
// many economies have a value and how many of those values are older than three years. One row per
// indicator keeps ~200 economies x ~25 indicators readable; the per-market view has the detail.

export function FreshnessSummary({ data }: { data: FreshnessPageData }) {
  const t = useTranslations("data.freshness");
  return (
    <ScrollRegion label={t("label")}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("label")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("indicator")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("editions")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("newestYear")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("economies")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("older")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.indicators.map((i) => (
            <tr key={i.indicator} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
                {i.name}
                <span className="block text-xs font-normal text-slate-600">{i.group}</span>
              </th>
              <td className="py-2 pr-3 text-slate-800">
                {i.editions.length === 0 ? (
                  <span className="text-slate-600">{t("noValue")}</span>
                ) : (
                  <ul>
                    {i.editions.map((e) => (
                      <li key={e.edition}>
                        {e.edition} <span className="text-slate-600">({e.economies})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {i.computed ? t("computed") : (i.latestYear ?? "-")}
                {i.projections > 0 ? <span className="block text-xs text-slate-600">{t("projection")}</span> : null}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {t("economiesOf", { count: i.economies, total: data.markets.length })}
              </td>
              <td className="py-2 text-right tabular-nums">
                {i.computed ? <span className="text-slate-600">{t("notDated")}</span> : i.olderThanThreeYears}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
