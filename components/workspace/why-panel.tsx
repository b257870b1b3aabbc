"use client";

import Link from "next/link";
import { memo, useId } from "react";

import { Badge } from "@/components/ui/page-header";
import { citationOf } from "@/lib/data/sources";
import { formatNumber, formatPercent, formatValue } from "@/lib/format";
import { freshness } from "@/lib/workspace/freshness";
import type { CriterionEdge, MarketExplanation } from "@/lib/workspace/why";
import { ordinal } from "@/lib/workspace/why";

interface Props {
  explanation: MarketExplanation | null;
  total: number;
  markets: readonly { iso3: string; name: string }[];
  marketNames: Record<string, string>;
  groupNames: Record<string, string>;
  selected: string | null;
  onSelect: (iso3: string) => void;
  /** The year values are aged against. */
  currentYear: number;
}

/** Why a market lands where it does: its strongest and weakest criteria against the others. */
export const WhyPanel = memo(function WhyPanel({
  explanation,
  total,
  markets,
  marketNames,
  groupNames,
  selected,
  onSelect,
  currentYear,
}: Props) {
  const selectId = useId();
  const name = explanation ? (marketNames[explanation.iso3] ?? explanation.iso3) : null;
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">Why {name ?? "this market"}?</h2>
        <div>
          <label htmlFor={selectId} className="block text-xs font-medium text-slate-700">
            Explain market
          </label>
          <select
            id={selectId}
            value={selected ?? ""}
            onChange={(e) => onSelect(e.currentTarget.value)}
            className="mt-0.5 rounded border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            {markets.map((m) => (
              <option key={m.iso3} value={m.iso3}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!explanation ? (
        <p className="mt-3 text-sm text-slate-600">
          Pick a market to see which criteria lift it and which hold it back.
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-700">
            <Link
              href={`/markets/${explanation.iso3}`}
              className="text-brand-700 font-medium underline-offset-2 hover:underline"
            >
              {name}
            </Link>{" "}
            ranks <strong className="font-semibold">{explanation.rank}</strong> of {total} with a score of{" "}
            <span className="tabular-nums">{formatNumber(explanation.score, 3)}</span>
            {explanation.coverage < 1 ? (
              <>
                {" "}
                on data covering <span className="tabular-nums">{formatPercent(explanation.coverage, 0)}</span> of the
                weight
              </>
            ) : null}
            . A criterion&apos;s edge is what it adds to {name}&apos;s score minus what it adds, on average, to the
            other markets&apos;.
          </p>
          <div className="mt-4 grid gap-5 xl:grid-cols-2">
            <EdgeList
              title="Strongest criteria"
              tone="up"
              edges={explanation.strongest}
              marketNames={marketNames}
              groupNames={groupNames}
              currentYear={currentYear}
              empty={`No criterion puts ${name} ahead of the average market.`}
            />
            <EdgeList
              title="Weakest criteria"
              tone="down"
              edges={explanation.weakest}
              marketNames={marketNames}
              groupNames={groupNames}
              currentYear={currentYear}
              empty={`No criterion holds ${name} back against the average market.`}
            />
          </div>
          {explanation.gaps.length > 0 ? (
            <p className="mt-4 text-sm text-slate-700">
              <Badge tone="amber">Data gaps</Badge> No value for {explanation.gaps.map((g) => g.name).join(", ")}: these
              criteria are left out of {name}&apos;s score, never counted as zero.
            </p>
          ) : null}
        </>
      )}
    </div>
  );
});

function EdgeList({
  title,
  tone,
  edges,
  marketNames,
  groupNames,
  currentYear,
  empty,
}: {
  currentYear: number;
  title: string;
  tone: "up" | "down";
  edges: CriterionEdge[];
  marketNames: Record<string, string>;
  groupNames: Record<string, string>;
  empty: string;
}) {
  return (
    <section>
      <h3 className="flex items-center gap-1.5 text-sm font-semibold text-slate-900">
        <span aria-hidden="true" className={tone === "up" ? "text-emerald-700" : "text-red-700"}>
          {tone === "up" ? "▲" : "▼"}
        </span>
        {title}
      </h3>
      {edges.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{empty}</p>
      ) : (
        <ol className="mt-1 divide-y divide-slate-100">
          {edges.map((e) => (
            <li key={e.criterion.key} className="py-2 text-sm">
              <div className="flex items-baseline justify-between gap-3">
                <span className="font-medium text-slate-900">
                  {e.criterion.name}
                  {e.yours ? (
                    <>
                      {" "}
                      <Badge tone="brand">your data</Badge>
                    </>
                  ) : null}
                </span>
                <span
                  className={`shrink-0 text-xs font-semibold tabular-nums ${tone === "up" ? "text-emerald-800" : "text-red-800"}`}
                >
                  {e.edge > 0 ? "+" : "−"}
                  {formatNumber(Math.abs(e.edge), 3)}
                  <span className="sr-only"> edge</span>
                </span>
              </div>
              <p className="text-xs text-slate-600">
                {groupNames[e.criterion.group] ?? e.criterion.group} · weight {formatPercent(e.weight, 1)}
              </p>
              <p className="mt-0.5 text-slate-800">
                <span className="font-semibold tabular-nums">{formatValue(e.value, e.criterion.decimals)}</span>
                {e.uncertainty && e.uncertainty.halfWidth > 0 ? (
                  <span className="text-slate-600 tabular-nums" title={`95 % uncertainty: ${e.uncertainty.basis}`}>
                    {" "}
                    ±{formatValue(e.uncertainty.halfWidth, e.criterion.decimals + 1)}
                    <span className="sr-only"> (95 % uncertainty: {e.uncertainty.basis})</span>
                  </span>
                ) : null}{" "}
                {e.criterion.unit}
                {e.year !== null ? <YearNote year={e.year} kind={e.kind} currentYear={currentYear} /> : null}
                {" · "}
                {ordinal(e.place)} of {e.of}
                {e.bestOther ? (
                  <span className="text-slate-600">
                    {" "}
                    · best other: {marketNames[e.bestOther.iso3] ?? e.bestOther.iso3}{" "}
                    {formatValue(e.bestOther.value, e.criterion.decimals)}
                  </span>
                ) : null}
              </p>
              {/* The reader's citation; the stored source (repository, commit) shows on hover. */}
              <p className="line-clamp-2 text-xs text-slate-600" title={`${e.source}${e.note ? ` · ${e.note}` : ""}`}>
                Source: {citationOf(e.source)}
                {e.note ? <> · {e.note}</> : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The data year; a value older than three years is flagged with its age (computed values are not aged). */
function YearNote({ year, kind, currentYear }: { year: number; kind: unknown; currentYear: number }) {
  // A computed value (a distance) has no data year of its own: its year is its newest input's.
  if (kind === "computed") return <span className="text-slate-600"> (computed)</span>;
  const f = freshness({ year, kind }, currentYear);
  if (!f?.stale) return <span className="text-slate-600"> ({year})</span>;
  return (
    <span className="text-slate-600">
      {" "}
      ({year}){" "}
      <span title={f.text} data-testid="stale-value">
        <Badge tone="amber">{f.age} years old</Badge>
      </span>
    </span>
  );
}
