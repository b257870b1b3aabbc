import type { useTranslations } from "next-intl";

import { formattersFor, type Formatters } from "@/lib/format";
import { reportTranslator } from "@/lib/reports/i18n";
import { groupColor, rankColor, scoreAxis } from "@/lib/reports/document/chart-scales";
import type { ChartKind } from "@/lib/reports/document";
import type { RankingSection, ReportModel, RobustnessSection } from "@/lib/reports/model";

// The report's charts for the page and for print: inline SVG drawn on the server, the same
// designs as the PDF's (lib/reports/pdf/charts.tsx). Each chart is described in words by its
// aria-label and repeats figures that the table beside it gives in full.

const WIDTH = 640;
const LABEL = 150;
const VALUE = 70;
const BAR = WIDTH - LABEL - VALUE;
const ROW = 22;
const BAR_HEIGHT = 14;

function Legend({ items }: { items: { label: string; color: string }[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-2.5 w-2.5" style={{ backgroundColor: item.color }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function Axis({
  y,
  ticks,
  toX,
  format,
}: {
  y: number;
  ticks: number[];
  toX: (v: number) => number;
  format: (v: number) => string;
}) {
  return (
    <g aria-hidden>
      <line x1={LABEL} x2={LABEL + BAR} y1={y} y2={y} stroke="#cbd5e1" />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={LABEL + toX(t)} x2={LABEL + toX(t)} y1={y} y2={y + 4} stroke="#64748b" />
          <text x={LABEL + toX(t)} y={y + 15} textAnchor="middle" fontSize={10} fill="#475569">
            {format(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

function RankingChart({
  ranking,
  t,
  f,
}: {
  ranking: RankingSection;
  t: ReturnType<typeof useTranslations<"report">>;
  f: Formatters;
}) {
  const { lo, hi, ticks } = scoreAxis(ranking);
  const toX = (v: number) => ((v - lo) / (hi - lo)) * BAR;
  const height = ranking.rows.length * ROW + 24;
  const label = t("charts.rankingLabel", { scores: ranking.rows.map((r) => `${r.name} ${r.scoreDisplay}`).join(", ") });
  return (
    <figure className="my-3">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-3xl" role="img" aria-label={label}>
        {ranking.rows.map((row, i) => {
          const y = i * ROW + 4;
          let x = LABEL + toX(0);
          return (
            <g key={row.iso3}>
              <text x={LABEL - 8} y={y + BAR_HEIGHT - 3} textAnchor="end" fontSize={12} fill="#0f172a">
                {`${row.rank}. ${row.name}`}
              </text>
              <rect x={LABEL} y={y} width={BAR} height={BAR_HEIGHT} fill="#f1f5f9" />
              {ranking.stackable ? (
                ranking.groups.map((g, k) => {
                  const w = Math.max(0, toX(row.groupContributions[g.key] ?? 0) - toX(0));
                  const rect = <rect key={g.key} x={x} y={y} width={w} height={BAR_HEIGHT} fill={groupColor(k)} />;
                  x += w;
                  return rect;
                })
              ) : (
                <rect
                  x={LABEL + Math.min(toX(0), toX(row.score))}
                  y={y}
                  width={Math.abs(toX(row.score) - toX(0))}
                  height={BAR_HEIGHT}
                  fill="#1e3a6e"
                />
              )}
              <text x={LABEL + BAR + 8} y={y + BAR_HEIGHT - 3} fontSize={12} fill="#334155">
                {row.scoreDisplay}
              </text>
            </g>
          );
        })}
        <Axis y={ranking.rows.length * ROW + 4} ticks={ticks} toX={toX} format={(v) => f.formatNumber(v, 2)} />
      </svg>
      {ranking.stackable ? (
        <Legend items={ranking.groups.map((g, k) => ({ label: g.name, color: groupColor(k) }))} />
      ) : null}
    </figure>
  );
}

function RankProbabilityChart({
  robustness,
  t,
  f,
}: {
  robustness: RobustnessSection;
  t: ReturnType<typeof useTranslations<"report">>;
  f: Formatters;
}) {
  const positions = Math.max(0, ...robustness.rankProbabilities.map((m) => m.probabilities.length));
  const height = robustness.rankProbabilities.length * ROW + 24;
  const toX = (v: number) => v * BAR;
  const label = t("charts.probabilityLabel", {
    markets: robustness.rankProbabilities
      .map((m) => t("charts.firstIn", { market: m.name, share: f.formatPercent(m.probabilities[0] ?? 0, 0) }))
      .join(", "),
  });
  return (
    <figure className="my-3">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-3xl" role="img" aria-label={label}>
        {robustness.rankProbabilities.map((m, i) => {
          const y = i * ROW + 4;
          let x = LABEL;
          return (
            <g key={m.iso3}>
              <text x={LABEL - 8} y={y + BAR_HEIGHT - 3} textAnchor="end" fontSize={12} fill="#0f172a">
                {m.name}
              </text>
              {m.probabilities.map((p, k) => {
                const rect = (
                  <rect key={k} x={x} y={y} width={toX(p)} height={BAR_HEIGHT} fill={rankColor(k, positions)} />
                );
                x += toX(p);
                return rect;
              })}
              <text x={LABEL + BAR + 8} y={y + BAR_HEIGHT - 3} fontSize={12} fill="#334155">
                {t("charts.first", { share: f.formatPercent(m.probabilities[0] ?? 0, 0) })}
              </text>
            </g>
          );
        })}
        <Axis
          y={robustness.rankProbabilities.length * ROW + 4}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          toX={toX}
          format={(v) => f.formatPercent(v, 0)}
        />
      </svg>
      <Legend
        items={Array.from({ length: positions }, (_, k) => ({
          label: t("robustness.rankN", { rank: k + 1 }),
          color: rankColor(k, positions),
        }))}
      />
    </figure>
  );
}

function StabilityChart({
  robustness,
  t,
  f,
}: {
  robustness: RobustnessSection;
  t: ReturnType<typeof useTranslations<"report">>;
  f: Formatters;
}) {
  const height = robustness.stability.length * ROW + 24;
  const toX = (v: number) => v * BAR;
  return (
    <figure className="my-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="w-full max-w-3xl"
        role="img"
        aria-label={t("charts.stabilityLabel")}
      >
        {robustness.stability.map((s, i) => {
          const y = i * ROW + 4;
          const from = toX(s.lowBounded ? s.low : 0);
          const to = toX(s.highBounded ? s.high : 1);
          return (
            <g key={s.criterion}>
              <text x={LABEL - 8} y={y + BAR_HEIGHT - 3} textAnchor="end" fontSize={11} fill="#0f172a">
                {s.criterion.length > 24 ? `${s.criterion.slice(0, 23)}…` : s.criterion}
              </text>
              <line x1={LABEL} x2={LABEL + BAR} y1={y + BAR_HEIGHT / 2} y2={y + BAR_HEIGHT / 2} stroke="#cbd5e1" />
              <rect x={LABEL + from} y={y + 3} width={Math.max(1, to - from)} height={BAR_HEIGHT - 6} fill="#9db5dc" />
              <circle cx={LABEL + toX(s.weight)} cy={y + BAR_HEIGHT / 2} r={4} fill="#1e3a6e" />
              <text x={LABEL + BAR + 8} y={y + BAR_HEIGHT - 3} fontSize={11} fill="#334155">
                {f.formatPercent(s.weight, 1)}
              </text>
            </g>
          );
        })}
        <Axis
          y={robustness.stability.length * ROW + 4}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          toX={toX}
          format={(v) => f.formatPercent(v, 0)}
        />
      </svg>
      <Legend
        items={[
          { label: t("charts.stableRange"), color: "#9db5dc" },
          { label: t("charts.currentWeight"), color: "#1e3a6e" },
        ]}
      />
    </figure>
  );
}

/** The chart a block of the report asks for, drawn from the model. */
export function ReportChart({ kind, model }: { kind: ChartKind; model: ReportModel }) {
  const t = reportTranslator(model.locale);
  const f = formattersFor(model.locale);
  if (kind === "ranking") return <RankingChart ranking={model.ranking} t={t} f={f} />;
  if (kind === "rank-probabilities") return <RankProbabilityChart robustness={model.robustness} t={t} f={f} />;
  return <StabilityChart robustness={model.robustness} t={t} f={f} />;
}
