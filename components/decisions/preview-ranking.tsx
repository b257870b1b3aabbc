"use client";

import { useTranslations } from "next-intl";

import { useFormatters } from "@/components/i18n/use-formatters";
import type { RankedMarket } from "@/lib/contracts/decisions";

/** A ranking of the decision's markets under one person's weights: rank, market, score. */
export function PreviewRanking({ ranking }: { ranking: readonly RankedMarket[] }) {
  const t = useTranslations("decisions.mine");
  const { formatNumber } = useFormatters();
  return (
    <table className="mt-2 w-full text-sm" data-testid="my-ranking">
      <caption className="sr-only">{t("rankingCaption")}</caption>
      <thead className="text-left text-xs text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-2 font-medium">
            {t("rank")}
          </th>
          <th scope="col" className="py-1 pr-2 font-medium">
            {t("market")}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {t("score")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 tabular-nums">
        {ranking.map((r) => (
          <tr key={r.iso3}>
            <td className="py-1 pr-2">{r.rank}</td>
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {r.name}
            </th>
            <td className="py-1 text-right">{formatNumber(r.score, 3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
