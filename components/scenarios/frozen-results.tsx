import { useLocale, useTranslations } from "next-intl";

import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ScenarioResults } from "@/lib/contracts/scenarios";
import { formattersFor } from "@/lib/format";
import { reasonSentence } from "@/lib/reports/reason-sentence";
import { upgradeStoredReason } from "@/lib/scoring/fit/reasons";

import { useMethodLabels } from "./format";

// A scenario's frozen results: the ranking with its robustness, and the entry-mode fit.
// Everything comes from the saved results; nothing is recomputed here.

const th = "px-3 py-2 font-medium";
const td = "px-3 py-1.5";

export function FrozenRanking({ results }: { results: ScenarioResults }) {
  const t = useTranslations("scenarios.frozen");
  const { methodLabel } = useMethodLabels();
  const { formatDate, formatNumber, formatPercent } = formattersFor(useLocale());
  const { ranking, robustness, labels } = results;
  const name = (iso3: string) => labels.markets[iso3] ?? iso3;
  const agreement = robustness.methodAgreement;
  const leaders = Object.values(agreement.rankings).map((ranks) =>
    Object.entries(ranks)
      .filter(([, r]) => r === 1)
      .map(([id]) => id),
  );
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {t("computed", {
          method: methodLabel(ranking.method, ranking.normalization),
          date: formatDate(results.computedAt),
          dataset: results.datasetVersion,
          samples: formatNumber(robustness.monteCarlo.samples, 0),
          seed: String(robustness.monteCarlo.seed),
        })}
      </p>
      <ScrollRegion label={t("tableLabel")}>
        <table className="w-full min-w-[34rem] text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className={`${th} text-right`}>
                {t("rank")}
              </th>
              <th scope="col" className={th}>
                {t("market")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("score")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("chanceFirst")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("rank90")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("coverage")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {ranking.ranking.map((r) => {
              const interval = robustness.rankInterval90[r.id];
              return (
                <tr key={r.id}>
                  <td className={`${td} text-right tabular-nums`}>{r.rank}</td>
                  <th scope="row" className={`${td} font-medium`}>
                    {name(r.id)}
                  </th>
                  <td className={`${td} text-right tabular-nums`}>{formatNumber(r.score, 3)}</td>
                  <td className={`${td} text-right tabular-nums`}>
                    {formatPercent(robustness.probabilityFirst[r.id] ?? 0, 0)}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>
                    {interval
                      ? interval.low === interval.high
                        ? interval.low
                        : `${interval.low}–${interval.high}`
                      : t("notAvailable")}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{formatPercent(r.coverage, 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <ul className="list-inside list-disc space-y-1 text-sm text-slate-800">
        <li>{robustness.smallestChange.sentence}</li>
        <li>
          {agreement.sameLeader
            ? t("sameLeader", {
                count: agreement.variants.length,
                name: name(leaders[0]?.[0] ?? robustness.leader),
              })
            : t("leaderDisagreement", {
                names: [...new Set(leaders.flat())].map(name).join(t("listSeparator")),
              })}
        </li>
      </ul>
    </div>
  );
}

export function FrozenEntryModes({
  results,
  factorNames,
}: {
  results: ScenarioResults;
  factorNames: Record<string, string>;
}) {
  const t = useTranslations("scenarios.frozen");
  const { formatNumber } = formattersFor(useLocale());
  const fit = results.entryModes;
  if (!fit) return <p className="text-sm text-slate-700">{t("noFirm")}</p>;
  const list = (items: typeof fit.modes, caption: string) => (
    <ScrollRegion label={caption}>
      <table className="w-full min-w-[24rem] text-left text-sm">
        <caption className="pb-1 text-left text-sm font-semibold text-slate-900">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className={`${th} text-right`}>
              {t("rank")}
            </th>
            <th scope="col" className={th}>
              {t("option")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("fit")}
            </th>
            <th scope="col" className={th}>
              {t("strongestReason")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((m) => {
            const top = [...m.reasons].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))[0];
            return (
              <tr key={m.id}>
                <td className={`${td} text-right tabular-nums`}>{m.rank}</td>
                <th scope="row" className={`${td} font-medium`}>
                  {m.name ?? m.id}
                </th>
                <td className={`${td} text-right tabular-nums`}>{formatNumber(m.score, 0)}</td>
                <td className={`${td} text-slate-700`}>
                  {top
                    ? reasonSentence(
                        // a reason saved before issue 11 is read by its stored contribution
                        { ...upgradeStoredReason(top), factor: factorNames[top.factor] ?? top.factor },
                        { target: m.name ?? m.id, rationale: false },
                      )
                    : t("noFactor")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {t.rich("forMarket", {
          market: fit.market.name ?? fit.market.iso3 ?? "",
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {list(fit.modes, t("entryModes"))}
      {list(fit.strategies, t("strategies"))}
      {fit.assumptions.length > 0 ? (
        <details className="text-sm text-slate-700">
          <summary className="cursor-pointer font-medium">
            {t("assumptions", { count: fit.assumptions.length })}
          </summary>
          <ul className="mt-2 list-inside list-disc space-y-1">
            {fit.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
