"use client";

import type { WorkspaceState } from "@/lib/contracts/workspace";
import { DEFAULT_COVERAGE_THRESHOLD, DEFAULT_PREFERENCE, PREFERENCE_TYPES } from "@/lib/workspace/defaults";

const methods = [
  { value: "wsm", label: "Weighted sum", help: "Scores on a common 0-1 scale, weighted and added." },
  { value: "topsis", label: "TOPSIS", help: "Closeness to an ideal market and distance from the worst." },
  { value: "promethee2", label: "PROMETHEE II", help: "How often a market beats the others, criterion by criterion." },
] as const;

const missingPolicies = [
  {
    value: "renormalize",
    label: "Count a gap as typical of the other markets",
    help: "A gap scores as the average of the selected markets that report it, so it neither helps nor hurts.",
  },
  {
    value: "worst",
    label: "Count a gap as the worst value",
    help: "A gap scores as the worst value of any market in the data set.",
  },
] as const;

/** Brans & Vincke's six preference functions, in words (thresholds from each indicator's spread). */
const preferenceLabels: Record<(typeof PREFERENCE_TYPES)[number], string> = {
  usual: "Usual: any difference is a full win",
  ushape: "U-shape: a win once the gap exceeds q",
  vshape: "V-shape: grows with the gap up to p",
  level: "Level: half a win between q and p, a full one beyond p",
  linear: "Linear: nothing below q, grows to a full win at p",
  gaussian: "Gaussian: grows smoothly with the gap (s)",
};

const radioClass = "mt-0.5 h-4 w-4 shrink-0 accent-brand-600";

/** Aggregation method, normalization and what a data gap counts as. */
export function MethodOptions({
  state,
  onChange,
}: {
  state: WorkspaceState;
  onChange: (change: (s: WorkspaceState) => WorkspaceState) => void;
}) {
  return (
    <div className="mt-3 space-y-4">
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">Method</legend>
        <div className="mt-1.5 space-y-1.5">
          {methods.map((m) => (
            <label key={m.value} className="flex cursor-pointer items-start gap-2 text-sm">
              <input
                type="radio"
                name="method"
                value={m.value}
                checked={state.method === m.value}
                onChange={() => onChange((s) => ({ ...s, method: m.value }))}
                className={radioClass}
              />
              <span>
                <span className="font-medium text-slate-900">{m.label}</span>
                <span className="block text-xs text-slate-600">{m.help}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {state.method === "promethee2" ? (
        <div>
          <label htmlFor="preference" className="text-sm font-semibold text-slate-900">
            Preference function
          </label>
          <select
            id="preference"
            aria-describedby="preference-help"
            value={state.preference ?? DEFAULT_PREFERENCE}
            onChange={(e) => {
              const value = e.currentTarget.value as (typeof PREFERENCE_TYPES)[number];
              onChange((s) => ({ ...s, preference: value }));
            }}
            className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            {PREFERENCE_TYPES.map((type) => (
              <option key={type} value={type}>
                {preferenceLabels[type]}
              </option>
            ))}
          </select>
          <p id="preference-help" className="mt-1 text-xs text-slate-600">
            For every indicator, with thresholds from its spread over all markets: q = 0.1, p = 0.5 and s = 0.3 standard
            deviations. Your own 1-5 ratings use the usual function.
          </p>
        </div>
      ) : null}
      {state.method !== "promethee2" ? (
        <div>
          <label htmlFor="normalization" className="text-sm font-semibold text-slate-900">
            Normalization
          </label>
          <select
            id="normalization"
            value={state.normalization ?? ""}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onChange((s) => {
                const { normalization: _omit, ...rest } = s;
                void _omit;
                return value === "minmax" || value === "vector" ? { ...rest, normalization: value } : rest;
              });
            }}
            className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            <option value="">The method&apos;s default ({state.method === "topsis" ? "vector" : "min-max"})</option>
            <option value="minmax">Min-max: worst market 0, best 1</option>
            <option value="vector">Vector: value ÷ length of the column</option>
          </select>
        </div>
      ) : null}
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">Missing data</legend>
        <div className="mt-1.5 space-y-1.5">
          {missingPolicies.map((p) => (
            <label key={p.value} className="flex cursor-pointer items-start gap-2 text-sm">
              <input
                type="radio"
                name="missing"
                value={p.value}
                checked={state.missing === p.value}
                onChange={() => onChange((s) => ({ ...s, missing: p.value }))}
                className={radioClass}
              />
              <span>
                <span className="font-medium text-slate-900">{p.label}</span>
                <span className="block text-xs text-slate-600">{p.help}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <CoverageThreshold state={state} onChange={onChange} />
    </div>
  );
}

/** The share of the selected markets a criterion must be known for (decision record 013). */
function CoverageThreshold({
  state,
  onChange,
}: {
  state: WorkspaceState;
  onChange: (change: (s: WorkspaceState) => WorkspaceState) => void;
}) {
  const percent = Math.round((state.coverageThreshold ?? DEFAULT_COVERAGE_THRESHOLD) * 100);
  return (
    <div>
      <label htmlFor="coverage-threshold" className="text-sm font-semibold text-slate-900">
        Coverage threshold: {percent} %
      </label>
      <input
        id="coverage-threshold"
        type="range"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-describedby="coverage-threshold-help"
        aria-valuetext={`${percent} % of the selected markets`}
        onChange={(e) => {
          const value = Number(e.currentTarget.value) / 100;
          onChange((s) => ({ ...s, coverageThreshold: value }));
        }}
        className="accent-brand-600 mt-1 block w-full"
      />
      <p id="coverage-threshold-help" className="text-xs text-slate-600">
        A criterion known for fewer than {percent} % of the selected markets is left out of the ranking; the criteria
        list says which and why.
      </p>
    </div>
  );
}
