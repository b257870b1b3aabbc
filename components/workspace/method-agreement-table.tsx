import { useLocale, useTranslations } from "next-intl";

import { Card } from "@/components/ui/page-header";
import { formattersFor } from "@/lib/format";
import type { MethodAgreement, MethodVariant } from "@/lib/scoring";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Message selectors for the engine's method variants (ICU select keys are plain words). */
const variantKeys: Record<MethodVariant, string> = {
  "wsm/minmax": "wsmMinmax",
  "wsm/vector": "wsmVector",
  "topsis/vector": "topsisVector",
  "topsis/minmax": "topsisMinmax",
  promethee2: "promethee2",
};

/** Would another method give the same answer? Ranks per method variant and Spearman's ρ. */
export function MethodAgreementTable({
  agreement,
  names,
  order,
}: {
  agreement: MethodAgreement;
  names: Record<string, string>;
  order: string[];
}) {
  const t = useTranslations("workspace.agreement");
  const { formatNumber } = formattersFor(useLocale());
  const rhos = agreement.spearman.map((s) => s.rho).filter((r): r is number => r !== null);
  const lowest = rhos.length > 0 ? Math.min(...rhos) : null;
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {t("intro")} {agreement.sameLeader ? t("sameLeader") : t("differentLeader")}
        {lowest !== null ? t("lowest", { rho: formatNumber(lowest, 2) }) : ""}
      </p>
      <ScrollRegion label={t("region")} className="relative mt-3">
        <table className="w-full min-w-[36rem] text-left text-xs">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                {t("market")}
              </th>
              {agreement.variants.map((v) => (
                <th key={v} scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {t("variant", { variant: variantKeys[v] })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {order.map((iso3) => (
              <tr key={iso3}>
                <th scope="row" className="py-1 pr-3 font-normal">
                  {names[iso3] ?? iso3}
                </th>
                {agreement.variants.map((v) => (
                  <td key={v} className="py-1 pr-3 text-right">
                    {agreement.rankings[v][iso3]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
