import type { Metadata } from "next";
import Link from "next/link";

import {
  DataChanges,
  DifferencesTable,
  EntryModesSideBySide,
  RankingMoves,
  WeightsSideBySide,
} from "@/components/scenarios/comparison-view";
import { methodLabel } from "@/components/scenarios/format";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { CompareResponse } from "@/lib/contracts/scenarios";
import { scenarioComparePageData } from "@/lib/server/scenarios";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare scenarios" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function CompareScenariosPage({ searchParams }: Props) {
  const search = await searchParams;
  const [a, b] = [one(search.a), one(search.b)];
  const { scenarios, result, problem } = await scenarioComparePageData(a, b);
  const select = "mt-1 block w-full max-w-xs rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
  return (
    <>
      <PageHeader
        title="Compare scenarios"
        lead="Weights, rankings, entry modes and strategies side by side, how each market moved, and which single difference in weights, method or data moves the ranking most when applied alone."
      />
      <form action="/scenarios/compare" method="get" className="mb-6 flex flex-wrap items-end gap-3">
        {(["a", "b"] as const).map((side) => (
          <div key={side}>
            <label htmlFor={`compare-${side}`} className="block text-sm font-medium">
              Scenario {side.toUpperCase()}
            </label>
            <select id={`compare-${side}`} name={side} defaultValue={side === "a" ? a : b} className={select} required>
              <option value="">Choose…</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button
          type="submit"
          className="border-brand-700 bg-brand-700 hover:bg-brand-900 rounded border px-3 py-1.5 text-sm font-medium text-white"
        >
          Compare
        </button>
      </form>
      {problem ? (
        <p role="alert" className="mb-6 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {problem}
        </p>
      ) : null}
      {scenarios.length < 2 && !result ? (
        <p className="text-sm text-slate-700">
          Save at least two scenarios to compare them (see{" "}
          <Link href="/scenarios" className="text-brand-700 underline">
            Scenarios
          </Link>
          ).
        </p>
      ) : null}
      {result ? <Comparison result={result} /> : null}
    </>
  );
}

function Comparison({ result }: { result: CompareResponse }) {
  const { a, b, comparison } = result;
  const link = "font-medium text-brand-700 underline-offset-2 hover:underline break-words";
  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">
        {[
          { side: "A", s: a, c: comparison.a },
          { side: "B", s: b, c: comparison.b },
        ].map(({ side, s, c }) => (
          <Card key={side} className="min-w-0">
            <h2 className="text-base font-semibold">
              {side}:{" "}
              <Link href={`/scenarios/${s.id}`} className={link}>
                {s.name}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              {methodLabel(s.method)} · {s.markets.length} markets · data set {c.datasetVersion} · top market{" "}
              {s.leader?.name ?? "none"}
            </p>
          </Card>
        ))}
      </div>
      <Card>
        <h2 className="text-lg font-semibold">What moved in the ranking, and why</h2>
        <p className="mt-2 text-sm text-slate-800">{comparison.summary}</p>
        <div className="mt-4">
          <DifferencesTable comparison={comparison} labelB="B" />
        </div>
      </Card>
      {/* One above the other: side by side, the ranking table's six columns were cut at 1400 px (issue 11 §9). */}
      <Card className="min-w-0">
        <h2 className="mb-3 text-lg font-semibold">Rankings</h2>
        <RankingMoves comparison={comparison} labelA="A" labelB="B" />
      </Card>
      {result.entryModes ? (
        <Card className="min-w-0">
          <h2 className="mb-3 text-lg font-semibold">Entry modes and strategies</h2>
          <EntryModesSideBySide comparison={result.entryModes} />
        </Card>
      ) : null}
      <Card className="min-w-0">
        <h2 className="mb-3 text-lg font-semibold">Weights</h2>
        <WeightsSideBySide comparison={comparison} labelA="A" labelB="B" />
      </Card>
      {comparison.dataChanges.length > 0 ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Values that differ</h2>
          <DataChanges comparison={comparison} labelA="A" labelB="B" />
        </Card>
      ) : null}
    </div>
  );
}
