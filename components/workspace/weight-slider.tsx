"use client";

import { useTranslations } from "next-intl";
import { memo, useId, useState } from "react";

import { SLIDER_MAX, SLIDER_STEP } from "@/lib/workspace/weight-bands";

import { rangeInputClass } from "./range-style";

export interface SliderBand {
  low: number;
  high: number;
  /** Says in words what the band means, for the slider's description. */
  text: string;
}

interface Props {
  /** The criterion's or group's name: the slider's accessible name. */
  name: string;
  value: number;
  /** The weight as shown, e.g. "35%"; null when the criterion is not scored. */
  share: string | null;
  /** A smaller second figure, e.g. "7.0% of the total". */
  detail?: string | null;
  /** aria-valuetext: the weight in words. */
  valueText: string;
  band: SliderBand | null;
  /** One line under the slider: unit and direction, or what the group measures. */
  summary: React.ReactNode;
  /** Definition and source, behind a disclosure. */
  help: React.ReactNode;
  level: "group" | "indicator";
  onChange: (value: number) => void;
}

/**
 * A native range input (arrow keys, Page Up/Down, Home/End work), its weight in %, the band over
 * which the current leader stays first drawn on its track, and a help text.
 */
export const WeightSlider = memo(function WeightSlider({
  name,
  value,
  share,
  detail,
  valueText,
  band,
  summary,
  help,
  level,
  onChange,
}: Props) {
  const t = useTranslations("workspace.slider");
  const id = useId();
  const summaryId = `${id}-summary`;
  const bandId = `${id}-band`;
  const helpId = `${id}-help`;
  const [helpOpen, setHelpOpen] = useState(false);
  const group = level === "group";
  const rawText = String(Math.round((value / SLIDER_MAX) * 100));
  return (
    <div className={group ? "" : "pl-3"}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <label
          htmlFor={id}
          className={group ? "text-sm font-semibold text-slate-900" : "text-sm font-medium text-slate-800"}
        >
          {name}
        </label>
        {/* The thumb sits at the raw weight; the share is what it becomes once all weights are
            rescaled to sum to 100 %. Both shown, so a thumb at 55 never reads as "46%" alone. */}
        <span className="shrink-0 text-right tabular-nums" aria-hidden="true" data-testid="slider-figure">
          <span className="mr-1 text-[11px] text-slate-600">{t("raw", { value: rawText })}</span>
          <span className={group ? "text-sm font-semibold text-slate-900" : "text-sm font-medium text-slate-800"}>
            {share ?? t("notScored")}
          </span>
          {detail ? <span className="ml-1.5 text-[11px] text-slate-600">{detail}</span> : null}
        </span>
      </div>
      <div className="relative mt-1 h-7">
        {/* The track lives in a box inset by half the thumb, so 0 and 1 sit under the thumb's centre. */}
        <div className="pointer-events-none absolute inset-x-2 top-3 h-2 -translate-y-1/2 rounded-full bg-slate-200" />
        {/* The band runs under the track, clear of the thumb, so track and thumb stay readable even
            when the leader stays first over the whole slider. */}
        {band ? (
          <div className="pointer-events-none absolute inset-x-2 bottom-0 h-1" data-testid="weight-band">
            <div
              className="weight-band"
              style={{
                left: `${Math.round((band.low / SLIDER_MAX) * 1e5) / 1e3}%`,
                width: `${Math.round(Math.max(0.5, ((band.high - band.low) / SLIDER_MAX) * 100) * 1e3) / 1e3}%`,
              }}
              title={band.text}
            />
          </div>
        ) : null}
        <input
          id={id}
          type="range"
          min={0}
          max={SLIDER_MAX}
          step={SLIDER_STEP}
          value={value}
          aria-valuetext={t("valueText", { text: valueText, value: rawText })}
          aria-describedby={band ? `${summaryId} ${bandId}` : summaryId}
          onChange={(event) => onChange(Number(event.currentTarget.value))}
          className={`${rangeInputClass} absolute inset-x-0 top-0`}
        />
      </div>
      <div className="flex items-start justify-between gap-3 text-xs leading-5">
        <div id={summaryId} className="text-slate-600">
          {summary}
        </div>
        <button
          type="button"
          aria-expanded={helpOpen}
          aria-controls={helpId}
          onClick={() => setHelpOpen((open) => !open)}
          className="text-brand-700 hover:bg-brand-50 shrink-0 rounded px-1 font-medium"
        >
          {t("about")}
          <span className="sr-only"> {name}</span>
          <span aria-hidden="true"> {helpOpen ? "▴" : "▾"}</span>
        </button>
      </div>
      {band ? (
        <p id={bandId} className="sr-only">
          {band.text}
        </p>
      ) : null}
      <div
        id={helpId}
        hidden={!helpOpen}
        className="mt-1 space-y-1 rounded border border-slate-200 bg-slate-50 p-2 text-xs leading-5 text-slate-700"
      >
        {/* Rendered when opened: definitions and sources of every slider would double the page's HTML. */}
        {helpOpen ? help : null}
      </div>
    </div>
  );
});
