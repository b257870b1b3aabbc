import type { Metadata } from "next";

import { FitPage } from "@/components/compare/fit-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare business strategies" };

export default function StrategiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <FitPage kind="strategy" searchParams={searchParams} />;
}
