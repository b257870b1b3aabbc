"use client";

import dynamic from "next/dynamic";

import type { RadarPoint } from "@/components/charts/radar-chart";

import { ChartBoundary } from "./chart-boundary";

// recharts is loaded only in the browser and only where a chart is shown.
const RadarChart = dynamic(() => import("@/components/charts/radar-chart"), {
  ssr: false,
  loading: () => (
    <div role="status" className="mx-auto aspect-square w-full max-w-[520px] animate-pulse rounded-full bg-slate-100">
      <span className="sr-only">Loading the chart…</span>
    </div>
  ),
});

export function MarketRadar(props: {
  data: RadarPoint[];
  valueName: string;
  referenceName: string;
  title: string;
  description: string;
}) {
  return (
    <ChartBoundary
      fallback={
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          The chart could not be drawn. The same numbers are in the table below.
        </p>
      }
    >
      <RadarChart {...props} />
    </ChartBoundary>
  );
}
