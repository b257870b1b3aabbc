import { useLocale, useTranslations } from "next-intl";

import type { GroupComparisonRow } from "@/lib/compare/group-scores";
import { formattersFor } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";

import { MarketRadar } from "./market-radar";
import { ScrollRegion } from "@/components/ui/scroll-region";

// Short axis labels for the shipped criteria groups, short enough for a phone; a group the
// catalogue does not name (e.g. one a user imported) is labelled from its key
// (host_regulation → Host regulation).
const AXES = ["attractiveness", "host_policy", "governance", "infrastructure", "proximity", "competition"] as const;
type Axis = (typeof AXES)[number];
const isAxis = (key: string): key is Axis => (AXES as readonly string[]).includes(key);
const labelFromKey = (key: string) => key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, " ");

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
  const t = useTranslations("markets");
  const { formatNumber } = formattersFor(useLocale());
  const score = (value: number | null) => (value === null ? null : formatNumber(value, 0));
  const difference = (row: GroupComparisonRow): string => {
    if (row.market === null || row.average === null) return t("comparison.notCompared");
    const d = Math.round(row.market - row.average);
    if (d === 0) return t("comparison.level");
    return d > 0
      ? t("comparison.above", { points: formatNumber(d, 0) })
      : t("comparison.below", { points: formatNumber(-d, 0) });
  };
  const axis = (key: string) => (isAxis(key) ? t(`comparison.axes.${key}`) : labelFromKey(key));
  const plotted = rows.filter((r) => r.market !== null && r.average !== null);
  const averageName = t("comparison.averageName", { count: comparedNames.length });
  const description = plotted
    .map((r) =>
      t("comparison.describeGroup", {
        group: r.name,
        name: marketName,
        value: score(r.market) ?? "",
        average: score(r.average) ?? "",
      }),
    )
    .join("; ");
  return (
    <figure>
      <div className="grid grid-cols-1 items-center gap-6 lg:grid-cols-2">
        <div>
          {plotted.length >= 3 ? (
            <MarketRadar
              data={plotted.map((r) => ({ label: axis(r.key), value: r.market!, reference: r.average! }))}
              valueName={marketName}
              referenceName={averageName}
              title={t("comparison.chartTitle", { name: marketName })}
              description={description}
            />
          ) : (
            <p className="rounded border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
              {t("comparison.tooFew", { name: marketName })}
            </p>
          )}
        </div>
        <ScrollRegion label={t("comparison.tableLabel")}>
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">{t("comparison.caption", { name: marketName })}</caption>
            <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("comparison.group")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("comparison.marketColumn", { name: marketName })}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("comparison.averageColumn")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("comparison.difference")}
                </th>
                <th scope="col" className="py-2">
                  {t("comparison.basedOn")}
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
                  <td className="py-2 pr-3 text-right tabular-nums">{score(r.market) ?? t("comparison.gap")}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{score(r.average) ?? t("comparison.gap")}</td>
                  <td className="py-2 pr-3">{difference(r)}</td>
                  <td className="py-2 text-xs text-slate-700">
                    {t("comparison.basis", { observed: r.observed, total: r.indicatorCount, markets: r.averageOver })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
      <figcaption className="mt-4 text-sm leading-6 text-slate-700">
        {includesMarket
          ? t("comparison.figcaptionIncluded", {
              name: marketName,
              compared: comparedNames.join(t("evidence.listSeparator")),
            })
          : t("comparison.figcaption", { name: marketName, compared: comparedNames.join(t("evidence.listSeparator")) })}
      </figcaption>
    </figure>
  );
}
