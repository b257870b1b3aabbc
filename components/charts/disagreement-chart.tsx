"use client";

import { useSyncExternalStore } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Scatter, Tooltip, XAxis, YAxis } from "recharts";

import { useFormatters } from "@/components/i18n/use-formatters";

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
  const wide = useSyncExternalStore(subscribeToWidth, isWide, () => true);
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
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          domain={[0, Math.min(1, Math.ceil(top * 10) / 10)]}
          tickFormatter={(v: number) => formatPercent(v, 0)}
          tick={{ fontSize: 11, fill: "#475569" }}
          label={{ value: axisLabel, position: "insideBottom", offset: -16, fontSize: 12, fill: "#334155" }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={wide ? 190 : 112}
          tick={{ fontSize: wide ? 11 : 10, fill: "#1e293b" }}
          interval={0}
        />
        <Tooltip
          formatter={(value, key) => {
            if (Array.isArray(value)) {
              const [a, b] = value as number[];
              return [`${formatPercent(a ?? 0, 1)} – ${formatPercent(b ?? 0, 1)}`, rangeLabel];
            }
            return [formatPercent(Number(value), 1), key === "group" ? groupLabel : String(key)];
          }}
        />
        <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="range" name={rangeLabel} fill={RANGE_FILL} barSize={14} isAnimationActive={false} />
        <Scatter dataKey="group" name={groupLabel} fill={GROUP_FILL} isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
}

// Category labels take less room on a phone, where every pixel of bar counts.
const WIDE = "(min-width: 640px)";
function subscribeToWidth(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
function isWide(): boolean {
  return window.matchMedia(WIDE).matches;
}
