import { useLocale, useTranslations } from "next-intl";

import { Provenance } from "@/components/data/provenance";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formattersFor } from "@/lib/format";
import type { FreshnessPageData } from "@/lib/data/freshness";
import { citationOf } from "@/lib/data/sources";

// One market's figures with their data year, age and edition. A plain GET form picks the market,
// so the view works without JavaScript and its address can be shared.

export function MarketFreshness({ data }: { data: FreshnessPageData }) {
  const t = useTranslations("data.market");
  const tKind = useTranslations("data.freshness");
  const locale = useLocale();
  const { formatValue } = formattersFor(locale);
  const kindLabel = (kind: string | null | undefined) =>
    kind === "estimate"
      ? tKind("estimate")
      : kind === "projection"
        ? tKind("projection")
        : kind === "computed"
          ? tKind("computed")
          : null;
  const market = data.market;
  return (
    <div>
      <form method="get" action={`/${locale}/data#freshness`} className="flex flex-wrap items-end gap-2">
        <label className="text-sm text-slate-800">
          <span className="block font-medium">{t("label")}</span>
          <select
            name="market"
            defaultValue={market?.iso3 ?? ""}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{t("choose")}</option>
            {data.markets.map((m) => (
              <option key={m.iso3} value={m.iso3}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-600">
          {t("show")}
        </button>
      </form>
      {market ? (
        <ScrollRegion label={t("tableLabel", { market: market.name })} className="mt-4">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-medium text-slate-900">
              {t("caption", { market: market.name, year: String(data.currentYear) })}
            </caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t("indicator")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  {t("value")}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t("dataYear")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  {t("age")}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {t("source")}
                </th>
              </tr>
            </thead>
            <tbody>
              {market.rows.map(({ indicator, value, age, olderThanThreeYears }) => (
                <tr key={indicator.key} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
                    {indicator.name}
                  </th>
                  {value === null ? (
                    <td colSpan={4} className="py-2 text-slate-600">
                      {t("gap", { market: market.name })}
                    </td>
                  ) : (
                    <>
                      <td className="py-2 pr-3 text-right tabular-nums">{formatValue(value.value, indicator.decimals)}</td>
                      <td className="py-2 pr-3">
                        {value.kind === "computed" ? (
                          <span>{value.edition ?? tKind("computed")}</span>
                        ) : (
                          <>
                            {value.year}
                            {kindLabel(value.kind) ? (
                              <span className="ml-1 text-xs text-slate-600">({kindLabel(value.kind)})</span>
                            ) : null}
                          </>
                        )}
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        {age === null ? "-" : t("years", { age })}
                        {olderThanThreeYears ? (
                          <span className="ml-1 rounded bg-amber-100 px-1 text-xs font-medium text-amber-900">{t("older")}</span>
                        ) : null}
                      </td>
                      <td className="py-2 text-slate-800">
                        {value.origin === "user" ? t("yourData") : (value.citation ?? citationOf(value.source, value.locator))}
                        <Provenance text={[value.source, value.locator].filter(Boolean).join("; ")} />
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </div>
  );
}
