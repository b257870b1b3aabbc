import type { Metadata } from "next";
import Link from "next/link";

import { ScenarioList } from "@/components/scenarios/scenario-list";
import { PageHeader } from "@/components/ui/page-header";
import { scenariosPageData } from "@/lib/server/scenarios";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage() {
  const { active, deleted } = await scenariosPageData();
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
