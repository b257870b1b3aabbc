"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

import { useFormatters } from "@/components/i18n/use-formatters";

import { categoryAxis, GRID_STROKE, LEGEND, useWideScreen, valueAxis } from "./horizontal-bars";

export interface TornadoRow {
  name: string;
  /** The leader's score with this weight at the low / high end of the swing. */
  low: number;
  high: number;
  leaderChanges: boolean;
}

interface Props {
  rows: readonly TornadoRow[];
  /** The leader's score with the current weights. */
  base: number;
  leaderName: string;
  axisLabel: string;
  /** The chart's accessible name. */
  chartLabel: string;
  /** The label of the line at the current score. */
  nowLabel: string;
  lowLabel: string;
  highLabel: string;
}

const HIGH_FILL = "#1d4ed8";
const LOW_FILL = "#b45309";

/**
 * Tornado of weight swings: per criterion, how far the leader's score moves when that weight is
 * lowered (hatched bar) or raised (solid bar), the others rescaled; the widest swings on top.
 */
export default function TornadoChart({ rows, base, axisLabel, chartLabel, nowLabel, lowLabel, highLabel }: Props) {
  const { formatNumber } = useFormatters();
  const data = rows.map((r) => ({
    name: r.leaderChanges ? `${r.name} ⚠` : r.name,
    lowRange: [Math.min(base, r.low), Math.max(base, r.low)],
    highRange: [Math.min(base, r.high), Math.max(base, r.high)],
    low: r.low,
    high: r.high,
  }));
  const height = 82 + rows.length * 34;
  const wide = useWideScreen();

  return (
    <div role="img" aria-label={chartLabel}>
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: "100%", height }}
        margin={{ top: 20, right: 16, bottom: 28, left: 8 }}
        barGap={1}
        barCategoryGap="22%"
        accessibilityLayer={false}
      >
        <defs>
          <pattern id="tornado-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fef3c7" />
            <rect width="3" height="6" fill={LOW_FILL} />
          </pattern>
        </defs>
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis {...valueAxis(axisLabel)} domain={["auto", "auto"]} tickFormatter={(v: number) => formatNumber(v, 3)} />
        <YAxis {...categoryAxis(wide)} />
        <Tooltip
          formatter={(value, key) => {
            const [a, b] = Array.isArray(value) ? (value as number[]) : [Number(value), Number(value)];
            const end = a === base ? b : a;
            return [formatNumber(end ?? 0, 3), key === "lowRange" ? lowLabel : highLabel];
          }}
        />
        <Legend {...LEGEND} />
        <ReferenceLine
          x={base}
          stroke="#0f172a"
          strokeWidth={1.5}
          label={{ value: nowLabel, position: "top", fontSize: 11, fill: "#0f172a" }}
        />
        <Bar
          dataKey="lowRange"
          name={lowLabel}
          fill="url(#tornado-hatch)"
          stroke={LOW_FILL}
          isAnimationActive={false}
        />
        <Bar dataKey="highRange" name={highLabel} fill={HIGH_FILL} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
