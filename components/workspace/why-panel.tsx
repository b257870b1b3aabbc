"use client";

import { useTranslations } from "next-intl";
import { memo, useId } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge } from "@/components/ui/page-header";
import { citationOf } from "@/lib/data/sources";
import { Link } from "@/lib/i18n/navigation";
import { freshness, STALE_AFTER_YEARS } from "@/lib/workspace/freshness";
import type { UncertaintyBasisParts } from "@/lib/workspace/value-uncertainty";
import type { CriterionEdge, MarketExplanation } from "@/lib/workspace/why";

/** What a value's 95 % uncertainty comes from, in words (decision record 014). */
function basisText(
  t: ReturnType<typeof useTranslations<"workspace">>,
  basis: UncertaintyBasisParts,
  format: (x: number) => string,
): string {
  if (basis.from === "rating") return t("why.basis.rating");
  if (basis.parts.length === 0) return t("why.basis.none");
  return basis.parts
    .map(({ part, halfWidth }) => {
      const value = format(halfWidth);
      if (part === "survey") return t("why.basis.survey", { value });
      if (part === "kind") return t("why.basis.kind", { kind: basis.kind ?? "", value });
      if (part === "age") return t("why.basis.age", { age: basis.age, value });
      return t("why.basis.range", { value });
    })
    .join("; ");
}

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
  const t = useTranslations("workspace.why");
  const { formatNumber, formatPercent } = useFormatters();
  const selectId = useId();
  const name = explanation ? (marketNames[explanation.iso3] ?? explanation.iso3) : null;
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">{t("heading", { market: name ?? t("thisMarket") })}</h2>
        <div>
          <label htmlFor={selectId} className="block text-xs font-medium text-slate-700">
            {t("explain")}
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
        <p className="mt-3 text-sm text-slate-600">{t("pick")}</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-700">
            {t.rich("summary", {
              market: name ?? explanation.iso3,
              rank: explanation.rank,
              total,
              score: formatNumber(explanation.score, 3),
              link: (chunks) => (
                <Link
                  href={`/markets/${explanation.iso3}`}
                  className="text-brand-700 font-medium underline-offset-2 hover:underline"
                >
                  {chunks}
                </Link>
              ),
              b: (chunks) => <strong className="font-semibold">{chunks}</strong>,
              n: (chunks) => <span className="tabular-nums">{chunks}</span>,
            })}
            {explanation.coverage < 1
              ? t.rich("coverage", {
                  share: formatPercent(explanation.coverage, 0),
                  n: (chunks) => <span className="tabular-nums">{chunks}</span>,
                })
              : null}
            {t("edgeNote", { market: name ?? explanation.iso3 })}
          </p>
          <div className="mt-4 grid gap-5 xl:grid-cols-2">
            <EdgeList
              title={t("strongest")}
              tone="up"
              edges={explanation.strongest}
              marketNames={marketNames}
              groupNames={groupNames}
              currentYear={currentYear}
              empty={t("noneAhead", { market: name ?? explanation.iso3 })}
            />
            <EdgeList
              title={t("weakest")}
              tone="down"
              edges={explanation.weakest}
              marketNames={marketNames}
              groupNames={groupNames}
              currentYear={currentYear}
              empty={t("noneBehind", { market: name ?? explanation.iso3 })}
            />
          </div>
          {explanation.gaps.length > 0 ? (
            <p className="mt-4 text-sm text-slate-700">
              <Badge tone="amber">{t("gapsBadge")}</Badge>{" "}
              {t("gaps", { list: explanation.gaps.map((g) => g.name).join(", "), market: name ?? explanation.iso3 })}
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
  const t = useTranslations("workspace");
  const { formatNumber, formatPercent, formatValue } = useFormatters();
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
                      <Badge tone="brand">{t("why.yourData")}</Badge>
                    </>
                  ) : null}
                </span>
                <span
                  className={`shrink-0 text-xs font-semibold tabular-nums ${tone === "up" ? "text-emerald-800" : "text-red-800"}`}
                >
                  {e.edge > 0 ? "+" : "−"}
                  {formatNumber(Math.abs(e.edge), 3)}
                  <span className="sr-only"> {t("why.edge")}</span>
                </span>
              </div>
              <p className="text-xs text-slate-600">
                {t("why.groupWeight", {
                  group: groupNames[e.criterion.group] ?? e.criterion.group,
                  weight: formatPercent(e.weight, 1),
                })}
              </p>
              <p className="mt-0.5 text-slate-800">
                <span className="font-semibold tabular-nums">{formatValue(e.value, e.criterion.decimals)}</span>
                {e.uncertainty && e.uncertainty.halfWidth > 0 ? (
                  <Uncertainty
                    halfWidth={formatValue(e.uncertainty.halfWidth, e.criterion.decimals + 1)}
                    basis={basisText(t, e.uncertainty.basisParts, (x) => formatValue(x, e.criterion.decimals + 1))}
                  />
                ) : null}{" "}
                {e.criterion.unit}
                {e.year !== null ? <YearNote year={e.year} kind={e.kind} currentYear={currentYear} /> : null}
                {" · "}
                {t("why.place", { place: e.place, of: e.of })}
                {e.bestOther ? (
                  <span className="text-slate-600">
                    {t("why.bestOther", {
                      market: marketNames[e.bestOther.iso3] ?? e.bestOther.iso3,
                      value: formatValue(e.bestOther.value, e.criterion.decimals),
                    })}
                  </span>
                ) : null}
              </p>
              {/* The reader's citation; the stored source (repository, commit) shows on hover. */}
              <p className="line-clamp-2 text-xs text-slate-600" title={`${e.source}${e.note ? ` · ${e.note}` : ""}`}>
                {t("why.source", { source: citationOf(e.source) })}
                {e.note ? <> · {e.note}</> : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A value's 95 % uncertainty: its half-width, and what it comes from on hover and for screen readers. */
function Uncertainty({ halfWidth, basis }: { halfWidth: string; basis: string }) {
  const t = useTranslations("workspace.why");
  return (
    <span className="text-slate-600 tabular-nums" title={t("uncertaintyTitle", { basis })}>
      {" "}
      ±{halfWidth}
      <span className="sr-only">{t("uncertaintySr", { basis })}</span>
    </span>
  );
}

/** The data year; a value older than three years is flagged with its age (computed values are not aged). */
function YearNote({ year, kind, currentYear }: { year: number; kind: unknown; currentYear: number }) {
  const t = useTranslations("workspace.why");
  // A computed value (a distance) has no data year of its own: its year is its newest input's.
  if (kind === "computed") return <span className="text-slate-600">{t("computed")}</span>;
  const f = freshness({ year, kind }, currentYear);
  if (!f?.stale) return <span className="text-slate-600">{t("year", { year: String(year) })}</span>;
  const title = t("fresh", {
    year: String(year),
    age: Math.max(0, f.age),
    stale: f.stale ? "yes" : "no",
    limit: STALE_AFTER_YEARS,
  });
  return (
    <span className="text-slate-600">
      {t("year", { year: String(year) })}{" "}
      <span title={title} data-testid="stale-value">
        <Badge tone="amber">{t("yearsOld", { age: f.age })}</Badge>
      </span>
    </span>
  );
}
