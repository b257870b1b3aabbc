import { Provenance } from "@/components/data/provenance";
import type { Framework } from "@/lib/contracts/api";
import { citeInline } from "@/lib/data/sources";

type Evidence = Framework["strategies"][number]["evidence"];

const caseLabels = { russia: "Russia", southeast_asia: "Southeast Asia", general: "General" } as const;

/** The thesis's Alibaba examples for one driver, strategy or entry mode, each dated and sourced. */
export function EvidenceNotes({ evidence }: { evidence: Evidence }) {
  if (evidence.length === 0) {
    return <p className="mt-2 text-xs text-slate-600">The source documents give no Alibaba example for this one.</p>;
  }
  return (
    <ul className="mt-2 space-y-1.5">
      {evidence.map((e) => (
        <li key={e.id} className="text-sm text-slate-800">
          <span className="mr-1 inline-block rounded bg-slate-100 px-1 text-xs font-medium text-slate-700">
            {caseLabels[e.case]} {e.year}
          </span>
          {e.statement}
          <span className="block text-xs text-slate-600">
            {e.yearNote ? `${citeInline(e.yearNote)} · ` : ""}Source: {e.citation ?? e.source}
          </span>
          <Provenance text={`${e.source}; ${e.locator}`} />
        </li>
      ))}
    </ul>
  );
}
