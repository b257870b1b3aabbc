"use client";

import { Link } from "@/lib/i18n/navigation";
import { useId, useMemo, useRef, useState } from "react";

import { Badge, Card } from "@/components/ui/page-header";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import { formatNumber, formatPercent } from "@/lib/format";
import { incompleteAhpWeights, type IncompleteAhpResult } from "@/lib/scoring";
import {
  describeJudgement,
  describeRatio,
  MAX_POSITION,
  openPairs,
  positionOf,
  questionValue,
  spanningQuestions,
  type Question,
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

/** "3.67": the exact ratio behind a starting judgement, as the page prints it. */
const ratioText = (r: number) => formatNumber(r, r >= 10 ? 1 : 2);

export function AhpPanel({ sets, state, initialSet }: Props) {
  const [setKey, setSetKey] = useState(sets.some((s) => s.key === initialSet) ? initialSet : (sets[0]?.key ?? ""));
  const [questions, setQuestions] = useState<Record<string, Question[]>>({});
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
        questions={questions[active.key] ?? null}
        onQuestions={(next) => setQuestions((all) => ({ ...all, [active.key]: next }))}
      />
    </div>
  );
}

function Comparisons({
  set,
  state,
  questions: saved,
  onQuestions,
}: {
  set: ComparisonSet;
  state: WorkspaceState;
  questions: Question[] | null;
  onQuestions: (questions: Question[]) => void;
}) {
  const shares = useMemo(() => set.items.map((i) => i.currentShare), [set.items]);
  const start = useMemo(() => spanningQuestions(shares), [shares]);
  const { compared } = start;
  const questions = saved ?? start.questions;
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const addId = useId();
  const [toAdd, setToAdd] = useState("");
  const names = set.items.map((i) => i.name);
  // The engine sees the compared items only, in their order here.
  const local = new Map(compared.map((item, k) => [item, k]));
  const outcome = useMemo((): { ok: true; result: IncompleteAhpResult } | { ok: false; message: string } => {
    try {
      const result = incompleteAhpWeights(
        compared.length,
        questions.map((q) => ({ first: local.get(q.first)!, second: local.get(q.second)!, value: questionValue(q) })),
        { labels: compared.map((i) => names[i]!) },
      );
      return { ok: true, result };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    // `local` and `names` follow from `compared` and `set`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [compared, questions, set]);

  if (compared.length < 2) {
    return (
      <Card>
        <p className="text-sm text-slate-700">
          Nothing to compare: fewer than two of {set.label.toLowerCase()} have a weight above 0 now. Give them a weight
          in the workspace first.
        </p>
      </Card>
    );
  }

  const weightOf = (item: number) => (outcome.ok ? outcome.result.weights[local.get(item)!]! : 0);
  const setPosition = (k: number, p: number) =>
    onQuestions(questions.map((q, i) => (i === k ? { ...q, position: p } : q)));
  const worstIndex = outcome.ok && outcome.result.worstJudgement !== null ? outcome.result.worstJudgement : -1;
  const spanning = compared.length - 1;
  const open = openPairs(compared, questions);
  const left = set.items.filter((_, i) => !compared.includes(i));

  const applied = Object.fromEntries(compared.map((item) => [set.items[item]!.key, roundWeight(weightOf(item))]));
  const appliedState: WorkspaceState | null = outcome.ok
    ? set.target === "groups"
      ? { ...state, groupWeights: { ...state.groupWeights, ...applied } }
      : { ...state, indicatorWeights: { ...state.indicatorWeights, ...applied } }
    : null;

  const addQuestion = () => {
    const pair = open.find(([i, j]) => `${i}:${j}` === toAdd) ?? open[0];
    if (!pair) return;
    const [i, j] = pair;
    // A new question starts where the other answers put it, w_i/w_j: adding it changes nothing
    // until the user says otherwise, and then it refines the weights and can be checked.
    const ratio = weightOf(i) / weightOf(j);
    onQuestions([...questions, { first: i, second: j, position: null, ratio }]);
    setToAdd("");
    requestAnimationFrame(() => inputs.current[questions.length]?.focus());
  };

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
          The {spanning} comparisons below start from the weights in use now, each against the most important one (
          {names[start.questions[0]?.first ?? compared[0]!]}), at the exact ratio of the current weights. They are
          enough to give weights: move a slider towards the one that matters more for your expansion, and by how much (1
          = equally, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely more important; Saaty&apos;s scale,
          even numbers in between). Add a comparison to refine the weights and check your consistency.
        </p>
        {left.length > 0 ? (
          <p className="mt-2 text-sm text-slate-700">
            Not compared, their weight 0 stays: {left.map((i) => i.name).join(", ")}. Pairwise comparison always gives a
            weight above 0; give one a weight in the workspace first to include it.
          </p>
        ) : null}
        {/* On a phone the result sits below the list: keep the consistency in sight while comparing. */}
        {outcome.ok ? (
          <p
            className="sticky top-0 z-10 -mx-4 mt-3 border-y border-slate-200 bg-white/95 px-4 py-1.5 text-xs text-slate-700 backdrop-blur lg:hidden"
            aria-hidden="true"
          >
            {outcome.result.gci === null
              ? `${questions.length} comparisons: no consistency check yet`
              : `GCI ${formatNumber(outcome.result.gci, 3)}: ${outcome.result.consistent ? "consistent" : "inconsistent, see below"}`}
          </p>
        ) : null}
        <ol className="mt-4 divide-y divide-slate-100">
          {questions.map((q, k) => {
            const { first: i, second: j } = q;
            const position = q.position ?? positionOf(q.ratio);
            const flagged = k === worstIndex;
            const text =
              q.position === null
                ? `${describeRatio(names[i]!, names[j]!, q.ratio)}: the ratio of ${k < spanning ? "the current weights" : "the weights your other answers give"} (${ratioText(Math.max(q.ratio, 1 / q.ratio))}; nearest on Saaty's scale: ${Math.abs(position) + 1})`
                : describeJudgement(names[i]!, names[j]!, position);
            const id = `pair-${set.key}-${k}`;
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
                {k >= spanning ? (
                  <button
                    type="button"
                    onClick={() => onQuestions(questions.filter((_, x) => x !== k))}
                    className="mt-1 text-xs text-slate-700 underline hover:text-slate-900"
                  >
                    Remove this comparison
                    <span className="sr-only">
                      {" "}
                      of {names[i]} with {names[j]}
                    </span>
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
        {open.length > 0 ? (
          <div className="mt-3 flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3">
            <div className="min-w-0 flex-1">
              <label htmlFor={addId} className="block text-sm font-semibold text-slate-900">
                Add a comparison ({open.length} more possible)
              </label>
              <select
                id={addId}
                value={toAdd}
                onChange={(e) => setToAdd(e.currentTarget.value)}
                className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
              >
                {open.map(([i, j]) => (
                  <option key={`${i}:${j}`} value={`${i}:${j}`}>
                    {names[i]} versus {names[j]}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              onClick={addQuestion}
              className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50"
            >
              Add
            </button>
          </div>
        ) : null}
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
                  {compared.map((item) => (
                    <tr key={set.items[item]!.key}>
                      <th scope="row" className="py-1 pr-2 text-left font-normal">
                        {names[item]}
                        <span className="mt-0.5 block h-1.5 rounded-full bg-slate-100" aria-hidden="true">
                          <span
                            className="bg-brand-600 block h-1.5 rounded-full"
                            style={{ width: `${weightOf(item) * 100}%` }}
                          />
                        </span>
                      </th>
                      <td className="py-1 text-right font-semibold">{formatPercent(weightOf(item), 1)}</td>
                      <td className="py-1 pl-2 text-right text-slate-600">
                        {formatPercent(set.items[item]!.currentShare, 1)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="mt-2 text-xs text-slate-600">
                Weights by the logarithmic least squares method, which works with any set of comparisons that links
                every {set.target === "groups" ? "group" : "indicator"} (Bozóki, Fülöp &amp; Rónyai 2010).
              </p>
              <ConsistencyNotice
                result={outcome.result}
                questions={questions.length}
                criteria={compared.length}
                worst={worstIndex >= 0 ? questions[worstIndex]! : null}
                allNames={names}
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
  questions,
  criteria,
  worst,
  allNames,
  onRevisit,
  onUseSuggestion,
}: {
  result: IncompleteAhpResult;
  questions: number;
  criteria: number;
  worst: Question | null;
  allNames: string[];
  onRevisit: () => void;
  onUseSuggestion: () => void;
}) {
  if (criteria <= 2) {
    return <p className="mt-3 text-sm text-slate-700">With {criteria} elements every comparison is consistent.</p>;
  }
  if (result.gci === null) {
    // A spanning tree: each answer is reproduced exactly, so no answer can contradict another.
    return (
      <p className="mt-3 text-sm text-slate-700" role="status" data-testid="consistency">
        {questions} comparisons for {criteria} criteria: no check of consistency possible yet; add one more to check.
      </p>
    );
  }
  const threshold = result.gciThreshold!;
  const gciLine = (
    <>
      geometric consistency index GCI <span data-testid="consistency-index">{formatNumber(result.gci, 3)}</span>
    </>
  );
  if (result.consistent) {
    return (
      <p className="mt-3 text-sm text-emerald-900" role="status" data-testid="consistency">
        <Badge tone="green">Consistent</Badge> {gciLine} ≤ {threshold} over {questions} comparisons, {result.redundant}{" "}
        beyond the {criteria - 1} needed: the answers hang together (Aguarón &amp; Moreno-Jiménez 2003&apos;s threshold
        for {criteria} elements, the counterpart of Saaty&apos;s CR ≤ 0.1).
      </p>
    );
  }
  const stated = result.suggestedValue;
  const [i, j] = worst ? [worst.first, worst.second] : [0, 1];
  return (
    <div role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>Inconsistent judgements: {gciLine} &gt; {threshold}.
      </p>
      <p className="mt-1">
        Revisit the comparison of <strong>{allNames[i]}</strong> with <strong>{allNames[j]}</strong>: it disagrees most
        with your other judgements.
        {stated !== null ? (
          <> Your other judgements imply that {describeRatio(allNames[i]!, allNames[j]!, stated)}.</>
        ) : null}
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
            Change it to: {describeJudgement(allNames[i]!, allNames[j]!, positionOf(stated))}
          </button>
        ) : null}
      </div>
    </div>
  );
}
