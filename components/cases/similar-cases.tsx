import Link from "next/link";

import { SIMILAR_CASES_HEADING } from "@/lib/cases/similar";
import type { SimilarCase } from "@/lib/contracts/case-library";
import { formatNumber } from "@/lib/format";

import { OutcomeBadge } from "./outcome-badge";

// "Firms like yours in markets like this": the documented entries nearest to the firm and market
// in factor space (docs/decisions/015-similar-cases.md): who, where, when, what they chose, how it
// went, with a link to each case's ratings and sources.

export function SimilarCases({
  cases,
  modeNames,
  marketNames,
}: {
  cases: SimilarCase[];
  modeNames: Record<string, string>;
  marketNames: Record<string, string>;
}) {
  const market = (iso3: string) => marketNames[iso3] ?? iso3;
  const compared = cases[0]?.compared ?? 0;
  return (
    <section
      aria-labelledby="similar-cases-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id="similar-cases-heading" className="text-lg font-semibold text-slate-900">
        {SIMILAR_CASES_HEADING}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        The documented entries nearest to your firm and this market on the model&apos;s factors
        {compared > 0 ? ` (${compared} known here)` : ""}. Distance is the typical gap per factor on the 1-5 scale; a
        factor an entry&apos;s sources do not rate counts as the gap the library usually shows, never as a match.
      </p>
      {cases.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">
          No documented entry shares enough rated factors with this firm and market to compare.
        </p>
      ) : (
        <ol className="mt-3 space-y-3" data-testid="similar-cases">
          {cases.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 p-3 text-sm">
              <p className="font-medium text-slate-900">
                <Link
                  href={`/cases/${c.id}`}
                  className="text-brand-700 decoration-brand-600/40 hover:decoration-brand-700 underline underline-offset-2"
                >
                  {c.firm}
                </Link>{" "}
                <span className="font-normal text-slate-700">
                  (from {market(c.home)}) in {market(c.host)}, {c.year}
                </span>
              </p>
              <p className="mt-1 text-slate-800">
                Chose <strong>{(modeNames[c.mode] ?? c.mode).toLowerCase()}</strong>.{" "}
                <OutcomeBadge outcome={c.outcome} year={c.outcomeYear} />
              </p>
              {c.outcomeNote ? <p className="mt-1 text-slate-700">{c.outcomeNote}</p> : null}
              <p className="mt-1 text-xs text-slate-600">
                Distance {formatNumber(c.distance, 2)}; rated on {c.shared} of the {c.compared} factors compared.
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
