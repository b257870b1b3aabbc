"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { firmPresetShortName, NEUTRAL_FIRM_PROFILE } from "@/lib/compare/firm-profile-storage";
import type { FirmProfileInput } from "@/lib/contracts/fit";
import { Link } from "@/lib/i18n/navigation";

import { RatingInput } from "./rating-input";
import { useFirmProfile } from "./use-firm-profile";

export type FirmField = {
  key: keyof FirmProfileInput;
  name: string;
  description: string;
  lowLabel: string;
  highLabel: string;
  /** Framework anchor explaining it (driver-… or factor-…) and the words of the link to it. */
  anchor: string;
  anchorLabel: string;
};

export type FirmSection = { key: string; title: string; description: string; fields: FirmField[] };

export type FirmPreset = {
  key: string;
  name: string;
  year: number;
  values: Record<string, number>;
  justification: Record<string, string>;
};

const button = "rounded border px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60";
const primary = `${button} border-brand-700 bg-brand-700 text-white hover:bg-brand-900`;
const secondary = `${button} border-slate-300 bg-white text-brand-700 hover:bg-brand-50`;

/** The firm-level inputs of the entry-mode model, kept in this browser across visits. */
export function FirmProfileForm({ sections, presets }: { sections: FirmSection[]; presets: FirmPreset[] }) {
  const t = useTranslations("compare");
  const { formatDateTime } = useFormatters();
  const timeOf = (iso: string) => (Number.isNaN(new Date(iso).getTime()) ? iso : formatDateTime(iso));
  const store = useFirmProfile();
  const [unsaved, setUnsaved] = useState<FirmProfileInput | null>(null);
  const [message, setMessage] = useState<{ text: string; undo?: () => void } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const profile = unsaved ?? store.profile;
  const basedOn = store.status === "saved" || store.status === "invalid" ? store.basedOn : null;
  const presetName = (key: string | null) => (key === null ? key : firmPresetShortName(presets, key));

  function persist(next: FirmProfileInput, origin: { basedOn: string | null; edited: boolean }) {
    const problem = store.save(next, origin);
    setError(problem);
    setUnsaved(problem ? next : null);
  }

  function setValue(key: keyof FirmProfileInput, value: number) {
    setMessage(null);
    persist({ ...profile, [key]: value }, { basedOn, edited: basedOn !== null });
  }

  function load(preset: FirmPreset) {
    const previous = { profile, origin: { basedOn, edited: store.status === "saved" ? store.edited : false } };
    const hadProfile = store.status === "saved" || store.status === "invalid";
    persist(
      { ...NEUTRAL_FIRM_PROFILE, ...(preset.values as Partial<FirmProfileInput>) },
      { basedOn: preset.key, edited: false },
    );
    setMessage({
      text: t("firm.form.loaded", { preset: preset.name }),
      undo: hadProfile
        ? () => {
            persist(previous.profile, previous.origin);
            setMessage({ text: t("firm.form.restored") });
          }
        : undefined,
    });
  }

  function reset() {
    setError(store.clear());
    setUnsaved(null);
    setMessage({ text: t("firm.form.removed") });
  }

  return (
    <div className="grid grid-cols-1 gap-6">
      <section
        aria-labelledby="profile-status"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      >
        <h2 id="profile-status" className="text-lg font-semibold">
          {t("firm.form.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-700" role="status" aria-live="polite" data-testid="profile-status">
          {store.status === "loading" && t("firm.status.loading")}
          {store.status === "empty" && t("firm.status.empty")}
          {store.status === "saved" &&
            (store.basedOn
              ? t("firm.status.savedFromPreset", {
                  time: timeOf(store.savedAt),
                  preset: presetName(store.basedOn) ?? "",
                  edited: store.edited ? "yes" : "no",
                })
              : t("firm.status.savedByHand", { time: timeOf(store.savedAt) }))}
          {store.status === "unavailable" && t("firm.status.unavailable")}
          {store.status === "invalid" && t("firm.status.invalid")}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          {presets.map((preset) => (
            <button
              key={preset.key}
              type="button"
              className={primary}
              onClick={() => load(preset)}
              disabled={store.status === "loading"}
            >
              {t("firm.form.load", { preset: presetName(preset.key) ?? "" })}
            </button>
          ))}
          <button
            type="button"
            className={secondary}
            onClick={reset}
            disabled={store.status === "loading" || store.status === "empty"}
          >
            {t("firm.form.reset")}
          </button>
        </div>
        {message ? (
          <p className="mt-3 text-sm text-slate-800" role="status">
            {message.text}{" "}
            {message.undo ? (
              <button
                type="button"
                className="text-brand-700 font-medium underline underline-offset-2"
                onClick={message.undo}
              >
                {t("firm.form.undo")}
              </button>
            ) : null}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            {error}
          </p>
        ) : null}
        {store.status === "invalid" ? (
          <div role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <p className="font-medium">{t("firm.damaged.title")}</p>
            <p className="mt-1">
              {store.unreadable.length === 0
                ? t("firm.damaged.envelope")
                : t("firm.damaged.unreadable", { names: store.unreadable.join(", ") })}{" "}
              {t("firm.damaged.nothingOverwritten")}
            </p>
            <details className="mt-1 text-xs">
              <summary className="cursor-pointer">{t("firm.damaged.details")}</summary>
              <ul className="mt-1 list-inside list-disc">
                {store.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </details>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                className={primary}
                onClick={() => persist(store.profile, { basedOn: store.basedOn, edited: true })}
              >
                {t("firm.damaged.keep")}
              </button>
              <button type="button" className={secondary} onClick={reset}>
                {t("firm.damaged.remove")}
              </button>
            </div>
          </div>
        ) : null}
        <p className="mt-3 text-sm">
          {t.rich("firm.form.useIt", {
            modes: (chunks) => (
              <Link
                href="/compare/entry-modes"
                className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 font-medium underline underline-offset-2"
              >
                {chunks}
              </Link>
            ),
            strategies: (chunks) => (
              <Link
                href="/compare/strategies"
                className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 font-medium underline underline-offset-2"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>

      {sections.map((section) => (
        <section
          key={section.key}
          aria-labelledby={`section-${section.key}`}
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
        >
          <h2 id={`section-${section.key}`} className="text-lg font-semibold">
            {section.title}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{section.description}</p>
          <div className="mt-4 divide-y divide-slate-100">
            {section.fields.map((field) => (
              <div
                key={field.key}
                className="grid grid-cols-1 gap-3 py-4 first:pt-0 last:pb-0 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)] lg:gap-8"
                data-field={field.key}
              >
                <RatingInput
                  name={field.key}
                  label={field.name}
                  value={profile[field.key]}
                  lowLabel={field.lowLabel}
                  highLabel={field.highLabel}
                  describedBy={`${field.key}-help`}
                  onChange={(value) => setValue(field.key, value)}
                />
                <div id={`${field.key}-help`} className="text-sm text-slate-700">
                  <p>{field.description}</p>
                  <p className="mt-1 text-xs">
                    <Link
                      href={`/framework#${field.anchor}`}
                      className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 font-medium underline underline-offset-2"
                    >
                      {field.anchorLabel}
                    </Link>
                  </p>
                  <div className="mt-2 rounded bg-slate-50 p-2 text-xs text-slate-700">
                    <p className="font-medium text-slate-800">
                      {t("firm.form.reference")}{" "}
                      {presets.map((p, i) => (
                        <span key={p.key}>
                          {i > 0 ? " · " : ""}
                          {presetName(p.key)}: {p.values[field.key] ?? t("firm.form.notRated")}
                        </span>
                      ))}
                    </p>
                    <details className="mt-1">
                      <summary className="text-brand-700 cursor-pointer">{t("firm.form.why")}</summary>
                      <dl className="mt-1 space-y-1">
                        {presets.map((p) => (
                          <div key={p.key}>
                            <dt className="font-medium">
                              {presetName(p.key)} ({p.values[field.key] ?? t("firm.form.notRated")})
                            </dt>
                            <dd>{p.justification[field.key] ?? t("firm.form.noJustification")}</dd>
                          </div>
                        ))}
                      </dl>
                    </details>
                  </div>
                </div>
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
