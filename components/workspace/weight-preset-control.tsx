"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

import { WEIGHT_PRESETS, weightPreset } from "@/lib/workspace/weight-presets";
import type { WeightPresetStatus } from "@/lib/workspace/weight-preset-status";

interface Props {
  status: WeightPresetStatus;
  /** The status in words ("Weights: Thesis preset (default)"), in the reader's language. */
  label: string;
  /** The presets' names and summaries in the reader's language, by key. */
  presetTexts: Record<string, { name: string; summary: string }>;
  /** Starts the weights afresh from the preset: the user's slider changes are replaced. */
  onApply: (key: string) => void;
}

/**
 * Chooses the weight preset the sliders start from (docs/decisions/016-weight-presets.md). With
 * moved sliders, applying a preset asks first: the user's changes are never replaced silently.
 */
export function WeightPresetControl({ status, label, presetTexts, onApply }: Props) {
  const t = useTranslations("workspace.preset");
  const id = useId();
  const [pending, setPending] = useState<string | null>(null);
  const shown = weightPreset(pending ?? status.preset.key) ?? status.preset;
  const changes = status.changed.length;
  const text = (p: { key: string; name: string; summary: string }) => presetTexts[p.key] ?? p;

  const choose = (key: string) => {
    if (key === status.preset.key && changes === 0) return setPending(null);
    if (changes > 0) return setPending(key);
    setPending(null);
    onApply(key);
  };

  return (
    <div className="space-y-1.5" data-testid="weight-preset-control">
      <label htmlFor={`${id}-preset`} className="block text-sm font-semibold text-slate-900">
        {t("label")}
      </label>
      <select
        id={`${id}-preset`}
        value={pending ?? status.preset.key}
        onChange={(event) => choose(event.target.value)}
        aria-describedby={`${id}-summary`}
        className="w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
      >
        {WEIGHT_PRESETS.map((p) => (
          <option key={p.key} value={p.key}>
            {text(p).name}
          </option>
        ))}
      </select>
      <p id={`${id}-summary`} className="text-xs leading-5 text-slate-700">
        {text(shown).summary}{" "}
        {shown.url ? (
          <a
            href={shown.url}
            className="text-brand-700 font-medium underline underline-offset-2"
            target="_blank"
            rel="noreferrer"
          >
            {t("source")}
          </a>
        ) : null}
        <span className="block text-slate-600">
          {t("why")} <code className="break-all">{shown.record}</code>
        </span>
      </p>
      <p className="text-sm font-medium text-slate-900" data-testid="weight-preset-status">
        {label}
      </p>
      {pending ? (
        <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
          <p>{t("confirm", { name: text(shown).name, count: changes })}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => {
                setPending(null);
                onApply(shown.key);
              }}
              className="rounded bg-amber-800 px-2.5 py-1 font-medium text-white hover:bg-amber-900"
            >
              {t("apply", { name: text(shown).name })}
            </button>
            <button
              type="button"
              onClick={() => setPending(null)}
              className="rounded border border-slate-300 bg-white px-2.5 py-1 font-medium text-slate-800 hover:bg-slate-50"
            >
              {t("keep")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
