import { getLocale, getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { SideBySideSection } from "@/lib/compare/side-by-side";
import { formattersFor } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";

/** Markets side by side on every indicator, grouped by criteria group, the best value per row marked. */
export async function SideBySideTable({
  sections,
  markets,
}: {
  sections: SideBySideSection[];
  markets: { iso3: string; name: string; href: string }[];
}) {
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const { formatValue } = formattersFor(locale);
  return (
    <ScrollRegion label={t("markets.title")} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full table-fixed text-left text-sm" style={{ minWidth: `${8.5 + markets.length * 6.5}rem` }}>
        <caption className="sr-only">
          {t("markets.caption", { markets: markets.map((m) => m.name).join(locale === "zh" ? "、" : ", ") })}
        </caption>
        <colgroup>
          <col className="w-[8.5rem] sm:w-[18rem]" />
          {markets.map((m) => (
            <col key={m.iso3} />
          ))}
        </colgroup>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2">
              {t("markets.indicator")}
            </th>
            {markets.map((m) => (
              <th key={m.iso3} scope="col" className="px-3 py-2 text-right">
                <Link
                  href={m.href}
                  className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 normal-case underline underline-offset-2"
                >
                  {m.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        {sections.map(({ group, rows }) => (
          <tbody key={group.key} className="divide-y divide-slate-100 border-b border-slate-200 align-top">
            <tr className="bg-slate-50/60">
              <th
                scope="colgroup"
                colSpan={markets.length + 1}
                className="px-3 pt-4 pb-2 text-sm font-semibold text-slate-900"
              >
                <Link
                  href={`/framework#criteria-${group.key}`}
                  className="hover:text-brand-700 underline decoration-slate-400 decoration-dotted underline-offset-4"
                >
                  {group.name}
                </Link>
              </th>
            </tr>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={markets.length + 1} className="px-3 py-2 text-sm text-slate-700">
                  {group.measurement === "user_assessment" ? t("markets.userAssessed") : t("markets.noIndicators")}
                </td>
              </tr>
            ) : null}
            {rows.map((row) => (
              <tr key={row.indicator.key} data-indicator={row.indicator.key}>
                <th scope="row" className="sticky left-0 bg-white px-3 py-2 font-normal break-words">
                  <span className="font-medium text-slate-900">{row.indicator.name}</span>
                  <span className="block text-xs text-slate-600">
                    {row.indicator.unit} ·{" "}
                    {row.indicator.direction === "benefit" ? t("markets.higherBetter") : t("markets.lowerBetter")}
                  </span>
                  {row.sources.length === 1 ? (
                    <>
                      <span className="mt-0.5 hidden text-xs text-slate-600 sm:block">
                        {t("markets.source", { source: row.sources[0] ?? "" })}
                      </span>
                      <details className="mt-0.5 text-xs text-slate-600 sm:hidden">
                        <summary className="text-brand-700 cursor-pointer">{t("markets.sourceSummary")}</summary>
                        {row.sources[0]}
                      </details>
                    </>
                  ) : null}
                  {row.noBest === "all_equal" ? (
                    <span className="block text-xs text-slate-600">{t("markets.allEqual")}</span>
                  ) : null}
                </th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.iso3}
                    data-market={cell.iso3}
                    data-best={cell.best ? "true" : undefined}
                    className={`px-3 py-2 text-right tabular-nums ${cell.best ? "bg-emerald-50" : ""}`}
                  >
                    {cell.sourced ? (
                      <>
                        <span className={cell.best ? "font-semibold text-slate-900" : "text-slate-800"}>
                          {formatValue(cell.sourced.value, row.indicator.decimals)}
                        </span>
                        {cell.best ? (
                          <span className="ml-1 inline-block">
                            <Badge tone="green">
                              <span aria-hidden="true">★&nbsp;</span>
                              {t("markets.best")}
                            </Badge>
                          </span>
                        ) : null}
                        <span className="block text-xs text-slate-600" data-testid="value-year">
                          {cell.sourced.year}
                        </span>
                        {row.sources.length > 1 ? (
                          <span className="block text-left text-xs text-slate-600" data-testid="value-source">
                            {cell.sourced.source}
                          </span>
                        ) : null}
                      </>
                    ) : (
                      <Badge tone="amber">{t("markets.dataGap")}</Badge>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </ScrollRegion>
  );
}
