import { useLocale, useTranslations } from "next-intl";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge } from "@/components/ui/page-header";
import type { EntryModeResponse } from "@/lib/contracts/fit";
import { Link } from "@/lib/i18n/navigation";
import { MARKET_FACTOR_KEYS } from "@/lib/scoring/fit/factors";

import type { FitMarketData, IndicatorInfo } from "./fit-types";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Factors = EntryModeResponse["marketProfile"]["factors"];

/** The market side of the model: each factor's 1-5 value and what it rests on (indicators and years, or a rating). */
export function MarketFactorProfile({
  factors,
  market,
  names,
  anchors,
  indicators,
}: {
  factors: Factors;
  market: FitMarketData;
  names: Record<string, string>;
  anchors: Record<string, string>;
  indicators: Record<string, IndicatorInfo>;
}) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const { formatNumber, formatValue } = useFormatters();
  const basisBadge = {
    indicators: <Badge tone="brand">{t("fit.marketProfile.fromIndicators")}</Badge>,
    user_assessment: <Badge tone="green">{t("fit.marketProfile.yourAssessment")}</Badge>,
    neutral_default: <Badge tone="amber">{t("fit.marketProfile.neutralDefault")}</Badge>,
  } as const;
  return (
    <ScrollRegion label={t("fit.marketProfile.label")}>
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{t("fit.marketProfile.caption", { market: market.name })}</caption>
        <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("fit.marketProfile.factor")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("fit.marketProfile.value")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("fit.marketProfile.basis")}
            </th>
            <th scope="col" className="py-2">
              {t("fit.marketProfile.inputs")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {MARKET_FACTOR_KEYS.map((key) => {
            const f = factors[key];
            return (
              <tr key={key} data-factor={key} data-basis={f.basis}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  <Link
                    href={`/framework#${anchors[key] ?? `factor-${key}`}`}
                    className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 underline underline-offset-2"
                  >
                    {names[key] ?? key}
                  </Link>
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(f.value, 2)}</td>
                <td className="py-2 pr-3">{basisBadge[f.basis]}</td>
                <td className="py-2 text-xs text-slate-700">
                  {f.inputs.length > 0 ? (
                    <ul className="space-y-1">
                      {f.inputs.map((input) => {
                        const info = indicators[input.indicator];
                        const sourced = market.sources[input.indicator];
                        return (
                          <li key={input.indicator}>
                            <span className="font-medium text-slate-800">{info?.name ?? input.indicator}</span>{" "}
                            {formatValue(input.value, info?.decimals ?? 2)} {info?.unit}
                            {sourced ? ` (${sourced.year})` : ""} → {formatNumber(input.score, 2)} ×{" "}
                            {formatNumber(input.weight, 2)}
                            {sourced ? (
                              <span className="block text-slate-600">
                                {t("fit.marketProfile.source", { source: sourced.source })}
                              </span>
                            ) : null}
                            {sourced?.note ? (
                              <span className="block text-slate-600">
                                {t("fit.marketProfile.note", { note: sourced.note })}
                              </span>
                            ) : null}
                          </li>
                        );
                      })}
                    </ul>
                  ) : f.basis === "user_assessment" ? (
                    <>
                      {f.reason ?? t("fit.marketProfile.yourRating")}
                      {f.evidenceDefault ? (
                        <span className="block text-slate-600">
                          {t("fit.marketProfile.overrides", {
                            value: formatNumber(f.evidenceDefault.value, 2),
                            inputs: f.evidenceDefault.inputs
                              .map((i) => `${indicators[i.indicator]?.name ?? i.indicator} ${formatValue(i.value, 2)}`)
                              .join(locale === "zh" ? "、" : ", "),
                          })}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    t("fit.marketProfile.noValue")
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
