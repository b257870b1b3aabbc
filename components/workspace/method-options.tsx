"use client";

import type { WorkspaceState } from "@/lib/contracts/workspace";

const methods = [
  { value: "wsm", label: "Weighted sum", help: "Scores on a common 0-1 scale, weighted and added." },
  { value: "topsis", label: "TOPSIS", help: "Closeness to an ideal market and distance from the worst." },
  { value: "promethee2", label: "PROMETHEE II", help: "How often a market beats the others, criterion by criterion." },
] as const;

const missingPolicies = [
  {
    value: "renormalize",
    label: "Rescale over the data a market has",
    help: "A gap is left out; the market's other weights are scaled up.",
  },
  {
    value: "worst",
    label: "Count a gap as the worst value",
    help: "A gap scores as the lowest value among the markets.",
  },
] as const;

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
    </div>
  );
}
