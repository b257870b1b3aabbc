import Link from "next/link";

import { Badge } from "@/components/ui/page-header";
import type { EntryModeResponse } from "@/lib/contracts/fit";
import { formatNumber, formatValue } from "@/lib/format";
import { MARKET_FACTOR_KEYS } from "@/lib/scoring/fit/factors";

import type { FitMarketData, IndicatorInfo } from "./fit-types";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Factors = EntryModeResponse["marketProfile"]["factors"];

const basisBadge = {
  indicators: <Badge tone="brand">From indicators</Badge>,
  user_assessment: <Badge tone="green">Your assessment</Badge>,
  neutral_default: <Badge tone="amber">Neutral 3: an assumption</Badge>,
} as const;

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
  return (
    <ScrollRegion label="Market factor profile">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">
          The market factors of {market.name} on the 1-5 scale and what each rests on
        </caption>
        <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Factor
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Value (1-5)
            </th>
            <th scope="col" className="py-2 pr-3">
              Basis
            </th>
            <th scope="col" className="py-2">
              Inputs: indicator value (year) → partial score × weight
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
                            {sourced ? <span className="block text-slate-600">Source: {sourced.source}</span> : null}
                            {sourced?.note ? <span className="block text-slate-600">Basis: {sourced.note}</span> : null}
                          </li>
                        );
                      })}
                    </ul>
                  ) : f.basis === "user_assessment" ? (
                    <>
                      {f.reason ?? "Your rating on this page."}
                      {f.evidenceDefault ? (
                        <span className="block text-slate-600">
                          Overrides the evidence-based default {formatNumber(f.evidenceDefault.value, 2)} (from{" "}
                          {f.evidenceDefault.inputs
                            .map((i) => `${indicators[i.indicator]?.name ?? i.indicator} ${formatValue(i.value, 2)}`)
                            .join(", ")}
                          ).
                        </span>
                      ) : null}
                    </>
                  ) : (
                    "No value: the neutral 3 is used and listed under the assumptions."
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
