import type { Metadata } from "next";

import { EvidenceNotes } from "@/components/framework/evidence-notes";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { getPrisma } from "@/lib/db/client";
import { readFramework } from "@/lib/db/framework";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Framework" };

const levels = ["", "very low", "low", "medium", "high", "very high"];

export default async function FrameworkPage() {
  const framework = await readFramework(await getPrisma());
  return (
    <>
      <PageHeader
        title="The framework"
        lead="Drivers of internationalization shape the choice of business strategy and entry mode, which shape international performance (after Gerschewski et al. 2014, as adapted in the thesis on Alibaba in Russia and Southeast Asia). Each part shows the theory it rests on and what the Alibaba cases show."
      />
      <nav aria-label="On this page" className="mb-6 flex flex-wrap gap-2 text-sm">
        {[
          ["#drivers", "Drivers"],
          ["#criteria", "Market criteria"],
          ["#strategies", "Business strategies"],
          ["#entry-modes", "Entry modes"],
        ].map(([href, label]) => (
          <a key={href} href={href} className="rounded border border-slate-300 bg-white px-2 py-1 text-brand-700 hover:bg-brand-50">
            {label}
          </a>
        ))}
      </nav>

      <h2 id="drivers" className="mb-3 text-xl font-semibold">Drivers of internationalization</h2>
      <div className="mb-10 grid gap-4">
        {framework.driverGroups.map((group) => (
          <Card key={group.key}>
            <h3 className="text-lg font-semibold">{group.name}</h3>
            <p className="mt-1 text-sm text-slate-700">{group.description}</p>
            <ol className="mt-4 space-y-5">
              {group.drivers.map((driver) => (
                <li key={driver.key} id={`driver-${driver.key}`} className="scroll-mt-4">
                  <h4 className="font-medium text-slate-900">
                    {driver.number}. {driver.name}{" "}
                    {driver.ranksMarkets ? <Badge tone="brand">ranks markets</Badge> : <Badge>same for every market</Badge>}
                  </h4>
                  <p className="mt-1 text-sm text-slate-700">{driver.description}</p>
                  <p className="mt-1 text-xs text-slate-600">Theory: {driver.theory}</p>
                  <EvidenceNotes evidence={driver.evidence} />
                </li>
              ))}
            </ol>
          </Card>
        ))}
      </div>

      <h2 id="criteria" className="mb-3 text-xl font-semibold">Market criteria groups</h2>
      <div className="mb-10 grid gap-4 md:grid-cols-2">
        {framework.criteriaGroups.map((group) => (
          <Card key={group.key}>
            <h3 id={`criteria-${group.key}`} className="text-lg font-semibold">
              {group.name}
            </h3>
            <p className="mt-1 text-sm text-slate-700">{group.description}</p>
            {group.measurement === "user_assessment" ? (
              <p className="mt-2 text-sm text-amber-900">Filled by the user&apos;s own assessment: no public data set measures it for every market.</p>
            ) : (
              <ul className="mt-2 list-inside list-disc text-sm text-slate-700">
                {group.indicators.map((i) => (
                  <li key={i.key}>
                    {i.name} <span className="text-xs text-slate-600">({i.unit}; {i.direction}; {i.publisher})</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>

      <h2 id="strategies" className="mb-3 text-xl font-semibold">Business strategies</h2>
      <div className="mb-10 grid gap-4 md:grid-cols-2">
        {framework.strategies.map((strategy) => (
          <Card key={strategy.key}>
            <h3 id={`strategy-${strategy.key}`} className="text-lg font-semibold">{strategy.name}</h3>
            <p className="mt-1 text-sm text-slate-700">{strategy.description}</p>
            <p className="mt-1 text-xs text-slate-600">Theory: {strategy.theory}</p>
            <EvidenceNotes evidence={strategy.evidence} />
          </Card>
        ))}
      </div>

      <h2 id="entry-modes" className="mb-3 text-xl font-semibold">Entry modes</h2>
      <div className="grid gap-4 md:grid-cols-2">
        {framework.entryModes.map((mode) => (
          <Card key={mode.key}>
            <h3 id={`mode-${mode.key}`} className="text-lg font-semibold">{mode.name}</h3>
            <p className="mt-1 text-xs text-slate-600">
              Control: {levels[mode.control]} · Resource commitment: {levels[mode.commitment]}
            </p>
            <p className="mt-2 text-sm text-slate-700">{mode.description}</p>
            <p className="mt-1 text-xs text-slate-600">Theory: {mode.theory}</p>
            <EvidenceNotes evidence={mode.evidence} />
          </Card>
        ))}
      </div>
    </>
  );
}
