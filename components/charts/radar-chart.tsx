"use client";

import { useTranslations } from "next-intl";
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadarChart,
  Tooltip,
} from "recharts";

import { useFormatters } from "@/components/i18n/use-formatters";

export type RadarPoint = { label: string; value: number; reference: number };

export type RadarChartProps = {
  data: RadarPoint[];
  valueName: string;
  referenceName: string;
  /** Accessible name and description of the drawing; the numbers are also in a table next to it. */
  title: string;
  description: string;
};

// Colours from the app's palette; the series also differ by line style (solid vs dashed) and are
// named in the legend, so colour is never the only way to tell them apart.
const VALUE_COLOUR = "oklch(0.5 0.16 255)";
const REFERENCE_COLOUR = "#475569";

/** Chinese, Japanese and Korean characters: about twice as wide as a Latin letter, and no spaces between words. */
const WIDE_CHARS = /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/**
 * Splits a label into lines of about `width` characters, at spaces; a label written without spaces
 * in a wide script (Chinese) breaks every `width / 2` characters instead, keeping its brackets whole.
 */
function lines(text: string, width = 11): string[] {
  if (!text.includes(" ") && WIDE_CHARS.test(text)) {
    const step = Math.max(1, Math.floor(width / 2));
    const rows: string[] = [];
    for (let i = 0; i < text.length; i += step) rows.push(text.slice(i, i + step));
    return rows;
  }
  const out: string[] = [];
  for (const word of text.split(" ")) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

type TickProps = { x?: number | string; y?: number | string; textAnchor?: string; payload?: { value?: unknown } };

/** Axis labels wrapped onto several lines, so long group names fit on a phone. */
function WrappedTick({ x = 0, y = 0, textAnchor = "middle", payload }: TickProps) {
  const rows = lines(String(payload?.value ?? ""));
  const top = Number(y) - ((rows.length - 1) * 14) / 2;
  return (
    <text x={x} y={top} textAnchor={textAnchor as "start" | "middle" | "end"} fill="#334155" fontSize={12}>
      {rows.map((row, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : 14}>
          {row}
        </tspan>
      ))}
    </text>
  );
}

/** A radar (spider) chart on a 0-100 scale: one series against a reference series. Loaded lazily. */
export default function RadarChart({ data, valueName, referenceName, title, description }: RadarChartProps) {
  const t = useTranslations("workspace.radar");
  const { formatNumber } = useFormatters();
  return (
    <RechartsRadarChart
      responsive
      data={data}
      outerRadius="66%"
      margin={{ top: 8, right: 24, bottom: 8, left: 24 }}
      style={{ width: "100%", maxWidth: 520, aspectRatio: 1.1, marginInline: "auto" }}
      title={title}
      desc={description}
      accessibilityLayer
    >
      <PolarGrid stroke="#cbd5e1" />
      <PolarAngleAxis dataKey="label" tick={WrappedTick} />
      <PolarRadiusAxis
        // Halfway between the first two spokes, so tick labels never sit on an axis label.
        angle={90 - 180 / Math.max(data.length, 1)}
        domain={[0, 100]}
        tickCount={6}
        tick={{ fill: "#475569", fontSize: 10 }}
        axisLine={false}
      />
      <Radar
        name={referenceName}
        dataKey="reference"
        stroke={REFERENCE_COLOUR}
        strokeDasharray="5 4"
        strokeWidth={2}
        legendType="plainline"
        fill={REFERENCE_COLOUR}
        fillOpacity={0.08}
        isAnimationActive={false}
      />
      <Radar
        name={valueName}
        dataKey="value"
        stroke={VALUE_COLOUR}
        strokeWidth={2.5}
        legendType="plainline"
        fill={VALUE_COLOUR}
        fillOpacity={0.25}
        dot={{ r: 3, fill: VALUE_COLOUR }}
        isAnimationActive={false}
      />
      <Tooltip
        formatter={(value) =>
          typeof value === "number" ? t("ofHundred", { value: formatNumber(value, 0) }) : String(value)
        }
      />
      <Legend wrapperStyle={{ fontSize: 13, color: "#334155" }} />
    </RechartsRadarChart>
  );
}
