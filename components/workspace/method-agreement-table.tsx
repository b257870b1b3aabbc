import { Card } from "@/components/ui/page-header";
import { formatNumber } from "@/lib/format";
import type { MethodAgreement, MethodVariant } from "@/lib/scoring";
import { ScrollRegion } from "@/components/ui/scroll-region";

const variantNames: Record<MethodVariant, string> = {
  "wsm/minmax": "Weighted sum, min-max",
  "wsm/vector": "Weighted sum, vector",
  "topsis/vector": "TOPSIS, vector",
  "topsis/minmax": "TOPSIS, min-max",
  promethee2: "PROMETHEE II",
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
  const rhos = agreement.spearman.map((s) => s.rho).filter((r): r is number => r !== null);
  const lowest = rhos.length > 0 ? Math.min(...rhos) : null;
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">Would another method give the same answer?</h2>
      <p className="mt-1 text-sm text-slate-700">
        The same weights and data ranked by each method.{" "}
        {agreement.sameLeader
          ? "Every method puts the same market first."
          : "The methods disagree on which market comes first."}
        {lowest !== null
          ? ` The lowest rank correlation between two methods (Spearman's ρ) is ${formatNumber(lowest, 2)}; 1 = the same order.`
          : ""}
      </p>
      <ScrollRegion label="Ranks by method (scrolls sideways)" className="relative mt-3">
        <table className="w-full min-w-[36rem] text-left text-xs">
          <caption className="sr-only">Rank of each market under each method variant</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Market
              </th>
              {agreement.variants.map((v) => (
                <th key={v} scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {variantNames[v]}
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
