import Link from "next/link";

import { EvidenceNotes } from "@/components/framework/evidence-notes";
import type { EntryModeResponse } from "@/lib/contracts/fit";
import { formatNumber } from "@/lib/format";

import { scorePlusMinus, tiedModesSentence } from "@/lib/cases/backtest";
import { reasonEffectText } from "@/lib/reports/reason-sentence";
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
  const up = reason.contribution > 0;
  // The words come from the effect the factor had here (lib/reports/reason-sentence.ts), as in the report.
  const words = reasonEffectText({ ...reason, factor: names[reason.factor] ?? reason.factor }, { target });
  return (
    <li className="py-2" data-testid="fit-reason" data-effect={reason.direction}>
      <p className="text-sm text-slate-900">
        <span className={up ? "font-semibold text-emerald-800" : "font-semibold text-red-800"}>
          <span aria-hidden="true">{up ? "▲ " : "▼ "}</span>
          {signed(reason.contribution)}
        </span>{" "}
        <FactorLink factor={reason.factor} names={names} anchors={anchors} />{" "}
        <span className="text-slate-700">{words}</span>
      </p>
      <p className="mt-0.5 text-sm text-slate-700">{reason.rationale}</p>
      {reason.precedent ? <p className="mt-0.5 text-xs text-slate-600">Precedent: {reason.precedent}</p> : null}
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
  const noun = kind === "entry_mode" ? "Entry mode" : "Strategy";
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
            {tiedModesSentence(
              tiedList.length >= 2 ? tiedList.map((r) => nameOf(r.id)) : tiedList.slice(0, 1).map((r) => nameOf(r.id)),
              uncertainty.points,
              tiedList.length < 2 && next ? nameOf(next.id) : undefined,
            )}
          </p>
          <p className="mt-1 text-slate-700">{uncertainty.basis}</p>
        </div>
      ) : null}
      <ScrollRegion label={`${noun} ranking`}>
        <table className="w-full text-left text-sm sm:min-w-[34rem]" data-testid="fit-ranking">
          <caption className="sr-only">
            {noun}s ranked by fit score, 0 to 100 (50 = the factors push neither way)
          </caption>
          <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Rank
              </th>
              <th scope="col" className="py-2 pr-3">
                {noun}
              </th>
              <th scope="col" className="py-2 pr-3">
                Score (0-100)
              </th>
              <th scope="col" className="hidden py-2 pr-3 sm:table-cell">
                Pushed up most by
              </th>
              <th scope="col" className="hidden py-2 sm:table-cell">
                Held back most by
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
                    {uncertainty ? <span className="text-slate-600"> {scorePlusMinus(uncertainty.points)}</span> : null}
                    <ScoreBar score={r.score} />
                    {tied.has(r.id) ? (
                      <span className="mt-1 inline-block rounded bg-amber-100 px-1 text-xs font-medium text-amber-900 ring-1 ring-amber-300 ring-inset">
                        tied within the model&apos;s error
                      </span>
                    ) : null}
                  </td>
                  <td className="hidden py-2 pr-3 text-slate-700 sm:table-cell">
                    {up ? `${names[up.factor] ?? up.factor} (${signed(up.contribution)})` : "nothing"}
                  </td>
                  <td className="hidden py-2 text-slate-700 sm:table-cell">
                    {down ? `${names[down.factor] ?? down.factor} (${signed(down.contribution)})` : "nothing"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-2 text-xs text-slate-600">
        50 means the factors push neither way; 100 that every factor pushes it up as far as it can. Contributions are
        the effects-table strength times how far the factor sits from the neutral 3 (−1 to +1).
      </p>

      <h3 className="mt-6 text-base font-semibold text-slate-900">Why each {noun.toLowerCase()} rose or fell</h3>
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
                <span className="text-sm text-slate-700 tabular-nums">score {formatNumber(r.score, 1)}</span>
                <span className="text-xs text-slate-600">
                  {ups.length} up, {downs.length} down
                </span>
              </summary>
              <div className="border-t border-slate-100 px-4 pt-2 pb-4">
                <p className="text-sm text-slate-700">
                  {targets.find((t) => t.key === r.id)?.description}{" "}
                  <Link href={targetAnchor(kind, r.id)} className={link}>
                    Theory and evidence in the framework
                  </Link>
                </p>
                <div className="mt-2 grid grid-cols-1 gap-x-6 lg:grid-cols-2">
                  <div>
                    <h4 className="mt-2 text-sm font-semibold text-emerald-900">
                      <span aria-hidden="true">▲ </span>Raised by
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
                      <p className="py-2 text-sm text-slate-600">No factor raised it.</p>
                    )}
                  </div>
                  <div>
                    <h4 className="mt-2 text-sm font-semibold text-red-900">
                      <span aria-hidden="true">▼ </span>Lowered by
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
                      <p className="py-2 text-sm text-slate-600">No factor lowered it.</p>
                    )}
                  </div>
                </div>
                {still.length > 0 ? (
                  <p className="mt-2 text-xs text-slate-600">
                    At the neutral 3, pushing neither way: {still.map((f) => names[f] ?? f).join(", ")}.
                  </p>
                ) : null}
                <h4 className="mt-3 text-sm font-semibold text-slate-900">Precedent from the cases</h4>
                <EvidenceNotes evidence={r.evidence} />
              </div>
            </details>
          );
        })}
      </div>
    </>
  );
}
