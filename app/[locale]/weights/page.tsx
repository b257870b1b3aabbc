import type { Metadata } from "next";
import Link from "next/link";

import { AhpPanel, type ComparisonSet } from "@/components/workspace/ahp-panel";
import { PageHeader } from "@/components/ui/page-header";
import { scoringData } from "@/lib/server/workspace";
import { MAX_AHP_CRITERIA } from "@/lib/scoring";
import { decodeWorkspaceState } from "@/lib/workspace/url-state";
import { workspaceHref, type SearchRecord } from "@/lib/workspace/view-params";
import { comparisonSets } from "@/lib/workspace/comparison-sets";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "AHP weighting" };

type Props = { searchParams: Promise<SearchRecord> };

/** Weights from pairwise comparisons (AHP), for the criteria groups or one group's indicators. */
export default async function WeightsPage({ searchParams }: Props) {
  const search = await searchParams;
  const { state, problems } = decodeWorkspaceState(search);
  const data = await scoringData();
  const sets: ComparisonSet[] = comparisonSets(data, state).filter(
    (s) => s.items.length >= 2 && s.items.length <= MAX_AHP_CRITERIA,
  );
  const requested = typeof search.compare === "string" ? search.compare : "groups";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={workspaceHref("/", state)} className="text-brand-700 hover:underline">
          ← Back to the ranking
        </Link>
      </p>
      <PageHeader
        title="Weigh the criteria by pairwise comparison"
        lead="The analytic hierarchy process (AHP): instead of setting weights directly, say for pairs of criteria which matters more and by how much. It starts from the weights in use, and one comparison fewer than there are criteria is enough; each comparison you add refines the weights and lets Outbound check that your judgements are consistent."
      />
      {problems.length > 0 ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          Parts of the link could not be used: {problems.join(" ")}
        </p>
      ) : null}
      {sets.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-700">
          Nothing to compare: fewer than two criteria groups have data for the selected markets.{" "}
          <Link href={workspaceHref("/", state)} className="text-brand-700 underline">
            Pick more markets
          </Link>
          .
        </p>
      ) : (
        <AhpPanel sets={sets} state={state} initialSet={requested} />
      )}
    </>
  );
}
