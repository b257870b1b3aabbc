"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge, Card } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { GroupResult } from "@/lib/contracts/decisions";

const DisagreementChart = dynamic(() => import("@/components/charts/disagreement-chart"), {
  ssr: false,
  loading: () => <div className="h-48 rounded bg-slate-50" />,
});

/** Message keys of the contract's words (Schmidt 1997 for W, Goepel's scale for S*). */
const CONCORDANCE_KEY = {
  "very weak": "veryWeak",
  weak: "weak",
  moderate: "moderate",
  strong: "strong",
  "unusually strong": "unusuallyStrong",
} as const;
const CONSENSUS_KEY = {
  "very low": "veryLow",
  low: "low",
  moderate: "moderate",
  high: "high",
  "very high": "veryHigh",
} as const;

/** Below it, a W this large would be unlikely if the members ranked at random. */
const SIGNIFICANCE = 0.05;

/**
 * The group result after the reveal (issue 13 §4.3-4.4): the group's weights beside each member's,
 * consensus in numbers and words, per-criterion disagreement, the ranking under each member's
 * weights beside the group's, and the criterion whose disagreement moves the ranking most.
 */
export function GroupResultView({ result }: { result: GroupResult }) {
  const t = useTranslations("decisions.result");
  const { formatNumber, formatPercent } = useFormatters();
  const members = result.members;
  const memberName = Object.fromEntries(members.map((m) => [m.userId, m.name]));
  const equalSay = members.every((m) => Math.abs(m.share - (members[0]?.share ?? 0)) < 1e-9);
  const ahp = result.method === "ahp";
  const { markets, criteria, ahp: sStar } = result.consensus;

  const concordance = (c: typeof markets, what: "markets" | "criteria") => (
    <>
      <p>
        {t(`w.${what}`, {
          w: formatNumber(c.w, 2),
          word: t(`w.words.${CONCORDANCE_KEY[c.word]}`),
        })}
      </p>
      <p className="text-xs text-slate-600">
        {t("w.test", {
          chi: formatNumber(c.chiSquare, 2),
          df: c.degreesOfFreedom,
          p: formatNumber(c.pValue, 3),
          chance: c.pValue < SIGNIFICANCE ? "unlikely" : "possible",
          approximate: c.approximate ? "yes" : "no",
        })}
      </p>
    </>
  );

  return (
    <div className="space-y-6" data-testid="group-result">
      <Card>
        <h2 className="text-lg font-semibold text-slate-900">{t("weightsHeading")}</h2>
        <p className="mt-1 text-sm text-slate-700">
          {ahp ? t("weightsLeadAhp", { aggregation: result.aggregation ?? "aij" }) : t("weightsLeadDirect")}
        </p>
        <ScrollRegion label={t("weightsCaption")} className="mt-3">
          <table className="w-full min-w-[32rem] text-sm tabular-nums">
            <caption className="sr-only">{t("weightsCaption")}</caption>
            <thead className="text-left text-xs text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("criterion")}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-semibold text-slate-900">
                  {t("group")}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {t("spread")}
                </th>
                {members.map((m) => (
                  <th key={m.userId} scope="col" className="py-1.5 pr-3 text-right font-medium">
                    {m.name}
                    {!equalSay ? (
                      <span className="block font-normal">{t("share", { share: formatPercent(m.share, 0) })}</span>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.criteria.map((c) => (
                <tr key={c.key}>
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {c.name}
                  </th>
                  <td className="py-1.5 pr-3 text-right font-semibold">{formatPercent(c.weight, 1)}</td>
                  <td className="py-1.5 pr-3 text-right whitespace-nowrap text-slate-700">
                    {t("sd", { sd: formatNumber(c.standardDeviation * 100, 1) })}
                  </td>
                  {members.map((m) => (
                    <td key={m.userId} className="py-1.5 pr-3 text-right">
                      {formatPercent(m.weights[c.key] ?? 0, 1)}
                    </td>
                  ))}
                </tr>
              ))}
              {ahp ? (
                <tr>
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-700">
                    {t("cr")}
                  </th>
                  <td className="py-1.5 pr-3 text-right">
                    {result.groupConsistency ? formatNumber(result.groupConsistency.cr, 3) : "—"}
                  </td>
                  <td />
                  {members.map((m) => (
                    <td key={m.userId} className="py-1.5 pr-3 text-right">
                      {m.consistency ? (
                        <>
                          {formatNumber(m.consistency.cr, 3)}
                          {!m.consistency.consistent ? (
                            <span className="ml-1">
                              <Badge tone="amber">{t("aboveLimit")}</Badge>
                            </span>
                          ) : null}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                  ))}
                </tr>
              ) : null}
            </tbody>
          </table>
        </ScrollRegion>
        {ahp ? <p className="mt-2 text-xs text-slate-600">{t("crNote")}</p> : null}
      </Card>

      <Card>
        <h2 className="text-lg font-semibold text-slate-900">{t("consensusHeading")}</h2>
        <div className="mt-2 space-y-3 text-sm text-slate-800" data-testid="consensus">
          <div>{concordance(markets, "markets")}</div>
          <div>{concordance(criteria, "criteria")}</div>
          {sStar ? (
            <div>
              <p>
                {t("sStar", {
                  s: formatNumber(sStar.consensus, 2),
                  word: t(`sStarWords.${CONSENSUS_KEY[sStar.word]}`),
                })}
              </p>
              <p className="text-xs text-slate-600">{t("sStarNote")}</p>
            </div>
          ) : null}
        </div>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold text-slate-900">{t("disagreementHeading")}</h2>
        <p className="mt-2 text-sm text-slate-800" data-testid="most-divisive">
          {result.mostDivisive
            ? t("mostDivisive", {
                criterion: result.mostDivisive.name,
                member: memberName[result.mostDivisive.displacedBy] ?? "",
                places: result.mostDivisive.displacement,
              })
            : t("noneDivisive")}
        </p>
        <p className="mt-1 text-xs text-slate-600">{t("divisiveNote")}</p>
        <div className="mt-3">
          <DisagreementChart
            rows={result.criteria.map((c) => ({ name: c.name, min: c.min, max: c.max, group: c.weight }))}
            chartLabel={t("chartLabel")}
            rangeLabel={t("chartRange")}
            groupLabel={t("chartGroup")}
            axisLabel={t("chartAxis")}
          />
        </div>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold text-slate-900">{t("rankingHeading")}</h2>
        <p className="mt-1 text-sm text-slate-700">{t("rankingLead")}</p>
        <ScrollRegion label={t("rankingCaption")} className="mt-3">
          <table className="w-full min-w-[28rem] text-sm tabular-nums" data-testid="group-ranking">
            <caption className="sr-only">{t("rankingCaption")}</caption>
            <thead className="text-left text-xs text-slate-600">
              <tr>
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {t("market")}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-semibold text-slate-900">
                  {t("group")}
                </th>
                {members.map((m) => (
                  <th key={m.userId} scope="col" className="py-1.5 pr-3 text-right font-medium">
                    {m.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.ranking.map((r) => (
                <tr key={r.iso3}>
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {r.name}
                  </th>
                  <td className="py-1.5 pr-3 text-right font-semibold">{r.rank}</td>
                  {members.map((m) => {
                    const rank = r.memberRanks[m.userId];
                    const moved = rank !== undefined && rank !== r.rank;
                    return (
                      <td key={m.userId} className={`py-1.5 pr-3 text-right ${moved ? "text-amber-900" : ""}`}>
                        {rank ?? "—"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Card>
    </div>
  );
}
