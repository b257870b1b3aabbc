"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Scatter, Tooltip, XAxis, YAxis } from "recharts";

import { useFormatters } from "@/components/i18n/use-formatters";

import { categoryAxis, GRID_STROKE, LEGEND, useWideScreen, valueAxis } from "./horizontal-bars";

export interface DisagreementRow {
  name: string;
  /** The lowest and highest weight a member gave this criterion (shares, 0-1). */
  min: number;
  max: number;
  /** The group's weight for it. */
  group: number;
}

interface Props {
  rows: readonly DisagreementRow[];
  /** The chart's accessible name; the numbers are in the table beside it. */
  chartLabel: string;
  rangeLabel: string;
  groupLabel: string;
  axisLabel: string;
}

const RANGE_FILL = "#f59e0b";
const GROUP_FILL = "#1e3a8a";

/**
 * How far the members disagree on each criterion: a bar from the lowest to the highest weight a
 * member gave it, the group's weight as a dot on it; the widest spread on top.
 */
export default function DisagreementChart({ rows, chartLabel, rangeLabel, groupLabel, axisLabel }: Props) {
  const { formatPercent } = useFormatters();
  const wide = useWideScreen();
  const data = [...rows]
    .sort((a, b) => b.max - b.min - (a.max - a.min))
    .map((r) => ({ name: r.name, range: [r.min, r.max], group: r.group }));
  const height = 90 + rows.length * 36;
  const top = Math.max(0.05, ...rows.map((r) => r.max));
  return (
    <div role="img" aria-label={chartLabel}>
      <ComposedChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: "100%", height }}
        margin={{ top: 8, right: 16, bottom: 28, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis
          {...valueAxis(axisLabel)}
          domain={[0, Math.min(1, Math.ceil(top * 10) / 10)]}
          tickFormatter={(v: number) => formatPercent(v, 0)}
        />
        <YAxis {...categoryAxis(wide)} />
        <Tooltip
          formatter={(value, key) => {
            if (Array.isArray(value)) {
              const [a, b] = value as number[];
              return [`${formatPercent(a ?? 0, 1)} – ${formatPercent(b ?? 0, 1)}`, rangeLabel];
            }
            return [formatPercent(Number(value), 1), key === "group" ? groupLabel : String(key)];
          }}
        />
        <Legend {...LEGEND} />
        <Bar dataKey="range" name={rangeLabel} fill={RANGE_FILL} barSize={14} isAnimationActive={false} />
        <Scatter dataKey="group" name={groupLabel} fill={GROUP_FILL} isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
}
