"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";

import { RatingInput } from "@/components/firm/rating-input";
import type { FirmProfileStore } from "@/components/firm/use-firm-profile";
import type { FirmProfileInput } from "@/lib/contracts/fit";
import { RATINGS_CHANGE_EVENT, ratingsParam, readRatingsParam } from "@/lib/workspace/market-ratings";
import { firmPresetShortName } from "@/lib/compare/firm-profile-storage";
import { Link } from "@/lib/i18n/navigation";

import type { FitFactorInfo, FitPreset } from "./fit-types";

export type AssessmentState = Record<string, { value: number; reason: string | null } | null>;

const select =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:border-brand-600";

function storeStatus(
  store: FirmProfileStore,
  presets: FitPreset[],
  t: ReturnType<typeof useTranslations<"compare">>,
): string {
  switch (store.status) {
    case "loading":
      return t("fit.status.loading");
    case "empty":
      return t("fit.status.empty");
    case "unavailable":
      return t("fit.status.unavailable");
    case "invalid":
      return t("fit.status.invalid");
    case "saved": {
      const preset = presets.find((p) => p.key === store.basedOn);
      return preset
        ? t("fit.status.fromPreset", {
            preset: firmPresetShortName(presets, preset.key),
            edited: store.edited ? "yes" : "no",
          })
        : t("fit.status.byHand");
    }
  }
}

/** A description's first sentence: English and Russian end it with ". ", Chinese with "。". */
function firstSentence(text: string): string {
  const zh = text.indexOf("。");
  if (zh >= 0) return text.slice(0, zh + 1);
  return text.split(". ")[0] + ".";
}

/** The URL's market ratings (`a=`), with one of this market's changed; no navigation, no request. */
function writeRating(market: string, factor: string, value: number | null) {
  const url = new URL(window.location.href);
  const ratings = readRatingsParam(url.searchParams.get("a"));
  const forMarket = { ...ratings[market] };
  if (value === null) delete forMarket[factor];
  else forMarket[factor] = value;
  ratings[market] = forMarket;
  const param = ratingsParam(ratings);
  if (param === "") url.searchParams.delete("a");
  else url.searchParams.set("a", param);
  window.history.replaceState(window.history.state, "", `${url.pathname}?${url.searchParams.toString()}`);
  window.dispatchEvent(new Event(RATINGS_CHANGE_EVENT));
}

/**
 * The firm profile used (the user's own or a preset) and the user's ratings of the assessed market
 * factors. The ratings are the workspace's one set (lib/workspace/market-ratings.ts): read from
 * the link's `a=` when the page opens and written back to it, so Back, reload and the other pages
 * keep them (issue 11 §7). A reason stays on this page: the link carries values only.
 */
export function FitInputs({
  store,
  presets,
  source,
  onSource,
  firmFactors,
  assessedFactors,
  assessments,
  evidenceDefaults = {},
  onAssessment,
  market,
}: {
  store: FirmProfileStore;
  presets: FitPreset[];
  source: string;
  onSource: (source: string) => void;
  firmFactors: FitFactorInfo[];
  assessedFactors: FitFactorInfo[];
  assessments: AssessmentState;
  /** Factor key → the default the evidence gives this market (absent: no evidence, neutral 3). */
  evidenceDefaults?: Record<string, number>;
  onAssessment: (factor: string, value: number | null, reason: string | null) => void;
  /** The market rated (ISO3): its ratings are read from and written to the link. */
  market?: string;
}) {
  const t = useTranslations("compare");
  const locale = useLocale();
  // Two fixed decimals, as the evidence default is shown everywhere (3.00, 3,00).
  const fixed = (value: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  useEffect(() => {
    if (!market) return;
    const fromLink = readRatingsParam(new URLSearchParams(window.location.search).get("a"))[market] ?? {};
    for (const f of assessedFactors) {
      const value = fromLink[f.key];
      // A replayed thesis case brings its own ratings: the link's fill only the unrated ones.
      if (value !== undefined && (assessments[f.key] ?? null) === null) onAssessment(f.key, value, null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per market: later changes come from this form
  }, [market]);
  const rate = (factor: string, value: number | null, reason: string | null) => {
    onAssessment(factor, value, reason);
    if (market) writeRating(market, factor, value);
  };
  const editable = store.status === "saved" || store.status === "empty" || store.status === "invalid";
  return (
    <>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("fit.inputs.firmLegend")}</legend>
        <div className="space-y-2">
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="firm-source"
              value="mine"
              checked={source === "mine"}
              onChange={() => onSource("mine")}
              className="accent-brand-600 mt-0.5 size-4"
            />
            <span>
              {t("fit.inputs.mine")} <span className="text-xs text-slate-600">({storeStatus(store, presets, t)})</span>
            </span>
          </label>
          {presets.map((p) => (
            <label key={p.key} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="radio"
                name="firm-source"
                value={p.key}
                checked={source === p.key}
                onChange={() => onSource(p.key)}
                className="accent-brand-600 mt-0.5 size-4"
              />
              <span>{p.name}</span>
            </label>
          ))}
        </div>
        {source === "mine" ? (
          <details className="mt-3 rounded border border-slate-200 bg-slate-50 p-2">
            <summary className="text-brand-700 cursor-pointer text-sm font-medium">{t("fit.inputs.adjust")}</summary>
            <p className="mt-1 text-xs text-slate-700">
              {t.rich("fit.inputs.adjustHelp", {
                firm: (chunks) => (
                  <Link href="/firm" className="text-brand-700 font-medium underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
            <div className="mt-2 space-y-3">
              {firmFactors.map((f) => (
                <RatingInput
                  key={f.key}
                  name={`compact-${f.key}`}
                  label={f.name}
                  value={store.profile[f.key as keyof FirmProfileInput]}
                  lowLabel={f.lowLabel}
                  highLabel={f.highLabel}
                  compact
                  onChange={(value) => {
                    if (!editable) return;
                    const basedOn = store.status === "saved" || store.status === "invalid" ? store.basedOn : null;
                    store.save({ ...store.profile, [f.key]: value }, { basedOn, edited: basedOn !== null });
                  }}
                />
              ))}
            </div>
          </details>
        ) : (
          <p className="mt-3 text-xs text-slate-700">
            {t.rich("fit.inputs.presetReadOnly", {
              firm: (chunks) => (
                <Link href="/firm" className="text-brand-700 font-medium underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("fit.inputs.assessmentLegend")}</legend>
        <p className="text-xs text-slate-700">{t("fit.inputs.assessmentHelp")}</p>
        <div className="mt-2 space-y-3">
          {assessedFactors.map((f) => {
            const current = assessments[f.key] ?? null;
            const evidence = evidenceDefaults[f.key];
            const needsReason = evidence !== undefined && current !== null && !(current.reason ?? "").trim();
            return (
              <div key={f.key}>
                <label className="block text-sm font-medium text-slate-900">
                  {f.name}
                  <select
                    className={select}
                    value={current === null ? "" : String(current.value)}
                    onChange={(e) =>
                      rate(f.key, e.target.value === "" ? null : Number(e.target.value), current?.reason ?? null)
                    }
                    aria-describedby={`${f.key}-assessment-help`}
                  >
                    <option value="">
                      {evidence !== undefined
                        ? t("fit.inputs.evidenceDefault", { value: fixed(evidence) })
                        : t("fit.inputs.notRated")}
                    </option>
                    <option value="1">{t("fit.inputs.scaleEnd", { value: 1, label: f.lowLabel })}</option>
                    <option value="2">2</option>
                    <option value="3">{t("fit.inputs.scaleNeutral")}</option>
                    <option value="4">4</option>
                    <option value="5">{t("fit.inputs.scaleEnd", { value: 5, label: f.highLabel })}</option>
                  </select>
                </label>
                {evidence !== undefined && current !== null ? (
                  <label className="mt-2 block text-xs font-medium text-slate-900">
                    {t("fit.inputs.whyDiffers")}
                    <input
                      type="text"
                      className={select}
                      value={current.reason ?? ""}
                      maxLength={2000}
                      aria-invalid={needsReason}
                      onChange={(e) => onAssessment(f.key, current.value, e.target.value)}
                    />
                  </label>
                ) : null}
                {needsReason ? (
                  <p role="status" className="mt-1 text-xs text-amber-900">
                    {t("fit.inputs.needsReason", { value: fixed(evidence) })}
                  </p>
                ) : null}
                <p id={`${f.key}-assessment-help`} className="mt-1 text-xs text-slate-600">
                  {current?.reason && evidence === undefined
                    ? t("fit.inputs.thesisRating", { reason: current.reason })
                    : firstSentence(f.description)}{" "}
                  <Link href={`/framework#${f.anchor}`} className="text-brand-700 underline">
                    {t("fit.inputs.framework")}
                  </Link>
                </p>
              </div>
            );
          })}
        </div>
      </fieldset>
    </>
  );
}
