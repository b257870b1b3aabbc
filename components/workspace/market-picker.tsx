"use client";

import { memo, useId, useMemo, useState } from "react";

import type { ScoringData } from "@/lib/contracts/api";
import { DEFAULT_MARKETS } from "@/lib/workspace/defaults";

import { LazyDetails } from "./lazy-details";

type Market = ScoringData["markets"][number];

interface Props {
  markets: readonly Market[];
  selected: readonly string[];
  onChange: (markets: string[]) => void;
}

const roleLabels: Record<string, string> = {
  target_russia: "Thesis case",
  target_sea: "Thesis case",
  home_reference: "Home market",
  reference: "Reference",
};

/** Selected markets as removable chips, and every market with data behind a search box. */
export const MarketPicker = memo(function MarketPicker({ markets, selected, onChange }: Props) {
  const [query, setQuery] = useState("");
  const searchId = useId();
  const listId = useId();
  const byIso = useMemo(() => new Map(markets.map((m) => [m.iso3, m])), [markets]);
  const selectedSet = new Set(selected);
  const q = query.trim().toLowerCase();
  const matches = q
    ? markets.filter(
        (m) =>
          m.name.toLowerCase().includes(q) || m.iso3.toLowerCase().includes(q) || m.subregion.toLowerCase().includes(q),
      )
    : markets;

  const toggle = (iso3: string) =>
    onChange(selectedSet.has(iso3) ? selected.filter((c) => c !== iso3) : [...selected, iso3]);

  return (
    <div>
      <h2 id="markets-heading" className="text-lg font-semibold text-slate-900">
        Markets{" "}
        <span className="text-sm font-normal text-slate-600">
          ({selected.length} of {markets.length})
        </span>
      </h2>
      {selected.length === 0 ? (
        <p className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          No market selected. Pick at least one below.
        </p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="Selected markets">
          {selected.map((iso3) => (
            <li key={iso3}>
              <button
                type="button"
                onClick={() => toggle(iso3)}
                className="border-brand-100 bg-brand-50 text-brand-900 hover:border-brand-600 inline-flex items-center gap-1 rounded-full border py-0.5 pr-1.5 pl-2.5 text-sm"
              >
                <span className="sr-only">Remove </span>
                {byIso.get(iso3)?.name ?? iso3}
                <span aria-hidden="true" className="text-base leading-none">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs">
        <button
          type="button"
          className="text-brand-700 underline-offset-2 hover:underline"
          onClick={() => onChange([...DEFAULT_MARKETS].filter((c) => byIso.has(c)))}
        >
          Thesis markets (Russia, Southeast Asia)
        </button>
        <button
          type="button"
          className="text-brand-700 underline-offset-2 hover:underline"
          onClick={() => onChange(markets.map((m) => m.iso3))}
        >
          All {markets.length}
        </button>
        <button
          type="button"
          className="text-brand-700 underline-offset-2 hover:underline"
          onClick={() => onChange([])}
        >
          Clear
        </button>
      </div>
      <LazyDetails
        className="mt-3 rounded border border-slate-200"
        summary={
          <summary className="cursor-pointer rounded px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
            Add or remove markets
          </summary>
        }
      >
        <div className="border-t border-slate-200 p-3">
          <label htmlFor={searchId} className="block text-xs font-medium text-slate-700">
            Search by name or code
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            placeholder="e.g. Vietnam or VNM"
            aria-controls={listId}
            className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 text-sm placeholder:text-slate-500"
          />
          <p className="sr-only" aria-live="polite">
            {q ? `${matches.length} market${matches.length === 1 ? "" : "s"} found` : ""}
          </p>
          {matches.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No market matches “{query}”.</p>
          ) : (
            <ul id={listId} className="mt-2 max-h-64 space-y-0.5 overflow-y-auto pr-1" aria-label="Markets with data">
              {matches.map((m) => (
                <li key={m.iso3}>
                  <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
                    <input
                      type="checkbox"
                      checked={selectedSet.has(m.iso3)}
                      onChange={() => toggle(m.iso3)}
                      className="accent-brand-600 h-4 w-4"
                    />
                    <span className="flex-1">
                      {m.name} <span className="text-xs text-slate-600">{m.iso3}</span>
                    </span>
                    {roleLabels[m.role] ? (
                      <span className="text-[11px] text-slate-600">{roleLabels[m.role]}</span>
                    ) : null}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </div>
      </LazyDetails>
    </div>
  );
});
