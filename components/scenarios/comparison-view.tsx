import { useLocale, useTranslations } from "next-intl";

import { ScrollRegion } from "@/components/ui/scroll-region";
import type { EntryModeComparison, ScenarioComparison } from "@/lib/contracts/scenarios";
import { formattersFor } from "@/lib/format";

import { RankMove } from "./rank-move";

// The parts of a comparison (two scenarios, or saved results vs today's data) shared by the
// compare page and the recompute preview. Plain components: rendered on the server or the client.

const th = "px-3 py-2 font-medium";
const td = "px-3 py-1.5";

export function RankingMoves({
  comparison,
  labelA,
  labelB,
}: {
  comparison: ScenarioComparison;
  labelA: string;
  labelB: string;
}) {
  const t = useTranslations("scenarios.moves");
  const { formatNumber } = formattersFor(useLocale());
  return (
    <ScrollRegion label={t("tableLabel")}>
      <table className="w-full min-w-[34rem] text-left text-sm">
        <caption className="sr-only">{t("caption", { a: labelA, b: labelB })}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className={th}>
              {t("market")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {labelA}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {labelB}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("move")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("scoreOf", { label: labelA })}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("scoreOf", { label: labelB })}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {comparison.rankings.map((r) => (
            <tr key={r.iso3} className={comparison.biggestMove?.iso3 === r.iso3 ? "bg-amber-50" : undefined}>
              <th scope="row" className={`${td} font-medium`}>
                {r.name}
              </th>
              <td className={`${td} text-right tabular-nums`}>{r.rankA ?? t("notRanked")}</td>
              <td className={`${td} text-right tabular-nums`}>{r.rankB ?? t("notRanked")}</td>
              <td className={`${td} text-right tabular-nums`}>
                <RankMove move={r.move} />
              </td>
              <td className={`${td} text-right text-slate-700 tabular-nums`}>
                {r.scoreA === null ? "" : formatNumber(r.scoreA, 3)}
              </td>
              <td className={`${td} text-right text-slate-700 tabular-nums`}>
                {r.scoreB === null ? "" : formatNumber(r.scoreB, 3)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function WeightsSideBySide({
  comparison,
  labelA,
  labelB,
}: {
  comparison: ScenarioComparison;
  labelA: string;
  labelB: string;
}) {
  const t = useTranslations("scenarios.weights");
  const { formatNumber, formatPercent } = formattersFor(useLocale());
  const delta = (a: number, b: number) => {
    const d = (b - a) * 100;
    return Math.abs(d) < 0.05
      ? t("same")
      : t("points", { sign: d > 0 ? "+" : "−", value: formatNumber(Math.abs(d), 1) });
  };
  return (
    <ScrollRegion label={t("tableLabel")}>
      <table className="w-full min-w-[30rem] text-left text-sm">
        <caption className="sr-only">{t("caption", { a: labelA, b: labelB })}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className={th}>
              {t("criterion")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {labelA}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {labelB}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("difference")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {comparison.weights.groups.map((g) => (
            <WeightRows
              key={g.key}
              group={g}
              criteria={comparison.weights.criteria.filter((c) => c.group === g.key)}
              delta={delta}
              formatPercent={formatPercent}
            />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function WeightRows({
  group,
  criteria,
  delta,
  formatPercent,
}: {
  group: ScenarioComparison["weights"]["groups"][number];
  criteria: ScenarioComparison["weights"]["criteria"];
  delta: (a: number, b: number) => string;
  formatPercent: (share: number) => string;
}) {
  return (
    <>
      <tr className="bg-slate-50/60">
        <th scope="row" className={`${td} font-semibold`}>
          {group.name}
        </th>
        <td className={`${td} text-right font-semibold tabular-nums`}>{formatPercent(group.a)}</td>
        <td className={`${td} text-right font-semibold tabular-nums`}>{formatPercent(group.b)}</td>
        <td className={`${td} text-right tabular-nums`}>{delta(group.a, group.b)}</td>
      </tr>
      {criteria.map((c) => (
        <tr key={c.id}>
          <th scope="row" className={`${td} pl-6 font-normal text-slate-800`}>
            {c.name}
          </th>
          <td className={`${td} text-right tabular-nums`}>{formatPercent(c.a)}</td>
          <td className={`${td} text-right tabular-nums`}>{formatPercent(c.b)}</td>
          <td className={`${td} text-right text-slate-700 tabular-nums`}>{delta(c.a, c.b)}</td>
        </tr>
      ))}
    </>
  );
}

export function DifferencesTable({ comparison, labelB }: { comparison: ScenarioComparison; labelB: string }) {
  const t = useTranslations("scenarios.differences");
  if (comparison.differences.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  const order = comparison.differences
    .map((d, i) => ({ d, i }))
    .sort((x, y) => (y.d.displacement ?? -1) - (x.d.displacement ?? -1) || x.i - y.i);
  const mover = comparison.biggestMove
    ? comparison.rankings.find((r) => r.iso3 === comparison.biggestMove!.iso3)?.name
    : null;
  return (
    <ScrollRegion label={t("tableLabel")}>
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className={th}>
              {t("difference")}
            </th>
            <th scope="col" className={th}>
              {t("change")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("displacement")}
            </th>
            {mover ? (
              <th scope="col" className={`${th} text-right`}>
                {t("towards", { market: mover, label: labelB })}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {order.map(({ d, i }) => (
            <tr key={`${d.kind}:${d.key}`} className={comparison.cause === i ? "bg-amber-50" : undefined}>
              <th scope="row" className={`${td} font-medium`}>
                {d.label}
                {comparison.cause === i ? (
                  <span className="ml-2 text-xs font-semibold text-amber-900">{t("biggest")}</span>
                ) : null}
              </th>
              <td className={`${td} text-slate-700`}>{d.kind === "data" ? d.b : `${d.a} → ${d.b}`}</td>
              <td className={`${td} text-right tabular-nums`}>
                {d.error ? <span title={d.error}>{t("failed")}</span> : d.displacement}
              </td>
              {mover ? (
                <td className={`${td} text-right tabular-nums`}>{d.explainsBiggestMove ?? t("notAvailable")}</td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function DataChanges({
  comparison,
  labelA,
  labelB,
  limit = 30,
}: {
  comparison: ScenarioComparison;
  labelA: string;
  labelB: string;
  limit?: number;
}) {
  const t = useTranslations("scenarios.dataChanges");
  const { formatValue } = formattersFor(useLocale());
  if (comparison.dataChanges.length === 0) return null;
  const cell = (c: ScenarioComparison["dataChanges"][number]["a"]) =>
    c
      ? c.year !== null
        ? t("valueYear", { value: formatValue(c.value), year: String(c.year) })
        : formatValue(c.value)
      : t("noValue");
  const shown = comparison.dataChanges.slice(0, limit);
  return (
    <ScrollRegion label={t("tableLabel")}>
      <table className="w-full min-w-[30rem] text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className={th}>
              {t("market")}
            </th>
            <th scope="col" className={th}>
              {t("indicator")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {labelA}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {labelB}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shown.map((c) => (
            <tr key={`${c.iso3}:${c.criterion}`}>
              <td className={td}>{comparison.rankings.find((r) => r.iso3 === c.iso3)?.name ?? c.iso3}</td>
              <td className={td}>{c.criterionName}</td>
              <td className={`${td} text-right tabular-nums`}>{cell(c.a)}</td>
              <td className={`${td} text-right tabular-nums`} title={c.b?.source ?? undefined}>
                {cell(c.b)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {comparison.dataChanges.length > limit ? (
        <p className="mt-2 text-xs text-slate-600">{t("more", { count: comparison.dataChanges.length - limit })}</p>
      ) : null}
    </ScrollRegion>
  );
}

/** Entry modes and strategies of two scenarios: ranks and scores side by side, and the inputs that differ. */
export function EntryModesSideBySide({ comparison }: { comparison: EntryModeComparison }) {
  const t = useTranslations("scenarios.fitCompare");
  const { a, b } = comparison;
  const marketOf = (s: EntryModeComparison["a"]) => (s.market ? (s.market.name ?? s.market.iso3 ?? "—") : "—");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-800" data-testid="entry-mode-summary">
        {comparison.summary}
      </p>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        {[
          { label: "A", s: a },
          { label: "B", s: b },
        ].map(({ label, s }) => (
          <div key={label} className="min-w-0 rounded border border-slate-200 bg-slate-50 p-3">
            <dt className="font-medium">
              {label}: {s.missing ? t("noFit") : marketOf(s)}
            </dt>
            <dd className="mt-1 text-slate-700">{s.missing ? s.missing : `${s.mode ?? "—"} · ${s.strategy ?? "—"}`}</dd>
          </div>
        ))}
      </dl>
      {comparison.modes.length > 0 || comparison.strategies.length > 0 ? (
        <div className="grid gap-6 xl:grid-cols-2">
          <FitOptionsTable title={t("entryModes")} rows={comparison.modes} />
          <FitOptionsTable title={t("strategies")} rows={comparison.strategies} />
        </div>
      ) : null}
      {comparison.inputChanges.length > 0 ? (
        <ScrollRegion label={t("inputsLabel")}>
          <table className="w-full min-w-[20rem] text-left text-sm">
            <caption className="mb-1 text-left text-sm font-medium text-slate-900">{t("inputsCaption")}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className={th}>
                  {t("input")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  A
                </th>
                <th scope="col" className={`${th} text-right`}>
                  B
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {comparison.inputChanges.map((c) => (
                <tr key={`${c.kind}:${c.key}`}>
                  <th scope="row" className={`${td} font-medium`}>
                    {c.name}
                    <span className="ml-1 text-xs font-normal text-slate-600">
                      (
                      {c.kind === "firm"
                        ? t("kindFirm")
                        : c.kind === "market"
                          ? t("kindMarket")
                          : t("kindMarketFactor")}
                      )
                    </span>
                  </th>
                  <td className={`${td} text-right tabular-nums`}>{c.a}</td>
                  <td className={`${td} text-right tabular-nums`}>{c.b}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </div>
  );
}

function FitOptionsTable({ title, rows }: { title: string; rows: EntryModeComparison["modes"] }) {
  const t = useTranslations("scenarios.fitCompare");
  const { formatNumber } = formattersFor(useLocale());
  const score = (v: number | null) => (v === null ? "—" : formatNumber(v, 1));
  return (
    <ScrollRegion label={t("tableLabel", { title })}>
      <table className="w-full min-w-[24rem] text-left text-sm">
        <caption className="mb-1 text-left text-sm font-medium text-slate-900">{t("tableCaption", { title })}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className={th}>
              {t("option")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("rankA")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("rankB")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("scoreA")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("scoreB")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className={`${td} font-medium`}>
                {r.name}
              </th>
              <td className={`${td} text-right tabular-nums`}>{r.rankA ?? "—"}</td>
              <td className={`${td} text-right tabular-nums`}>{r.rankB ?? "—"}</td>
              <td className={`${td} text-right tabular-nums`}>{score(r.scoreA)}</td>
              <td className={`${td} text-right tabular-nums`}>{score(r.scoreB)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
