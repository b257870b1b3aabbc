import type { Metadata } from "next";
import Link from "next/link";

import { ScenarioList } from "@/components/scenarios/scenario-list";
import { PageHeader } from "@/components/ui/page-header";
import { scenariosPageData } from "@/lib/server/scenarios";
import { firstParam } from "@/lib/workspace/view-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Scenarios" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ScenariosPage({ searchParams }: Props) {
  const { active, deleted, fromStart } = await scenariosPageData(firstParam((await searchParams).cursor));
  return (
    <>
      <PageHeader
        title="Scenarios"
        lead={
          <>
            Saved analyses: the markets, weights, method, firm profile and, frozen when saved, the results and the
            data-set version they were computed on. Save one from the{" "}
            <Link href="/" className="text-brand-700 underline">
              ranking workspace
            </Link>
            ; open it later with the same numbers, compare two, or take one to the board as a report.
          </>
        }
      />
      <ScenarioList
        active={active.scenarios}
        deleted={deleted.scenarios}
        deletedTotal={deleted.total}
        retentionDays={active.retentionDays}
        total={active.total}
        nextCursor={active.nextCursor}
        fromStart={fromStart}
      />
    </>
  );
}
