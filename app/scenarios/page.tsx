import type { Metadata } from "next";
import Link from "next/link";

import { ScenarioList } from "@/components/scenarios/scenario-list";
import { PageHeader } from "@/components/ui/page-header";
import { getPrisma } from "@/lib/db/client";
import { listScenarios } from "@/lib/db/scenarios";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage() {
  const prisma = await getPrisma();
  const active = await listScenarios(prisma);
  const deleted = await listScenarios(prisma, { deleted: true });
  return (
    <>
      <PageHeader
        title="Scenarios"
        lead={
          <>
            Saved analyses: the markets, weights, method, firm profile and, frozen when saved, the results and the data-set
            version they were computed on. Save one from the{" "}
            <Link href="/" className="text-brand-700 underline">
              ranking workspace
            </Link>
            ; open it later with the same numbers, compare two, or take one to the board as a report.
          </>
        }
      />
      <ScenarioList active={active.scenarios} deleted={deleted.scenarios} retentionDays={active.retentionDays} />
    </>
  );
}
