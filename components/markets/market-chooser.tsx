"use client";

import { useLocale, useTranslations } from "next-intl";
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";

import {
  areaOptions,
  EMPTY_FILTER,
  filterMarkets,
  incomeGroupOptions,
  type MarketFilter,
  type SearchableMarket,
} from "@/lib/workspace/market-search";
import { LANGUAGE_TAGS } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { MARKET_PRESETS, resolvePreset } from "@/lib/workspace/market-presets";

import { LazyDetails } from "../workspace/lazy-details";
import { placeKey } from "./place-names";

// The one market chooser of the app: the workspace's picker and the compare pages' forms. Type-ahead
// search (name or ISO3, accents ignored), region and income-group filters, presets, and the list of
// matches as checkboxes (several markets) or radio buttons (one). With `name` set, every choice is
// a form field of that name, so a GET form submits it, with or without script.

interface Props {
  markets: readonly SearchableMarket[];
  /** The chosen markets (controlled when `onChange` is given, the initial choice otherwise). */
  selected: readonly string[];
  onChange?: (markets: string[]) => void;
  /** "single": one market, radio buttons. */
  mode?: "multiple" | "single";
  /** Most markets that can be chosen (multiple mode). */
  max?: number;
  /** Form field name for the choices; without it nothing is submitted. */
  name?: string;
  /** Offer the presets (thesis markets, ASEAN, …). */
  presets?: boolean;
  /** Label of the list of matches. */
  listLabel?: string;
  /**
   * Puts the search, filters and list behind a disclosure with this summary, rendered only once
   * opened: 200 rows would otherwise weigh on every first load of the workspace.
   */
  disclosure?: string;
}

export const MarketChooser = memo(function MarketChooser({
  markets,
  selected: selectedProp,
  onChange,
  mode = "multiple",
  max = Number.POSITIVE_INFINITY,
  name,
  presets = false,
  listLabel,
  disclosure,
}: Props) {
  const t = useTranslations("markets");
  const locale = useLocale();
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(LANGUAGE_TAGS[locale], { style: "narrow", type: "unit" }).format(items);
  const presetName = (key: string) =>
    key === "all"
      ? t("chooser.all")
      : t(`chooser.presetNames.${key as keyof Messages["markets"]["chooser"]["presetNames"]}`);
  const place = (value: string) => {
    const key = placeKey(value);
    return key ? t(`places.${key}`) : value;
  };
  const roleLabel = (role: string) =>
    role === "target_russia" || role === "target_sea"
      ? t("chooser.roles.thesisCase")
      : role === "home_reference"
        ? t("chooser.roles.homeMarket")
        : role === "reference"
          ? t("chooser.roles.reference")
          : null;
  const [own, setOwn] = useState<string[]>(() => [...selectedProp]);
  const selected = onChange ? selectedProp : own;
  const choose = (next: string[]) => (onChange ? onChange(next) : setOwn(next));

  const [filter, setFilter] = useState<MarketFilter>(EMPTY_FILTER);
  const [status, setStatus] = useState("");
  /** Where the last applied preset's membership comes from, shown under the status. */
  const [presetSource, setPresetSource] = useState("");
  const ids = { search: useId(), area: useId(), income: useId(), list: useId() };
  const listRef = useRef<HTMLUListElement>(null);

  const byIso = useMemo(() => new Map(markets.map((m) => [m.iso3, m])), [markets]);
  const areas = useMemo(() => areaOptions(markets), [markets]);
  const incomes = useMemo(() => incomeGroupOptions(markets), [markets]);
  const matches = useMemo(() => filterMarkets(markets, filter), [markets, filter]);
  const selectedSet = new Set(selected);
  const shownSet = new Set(matches.map((m) => m.iso3));
  const filtered = filter.query.trim() !== "" || filter.area !== "" || filter.incomeGroup !== "";
  const full = mode === "multiple" && selected.length >= max;

  const toggle = (iso3: string) => {
    // A hand-made change ends what the last preset's message said.
    setStatus("");
    setPresetSource("");
    if (mode === "single") return choose([iso3]);
    if (selectedSet.has(iso3)) return choose(selected.filter((c) => c !== iso3));
    if (full) return setStatus(t("chooser.atMost", { max }));
    choose([...selected, iso3]);
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      // Enter picks the best match instead of submitting the surrounding form.
      event.preventDefault();
      const first = matches[0];
      if (first && filter.query.trim() !== "") {
        toggle(first.iso3);
        setStatus(
          selectedSet.has(first.iso3) && mode === "multiple"
            ? t("chooser.removedOne", { name: first.name })
            : t("chooser.chosenOne", { name: first.name }),
        );
      }
    } else if (event.key === "Escape" && filter.query !== "") {
      event.preventDefault();
      setFilter((f) => ({ ...f, query: "" }));
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      listRef.current?.querySelector("input")?.focus();
    }
  };

  const shownNotChosen = matches.filter((m) => !selectedSet.has(m.iso3));
  const shownChosen = matches.filter((m) => selectedSet.has(m.iso3));
  const room = max - selected.length;

  const finder = (
    <>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="sm:col-span-2">
          <label htmlFor={ids.search} className="block text-xs font-medium text-slate-700">
            {t("chooser.search")}
          </label>
          <input
            id={ids.search}
            type="search"
            value={filter.query}
            onChange={(e) => {
              const query = e.currentTarget.value;
              setFilter((f) => ({ ...f, query }));
            }}
            onKeyDown={onSearchKey}
            placeholder={t("chooser.searchPlaceholder")}
            aria-controls={ids.list}
            aria-describedby={`${ids.search}-hint`}
            autoComplete="off"
            className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 text-sm placeholder:text-slate-500"
          />
          <span id={`${ids.search}-hint`} className="sr-only">
            {t("chooser.searchHint")}
          </span>
        </div>
        <div>
          <label htmlFor={ids.area} className="block text-xs font-medium text-slate-700">
            {t("chooser.region")}
          </label>
          <select
            id={ids.area}
            value={filter.area}
            onChange={(e) => {
              const area = e.currentTarget.value;
              setFilter((f) => ({ ...f, area }));
            }}
            className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{t("chooser.all")}</option>
            {areas.map((a) => (
              <optgroup key={a.region} label={place(a.region)}>
                <option value={a.region}>{t("list.form.allOf", { region: place(a.region), count: a.count })}</option>
                {a.subregions.map((s) => (
                  <option key={s.subregion} value={`${a.region}/${s.subregion}`}>
                    {place(s.subregion)} ({s.count})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.income} className="block text-xs font-medium text-slate-700">
            {t("chooser.income")}
          </label>
          <select
            id={ids.income}
            value={filter.incomeGroup}
            onChange={(e) => {
              const incomeGroup = e.currentTarget.value;
              setFilter((f) => ({ ...f, incomeGroup }));
            }}
            className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            <option value="">{t("chooser.all")}</option>
            {incomes.map((o) => (
              <option key={o.value} value={o.value}>
                {o.value === "none" ? t("list.notClassified") : place(o.value)} ({o.count})
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
        <span aria-live="polite">{t("chooser.shown", { count: matches.length, total: markets.length })}</span>
        {filtered ? (
          <button
            type="button"
            className="text-brand-700 underline-offset-2 hover:underline"
            onClick={() => setFilter(EMPTY_FILTER)}
          >
            {t("list.showAll")}
          </button>
        ) : null}
        {mode === "multiple" && filtered && shownNotChosen.length > 0 && shownNotChosen.length <= room ? (
          <button
            type="button"
            className="text-brand-700 underline-offset-2 hover:underline"
            onClick={() => {
              choose([...selected, ...shownNotChosen.map((m) => m.iso3)]);
              setStatus(t("chooser.added", { count: shownNotChosen.length }));
            }}
          >
            {t("chooser.addShown", { count: shownNotChosen.length })}
          </button>
        ) : null}
        {mode === "multiple" && filtered && shownChosen.length > 0 ? (
          <button
            type="button"
            className="text-brand-700 underline-offset-2 hover:underline"
            onClick={() => {
              const drop = new Set(shownChosen.map((m) => m.iso3));
              choose(selected.filter((c) => !drop.has(c)));
              setStatus(t("chooser.removed", { count: drop.size }));
            }}
          >
            {t("chooser.removeShown", { count: shownChosen.length })}
          </button>
        ) : null}
      </div>

      {matches.length === 0 ? (
        <p className="text-sm text-slate-600">
          {filtered
            ? t("chooser.noMatchFiltered", { query: filter.query })
            : t("chooser.noMatch", { query: filter.query })}
        </p>
      ) : (
        <ul
          id={ids.list}
          ref={listRef}
          className="max-h-64 space-y-0.5 overflow-y-auto rounded border border-slate-100 pr-1"
          aria-label={listLabel ?? t("chooser.listLabel")}
        >
          {matches.map((m) => {
            const checked = selectedSet.has(m.iso3);
            return (
              <li key={m.iso3}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
                  <input
                    type={mode === "single" ? "radio" : "checkbox"}
                    name={name}
                    value={m.iso3}
                    checked={checked}
                    disabled={!checked && full}
                    onChange={() => toggle(m.iso3)}
                    className="accent-brand-600 h-4 w-4"
                  />
                  <span className="flex-1">
                    {m.name} <span className="text-xs text-slate-600">{m.iso3}</span>
                  </span>
                  {roleLabel(m.role) ? <span className="text-[11px] text-slate-600">{roleLabel(m.role)}</span> : null}
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );

  return (
    <div className="space-y-3">
      {mode === "multiple" ? (
        selected.length === 0 ? (
          <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
            {t("chooser.noneSelected")}
          </p>
        ) : (
          <ul className="flex flex-wrap gap-1.5" aria-label={t("chooser.selected")}>
            {selected.map((iso3) => (
              <li key={iso3}>
                <button
                  type="button"
                  onClick={() => toggle(iso3)}
                  className="border-brand-100 bg-brand-50 text-brand-900 hover:border-brand-600 inline-flex items-center gap-1 rounded-full border py-0.5 pr-1.5 pl-2.5 text-sm"
                >
                  <span className="sr-only">{t("chooser.remove")} </span>
                  {byIso.get(iso3)?.name ?? iso3}
                  <span aria-hidden="true" className="text-base leading-none">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}

      {presets ? (
        <div role="group" aria-label={t("chooser.presets")} className="flex flex-wrap gap-1.5 text-xs">
          {MARKET_PRESETS.map((preset) => (
            <button
              key={preset.key}
              type="button"
              title={t("chooser.presetTitle", {
                description: t(
                  `chooser.presetDescriptions.${preset.key as keyof Messages["markets"]["chooser"]["presetDescriptions"]}`,
                ),
                source: preset.source,
              })}
              className="border-brand-100 text-brand-800 hover:border-brand-600 rounded border bg-white px-2 py-1"
              onClick={() => {
                const resolved = resolvePreset(preset, markets);
                choose(resolved.markets.slice(0, max));
                setStatus(
                  [
                    t("chooser.presetApplied", { name: presetName(preset.key), count: resolved.markets.length }),
                    resolved.missing.length > 0 ? t("chooser.presetMissing", { codes: list(resolved.missing) }) : "",
                    preset.otherMembers?.length
                      ? t("chooser.presetOtherMembers", {
                          names: list(
                            preset.otherMembers.map((m) =>
                              t(`chooser.otherMembers.${m as keyof Messages["markets"]["chooser"]["otherMembers"]}`),
                            ),
                          ),
                        })
                      : "",
                  ]
                    .filter(Boolean)
                    .join(" "),
                );
                setPresetSource(preset.source);
              }}
            >
              {preset.key === "all" ? t("chooser.allPreset", { count: markets.length }) : presetName(preset.key)}
            </button>
          ))}
          <button
            type="button"
            className="rounded border border-slate-200 bg-white px-2 py-1 text-slate-700 hover:border-slate-500"
            onClick={() => {
              choose([]);
              setStatus(t("chooser.cleared"));
              setPresetSource("");
            }}
          >
            {t("chooser.clear")}
          </button>
        </div>
      ) : null}
      {mode === "single" ? (
        <p role="status" className="text-sm text-slate-800" data-testid="chooser-status">
          {t("chooser.chosen")}{" "}
          <strong className="font-semibold">
            {selected[0] ? (byIso.get(selected[0])?.name ?? selected[0]) : t("chooser.none")}
          </strong>
        </p>
      ) : (
        <div>
          <p role="status" className="min-h-4 text-xs text-slate-700" data-testid="chooser-status">
            {status}
          </p>
          {presetSource ? (
            <p className="mt-0.5 text-[11px] text-slate-600">{t("chooser.source", { source: presetSource })}</p>
          ) : null}
        </div>
      )}

      {disclosure ? (
        <LazyDetails
          className="rounded border border-slate-200"
          summary={
            <summary className="cursor-pointer rounded px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
              {disclosure}
            </summary>
          }
        >
          <div className="space-y-3 border-t border-slate-200 p-3">{finder}</div>
        </LazyDetails>
      ) : (
        finder
      )}
      {/* Chosen markets the filter hides still belong to the form. */}
      {name
        ? selected
            .filter((iso3) => !shownSet.has(iso3))
            .map((iso3) => <input key={iso3} type="hidden" name={name} value={iso3} />)
        : null}
    </div>
  );
});
