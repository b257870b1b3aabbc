"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { STALE_AFTER_YEARS, type StaleValue } from "@/lib/workspace/freshness";
import type { RankingResult } from "@/lib/scoring";

import type { ColoredCriterion } from "./ranking-list";
import { ScrollRegion } from "@/components/ui/scroll-region";

interface Props {
  result: RankingResult;
  criteria: readonly ColoredCriterion[];
  marketNames: Record<string, string>;
  /** Per market, its values older than three years (lib/workspace/freshness.ts): marked in their cells. */
  stale?: Readonly<Record<string, readonly StaleValue[]>>;
}

/** The numbers behind the bars: each criterion's weight and its contribution to each market's score. */
export const ContributionTable = memo(function ContributionTable({ result, criteria, marketNames, stale = {} }: Props) {
  const t = useTranslations("workspace.table");
  const f = useFormatters();
  const oldCell = (iso3: string, key: string) => stale[iso3]?.find((s) => s.key === key);
  const anyOld = Object.values(stale).some((list) => list.length > 0);
  return (
    <>
      <ScrollRegion label={t("region")} className="relative">
        <table className="w-full min-w-[36rem] text-left text-xs">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                {t("criterion")}
              </th>
              <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                {t("weight")}
              </th>
              {result.ranking.map((row) => (
                <th key={row.id} scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {row.rank}. {marketNames[row.id] ?? row.id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {criteria.map(({ criterion, color, groupName }) => (
              <tr key={criterion.key}>
                <th scope="row" className="py-1 pr-3 font-normal">
                  <span
                    aria-hidden="true"
                    className="mr-1.5 inline-block h-2.5 w-2.5 rounded-sm align-middle"
                    style={{ backgroundColor: color }}
                  />
                  {criterion.name}
                  <span className="sr-only"> ({groupName})</span>
                </th>
                <td className="py-1 pr-3 text-right">{f.formatPercent(result.weights[criterion.key] ?? 0, 1)}</td>
                {result.ranking.map((row) => (
                  <td key={row.id} className="py-1 pr-3 text-right">
                    {row.missing.includes(criterion.key) ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">{t("gap")}</span>
                      </>
                    ) : (
                      <OldMark old={oldCell(row.id, criterion.key)}>
                        {f.formatNumber(row.contributions[criterion.key] ?? 0, 3)}
                      </OldMark>
                    )}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="border-t border-slate-300 font-semibold">
              <th scope="row" className="py-1.5 pr-3">
                {t("score")}
              </th>
              <td className="py-1.5 pr-3 text-right">{f.formatPercent(1, 0)}</td>
              {result.ranking.map((row) => (
                <td key={row.id} className="py-1.5 pr-3 text-right">
                  {f.formatNumber(row.score, 3)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
      {anyOld ? (
        <p className="mt-1 text-xs text-slate-600">
          {t.rich("oldNote", {
            years: STALE_AFTER_YEARS,
            star: (chunks) => <span className="font-semibold text-amber-800">{chunks}</span>,
          })}
        </p>
      ) : null}
    </>
  );
});

/** A contribution whose value is older than three years: an asterisk, its year and age in a tooltip and for screen readers. */
function OldMark({ old, children }: { old: StaleValue | undefined; children: React.ReactNode }) {
  const t = useTranslations("workspace.table");
  if (!old) return <>{children}</>;
  const text = t("oldValue", { year: String(old.year), age: old.age });
  return (
    <span
      title={text}
      tabIndex={0}
      className="rounded underline decoration-amber-600 decoration-dotted underline-offset-2"
    >
      {children}
      <span aria-hidden="true" className="font-semibold text-amber-800">
        *
      </span>
      <span className="sr-only"> ({text})</span>
    </span>
  );
}
