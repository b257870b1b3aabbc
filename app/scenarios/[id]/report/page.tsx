import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { ReportDownloads } from "@/components/reports/report-downloads";
import { ReportView } from "@/components/reports/report-view";
import { ScenarioIdSchema } from "@/lib/contracts/scenarios";
import { ScenarioDeletedError, ScenarioNotFoundError } from "@/lib/server/errors";
import { reportModel } from "@/lib/server/reports";

import "./report-print.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page share one read of the scenario.
const load = cache(async (id: string) => {
  if (!ScenarioIdSchema.safeParse(id).success) notFound();
  try {
    return await reportModel(id.toLowerCase());
  } catch (error) {
    if (error instanceof ScenarioNotFoundError || error instanceof ScenarioDeletedError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const model = await load(id);
  return { title: `Report: ${model.title}` };
}

export default async function ReportPage({ params }: Props) {
  const { id } = await params;
  const model = await load(id);
  const link = "font-medium text-brand-700 underline-offset-2 hover:underline";
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="report-breadcrumb text-sm print:hidden">
        <ol className="flex flex-wrap items-center gap-1 text-slate-700">
          <li>
            <Link href="/scenarios" className={link}>
              Scenarios
            </Link>
            <span aria-hidden> / </span>
          </li>
          <li className="flex min-w-0 items-center gap-1">
            <Link href={`/scenarios/${model.scenario.id}`} className={`${link} inline-block max-w-xs truncate`}>
              {model.title}
            </Link>
            <span aria-hidden> / </span>
          </li>
          <li aria-current="page">Report</li>
        </ol>
      </nav>
      <ReportDownloads id={model.scenario.id} />
      <ReportView model={model} />
    </div>
  );
}
