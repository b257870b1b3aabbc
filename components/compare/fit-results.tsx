import { useLocale, useTranslations } from "next-intl";

import { EvidenceNotes } from "@/components/framework/evidence-notes";
import { useFormatters } from "@/components/i18n/use-formatters";
import type { EntryModeResponse } from "@/lib/contracts/fit";
import { Link } from "@/lib/i18n/navigation";
import { effectOf } from "@/lib/scoring/fit/reasons";
import { NEUTRAL_FACTOR_VALUE } from "@/lib/scoring/fit/factors";
import { tiedWithFirst } from "@/lib/scoring/fit/score-uncertainty";

import { signed } from "./fit-format";
import type { FitKind, FitTargetInfo, ScoreUncertaintyInfo } from "./fit-types";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Result = EntryModeResponse["modes"][number];
type Reason = Result["reasons"][number];

const link =
  "font-medium text-brand-700 underline decoration-brand-600/40 underline-offset-2 hover:decoration-brand-700";

export function targetAnchor(kind: FitKind, key: string): string {
  return `/framework#${kind === "entry_mode" ? "mode" : "strategy"}-${key}`;
}

function ScoreBar({ score }: { score: number }) {
  return (
    <span className="mt-1 block h-1.5 w-full max-w-40 rounded bg-slate-200" aria-hidden="true">
      <span className="bg-brand-600 block h-1.5 rounded" style={{ width: `${score}%` }} />
    </span>
  );
}

const STRENGTH_WORDS: Readonly<Record<number, "weak" | "moderate" | "strong">> = {
  1: "weak",
  2: "moderate",
  3: "strong",
};

/**
 * Everything after the factor's name, worded by the effect the factor had here (the sign of its
 * contribution), as lib/reports/reason-sentence.ts words it for the report: "at 1.4 of 5 adds
 * 0.78: a low value favours cross-border export, since a higher value lowers its fit (TCE, weak
 * effect)." The page computes its reasons in the browser, so it words them from its own catalogue.
 */
function useReasonText() {
  const t = useTranslations("compare");
  const { formatNumber } = useFormatters();
  return (reason: Reason, target: string) => {
    const value = formatNumber(reason.value, 1);
    const effect = effectOf(reason.contribution);
    if (effect === "neutral") {
      return t("fit.reason.neutral", { value, target, neutral: NEUTRAL_FACTOR_VALUE });
    }
    const args = {
      value,
      target,
      size: formatNumber(Math.abs(reason.contribution), 2),
      level: reason.value > NEUTRAL_FACTOR_VALUE ? "high" : "low",
      rule: reason.ruleDirection === "raises" ? "raises" : "lowers",
      theory: reason.theory,
      strength: STRENGTH_WORDS[reason.strength] ?? "other",
      strengthValue: formatNumber(reason.strength, 2),
    };
    return effect === "raises" ? t("fit.reason.raises", args) : t("fit.reason.lowers", args);
  };
}

/** Names joined for a sentence: "A, B and C" (English as the report writes it), else the locale's list. */
function joinAnd(names: readonly string[], locale: string): string {
  if (locale !== "en") return new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function FactorLink({
  factor,
  names,
  anchors,
}: {
  factor: string;
  names: Record<string, string>;
  anchors: Record<string, string>;
}) {
  return (
    <Link href={`/framework#${anchors[factor] ?? `factor-${factor}`}`} className={link}>
      {names[factor] ?? factor}
    </Link>
  );
}

function ReasonItem({
  reason,
  target,
  names,
  anchors,
}: {
  reason: Reason;
  target: string;
  names: Record<string, string>;
  anchors: Record<string, string>;
}) {
  const t = useTranslations("compare");
  const { formatNumber } = useFormatters();
  const up = reason.contribution > 0;
  const words = useReasonText()(reason, target);
  return (
    <li className="py-2" data-testid="fit-reason" data-effect={reason.direction}>
      <p className="text-sm text-slate-900">
        <span className={up ? "font-semibold text-emerald-800" : "font-semibold text-red-800"}>
          <span aria-hidden="true">{up ? "▲ " : "▼ "}</span>
          {signed(reason.contribution, formatNumber)}
        </span>{" "}
        <FactorLink factor={reason.factor} names={names} anchors={anchors} />{" "}
        <span className="text-slate-700">{words}</span>
      </p>
      <p className="mt-0.5 text-sm text-slate-700">{reason.rationale}</p>
      {reason.precedent ? (
        <p className="mt-0.5 text-xs text-slate-600">{t("fit.results.precedent", { precedent: reason.precedent })}</p>
      ) : null}
    </li>
  );
}

/**
 * The ranking of entry modes (or strategies) and, for each, the reasons it rose or fell. With the
 * entry-mode model's score uncertainty (docs/decisions/018), each score shows ± it and the modes
 * within it of the first are marked as tied within the model's error.
 */
export function FitResults({
  kind,
  results,
  targets,
  names,
  anchors,
  uncertainty,
}: {
  kind: FitKind;
  results: Result[];
  targets: FitTargetInfo[];
  names: Record<string, string>;
  anchors: Record<string, string>;
  uncertainty?: ScoreUncertaintyInfo | undefined;
}) {
  const t = useTranslations("compare");
  const locale = useLocale();
  const { formatNumber } = useFormatters();
  const modes = kind === "entry_mode";
  const nameOf = (id: string) => targets.find((t) => t.key === id)?.name ?? names[id] ?? id;
  const tiedList = uncertainty ? tiedWithFirst(results, uncertainty.points) : [];
  const tied = new Set(tiedList.length >= 2 ? tiedList.map((r) => r.id) : []);
  const next = results.find((r) => !tied.has(r.id) && r.id !== tiedList[0]?.id);
  return (
    <>
      {uncertainty ? (
        <div
          className="mb-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900"
          data-testid="score-uncertainty"
        >
          <p className="font-medium">
            {tiedList.length >= 2
              ? t("fit.uncertainty.tied", {
                  names: joinAnd(
                    tiedList.map((r) => nameOf(r.id)),
                    locale,
                  ),
                  band: formatNumber(uncertainty.points, 1),
                  count: tiedList.length,
                })
              : t("fit.uncertainty.clear", {
                  first: tiedList[0] ? nameOf(tiedList[0].id) : t("fit.uncertainty.firstMode"),
                  next: next ? nameOf(next.id) : "",
                  hasNext: next ? "yes" : "no",
                  band: formatNumber(uncertainty.points, 1),
                })}
          </p>
          <p className="mt-1 text-slate-700">{uncertainty.basis}</p>
        </div>
      ) : null}
      <ScrollRegion label={modes ? t("fit.results.entryModeRanking") : t("fit.results.strategyRanking")}>
        <table className="w-full text-left text-sm sm:min-w-[34rem]" data-testid="fit-ranking">
          <caption className="sr-only">
            {modes ? t("fit.results.entryModeCaption") : t("fit.results.strategyCaption")}
          </caption>
          <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("fit.results.rank")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {modes ? t("fit.results.entryMode") : t("fit.results.strategy")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("fit.results.score")}
              </th>
              <th scope="col" className="hidden py-2 pr-3 sm:table-cell">
                {t("fit.results.pushedUp")}
              </th>
              <th scope="col" className="hidden py-2 sm:table-cell">
                {t("fit.results.heldBack")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {results.map((r) => {
              const up = r.reasons.find((x) => x.contribution > 0);
              const down = r.reasons.find((x) => x.contribution < 0);
              return (
                <tr
                  key={r.id}
                  data-target={r.id}
                  data-rank={r.rank}
                  data-score={r.score}
                  data-tied={tied.has(r.id) ? "true" : undefined}
                >
                  <td className="py-2 pr-3 font-semibold tabular-nums">#{r.rank}</td>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    <Link href={targetAnchor(kind, r.id)} className={link}>
                      {nameOf(r.id)}
                    </Link>
                  </th>
                  <td className="py-2 pr-3 tabular-nums">
                    {formatNumber(r.score, 1)}
                    {uncertainty ? (
                      <span className="text-slate-600"> ± {formatNumber(uncertainty.points, 1)}</span>
                    ) : null}
                    <ScoreBar score={r.score} />
                    {tied.has(r.id) ? (
                      <span className="mt-1 inline-block rounded bg-amber-100 px-1 text-xs font-medium text-amber-900 ring-1 ring-amber-300 ring-inset">
                        {t("fit.results.tied")}
                      </span>
                    ) : null}
                  </td>
                  <td className="hidden py-2 pr-3 text-slate-700 sm:table-cell">
                    {up
                      ? `${names[up.factor] ?? up.factor} (${signed(up.contribution, formatNumber)})`
                      : t("fit.results.nothing")}
                  </td>
                  <td className="hidden py-2 text-slate-700 sm:table-cell">
                    {down
                      ? `${names[down.factor] ?? down.factor} (${signed(down.contribution, formatNumber)})`
                      : t("fit.results.nothing")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-2 text-xs text-slate-600">{t("fit.results.scale")}</p>

      <h3 className="mt-6 text-base font-semibold text-slate-900">
        {modes ? t("fit.results.whyEntryModes") : t("fit.results.whyStrategies")}
      </h3>
      <div className="mt-2 space-y-3">
        {results.map((r) => {
          const ups = r.reasons.filter((x) => x.contribution > 0);
          const downs = r.reasons.filter((x) => x.contribution < 0);
          // a contribution that rounds to 0 pushed neither way: it is listed with the factors at 3
          const still = [...r.neutralFactors, ...r.reasons.filter((x) => x.contribution === 0).map((x) => x.factor)];
          return (
            <details
              key={r.id}
              open={r.rank <= 2}
              className="group rounded-lg border border-slate-200 bg-white shadow-sm"
              data-detail={r.id}
            >
              <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1 rounded-lg px-4 py-3">
                <span className="font-semibold tabular-nums">#{r.rank}</span>
                <span className="font-semibold text-slate-900">{nameOf(r.id)}</span>
                <span className="text-sm text-slate-700 tabular-nums">
                  {t("fit.results.scoreOf", { score: formatNumber(r.score, 1) })}
                </span>
                <span className="text-xs text-slate-600">
                  {t("fit.results.upDown", { up: ups.length, down: downs.length })}
                </span>
              </summary>
              <div className="border-t border-slate-100 px-4 pt-2 pb-4">
                <p className="text-sm text-slate-700">
                  {targets.find((t) => t.key === r.id)?.description}{" "}
                  <Link href={targetAnchor(kind, r.id)} className={link}>
                    {t("fit.results.theory")}
                  </Link>
                </p>
                <div className="mt-2 grid grid-cols-1 gap-x-6 lg:grid-cols-2">
                  <div>
                    <h4 className="mt-2 text-sm font-semibold text-emerald-900">
                      <span aria-hidden="true">▲ </span>
                      {t("fit.results.raisedBy")}
                    </h4>
                    {ups.length > 0 ? (
                      <ul className="divide-y divide-slate-100">
                        {ups.map((x) => (
                          <ReasonItem
                            key={x.effectId}
                            reason={x}
                            target={nameOf(r.id)}
                            names={names}
                            anchors={anchors}
                          />
                        ))}
                      </ul>
                    ) : (
                      <p className="py-2 text-sm text-slate-600">{t("fit.results.noneRaised")}</p>
                    )}
                  </div>
                  <div>
                    <h4 className="mt-2 text-sm font-semibold text-red-900">
                      <span aria-hidden="true">▼ </span>
                      {t("fit.results.loweredBy")}
                    </h4>
                    {downs.length > 0 ? (
                      <ul className="divide-y divide-slate-100">
                        {downs.map((x) => (
                          <ReasonItem
                            key={x.effectId}
                            reason={x}
                            target={nameOf(r.id)}
                            names={names}
                            anchors={anchors}
                          />
                        ))}
                      </ul>
                    ) : (
                      <p className="py-2 text-sm text-slate-600">{t("fit.results.noneLowered")}</p>
                    )}
                  </div>
                </div>
                {still.length > 0 ? (
                  <p className="mt-2 text-xs text-slate-600">
                    {t("fit.results.neutral", {
                      names: still.map((f) => names[f] ?? f).join(locale === "zh" ? "、" : ", "),
                    })}
                  </p>
                ) : null}
                <h4 className="mt-3 text-sm font-semibold text-slate-900">{t("fit.results.precedentTitle")}</h4>
                <EvidenceNotes evidence={r.evidence} />
              </div>
            </details>
          );
        })}
      </div>
    </>
  );
}
