import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CaseDetail } from "@/components/cases/case-detail";
import { PageHeader } from "@/components/ui/page-header";
import { caseNames, documentedEntry } from "@/lib/server/cases";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const entry = documentedEntry((await params).id);
  return { title: entry ? `${entry.firm}, ${entry.host} ${entry.year}` : "Documented entry not found" };
}

export default async function CasePage({ params }: Params) {
  const entry = documentedEntry((await params).id);
  if (!entry) notFound();
  const names = await caseNames();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/cases" className="text-brand-700 font-medium underline underline-offset-2">
          All documented entries
        </Link>
      </p>
      <PageHeader
        title={`${entry.firm} in ${names.markets[entry.host] ?? entry.host}, ${entry.year}`}
        lead="A documented market entry of the case library: the mode chosen, how it went, and the firm's and market's factor ratings, each with its justification and source."
      />
      <CaseDetail entry={entry} names={names} />
    </>
  );
}
