"use client";

import { useTranslations } from "next-intl";
import { useId, type Ref } from "react";

import { rangeInputClass } from "@/components/workspace/range-style";
import { MAX_POSITION } from "@/lib/workspace/ahp-judgements";

interface Props {
  first: string;
  second: string;
  /** −8…8: 0 equal, +k the first k+1 times as important, −k the second (lib/workspace/ahp-judgements). */
  position: number;
  /** The judgement the consistency check asks to revisit first. */
  flagged: boolean;
  onChange: (position: number) => void;
  ref?: Ref<HTMLInputElement>;
}

/** One pairwise comparison on Saaty's 1-9 scale, drawn as the weighting page draws it. */
export function PairSlider({ first, second, position, flagged, onChange, ref }: Props) {
  const t = useTranslations("workspace");
  const mine = useTranslations("decisions.mine");
  const id = useId();
  const p = Math.round(position);
  const text =
    p === 0
      ? t("ahp.equal", { first, second })
      : t("ahp.judgement", {
          more: p > 0 ? first : second,
          less: p > 0 ? second : first,
          intensity: String(Math.abs(p) + 1),
        });
  return (
    <div className={flagged ? "-mx-2 rounded bg-amber-50 px-2 py-1 ring-1 ring-amber-400" : ""}>
      <label htmlFor={id} className="sr-only">
        {t("ahp.versus", { first, second })}
      </label>
      <div className="flex items-start justify-between gap-4 text-sm font-medium text-slate-900" aria-hidden="true">
        <span>{first}</span>
        <span className="text-right">{second}</span>
      </div>
      <div className="relative mt-1 h-6">
        <div
          className="pointer-events-none absolute inset-x-2 top-1/2 h-1.5 -translate-y-1/2 rounded-full bg-slate-200"
          aria-hidden="true"
        >
          <span className="absolute top-1/2 left-1/2 h-3 w-0.5 -translate-x-1/2 -translate-y-1/2 bg-slate-400" />
        </div>
        <input
          ref={ref}
          id={id}
          type="range"
          min={-MAX_POSITION}
          max={MAX_POSITION}
          step={1}
          // Left = the first criterion more important: the slider's value runs the other way.
          value={-p}
          aria-valuetext={text}
          onChange={(e) => onChange(-Number(e.currentTarget.value))}
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
        {text}.{flagged ? <strong className="ml-1 font-semibold text-amber-950">{mine("revisit")}</strong> : null}
      </p>
    </div>
  );
}
