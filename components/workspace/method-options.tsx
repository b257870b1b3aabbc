"use client";

import { useTranslations } from "next-intl";

import type { WorkspaceState } from "@/lib/contracts/workspace";
import { DEFAULT_COVERAGE_THRESHOLD, DEFAULT_PREFERENCE, PREFERENCE_TYPES } from "@/lib/workspace/defaults";

const radioClass = "mt-0.5 h-4 w-4 shrink-0 accent-brand-600";

/** Aggregation method, normalization and what a data gap counts as. */
export function MethodOptions({
  state,
  onChange,
}: {
  state: WorkspaceState;
  onChange: (change: (s: WorkspaceState) => WorkspaceState) => void;
}) {
  const t = useTranslations("workspace");
  const methods = [
    { value: "wsm", help: t("options.wsmHelp") },
    { value: "topsis", help: t("options.topsisHelp") },
    { value: "promethee2", help: t("options.prometheeHelp") },
  ] as const;
  const missingPolicies = [
    { value: "renormalize", label: t("options.renormalize"), help: t("options.renormalizeHelp") },
    { value: "worst", label: t("options.worst"), help: t("options.worstHelp") },
  ] as const;
  return (
    <div className="mt-3 space-y-4">
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">{t("options.method")}</legend>
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
                <span className="font-medium text-slate-900">{t("method.name", { method: m.value })}</span>
                <span className="block text-xs text-slate-600">{m.help}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {state.method === "promethee2" ? (
        <div>
          <label htmlFor="preference" className="text-sm font-semibold text-slate-900">
            {t("options.preference")}
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
                {/* Brans & Vincke's six preference functions, in words (thresholds from each indicator's spread). */}
                {t("options.preferenceType", { type })}
              </option>
            ))}
          </select>
          <p id="preference-help" className="mt-1 text-xs text-slate-600">
            {t("options.preferenceHelp")}
          </p>
        </div>
      ) : null}
      {state.method !== "promethee2" ? (
        <div>
          <label htmlFor="normalization" className="text-sm font-semibold text-slate-900">
            {t("options.normalization")}
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
            <option value="">
              {t("options.normalizationDefault", { kind: state.method === "topsis" ? "vector" : "minmax" })}
            </option>
            <option value="minmax">{t("options.minmax")}</option>
            <option value="vector">{t("options.vector")}</option>
          </select>
        </div>
      ) : null}
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">{t("options.missing")}</legend>
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
  const t = useTranslations("workspace.options");
  const percent = Math.round((state.coverageThreshold ?? DEFAULT_COVERAGE_THRESHOLD) * 100);
  return (
    <div>
      <label htmlFor="coverage-threshold" className="text-sm font-semibold text-slate-900">
        {t("coverage", { percent })}
      </label>
      <input
        id="coverage-threshold"
        type="range"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-describedby="coverage-threshold-help"
        aria-valuetext={t("coverageValue", { percent })}
        onChange={(e) => {
          const value = Number(e.currentTarget.value) / 100;
          onChange((s) => ({ ...s, coverageThreshold: value }));
        }}
        className="accent-brand-600 mt-1 block w-full"
      />
      <p id="coverage-threshold-help" className="text-xs text-slate-600">
        {t("coverageHelp", { percent })}
      </p>
    </div>
  );
}
