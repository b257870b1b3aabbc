import { Circle, Line, Rect, Svg, Text, View } from "@react-pdf/renderer";

import type { useTranslations } from "next-intl";

import { formattersFor, type Formatters } from "@/lib/format";

import { pdfText } from "../escape";
import { reportTranslator } from "../i18n";
import type { ChartKind } from "../document";
import type { RankingSection, ReportModel, RobustnessSection } from "../model";
import { groupColor, rankColor, scoreAxis } from "../document/chart-scales";
import { PDF_FONT } from "./fonts";
import { COLORS } from "./primitives";

// The report's charts, drawn as vectors: labels are ordinary (selectable) text, bars and marks are
// SVG shapes. Each chart is a column of rows, so it lays out like a table and never splits a bar.

const LABEL_WIDTH = 112;
const BAR_WIDTH = 300;
const BAR_HEIGHT = 11;

const rowStyle = { flexDirection: "row", alignItems: "center", marginBottom: 3 } as const;
const labelStyle = { width: LABEL_WIDTH, fontSize: 8, paddingRight: 6 } as const;
const valueStyle = { fontSize: 8, paddingLeft: 6, color: COLORS.muted } as const;

function Legend({ items }: { items: { label: string; color: string }[] }) {
  return (
    <View style={{ flexDirection: "row", flexWrap: "wrap", marginTop: 4, marginLeft: LABEL_WIDTH }}>
      {items.map((item) => (
        <View key={item.label} style={{ flexDirection: "row", alignItems: "center", marginRight: 10, marginBottom: 2 }}>
          <View style={{ width: 7, height: 7, backgroundColor: item.color, marginRight: 3 }} />
          <Text style={{ fontSize: 7, color: COLORS.muted }}>{pdfText(item.label)}</Text>
        </View>
      ))}
    </View>
  );
}

function Axis({ ticks, toX, format }: { ticks: number[]; toX: (v: number) => number; format: (v: number) => string }) {
  return (
    <View style={{ flexDirection: "row", marginLeft: LABEL_WIDTH }}>
      <Svg width={BAR_WIDTH + 20} height={14}>
        <Line x1={0} y1={1} x2={BAR_WIDTH} y2={1} stroke={COLORS.rule} strokeWidth={0.75} />
        {ticks.map((t) => (
          <Line key={`l${t}`} x1={toX(t)} y1={0} x2={toX(t)} y2={4} stroke={COLORS.muted} strokeWidth={0.5} />
        ))}
        {ticks.map((t) => (
          <Text
            key={`t${t}`}
            x={Math.min(Math.max(toX(t), 6), BAR_WIDTH - 6)}
            y={12}
            textAnchor="middle"
            fill={COLORS.muted}
            style={{ fontSize: 6.5, fontFamily: PDF_FONT }}
          >
            {format(t)}
          </Text>
        ))}
      </Svg>
    </View>
  );
}

/** Score per market; stacked by criteria group where the parts add up to the score (weighted sum). */
function RankingChart({ ranking, f }: { ranking: RankingSection; f: Formatters }) {
  const span = scoreAxis(ranking);
  const toX = (v: number) => ((v - span.lo) / (span.hi - span.lo)) * BAR_WIDTH;
  return (
    <View wrap={false} style={{ marginVertical: 6 }}>
      {ranking.rows.map((row) => {
        let x = toX(0);
        return (
          <View key={row.iso3} style={rowStyle}>
            <Text style={labelStyle}>{pdfText(`${row.rank}. ${row.name}`)}</Text>
            <Svg width={BAR_WIDTH} height={BAR_HEIGHT}>
              <Rect x={0} y={0} width={BAR_WIDTH} height={BAR_HEIGHT} fill={COLORS.band} />
              {ranking.stackable ? (
                ranking.groups.map((g, i) => {
                  const width = toX(row.groupContributions[g.key] ?? 0) - toX(0);
                  const rect = (
                    <Rect key={g.key} x={x} y={0} width={Math.max(0, width)} height={BAR_HEIGHT} fill={groupColor(i)} />
                  );
                  x += Math.max(0, width);
                  return rect;
                })
              ) : (
                <Rect
                  x={Math.min(toX(0), toX(row.score))}
                  y={0}
                  width={Math.abs(toX(row.score) - toX(0))}
                  height={BAR_HEIGHT}
                  fill={COLORS.brand}
                />
              )}
              {span.lo < 0 ? (
                <Line x1={toX(0)} y1={0} x2={toX(0)} y2={BAR_HEIGHT} stroke={COLORS.ink} strokeWidth={0.75} />
              ) : null}
            </Svg>
            <Text style={valueStyle}>{row.scoreDisplay}</Text>
          </View>
        );
      })}
      <Axis ticks={span.ticks} toX={toX} format={(v) => f.formatNumber(v, 2)} />
      {ranking.stackable ? (
        <Legend items={ranking.groups.map((g, i) => ({ label: g.name, color: groupColor(i) }))} />
      ) : null}
    </View>
  );
}

/** Each market's probability of each rank in the Monte Carlo draws, as a 100% stacked bar. */
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
  const toX = (v: number) => v * BAR_WIDTH;
  return (
    <View wrap={false} style={{ marginVertical: 6 }}>
      {robustness.rankProbabilities.map((m) => {
        let x = 0;
        return (
          <View key={m.iso3} style={rowStyle}>
            <Text style={labelStyle}>{pdfText(m.name)}</Text>
            <Svg width={BAR_WIDTH} height={BAR_HEIGHT}>
              {m.probabilities.map((p, i) => {
                const rect = (
                  <Rect key={i} x={x} y={0} width={toX(p)} height={BAR_HEIGHT} fill={rankColor(i, positions)} />
                );
                x += toX(p);
                return rect;
              })}
            </Svg>
            <Text style={valueStyle}>
              {pdfText(t("charts.first", { share: f.formatPercent(m.probabilities[0] ?? 0, 0) }))}
            </Text>
          </View>
        );
      })}
      <Axis ticks={[0, 0.25, 0.5, 0.75, 1]} toX={toX} format={(v) => f.formatPercent(v, 0)} />
      <Legend
        items={Array.from({ length: positions }, (_, i) => ({
          label: t("robustness.rankN", { rank: i + 1 }),
          color: rankColor(i, positions),
        }))}
      />
    </View>
  );
}

/** Each weight's stability interval on 0-100 %, with the current weight as a dot. */
function StabilityChart({
  robustness,
  t,
  f,
}: {
  robustness: RobustnessSection;
  t: ReturnType<typeof useTranslations<"report">>;
  f: Formatters;
}) {
  const toX = (v: number) => v * BAR_WIDTH;
  return (
    <View wrap={false} style={{ marginVertical: 6 }}>
      {robustness.stability.map((s) => (
        <View key={s.criterion} style={rowStyle}>
          <Text style={labelStyle}>{pdfText(s.criterion)}</Text>
          <Svg width={BAR_WIDTH} height={BAR_HEIGHT}>
            <Line x1={0} y1={BAR_HEIGHT / 2} x2={BAR_WIDTH} y2={BAR_HEIGHT / 2} stroke={COLORS.rule} strokeWidth={1} />
            <Rect
              x={toX(s.lowBounded ? s.low : 0)}
              y={2}
              width={Math.max(1, toX(s.highBounded ? s.high : 1) - toX(s.lowBounded ? s.low : 0))}
              height={BAR_HEIGHT - 4}
              fill="#9db5dc"
            />
            <Circle cx={toX(s.weight)} cy={BAR_HEIGHT / 2} r={3} fill={COLORS.brand} />
          </Svg>
          <Text style={valueStyle}>{pdfText(f.formatPercent(s.weight, 1))}</Text>
        </View>
      ))}
      <Axis ticks={[0, 0.25, 0.5, 0.75, 1]} toX={toX} format={(v) => f.formatPercent(v, 0)} />
      <Legend
        items={[
          { label: t("charts.stableRange"), color: "#9db5dc" },
          { label: t("charts.currentWeight"), color: COLORS.brand },
        ]}
      />
    </View>
  );
}

/** The chart a block of the report asks for, drawn from the model. */
export function PdfChart({ kind, model }: { kind: ChartKind; model: ReportModel }) {
  const t = reportTranslator(model.locale);
  const f = formattersFor(model.locale);
  if (kind === "ranking") return <RankingChart ranking={model.ranking} f={f} />;
  if (kind === "rank-probabilities") return <RankProbabilityChart robustness={model.robustness} t={t} f={f} />;
  return <StabilityChart robustness={model.robustness} t={t} f={f} />;
}
