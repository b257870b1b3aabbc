"use client";

import Link from "next/link";
import { useId, useMemo, useRef, useState } from "react";

import { Badge, Card } from "@/components/ui/page-header";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import { formatNumber, formatPercent } from "@/lib/format";
import { ahpWeights, CONSISTENCY_THRESHOLD, type AhpResult } from "@/lib/scoring";
import {
  comparisonMatrix,
  comparisonPairs,
  describeJudgement,
  describeRatio,
  MAX_POSITION,
  positionOf,
} from "@/lib/workspace/ahp-judgements";
import type { ComparisonSetData as ComparisonSet } from "@/lib/workspace/comparison-sets";
import { workspaceHref } from "@/lib/workspace/view-params";

import { rangeInputClass } from "./range-style";

export type { ComparisonSetData as ComparisonSet } from "@/lib/workspace/comparison-sets";

interface Props {
  sets: ComparisonSet[];
  state: WorkspaceState;
  initialSet: string;
}

/** Weights applied to the state are rounded to 4 decimals: the URL stays short, the ranking exact enough. */
const roundWeight = (w: number) => Math.round(w * 1e4) / 1e4;

export function AhpPanel({ sets, state, initialSet }: Props) {
  const [setKey, setSetKey] = useState(sets.some((s) => s.key === initialSet) ? initialSet : (sets[0]?.key ?? ""));
  const [positions, setPositions] = useState<Record<string, number[]>>({});
  const selectId = useId();
  const active = sets.find((s) => s.key === setKey);
  if (!active) {
    return (
      <Card>
        <p className="text-sm text-slate-700">
          Nothing to compare: the selected markets have no data. Go back and pick markets first.
        </p>
      </Card>
    );
  }
  return (
    <div className="space-y-6">
      {sets.length > 1 ? (
        <div>
          <label htmlFor={selectId} className="block text-sm font-semibold text-slate-900">
            What to compare
          </label>
          <select
            id={selectId}
            value={setKey}
            onChange={(e) => setSetKey(e.currentTarget.value)}
            className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm sm:w-auto"
          >
            {sets.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Comparisons
        key={active.key}
        set={active}
        state={state}
        positions={positions[active.key] ?? comparisonPairs(active.items.length).map(() => 0)}
        onPositions={(next) => setPositions((all) => ({ ...all, [active.key]: next }))}
      />
    </div>
  );
}

function Comparisons({
  set,
  state,
  positions,
  onPositions,
}: {
  set: ComparisonSet;
  state: WorkspaceState;
  positions: number[];
  onPositions: (positions: number[]) => void;
}) {
  const n = set.items.length;
  const pairs = useMemo(() => comparisonPairs(n), [n]);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const outcome = useMemo((): { ok: true; result: AhpResult } | { ok: false; message: string } => {
    try {
      return { ok: true, result: ahpWeights(comparisonMatrix(n, positions)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }, [n, positions]);

  const names = set.items.map((i) => i.name);
  const setPosition = (k: number, p: number) => onPositions(positions.map((old, i) => (i === k ? p : old)));

  const worst = outcome.ok && outcome.result.worstPair ? outcome.result.worstPair : null;
  const worstIndex = worst ? pairs.findIndex(([i, j]) => i === worst[0] && j === worst[1]) : -1;

  const appliedState: WorkspaceState | null = outcome.ok
    ? set.target === "groups"
      ? {
          ...state,
          groupWeights: {
            ...state.groupWeights,
            ...Object.fromEntries(set.items.map((item, i) => [item.key, roundWeight(outcome.result.weights[i]!)])),
          },
        }
      : {
          ...state,
          indicatorWeights: {
            ...state.indicatorWeights,
            ...Object.fromEntries(set.items.map((item, i) => [item.key, roundWeight(outcome.result.weights[i]!)])),
          },
        }
    : null;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)] lg:items-start">
      <Card>
        <h2 className="text-lg font-semibold text-slate-900">
          Compare{" "}
          {set.target === "groups"
            ? "the criteria groups"
            : `the indicators of ${set.label.replace(/^Indicators of /, "")}`}
          , two at a time
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          For each pair, move the slider towards the one that matters more for your expansion, and by how much: 1 =
          equally important, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely more important (Saaty&apos;s
          scale; even numbers lie in between).
        </p>
        {/* On a phone the result sits below the list: keep the consistency in sight while comparing. */}
        {outcome.ok && n > 2 ? (
          <p
            className="sticky top-0 z-10 -mx-4 mt-3 border-y border-slate-200 bg-white/95 px-4 py-1.5 text-xs text-slate-700 backdrop-blur lg:hidden"
            aria-hidden="true"
          >
            CR {formatNumber(outcome.result.cr, 3)}:{" "}
            {outcome.result.consistent ? "consistent" : "inconsistent, see below"}
          </p>
        ) : null}
        <ol className="mt-4 divide-y divide-slate-100">
          {pairs.map(([i, j], k) => {
            const position = positions[k] ?? 0;
            const flagged = k === worstIndex;
            const text = describeJudgement(names[i]!, names[j]!, position);
            const id = `pair-${k}`;
            return (
              <li
                key={`${i}-${j}`}
                className={`py-3 ${flagged ? "-mx-2 rounded bg-amber-50 px-2 ring-1 ring-amber-400" : ""}`}
                data-pair={`${set.items[i]!.key}:${set.items[j]!.key}`}
              >
                <label htmlFor={id} className="sr-only">
                  {names[i]} versus {names[j]}
                </label>
                <div
                  className="flex items-start justify-between gap-4 text-sm font-medium text-slate-900"
                  aria-hidden="true"
                >
                  <span>{names[i]}</span>
                  <span className="text-right">{names[j]}</span>
                </div>
                <div className="relative mt-1 h-6">
                  <div
                    className="pointer-events-none absolute inset-x-2 top-1/2 h-1.5 -translate-y-1/2 rounded-full bg-slate-200"
                    aria-hidden="true"
                  >
                    <span className="absolute top-1/2 left-1/2 h-3 w-0.5 -translate-x-1/2 -translate-y-1/2 bg-slate-400" />
                  </div>
                  <input
                    ref={(el) => {
                      inputs.current[k] = el;
                    }}
                    id={id}
                    type="range"
                    min={-MAX_POSITION}
                    max={MAX_POSITION}
                    step={1}
                    // Left = the first element more important: the slider's value runs the other way.
                    value={-position}
                    aria-valuetext={text}
                    onChange={(e) => setPosition(k, -Number(e.currentTarget.value))}
                    className={rangeInputClass}
                  />
                </div>
                <div className="relative mx-2 h-4 text-[11px] text-slate-600" aria-hidden="true">
                  {[9, 7, 5, 3, 1, 3, 5, 7, 9].map((label, t) => (
                    <span key={t} className="absolute -translate-x-1/2" style={{ left: `${t * 12.5}%` }}>
                      {label}
                    </span>
                  ))}
                </div>
                <p className="mt-1 text-sm text-slate-700" aria-hidden="true">
                  {text}.
                  {flagged ? (
                    <strong className="ml-1 font-semibold text-amber-950">Revisit this comparison.</strong>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ol>
      </Card>
      <div className="space-y-4 lg:sticky lg:top-4">
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">Resulting weights</h2>
          {!outcome.ok ? (
            <p role="alert" className="mt-2 text-sm text-red-900">
              These comparisons cannot be computed: {outcome.message}
            </p>
          ) : (
            <>
              <table className="mt-2 w-full text-sm">
                <caption className="sr-only">
                  Weights from the pairwise comparisons, next to the current weights
                </caption>
                <thead className="text-left text-xs text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 font-medium">
                      {set.target === "groups" ? "Group" : "Indicator"}
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      AHP
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Now
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 tabular-nums">
                  {set.items.map((item, i) => (
                    <tr key={item.key}>
                      <th scope="row" className="py-1 pr-2 text-left font-normal">
                        {item.name}
                        <span className="mt-0.5 block h-1.5 rounded-full bg-slate-100" aria-hidden="true">
                          <span
                            className="bg-brand-600 block h-1.5 rounded-full"
                            style={{ width: `${outcome.result.weights[i]! * 100}%` }}
                          />
                        </span>
                      </th>
                      <td className="py-1 text-right font-semibold">{formatPercent(outcome.result.weights[i]!, 1)}</td>
                      <td className="py-1 pl-2 text-right text-slate-600">{formatPercent(item.currentShare, 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <dl className="mt-3 grid grid-cols-3 gap-2 text-center text-xs">
                <div className="rounded bg-slate-50 p-2">
                  <dt className="text-slate-600">λmax</dt>
                  <dd className="font-semibold tabular-nums">{formatNumber(outcome.result.lambdaMax, 3)}</dd>
                </div>
                <div className="rounded bg-slate-50 p-2">
                  <dt className="text-slate-600">CI</dt>
                  <dd className="font-semibold tabular-nums">{formatNumber(outcome.result.ci, 3)}</dd>
                </div>
                <div className="rounded bg-slate-50 p-2">
                  <dt className="text-slate-600">CR</dt>
                  <dd className="font-semibold tabular-nums" data-testid="consistency-ratio">
                    {formatNumber(outcome.result.cr, 3)}
                  </dd>
                </div>
              </dl>
              <ConsistencyNotice
                result={outcome.result}
                names={names}
                n={n}
                onRevisit={() => inputs.current[worstIndex]?.focus()}
                onUseSuggestion={() => {
                  if (worstIndex >= 0 && outcome.result.suggestedValue !== null)
                    setPosition(worstIndex, positionOf(outcome.result.suggestedValue));
                }}
              />
              {appliedState ? (
                <Link
                  href={workspaceHref("/", appliedState)}
                  className={`mt-4 inline-flex w-full justify-center rounded px-3 py-2 text-sm font-medium ${outcome.result.consistent ? "bg-brand-700 hover:bg-brand-900 text-white" : "border border-amber-500 bg-white text-amber-950 hover:bg-amber-50"}`}
                >
                  {outcome.result.consistent ? "Apply to the ranking" : "Apply these weights anyway"}
                </Link>
              ) : null}
              <p className="mt-2 text-xs text-slate-600">
                Applying sets the {set.target === "groups" ? "group" : "indicator"} sliders of the workspace to these
                weights; the other sliders keep theirs.
              </p>
            </>
          )}
        </Card>
      </div>
    </div>
  );
}

function ConsistencyNotice({
  result,
  names,
  n,
  onRevisit,
  onUseSuggestion,
}: {
  result: AhpResult;
  names: string[];
  n: number;
  onRevisit: () => void;
  onUseSuggestion: () => void;
}) {
  if (n <= 2) {
    return <p className="mt-3 text-sm text-slate-700">With {n} elements every set of comparisons is consistent.</p>;
  }
  if (result.consistent) {
    return (
      <p className="mt-3 text-sm text-emerald-900" role="status">
        <Badge tone="green">Consistent</Badge> CR {formatNumber(result.cr, 3)} ≤ {CONSISTENCY_THRESHOLD}: the judgements
        hang together (random index {formatNumber(result.randomIndexValue, 2)} for {n} elements, Saaty 1980).
      </p>
    );
  }
  const [i, j] = result.worstPair ?? [0, 1];
  const stated = result.suggestedValue;
  return (
    <div role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>Inconsistent judgements: CR {formatNumber(result.cr, 3)} &gt;{" "}
        {CONSISTENCY_THRESHOLD}.
      </p>
      <p className="mt-1">
        Revisit the comparison of <strong>{names[i]}</strong> with <strong>{names[j]}</strong>: it disagrees most with
        your other judgements.
        {stated !== null ? <> Your other judgements imply that {describeRatio(names[i]!, names[j]!, stated)}.</> : null}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onRevisit}
          className="rounded border border-amber-500 bg-white px-2 py-1 text-xs font-medium hover:bg-amber-100"
        >
          Go to this comparison
        </button>
        {stated !== null ? (
          <button
            type="button"
            onClick={onUseSuggestion}
            className="rounded border border-amber-500 bg-white px-2 py-1 text-xs font-medium hover:bg-amber-100"
          >
            Change it to: {describeJudgement(names[i]!, names[j]!, positionOf(stated))}
          </button>
        ) : null}
      </div>
    </div>
  );
}
