"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Card } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import type { ScoringData } from "@/lib/contracts/api";
import type { WorkspaceState } from "@/lib/contracts/workspace";
// Engine modules by path, not the "@/lib/scoring" barrel: the barrel would bring AHP, Monte Carlo and
// the request helpers into the page's first-load JavaScript.
import { rankAlternatives } from "@/lib/scoring/rankAlternatives";
import { smallestWeightChange } from "@/lib/scoring/smallestChange";
import type { RankingResult } from "@/lib/scoring/types";
import {
  availableMarkets,
  baseCriterionWeight,
  baseGroupWeight,
  criterionValue,
  workspaceCriteria,
  workspaceScoringInput,
  type WorkspaceCriterion,
} from "@/lib/workspace/scoring-input";
import { encodeWorkspaceState } from "@/lib/workspace/url-encode";
import { openedScenarioParams, workspaceHref, type OpenedScenario } from "@/lib/workspace/url-encode";
import { bandProblem, weightBands } from "@/lib/workspace/weight-bands";
import { staleValues, type StaleValue } from "@/lib/workspace/freshness";
import { weightPresetStatus } from "@/lib/workspace/weight-preset-status";
import { explainMarket } from "@/lib/workspace/why";

import { GuidedPath } from "@/components/path/guided-path";

import { ContributionTable } from "./contribution-table";
import { criterionColor, groupColor } from "./criterion-colors";
import { CriteriaPanel, type WeightShares } from "./criteria-panel";
import { markWeightInput, measureRankingCommitted, timedRecompute } from "./latency";
import { LazyDetails } from "./lazy-details";
import { MarketPicker } from "./market-picker";
import { MethodOptions } from "./method-options";
import { MapErrorBoundary } from "./map-error-boundary";
import { RankingList, type ColoredCriterion } from "./ranking-list";
import { ScenarioSlot } from "./scenario-slot";
import { WeightPresetControl } from "./weight-preset-control";
import { WhyPanel } from "./why-panel";
import { WorkspaceToolbar } from "./workspace-toolbar";
import { assessmentWords, failureText, omissionText, presetStatusText, smallestChangeText } from "./words";

// The map and its 1:50m shapes load after the page is interactive, in their own chunk.
const MarketMap = dynamic(() => import("@/components/charts/market-map"), {
  ssr: false,
  loading: () => <MapLoading />,
});

function MapLoading() {
  const t = useTranslations("workspace");
  return (
    <div
      className="flex aspect-[16/9] w-full items-center justify-center rounded border border-slate-200 bg-slate-50 text-sm text-slate-600"
      role="status"
    >
      {t("main.loadingMap")}
    </div>
  );
}

interface Props {
  data: ScoringData;
  initialState: WorkspaceState;
  initialWhy: string | null;
  problems: string[];
  /** The year values are aged against (see lib/workspace/freshness.ts). */
  currentYear: number;
  /** The saved scenario this link was opened from (`scenario=&sv=`), if any: "Save" may add a version to it. */
  openedFrom?: OpenedScenario | null;
  /** The weight presets' names and summaries in the reader's language, by key. */
  presetTexts: Record<string, { name: string; summary: string }>;
}

const URL_DELAY_MS = 250;
/** Selections larger than this compute the stability bands and the smallest change once the sliders rest. */
const LARGE_SELECTION = 40;
const SETTLE_MS = 300;

/** `value`, or, with a delay, the value it had when it last stayed unchanged for that long. */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delayMs === 0) return;
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs === 0 ? value : settled;
}

type Outcome = { ok: true; result: RankingResult } | { ok: false; message: string };

const noSubscription = () => () => {};

/** False on the server and while hydrating, true once the page runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export function Workspace({
  data,
  initialState,
  initialWhy,
  problems,
  currentYear,
  openedFrom = null,
  presetTexts,
}: Props) {
  const t = useTranslations("workspace");
  const f = useFormatters();
  const words = useMemo(() => assessmentWords(t), [t]);
  const [state, setState] = useState(initialState);
  // Follows saves: after "Save", this workspace is the scenario just saved, at its new version.
  const [scenario, setScenario] = useState<OpenedScenario | null>(openedFrom);
  const [why, setWhy] = useState<string | null>(initialWhy);

  const markets = useMemo(() => availableMarkets(data), [data]);
  const marketNames = useMemo(() => Object.fromEntries(data.markets.map((m) => [m.iso3, m.name])), [data]);
  const groupNames = useMemo(() => Object.fromEntries(data.criteriaGroups.map((g) => [g.key, g.name])), [data]);
  const allCriteria = useMemo(() => workspaceCriteria(data, words), [data, words]);
  const colors = useMemo(() => {
    const out: Record<string, string> = {};
    data.criteriaGroups.forEach((group, g) => {
      allCriteria.filter((c) => c.group === group.key).forEach((c, i) => (out[c.key] = criterionColor(g, i)));
    });
    return out;
  }, [data, allCriteria]);

  const scoring = useMemo(() => workspaceScoringInput(data, state, words), [data, state, words]);
  const outcome: Outcome = useMemo(() => {
    if (!scoring.ok) return { ok: false, message: failureText(t, scoring.code) };
    try {
      return { ok: true, result: timedRecompute(() => rankAlternatives(scoring.input)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }, [scoring, t]);
  // The figure the test reads: input event → re-ranked list in the DOM.
  useLayoutEffect(() => measureRankingCommitted(), [outcome]);

  const colored: ColoredCriterion[] = useMemo(
    () =>
      scoring.ok
        ? scoring.criteria.map((criterion) => ({
            criterion,
            color: colors[criterion.key] ?? "#64748b",
            groupName: groupNames[criterion.group] ?? criterion.group,
          }))
        : [],
    [scoring, colors, groupNames],
  );

  const shares: WeightShares | null = useMemo(() => {
    if (!outcome.ok || !scoring.ok) return null;
    const groups: Record<string, number> = {};
    const criteria: WeightShares["criteria"] = {};
    const criterionRawTotals: Record<string, number> = {};
    for (const c of scoring.input.criteria) {
      groups[c.group!] = (groups[c.group!] ?? 0) + (outcome.result.weights[c.id] ?? 0);
      criterionRawTotals[c.group!] = (criterionRawTotals[c.group!] ?? 0) + c.weight;
    }
    for (const c of scoring.input.criteria) {
      const total = criterionRawTotals[c.group!]!;
      criteria[c.id] = { withinGroup: total > 0 ? c.weight / total : 0, global: outcome.result.weights[c.id] ?? 0 };
    }
    const groupRawTotal = (scoring.input.groups ?? []).reduce((s, g) => s + g.weight, 0);
    return { groups, criteria, groupRawTotal, criterionRawTotals };
  }, [outcome, scoring]);

  const omittedReasons = useMemo(() => {
    const out: Record<string, string> = {};
    for (const o of scoring.omitted) out[`${o.kind}:${o.key}`] = omissionText(t, f, o);
    return out;
  }, [scoring, t, f]);

  // Everything below the ranking follows a beat later, so the list itself never waits for it.
  const deferredState = useDeferredValue(state);
  const deferredOutcome = useDeferredValue(outcome);
  // The bands and the smallest change grow with the square of the selection (~100 ms each at 200
  // markets in Chromium): for a large selection they wait until the sliders rest, so a moving
  // slider keeps re-ranking at once. Both read the same settled state, so they never mix two
  // selections.
  const settledState = useSettled(deferredState, deferredState.markets.length > LARGE_SELECTION ? SETTLE_MS : 0);
  const bandKey = JSON.stringify([
    settledState.markets,
    settledState.method,
    settledState.normalization,
    settledState.missing,
    settledState.assessments,
  ]);
  // The stability bands and the smallest change are computed in the browser only, once hydrated:
  // on the server they were ~25 ms of every page render (most of its CPU time), and the page
  // reads the same without them until they arrive a moment later.
  const hydrated = useHydrated();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt only when values or options change, not weights
  const prepared = useMemo(() => (hydrated ? bandProblem(data, settledState) : null), [hydrated, data, bandKey]);
  const bands = useMemo(() => weightBands(data, settledState, prepared), [data, settledState, prepared]);
  const settledScoring = useMemo(() => workspaceScoringInput(data, settledState, words), [data, settledState, words]);
  const deferredScoring = useMemo(
    () => workspaceScoringInput(data, deferredState, words),
    [data, deferredState, words],
  );
  const smallest = useMemo(() => {
    if (!hydrated || !settledScoring.ok || !deferredOutcome.ok) return null;
    try {
      const labels = { ...marketNames, ...Object.fromEntries(allCriteria.map((c) => [c.key, c.name])) };
      return smallestChangeText(t, f, smallestWeightChange(settledScoring.input), labels);
    } catch {
      return null;
    }
  }, [hydrated, settledScoring, deferredOutcome, marketNames, allCriteria, t, f]);

  const selectedMarkets = scoring.markets;
  const whyMarket =
    why && selectedMarkets.some((m) => m.iso3 === why)
      ? why
      : ((deferredOutcome.ok ? deferredOutcome.result.ranking[0]?.id : null) ?? null);
  const explanation = useMemo(
    () =>
      deferredOutcome.ok && deferredScoring.ok && whyMarket
        ? explainMarket(data, deferredState, deferredScoring.criteria, deferredOutcome.result, whyMarket)
        : null,
    [data, deferredState, deferredScoring, deferredOutcome, whyMarket],
  );

  // The URL follows the state (replaceState: no navigation, no server request), a little behind
  // a moving slider so the browser's history API is not flooded.
  useEffect(() => {
    if (state.markets.length === 0) return;
    const timer = window.setTimeout(() => {
      const params = new URLSearchParams(encodeWorkspaceState(state));
      if (why) params.set("why", why);
      for (const [key, value] of Object.entries(openedScenarioParams(scenario))) if (value) params.set(key, value);
      const next = `${window.location.pathname}?${params.toString()}`;
      if (next !== `${window.location.pathname}${window.location.search}`)
        window.history.replaceState(window.history.state, "", next);
    }, URL_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state, why, scenario]);

  const update = useCallback((change: (s: WorkspaceState) => WorkspaceState, weight = false) => {
    if (weight) markWeightInput();
    setState(change);
  }, []);
  // A slider moved back onto its preset's weight drops out of the state (and the URL).
  const weightPresetKey = state.weightPreset;
  const defaults = useMemo(() => {
    const base = { ...initialState, weightPreset: weightPresetKey };
    const groups = Object.fromEntries(data.criteriaGroups.map((g) => [g.key, baseGroupWeight(data, base, g.key)]));
    const indicators = Object.fromEntries(allCriteria.map((c) => [c.key, baseCriterionWeight(base, c)]));
    return { groups, indicators };
  }, [data, allCriteria, initialState, weightPresetKey]);
  const presetStatus = useMemo(() => weightPresetStatus(data, state), [data, state]);
  const presetLabel = presetStatusText(
    t,
    presetStatus,
    presetTexts[presetStatus.preset.key]?.name ?? presetStatus.preset.name,
  );
  const setRecord = (record: Record<string, number>, key: string, value: number, fallback: number | undefined) => {
    const next = { ...record };
    if (fallback !== undefined && Math.abs(value - fallback) < 1e-9) delete next[key];
    else next[key] = value;
    return next;
  };
  const onGroupWeight = useCallback(
    (key: string, value: number) =>
      update((s) => ({ ...s, groupWeights: setRecord(s.groupWeights, key, value, defaults.groups[key]) }), true),
    [update, defaults],
  );
  const onCriterionWeight = useCallback(
    (key: string, value: number) =>
      update(
        (s) => ({ ...s, indicatorWeights: setRecord(s.indicatorWeights, key, value, defaults.indicators[key]) }),
        true,
      ),
    [update, defaults],
  );
  const onAssessment = useCallback(
    (iso3: string, key: string, value: number | null) =>
      update((s) => {
        const forMarket = { ...(s.assessments[iso3] ?? {}) };
        if (value === null) delete forMarket[key];
        else forMarket[key] = value;
        const assessments = { ...s.assessments, [iso3]: forMarket };
        if (Object.keys(forMarket).length === 0) delete assessments[iso3];
        return { ...s, assessments };
      }, true),
    [update],
  );
  const valueOf = useCallback(
    (iso3: string, criterion: WorkspaceCriterion) => criterionValue(data, state, iso3, criterion),
    [data, state],
  );
  const onMarkets = useCallback((next: string[]) => update((s) => ({ ...s, markets: next })), [update]);
  const onToggleMarket = useCallback(
    (iso3: string) =>
      update((s) => ({
        ...s,
        markets: s.markets.includes(iso3) ? s.markets.filter((c) => c !== iso3) : [...s.markets, iso3],
      })),
    [update],
  );
  // Back to the current weight preset's weights.
  const onResetWeights = useCallback(
    () => update((s) => ({ ...s, groupWeights: {}, indicatorWeights: {} }), true),
    [update],
  );
  const onWeightPreset = useCallback(
    (key: string) => update((s) => ({ ...s, weightPreset: key, groupWeights: {}, indicatorWeights: {} }), true),
    [update],
  );

  const mapMarkets = useMemo(
    () =>
      deferredOutcome.ok
        ? deferredOutcome.result.ranking.map((r) => ({
            iso3: r.id,
            name: marketNames[r.id] ?? r.id,
            rank: r.rank,
            score: r.score,
          }))
        : [],
    [deferredOutcome, marketNames],
  );
  const result = outcome.ok ? outcome.result : null;
  // Values older than three years among the criteria that weigh in the ranking, per market.
  const stale = useMemo(() => {
    const out: Record<string, StaleValue[]> = {};
    if (!result || !scoring.ok) return out;
    const keys = scoring.criteria
      .filter((c) => c.kind === "indicator" && (result.weights[c.key] ?? 0) > 0)
      .map((c) => c.key);
    for (const row of result.ranking) out[row.id] = staleValues(data.values[row.id], keys, currentYear);
    return out;
  }, [result, scoring, data, currentYear]);
  const leader = result?.ranking[0];
  const methodName = t("method.name", { method: state.method });

  const pathSearch = useMemo(() => {
    const params = new URLSearchParams(encodeWorkspaceState(deferredState));
    for (const [key, value] of Object.entries(openedScenarioParams(scenario))) if (value) params.set(key, value);
    return params.toString();
  }, [deferredState, scenario]);

  return (
    <>
      <GuidedPath
        current={1}
        search={pathSearch}
        leader={deferredOutcome.ok ? (deferredOutcome.result.ranking[0]?.id ?? null) : null}
      />
      <WorkspaceToolbar
        robustnessHref={workspaceHref("/robustness", state)}
        ahpHref={workspaceHref("/weights", state)}
        canLink={state.markets.length > 0}
        scenarioSlot={<ScenarioSlot state={state} openedFrom={scenario} onSaved={setScenario} />}
      />
      {problems.length > 0 || scoring.unknownMarkets.length > 0 ? (
        <div role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-medium">{t("main.linkProblems")}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
            {scoring.unknownMarkets.length > 0 ? (
              <li>{t("main.unknownMarkets", { markets: scoring.unknownMarkets.join(", ") })}</li>
            ) : null}
          </ul>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)] lg:items-start">
        <div
          className="space-y-6 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-1"
          aria-label={t("main.controlsLabel")}
          role="region"
          tabIndex={-1}
        >
          <Card>
            <MarketPicker markets={markets} selected={state.markets} onChange={onMarkets} />
          </Card>
          <Card>
            <h2 className="text-lg font-semibold text-slate-900">{t("main.methodAndWeights")}</h2>
            {/* On a phone the ranking sits below the sliders: keep the leader in sight. */}
            <p
              className="sticky top-0 z-10 -mx-4 mt-2 border-y border-slate-200 bg-white/95 px-4 py-1.5 text-xs text-slate-700 backdrop-blur lg:hidden"
              aria-hidden="true"
            >
              {result
                ? result.ranking
                    .slice(0, 3)
                    .map((r) =>
                      t("main.topRow", {
                        rank: r.rank,
                        market: marketNames[r.id] ?? r.id,
                        score: f.formatNumber(r.score, 3),
                      }),
                    )
                    .join(" · ")
                : t("main.noRanking")}
            </p>
            <MethodOptions state={state} onChange={(change) => update(change, true)} />
            <div className="mt-5 border-t border-slate-200 pt-4">
              <WeightPresetControl
                status={presetStatus}
                label={presetLabel}
                presetTexts={presetTexts}
                onApply={onWeightPreset}
              />
            </div>
            <div className="mt-5">
              <CriteriaPanel
                data={data}
                state={state}
                criteria={allCriteria}
                shares={shares}
                bands={bands}
                marketNames={marketNames}
                selectedMarkets={selectedMarkets}
                omittedReasons={omittedReasons}
                ahpHref={workspaceHref("/weights", state)}
                onGroupWeight={onGroupWeight}
                onCriterionWeight={onCriterionWeight}
                onAssessment={onAssessment}
                onResetWeights={onResetWeights}
              />
            </div>
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold text-slate-900">{t("ranking.heading")}</h2>
              <p className="text-xs text-slate-600">
                {methodName} · {result ? t("ranking.normalization", { kind: result.normalization }) : "–"} ·{" "}
                {state.missing === "renormalize" ? t("ranking.gapsAverage") : t("ranking.gapsWorst")} ·{" "}
                {t("ranking.dataset", { version: data.datasetVersion })}
              </p>
            </div>
            <p className="mt-1 text-sm text-slate-800" data-testid="ranking-weights">
              {presetLabel}
            </p>
            <p className="sr-only" aria-live="polite" aria-atomic="true">
              <DebouncedText
                text={
                  leader
                    ? t("ranking.leaderAnnounce", {
                        market: marketNames[leader.id] ?? leader.id,
                        score: f.formatNumber(leader.score, 3),
                      })
                    : ""
                }
              />
            </p>
            {result ? (
              <>
                <RankingList
                  result={result}
                  criteria={colored}
                  marketNames={marketNames}
                  whyMarket={whyMarket}
                  onWhy={setWhy}
                  stale={stale}
                  valueOf={valueOf}
                />
                <Legend data={data} />
                <p
                  className="mt-3 min-h-10 rounded bg-slate-50 p-2 text-sm text-slate-800"
                  data-testid="smallest-change"
                >
                  {smallest ?? "\u00a0"}
                </p>
                <LazyDetails
                  className="mt-3"
                  summary={
                    <summary className="text-brand-700 cursor-pointer rounded text-sm font-medium hover:underline">
                      {t("ranking.numbersBehind")}
                    </summary>
                  }
                >
                  <div className="mt-2">
                    <ContributionTable result={result} criteria={colored} marketNames={marketNames} stale={stale} />
                    {state.method === "topsis" ? (
                      <p className="mt-1 text-xs text-slate-600">{t("ranking.topsisNote")}</p>
                    ) : null}
                  </div>
                </LazyDetails>
              </>
            ) : (
              <div role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-4 text-sm text-red-900">
                <p className="font-medium">{t("ranking.failed")}</p>
                <p className="mt-1">{outcome.ok ? "" : outcome.message}</p>
                {state.markets.length > 0 ? (
                  <button
                    type="button"
                    onClick={onResetWeights}
                    className="mt-3 rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800"
                  >
                    {t("ranking.resetWeights")}
                  </button>
                ) : null}
              </div>
            )}
          </Card>
          {result ? (
            <Card>
              <WhyPanel
                explanation={explanation}
                total={result.ranking.length}
                markets={deferredScoring.markets}
                marketNames={marketNames}
                groupNames={groupNames}
                selected={whyMarket}
                onSelect={setWhy}
                currentYear={currentYear}
              />
            </Card>
          ) : null}
          <Card>
            <h2 className="text-lg font-semibold text-slate-900">{t("map.heading")}</h2>
            <p className="mb-3 text-sm text-slate-700">{t("map.lead")}</p>
            {deferredOutcome.ok ? (
              <MapErrorBoundary>
                <MarketMap
                  markets={mapMarkets}
                  scoreLabel={t("method.scoreLabel", { method: state.method })}
                  available={markets}
                  onToggle={onToggleMarket}
                />
              </MapErrorBoundary>
            ) : (
              <div className="flex aspect-[16/9] w-full items-center justify-center rounded border border-slate-200 bg-slate-50 p-4 text-sm text-slate-600">
                {t("map.none")}
              </div>
            )}
          </Card>
          <p className="text-sm text-slate-700">
            {t.rich("ranking.robustnessLink", {
              link: (chunks) => (
                <Link
                  href={workspaceHref("/robustness", state)}
                  className="text-brand-700 font-medium underline-offset-2 hover:underline"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
      </div>
    </>
  );
}

function Legend({ data }: { data: ScoringData }) {
  const t = useTranslations("workspace");
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label={t("ranking.legendLabel")}>
      {data.criteriaGroups.map((g, i) => (
        <li key={g.key} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block h-2.5 w-2.5 rounded-sm"
            style={{ backgroundColor: groupColor(i) }}
          />
          {g.name}
        </li>
      ))}
    </ul>
  );
}

/** Announces the leader once the sliders rest, not on every step. */
function DebouncedText({ text }: { text: string }) {
  const [shown, setShown] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setShown(text), 800);
    return () => window.clearTimeout(timer);
  }, [text]);
  return <>{shown}</>;
}
