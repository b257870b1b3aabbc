"use client";

import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge, Card } from "@/components/ui/page-header";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import type { Formatters } from "@/lib/format";
import { incompleteAhpWeights, type IncompleteAhpResult } from "@/lib/scoring";
import {
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
const ratioText = (f: Formatters, r: number) => f.formatNumber(r, r >= 10 ? 1 : 2);

/** "Market attractiveness is strongly more important than Proximity (5)" (Saaty's verbal scale). */
function describeJudgement(
  t: ReturnType<typeof useTranslations<"workspace">>,
  first: string,
  second: string,
  position: number,
): string {
  const p = Math.round(position);
  if (p === 0) return t("ahp.equal", { first, second });
  const [more, less] = p > 0 ? [first, second] : [second, first];
  return t("ahp.judgement", { more, less, intensity: String(Math.abs(p) + 1) });
}

/** What a ratio w_i/w_j says, as a sentence: "A is about 2.4 times as important as B". */
function describeRatio(
  t: ReturnType<typeof useTranslations<"workspace">>,
  f: Formatters,
  first: string,
  second: string,
  ratio: number,
): string {
  if (ratio > 1 / 1.1 && ratio < 1.1) return t("ahp.aboutAs", { first, second });
  const [more, less, r] = ratio >= 1 ? [first, second, ratio] : [second, first, 1 / ratio];
  const rounded = Math.round(r * 10) / 10;
  return t("ahp.times", {
    more,
    less,
    ratio: f.formatNumber(rounded, 1),
    about: Number.isInteger(rounded) ? "no" : "yes",
  });
}

/** A comparison set's name: the criteria groups, or one group's indicators. */
function setLabel(t: ReturnType<typeof useTranslations<"workspace">>, set: ComparisonSet): string {
  return set.target === "groups" ? t("ahp.groupsSet") : t("ahp.indicatorsSet", { group: set.groupName ?? set.key });
}

export function AhpPanel({ sets, state, initialSet }: Props) {
  const t = useTranslations("workspace");
  const [setKey, setSetKey] = useState(sets.some((s) => s.key === initialSet) ? initialSet : (sets[0]?.key ?? ""));
  const [questions, setQuestions] = useState<Record<string, Question[]>>({});
  const selectId = useId();
  const active = sets.find((s) => s.key === setKey);
  if (!active) {
    return (
      <Card>
        <p className="text-sm text-slate-700">{t("ahp.noData")}</p>
      </Card>
    );
  }
  return (
    <div className="space-y-6">
      {sets.length > 1 ? (
        <div>
          <label htmlFor={selectId} className="block text-sm font-semibold text-slate-900">
            {t("ahp.what")}
          </label>
          <select
            id={selectId}
            value={setKey}
            onChange={(e) => setSetKey(e.currentTarget.value)}
            className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm sm:w-auto"
          >
            {sets.map((s) => (
              <option key={s.key} value={s.key}>
                {setLabel(t, s)}
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
  const t = useTranslations("workspace");
  const f = useFormatters();
  const { formatNumber, formatPercent } = f;
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
        <p className="text-sm text-slate-700">{t("ahp.tooFew", { set: setLabel(t, set) })}</p>
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
          {set.target === "groups"
            ? t("ahp.headingGroups")
            : t("ahp.headingIndicators", { group: set.groupName ?? set.key })}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {t("ahp.intro", { spanning, top: names[start.questions[0]?.first ?? compared[0]!] ?? "" })}
        </p>
        {left.length > 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("ahp.left", { list: left.map((i) => i.name).join(", ") })}</p>
        ) : null}
        {/* On a phone the result sits below the list: keep the consistency in sight while comparing. */}
        {outcome.ok ? (
          <p
            className="sticky top-0 z-10 -mx-4 mt-3 border-y border-slate-200 bg-white/95 px-4 py-1.5 text-xs text-slate-700 backdrop-blur lg:hidden"
            aria-hidden="true"
          >
            {outcome.result.gci === null
              ? t("ahp.stickyNoCheck", { count: questions.length })
              : t("ahp.stickyGci", {
                  gci: formatNumber(outcome.result.gci, 3),
                  consistent: outcome.result.consistent ? "yes" : "no",
                })}
          </p>
        ) : null}
        <ol className="mt-4 divide-y divide-slate-100">
          {questions.map((q, k) => {
            const { first: i, second: j } = q;
            const position = q.position ?? positionOf(q.ratio);
            const flagged = k === worstIndex;
            const text =
              q.position === null
                ? t("ahp.ratioQuestion", {
                    ratio: describeRatio(t, f, names[i]!, names[j]!, q.ratio),
                    current: k < spanning ? "yes" : "no",
                    exact: ratioText(f, Math.max(q.ratio, 1 / q.ratio)),
                    nearest: Math.abs(position) + 1,
                  })
                : describeJudgement(t, names[i]!, names[j]!, position);
            const id = `pair-${set.key}-${k}`;
            return (
              <li
                key={`${i}-${j}`}
                className={`py-3 ${flagged ? "-mx-2 rounded bg-amber-50 px-2 ring-1 ring-amber-400" : ""}`}
                data-pair={`${set.items[i]!.key}:${set.items[j]!.key}`}
              >
                <label htmlFor={id} className="sr-only">
                  {t("ahp.versus", { first: names[i]!, second: names[j]! })}
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
                  {[9, 7, 5, 3, 1, 3, 5, 7, 9].map((label, tick) => (
                    <span key={tick} className="absolute -translate-x-1/2" style={{ left: `${tick * 12.5}%` }}>
                      {label}
                    </span>
                  ))}
                </div>
                <p className="mt-1 text-sm text-slate-700" aria-hidden="true">
                  {text}.
                  {flagged ? <strong className="ml-1 font-semibold text-amber-950">{t("ahp.revisit")}</strong> : null}
                </p>
                {k >= spanning ? (
                  <button
                    type="button"
                    onClick={() => onQuestions(questions.filter((_, x) => x !== k))}
                    className="mt-1 text-xs text-slate-700 underline hover:text-slate-900"
                  >
                    {t.rich("ahp.remove", {
                      first: names[i]!,
                      second: names[j]!,
                      sr: (chunks) => <span className="sr-only">{chunks}</span>,
                    })}
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
                {t("ahp.add", { count: open.length })}
              </label>
              <select
                id={addId}
                value={toAdd}
                onChange={(e) => setToAdd(e.currentTarget.value)}
                className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
              >
                {open.map(([i, j]) => (
                  <option key={`${i}:${j}`} value={`${i}:${j}`}>
                    {t("ahp.versus", { first: names[i]!, second: names[j]! })}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              onClick={addQuestion}
              className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50"
            >
              {t("ahp.addButton")}
            </button>
          </div>
        ) : null}
      </Card>
      <div className="space-y-4 lg:sticky lg:top-4">
        <Card>
          <h2 className="text-lg font-semibold text-slate-900">{t("ahp.result")}</h2>
          {!outcome.ok ? (
            <p role="alert" className="mt-2 text-sm text-red-900">
              {t("ahp.failed", { message: outcome.message })}
            </p>
          ) : (
            <>
              <table className="mt-2 w-full text-sm">
                <caption className="sr-only">{t("ahp.caption")}</caption>
                <thead className="text-left text-xs text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 font-medium">
                      {set.target === "groups" ? t("ahp.group") : t("ahp.indicator")}
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      {t("ahp.ahpColumn")}
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      {t("ahp.now")}
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
              <p className="mt-2 text-xs text-slate-600">{t("ahp.method", { target: set.target })}</p>
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
                  {outcome.result.consistent ? t("ahp.apply") : t("ahp.applyAnyway")}
                </Link>
              ) : null}
              <p className="mt-2 text-xs text-slate-600">{t("ahp.applyNote", { target: set.target })}</p>
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
  const t = useTranslations("workspace");
  const f = useFormatters();
  if (criteria <= 2) {
    return <p className="mt-3 text-sm text-slate-700">{t("ahp.twoElements", { count: criteria })}</p>;
  }
  if (result.gci === null) {
    // A spanning tree: each answer is reproduced exactly, so no answer can contradict another.
    return (
      <p className="mt-3 text-sm text-slate-700" role="status" data-testid="consistency">
        {t("ahp.spanningOnly", { questions, criteria })}
      </p>
    );
  }
  const threshold = result.gciThreshold!;
  const gci = result.gci;
  const gciLine = () =>
    t.rich("ahp.gci", {
      gci: f.formatNumber(gci, 3),
      n: (chunks) => <span data-testid="consistency-index">{chunks}</span>,
    });
  const thresholdText = f.formatNumber(threshold, 4);
  if (result.consistent) {
    return (
      <p className="mt-3 text-sm text-emerald-900" role="status" data-testid="consistency">
        <Badge tone="green">{t("ahp.consistentBadge")}</Badge>{" "}
        {t.rich("ahp.consistent", {
          threshold: thresholdText,
          questions,
          redundant: result.redundant,
          needed: criteria - 1,
          criteria,
          gci: gciLine,
        })}
      </p>
    );
  }
  const stated = result.suggestedValue;
  const [i, j] = worst ? [worst.first, worst.second] : [0, 1];
  return (
    <div role="alert" className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {t.rich("ahp.inconsistent", { threshold: thresholdText, gci: gciLine })}
      </p>
      <p className="mt-1">
        {t.rich("ahp.revisitPair", {
          first: allNames[i]!,
          second: allNames[j]!,
          b: (chunks) => <strong>{chunks}</strong>,
        })}
        {stated !== null ? t("ahp.implied", { ratio: describeRatio(t, f, allNames[i]!, allNames[j]!, stated) }) : null}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onRevisit}
          className="rounded border border-amber-500 bg-white px-2 py-1 text-xs font-medium hover:bg-amber-100"
        >
          {t("ahp.goTo")}
        </button>
        {stated !== null ? (
          <button
            type="button"
            onClick={onUseSuggestion}
            className="rounded border border-amber-500 bg-white px-2 py-1 text-xs font-medium hover:bg-amber-100"
          >
            {t("ahp.changeTo", { judgement: describeJudgement(t, allNames[i]!, allNames[j]!, positionOf(stated)) })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
