"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

const SCALE = [1, 2, 3, 4, 5] as const;

/**
 * A 1-5 rating as a radio group: arrow keys move the choice, Tab leaves the group. The ends carry
 * their meaning in words, so the scale never relies on position or colour alone.
 */
export function RatingInput({
  name,
  label,
  value,
  lowLabel,
  highLabel,
  onChange,
  describedBy,
  compact = false,
}: {
  name: string;
  label: React.ReactNode;
  value: number;
  lowLabel: string;
  highLabel: string;
  onChange: (value: number) => void;
  describedBy?: string;
  compact?: boolean;
}) {
  const t = useTranslations("compare");
  const id = useId();
  const fractional = !SCALE.includes(value as (typeof SCALE)[number]);
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className={compact ? "text-sm font-medium text-slate-900" : "font-medium text-slate-900"}>{label}</legend>
      <div className="mt-2 grid max-w-md grid-cols-5 gap-1" role="presentation">
        {SCALE.map((n) => {
          const meaning = n === 1 ? lowLabel : n === 5 ? highLabel : n === 3 ? t("firm.rating.neutral") : null;
          return (
            <label key={n} className="relative">
              <input
                type="radio"
                name={`${name}-${id}`}
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
                className="peer sr-only"
              />
              <span
                className={`peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-focus-visible:outline-brand-600 flex h-9 cursor-pointer items-center justify-center rounded border text-sm font-medium tabular-nums transition-colors peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 ${"hover:border-brand-600 border-slate-300 bg-white text-slate-800"}`}
              >
                {n}
                {value === n ? <span aria-hidden="true">&nbsp;✓</span> : null}
                {meaning ? <span className="sr-only">: {meaning}</span> : null}
              </span>
            </label>
          );
        })}
      </div>
      {compact ? null : (
        <div className="mt-1 grid max-w-md grid-cols-2 gap-4 text-xs text-slate-600" aria-hidden="true">
          <span>{t("fit.inputs.scaleEnd", { value: 1, label: lowLabel })}</span>
          <span className="text-right">{t("fit.inputs.scaleEnd", { value: 5, label: highLabel })}</span>
        </div>
      )}
      {fractional ? <p className="mt-1 text-xs text-slate-700">{t("firm.rating.fractional", { value })}</p> : null}
    </fieldset>
  );
}
