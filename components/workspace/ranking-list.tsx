"use client";

import { useTranslations } from "next-intl";
import { memo, useState } from "react";

import { useFormatters } from "@/components/i18n/use-formatters";
import { Badge } from "@/components/ui/page-header";
import type { Formatters } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import { STALE_AFTER_YEARS, type StaleValue } from "@/lib/workspace/freshness";
import type { RankingResult } from "@/lib/scoring";
import { scoreScale } from "@/lib/workspace/score-scale";
import type { WorkspaceCriterion } from "@/lib/workspace/scoring-input";

export interface ColoredCriterion {
  criterion: WorkspaceCriterion;
  color: string;
  groupName: string;
}

interface Props {
  result: RankingResult;
  criteria: readonly ColoredCriterion[];
  marketNames: Record<string, string>;
  whyMarket: string | null;
  onWhy: (iso3: string) => void;
  /** Per market, its values older than three years among the weighted criteria (lib/workspace/freshness.ts). */
  stale?: Readonly<Record<string, readonly StaleValue[]>>;
  /** A market's value of a criterion with its year (null year: the user's own rating); null = a data gap. */
  valueOf?: (iso3: string, criterion: WorkspaceCriterion) => { value: number; year: number | null } | null;
}

/** A bar part's words: the criterion, the market's value with unit and year, its contribution. */
function partText(
  t: ReturnType<typeof useTranslations<"workspace">>,
  f: Formatters,
  criterion: WorkspaceCriterion,
  contribution: number,
  value: { value: number; year: number | null } | null,
): { name: string; value: string; contribution: string } {
  const figure = value
    ? value.year === null
      ? t("list.yourRating", { value: f.formatNumber(value.value, criterion.decimals), unit: criterion.unit })
      : t("list.valueYear", {
          value: f.formatNumber(value.value, criterion.decimals),
          unit: criterion.unit,
          year: String(value.year),
        })
    : t("list.gap");
  return {
    name: criterion.name,
    value: figure,
    // A part below half a thousandth would print as "+0": say how small it is instead.
    contribution:
      Math.abs(contribution) < 0.0005
        ? t("list.tinyContribution", { sign: contribution > 0 ? "+" : "−" })
        : t("list.contribution", { value: `${contribution > 0 ? "+" : ""}${f.formatNumber(contribution, 3)}` }),
  };
}

/** Arrow keys, Home and End move focus between the parts of one bar; Escape hides the tooltip. */
function focusPart(event: React.KeyboardEvent<HTMLElement>, hide: () => void) {
  const parts = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="img"]')];
  const at = parts.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  const next =
    event.key === "ArrowRight" || event.key === "ArrowDown"
      ? Math.min(parts.length - 1, at + 1)
      : event.key === "ArrowLeft" || event.key === "ArrowUp"
        ? Math.max(0, at - 1)
        : event.key === "Home"
          ? 0
          : event.key === "End"
            ? parts.length - 1
            : null;
  if (event.key === "Escape") {
    hide();
    return;
  }
  if (next === null) return;
  event.preventDefault();
  parts[next]!.focus();
}

/**
 * The ranking as an ordered list: a score bar per market made of its per-criterion contributions
 * (stacked; parts that pull the score down are hatched and drawn left of the neutral point), and
 * its data coverage when values are missing. Every row has the same height whatever the result,
 * so nothing moves but the bars when weights change.
 */
/**
 * Rows drawn before "Show all": with about 200 markets selected, every row's bar segments made a
 * slider step re-render some 4,000 elements (70-220 ms a step, measured in Chromium); the first
 * rows are what a decision reads, and the rest is one click away.
 */
const FIRST_ROWS = 50;

export const RankingList = memo(function RankingList({
  result,
  criteria,
  marketNames,
  whyMarket,
  onWhy,
  stale = {},
  valueOf,
}: Props) {
  const t = useTranslations("workspace");
  const f = useFormatters();
  const [tip, setTip] = useState<{ market: string; criterion: string } | null>(null);
  const onBarKey = (event: React.KeyboardEvent<HTMLElement>) => focusPart(event, () => setTip(null));
  const scale = scoreScale(result.method);
  // Widen the fixed axis when a method's parts overshoot it (TOPSIS parts can).
  let lo = scale.lo;
  let hi = scale.hi;
  for (const row of result.ranking) {
    let neg = 0;
    let pos = 0;
    for (const v of Object.values(row.contributions)) {
      if (v < 0) neg += v;
      else pos += v;
    }
    lo = Math.min(lo, scale.base + neg);
    hi = Math.max(hi, scale.base + pos);
  }
  const x = (v: number) => ((v - lo) / (hi - lo)) * 100;
  // A thousandth of a percent is far below a pixel; full doubles made ~1 KB of HTML per bar.
  const percent = (v: number) => Math.round(v * 1000) / 1000;
  const names = Object.fromEntries(criteria.map((c) => [c.criterion.key, c.criterion.name]));
  const ticks = [lo, scale.base, hi].filter((tick, i, all) => all.indexOf(tick) === i);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? result.ranking : result.ranking.slice(0, FIRST_ROWS);
  const hidden = result.ranking.length - shown.length;

  return (
    <div>
      <div className="mr-0 ml-10 sm:mr-24" aria-hidden="true">
        <div className="relative h-4 text-[11px] text-slate-600 tabular-nums">
          {ticks.map((tick) => (
            <span
              key={tick}
              className="absolute -translate-x-1/2 first:translate-x-0 last:-translate-x-full"
              style={{ left: `${x(tick)}%` }}
            >
              {f.formatNumber(tick, 2)}
            </span>
          ))}
        </div>
      </div>
      <ol
        className="divide-y divide-slate-100"
        aria-label={t("list.byMethod", { method: t("method.name", { method: result.method }) })}
      >
        {shown.map((row) => {
          const name = marketNames[row.id] ?? row.id;
          const parts = criteria
            .map((c) => ({ ...c, value: row.contributions[c.criterion.key] ?? 0 }))
            .filter((p) => p.value !== 0);
          const positive = parts.filter((p) => p.value > 0);
          const negative = parts.filter((p) => p.value < 0);
          let cursor = scale.base;
          const posSegments = positive.map((p) => {
            const start = cursor;
            cursor += p.value;
            return { ...p, start, end: cursor };
          });
          cursor = scale.base;
          const negSegments = negative.map((p) => {
            const end = cursor;
            cursor += p.value;
            return { ...p, start: cursor, end };
          });
          const missing = row.missing.filter((key) => (result.weights[key] ?? 0) > 0);
          const old = stale[row.id] ?? [];
          const oldText = old
            .map((s) => t("list.stale", { criterion: names[s.key] ?? s.key, year: String(s.year), age: s.age }))
            .join("; ");
          const missingList = missing.map((k) => names[k] ?? k).join(", ");
          const selected = whyMarket === row.id;
          return (
            <li
              key={row.id}
              data-market={row.id}
              data-rank={row.rank}
              className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2 py-2.5"
            >
              <span
                className={`mt-0.5 flex h-7 w-7 items-center justify-center rounded-full text-sm font-semibold tabular-nums ${row.rank === 1 ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-800"}`}
              >
                <span className="sr-only">{t("list.rank")} </span>
                {row.rank}
              </span>
              <div className="min-w-0">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <div className="flex min-w-0 flex-wrap items-baseline gap-x-2">
                    <Link
                      href={`/markets/${row.id}`}
                      className="text-brand-700 font-medium underline-offset-2 hover:underline"
                    >
                      {name}
                    </Link>
                    <span className="text-xs text-slate-600">{row.id}</span>
                  </div>
                  <div className="flex items-baseline gap-3">
                    <span className="text-sm font-semibold text-slate-900 tabular-nums" data-testid="score">
                      <span className="sr-only">{t("list.score")} </span>
                      {f.formatNumber(row.score, 3)}
                    </span>
                    <button
                      type="button"
                      onClick={() => onWhy(row.id)}
                      aria-pressed={selected}
                      className={`rounded px-1.5 py-0.5 text-xs font-medium ${selected ? "bg-brand-700 text-white" : "text-brand-700 hover:bg-brand-50"}`}
                    >
                      {t("list.why")}
                      <span className="sr-only"> {t("list.whyLabel", { market: name, rank: row.rank })}</span>
                    </button>
                  </div>
                </div>
                {/* One tab stop per bar; arrow keys walk its parts, each part's tooltip shows on hover
                    and on focus (WAI-ARIA APG tooltip pattern: the words are the part's accessible name too). */}
                <div
                  className="relative mt-1 h-4 rounded-sm bg-slate-100"
                  role="group"
                  aria-label={t("list.barLabel", { market: name })}
                  onKeyDown={onBarKey}
                >
                  {negSegments.concat(posSegments).map((s, i) => {
                    const text = partText(t, f, s.criterion, s.value, valueOf?.(row.id, s.criterion) ?? null);
                    const active = tip?.market === row.id && tip.criterion === s.criterion.key;
                    const mid = (x(s.start) + x(s.end)) / 2;
                    return (
                      <span
                        key={s.criterion.key}
                        role="img"
                        aria-label={t("list.partLabel", text)}
                        tabIndex={i === 0 ? 0 : -1}
                        data-criterion={s.criterion.key}
                        onFocus={() => setTip({ market: row.id, criterion: s.criterion.key })}
                        onBlur={() => setTip(null)}
                        onMouseEnter={() => setTip({ market: row.id, criterion: s.criterion.key })}
                        onMouseLeave={() => setTip(null)}
                        className="bar-segment focus-visible:z-10 focus-visible:outline-offset-1"
                        style={{
                          left: `${percent(x(s.start))}%`,
                          width: `${percent(x(s.end) - x(s.start))}%`,
                          backgroundColor: s.color,
                          backgroundImage:
                            s.value < 0
                              ? "repeating-linear-gradient(45deg, rgb(255 255 255 / 0.65) 0 2px, transparent 2px 5px)"
                              : undefined,
                        }}
                      >
                        {active ? (
                          // Anchored on the part's side of the bar so it never leaves a phone's screen.
                          <span
                            aria-hidden="true"
                            data-testid="bar-tooltip"
                            className="pointer-events-none absolute bottom-full z-20 mb-1.5 w-max max-w-[14rem] rounded bg-slate-900 px-2 py-1 text-xs leading-4 whitespace-normal text-white shadow"
                            style={mid <= 50 ? { left: 0 } : { right: 0 }}
                          >
                            <span className="block font-semibold">{text.name}</span>
                            <span className="block">{text.value}</span>
                            <span className="block">{text.contribution}</span>
                          </span>
                        ) : null}
                      </span>
                    );
                  })}
                  {scale.base !== lo ? (
                    <span
                      aria-hidden="true"
                      className="absolute inset-y-[-2px] w-px bg-slate-500"
                      style={{ left: `${x(scale.base)}%` }}
                    />
                  ) : null}
                  {result.method !== "wsm" ? (
                    <span
                      aria-hidden="true"
                      className="absolute inset-y-[-3px] w-0.5 bg-slate-900"
                      style={{ left: `calc(${x(row.score)}% - 1px)` }}
                    />
                  ) : null}
                </div>
                <div
                  className="mt-1 h-4 truncate text-xs leading-4 text-slate-700"
                  title={
                    [
                      missing.length > 0 ? t("list.missingTitle", { list: missingList }) : "",
                      old.length > 0 ? t("list.oldTitle", { years: STALE_AFTER_YEARS, list: oldText }) : "",
                    ]
                      .filter(Boolean)
                      .join(". ") || undefined
                  }
                >
                  {old.length > 0 ? (
                    <span data-testid="stale-values">
                      <Badge tone="amber">{t("list.oldBadge")}</Badge>{" "}
                      {t.rich("list.oldCount", {
                        count: old.length,
                        years: STALE_AFTER_YEARS,
                        n: (chunks) => <span className="tabular-nums">{chunks}</span>,
                      })}
                      <span className="sr-only">: {oldText}</span>
                      {missing.length > 0 ? " · " : ""}
                    </span>
                  ) : null}
                  {missing.length > 0 ? (
                    <span>
                      <Badge tone="amber">{t("list.gapsBadge")}</Badge>{" "}
                      {t.rich("list.coverage", {
                        share: f.formatPercent(row.coverage, 0),
                        list: missingList,
                        n: (chunks) => <span className="tabular-nums">{chunks}</span>,
                      })}
                    </span>
                  ) : old.length === 0 ? (
                    <span className="text-slate-600">{t("list.complete")}</span>
                  ) : null}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {hidden > 0 || (showAll && result.ranking.length > FIRST_ROWS) ? (
        <button
          type="button"
          onClick={() => setShowAll((v) => !v)}
          className="text-brand-700 mt-1 text-sm font-medium underline-offset-2 hover:underline"
        >
          {showAll
            ? t("list.showFirst", { count: FIRST_ROWS })
            : t("list.showAll", { total: result.ranking.length, hidden })}
        </button>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">
        {t("list.footnote", { scale: t("method.scoreLabel", { method: result.method }) })}
      </p>
    </div>
  );
});
