"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

import type { RadarPoint } from "@/components/charts/radar-chart";

import { ChartBoundary } from "./chart-boundary";

function ChartLoading() {
  const t = useTranslations("markets");
  return (
    <div role="status" className="mx-auto aspect-square w-full max-w-[520px] animate-pulse rounded-full bg-slate-100">
      <span className="sr-only">{t("comparison.loading")}</span>
    </div>
  );
}

// recharts is loaded only in the browser and only where a chart is shown.
const RadarChart = dynamic(() => import("@/components/charts/radar-chart"), {
  ssr: false,
  loading: () => <ChartLoading />,
});

export function MarketRadar(props: {
  data: RadarPoint[];
  valueName: string;
  referenceName: string;
  title: string;
  description: string;
}) {
  const t = useTranslations("markets");
  return (
    <ChartBoundary
      fallback={
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("comparison.chartFailed")}
        </p>
      }
    >
      <RadarChart {...props} />
    </ChartBoundary>
  );
}
