import type { Metadata } from "next";

import { FitPage } from "@/components/compare/fit-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare entry modes" };

export default function EntryModesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <FitPage kind="entry_mode" searchParams={searchParams} />;
}
