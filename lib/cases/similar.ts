import type { SimilarCase } from "@/lib/contracts/case-library";
import type { EntryCase } from "@/lib/contracts/cases";
import type { EntryModeResponse } from "@/lib/contracts/fit";
import { similarEntries, type FactorQuery, type SimilarCaseMatch } from "@/lib/scoring/fit/similar-cases";

// The case library as the similarity reads it, and the query a fit answer makes: shared by the
// API (lib/server), the entry-mode page (in the browser) and the report. Pure.

/** The heading of the similar cases wherever they are shown (issue 10 §5.4 names it). */
export const SIMILAR_CASES_HEADING = "Firms like yours in markets like this";

/** A documented entry reduced to what the similar-cases list shows and compares. */
export type LibraryCase = Omit<SimilarCase, "distance" | "shared" | "compared"> & {
  factors: Record<string, number>;
};

export function libraryCase(entry: EntryCase): LibraryCase {
  const factors: Record<string, number> = {};
  for (const [key, r] of Object.entries({ ...entry.firmFactors, ...entry.marketFactors })) factors[key] = r.rating;
  return {
    id: entry.id,
    firm: entry.firm,
    home: entry.home,
    host: entry.host,
    year: entry.year,
    mode: entry.mode,
    outcome: entry.outcome,
    outcomeYear: entry.outcomeYear ?? null,
    outcomeNote: entry.outcomeNote,
    factors,
  };
}

/**
 * What a fit answer knows: every firm factor, and the market factors measured or assessed. A
 * market factor the model filled with the neutral 3 for want of data is unknown, not a 3.
 */
export function similarityQuery(response: Pick<EntryModeResponse, "firm" | "marketProfile">): FactorQuery {
  const market = Object.entries(response.marketProfile.factors).flatMap(([key, f]) =>
    f.basis === "neutral_default" ? [] : [[key, f.value] as const],
  );
  return { ...response.firm, ...Object.fromEntries(market) };
}

function toSimilarCase({ case: c, distance, shared, compared }: SimilarCaseMatch<LibraryCase>): SimilarCase {
  return {
    id: c.id,
    firm: c.firm,
    home: c.home,
    host: c.host,
    year: c.year,
    mode: c.mode,
    outcome: c.outcome,
    outcomeYear: c.outcomeYear,
    outcomeNote: c.outcomeNote,
    distance: Math.round(distance * 1000) / 1000,
    shared,
    compared,
  };
}

/** The three documented entries nearest to the firm and market of a fit answer. */
export function similarCasesFor(
  response: Pick<EntryModeResponse, "firm" | "marketProfile">,
  library: readonly LibraryCase[],
): SimilarCase[] {
  return similarEntries(similarityQuery(response), library).map(toSimilarCase);
}
