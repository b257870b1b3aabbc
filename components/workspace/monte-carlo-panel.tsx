"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Card } from "@/components/ui/page-header";
import { MonteCarloSettingsSchema, type MonteCarloSettings } from "@/lib/contracts/workspace";
import type { Formatters } from "@/lib/format";
import { maxMonteCarloSamples, type MonteCarloResult, type ScoringInput } from "@/lib/scoring";
import type { MonteCarloMessage, MonteCarloRequest } from "@/lib/workspace/monte-carlo.worker";
import type { MonteCarloEcho } from "@/lib/workspace/monte-carlo-wording";
import { monteCarloParams } from "@/lib/workspace/view-params";
import { ScrollRegion } from "@/components/ui/scroll-region";

interface Props {
  input: ScoringInput;
  initialSettings: MonteCarloSettings;
  marketNames: Record<string, string>;
  /** Order of the rows: the current ranking. */
  order: string[];
}

type RunState =
  | { status: "idle" }
  | { status: "running"; completed: number; total: number }
  | { status: "cancelled"; completed: number; total: number }
  | { status: "done"; result: MonteCarloResult; seconds: number }
  | { status: "error"; message: string };

const fields = [
  { key: "samples", min: 100, max: 100_000, step: 100 },
  { key: "seed", min: 0, max: 2 ** 32 - 1, step: 1 },
  { key: "concentration", min: 1, max: 10_000, step: 1 },
] as const;

/** What a Monte Carlo run varied and how, in one sentence (decision record 014). */
function monteCarloDescription(
  t: ReturnType<typeof useTranslations<"workspace">>,
  f: Formatters,
  mc: MonteCarloEcho,
): string {
  const common = {
    samples: f.formatNumber(mc.samples, 0),
    concentration: f.formatNumber(mc.concentration, 2),
    seed: String(mc.seed),
  };
  const varied = mc.valuesVaried ?? 0;
  if (varied === 0) return t("mc.description.weightsOnly", common);
  return t("mc.description.both", {
    ...common,
    values: f.formatNumber(varied, 0),
    how: mc.valueDistribution === "normal" ? "normal" : "uniform",
  });
}

/**
 * Monte Carlo over the weights and the values in a Web Worker: each sample draws weights around the
 * chosen ones (Dirichlet with the given concentration) and every uncertain value within its 95 %
 * uncertainty (decision record 014), then ranks the markets; the result is each market's
 * probability of each rank, as a heat table, and its chance of ranking first.
 */
export function MonteCarloPanel({ input, initialSettings, marketNames, order }: Props) {
  const t = useTranslations("workspace");
  const f = useFormatters();
  const { formatNumber } = f;
  const labels = { samples: t("mc.samples"), seed: t("mc.seed"), concentration: t("mc.concentration") };
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(initialSettings).map(([k, v]) => [k, String(v)])),
  );
  const [run, setRun] = useState<RunState>({ status: "idle" });
  const worker = useRef<Worker | null>(null);
  const started = useRef(0);
  const formId = useId();

  useEffect(() => () => worker.current?.terminate(), []);

  const parsed = MonteCarloSettingsSchema.safeParse({
    samples: Number(draft.samples),
    seed: Number(draft.seed),
    concentration: Number(draft.concentration),
  });
  const errors: Record<string, string> = {};
  // What each setting accepts, in words: a reader never sees the validator's text.
  const invalid: Record<string, string> = {
    samples: t("mc.invalidSamples", { max: formatNumber(100_000, 0) }),
    seed: t("mc.invalidSeed", { max: formatNumber(2 ** 32 - 1, 0) }),
    concentration: t("mc.invalidConcentration", { max: formatNumber(10_000, 0) }),
  };
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      errors[key] ??= invalid[key] ?? issue.message;
    }
  // The engine refuses runs above its work budget; say the limit for this selection before a run.
  const sampleLimit = useMemo(() => {
    try {
      return maxMonteCarloSamples(input);
    } catch {
      return 100_000; // an input the engine rejects fails on run, with the engine's message
    }
  }, [input]);
  const limited = sampleLimit < 100_000;
  if (parsed.success && parsed.data.samples > sampleLimit) {
    errors.samples = t("mc.tooMany", { max: formatNumber(sampleLimit, 0) });
  }
  const ready = parsed.success && errors.samples === undefined;

  const start = () => {
    if (!parsed.success || !ready) return;
    const settings = parsed.data;
    worker.current?.terminate();
    let w: Worker;
    try {
      w = new Worker(new URL("../../lib/workspace/monte-carlo.worker.ts", import.meta.url), { type: "module" });
    } catch (error) {
      setRun({
        status: "error",
        message: t("mc.cannotStart", { error: error instanceof Error ? error.message : String(error) }),
      });
      return;
    }
    worker.current = w;
    started.current = performance.now();
    setRun({ status: "running", completed: 0, total: settings.samples });
    // A cancelled (terminated) worker can still deliver an event already in flight, e.g. the error
    // of a script load the termination cut off: only the current worker may change the state.
    w.onmessage = (event: MessageEvent<MonteCarloMessage>) => {
      if (worker.current !== w) return;
      const message = event.data;
      if (message.type === "progress")
        setRun({ status: "running", completed: message.completed, total: message.total });
      else if (message.type === "done") {
        setRun({ status: "done", result: message.result, seconds: (performance.now() - started.current) / 1000 });
        w.terminate();
        worker.current = null;
      } else {
        setRun({ status: "error", message: message.message });
        w.terminate();
        worker.current = null;
      }
    };
    w.onerror = (event) => {
      if (worker.current !== w) return;
      setRun({ status: "error", message: event.message || t("mc.workerFailed") });
      w.terminate();
      worker.current = null;
    };
    const request: MonteCarloRequest = {
      input,
      options: { samples: settings.samples, seed: settings.seed, concentration: settings.concentration },
    };
    w.postMessage(request);
    // A link to this page reproduces the run: same state, same settings.
    const params = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(monteCarloParams(settings))) params.set(k, v);
    window.history.replaceState(window.history.state, "", `${window.location.pathname}?${params.toString()}`);
  };

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setRun((r) => (r.status === "running" ? { status: "cancelled", completed: r.completed, total: r.total } : r));
  };

  const running = run.status === "running";
  const uncertainValues = input.alternatives.reduce(
    (sum, a) =>
      sum +
      Object.entries(a.uncertainty ?? {}).filter(
        ([key, u]) => a.values[key] != null && (typeof u !== "number" || u > 0),
      ).length,
    0,
  );
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("mc.heading")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("mc.intro", { count: uncertainValues })}</p>
      <form
        id={formId}
        className="mt-4 grid gap-4 sm:grid-cols-3"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
        noValidate
      >
        {fields.map((field) => (
          <div key={field.key}>
            <label htmlFor={`mc-${field.key}`} className="block text-sm font-medium text-slate-900">
              {labels[field.key]}
            </label>
            <input
              id={`mc-${field.key}`}
              type="number"
              inputMode="numeric"
              min={field.min}
              max={field.key === "samples" ? sampleLimit : field.max}
              step={field.step}
              value={draft[field.key] ?? ""}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, [field.key]: value }));
              }}
              aria-invalid={errors[field.key] ? true : undefined}
              aria-describedby={`mc-${field.key}-help`}
              disabled={running}
              className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 text-sm tabular-nums disabled:bg-slate-100 aria-[invalid]:border-red-600"
            />
            <p
              id={`mc-${field.key}-help`}
              className={`mt-1 text-xs ${errors[field.key] ? "text-red-800" : "text-slate-600"}`}
            >
              {errors[field.key]
                ? errors[field.key]
                : field.key === "samples"
                  ? limited
                    ? t("mc.samplesHelpLimited", { max: formatNumber(sampleLimit, 0) })
                    : t("mc.samplesHelp", { max: formatNumber(100_000, 0) })
                  : field.key === "seed"
                    ? t("mc.seedHelp")
                    : t("mc.concentrationHelp")}
            </p>
          </div>
        ))}
      </form>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          form={formId}
          disabled={running || !ready}
          className="bg-brand-700 hover:bg-brand-900 rounded px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50"
        >
          {run.status === "done" ? t("mc.runAgain") : t("mc.run")}
        </button>
        <button
          type="button"
          onClick={cancel}
          disabled={!running}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50"
        >
          {t("mc.cancel")}
        </button>
        <div className="min-w-48 flex-1" aria-live="polite">
          {run.status === "running" || run.status === "cancelled" ? (
            <div>
              <progress
                className="[&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-value]:bg-brand-600 h-2 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-slate-200"
                max={run.total}
                value={run.completed}
                aria-label={t("mc.progress")}
              />
              <p className="text-xs text-slate-700 tabular-nums">
                {t("mc.progressText", {
                  cancelled: run.status === "cancelled" ? "yes" : "no",
                  completed: formatNumber(run.completed, 0),
                  total: formatNumber(run.total, 0),
                })}
              </p>
            </div>
          ) : run.status === "done" ? (
            <p className="text-sm text-slate-700" data-testid="monte-carlo-varied">
              {t("mc.done", {
                seconds: formatNumber(run.seconds, 1),
                description: monteCarloDescription(t, f, run.result),
              })}
            </p>
          ) : run.status === "error" ? (
            <p role="alert" className="text-sm text-red-900">
              {t("mc.failed", { message: run.message })}
            </p>
          ) : (
            <p className="text-sm text-slate-600">{t("mc.notRun")}</p>
          )}
        </div>
      </div>
      <div className="mt-5">
        {run.status === "done" ? (
          <RankHeatTable result={run.result} order={order} marketNames={marketNames} />
        ) : (
          // As tall as the table that replaces it, so nothing below jumps when the run ends.
          <div
            className="flex items-center justify-center rounded border border-dashed border-slate-300 bg-slate-50 p-4 text-sm text-slate-600"
            style={{ minHeight: 72 + order.length * 30 }}
          >
            {running ? t("mc.simulating") : run.status === "cancelled" ? t("mc.cancelled") : t("mc.appear")}
          </div>
        )}
      </div>
    </Card>
  );
}

function RankHeatTable({
  result,
  order,
  marketNames,
}: {
  result: MonteCarloResult;
  order: string[];
  marketNames: Record<string, string>;
}) {
  const t = useTranslations("workspace.mc");
  const { formatNumber, formatPercent } = useFormatters();
  /** A probability as a reader expects it: "42%", "0.4%", "<0.1%" for rare but possible, "0%" for never. */
  const probabilityText = (p: number, decimals = 0): string => {
    if (p > 0 && p < 0.001) return t("rare", { share: formatPercent(0.001, 1) });
    return formatPercent(p, p < 0.01 ? 1 : decimals);
  };
  const n = order.length;
  return (
    <ScrollRegion label={t("region")} className="relative">
      <table
        className="w-full min-w-[32rem] border-separate border-spacing-0.5 text-sm"
        data-testid="rank-probabilities"
      >
        <caption className="mb-2 text-left text-xs text-slate-600">{t("caption")}</caption>
        <thead className="text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-medium">
              {t("market")}
            </th>
            {Array.from({ length: n }, (_, r) => (
              <th key={r} scope="col" className="px-1 py-1 text-center font-medium">
                {r + 1}
                <span className="sr-only">{t("place", { place: r + 1 })}</span>
              </th>
            ))}
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t("pFirst")}
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {t("meanRank")}
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {order.map((iso3) => {
            const p = result.rankProbabilities[iso3] ?? [];
            const interval = result.rankInterval90[iso3];
            return (
              <tr key={iso3} data-market={iso3}>
                <th scope="row" className="px-2 py-1 text-left font-medium whitespace-nowrap text-slate-900">
                  {marketNames[iso3] ?? iso3}
                </th>
                {p.map((value, r) => (
                  <td
                    key={r}
                    data-probability={value}
                    className="rounded-sm px-1 py-1 text-center text-xs"
                    // At most 60% blue under dark text keeps a 4.5:1 contrast in every cell.
                    style={{ backgroundColor: `rgb(29 78 216 / ${Math.min(1, value) * 0.6})`, color: "#0f172a" }}
                  >
                    {value === 0 ? (
                      <>
                        <span aria-hidden="true">·</span>
                        <span className="sr-only">{formatPercent(0, 0)}</span>
                      </>
                    ) : (
                      probabilityText(value)
                    )}
                  </td>
                ))}
                <td className="px-2 py-1 text-right font-semibold">
                  {probabilityText(result.probabilityFirst[iso3] ?? 0, 1)}
                </td>
                <td className="px-2 py-1 text-right whitespace-nowrap text-slate-700">
                  {formatNumber(result.meanRank[iso3] ?? 0, 2)}
                  {interval ? t("interval", { low: interval.low, high: interval.high }) : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
