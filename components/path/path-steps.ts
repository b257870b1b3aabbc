// The five steps from question to report (issue 11 §7), and the links between them: each step's
// link carries the current link's state forward (markets, weights, home, market ratings, the
// scenario it was opened from), so no step loses what an earlier one set. Pure.

export type PathStep = 1 | 2 | 3 | 4 | 5;

export type PathProgress = {
  /** A firm profile is kept in this browser. */
  firmSet: boolean;
  /** The scenario this link was opened from or saved to (`scenario=` in the link), if any. */
  scenarioId: string | null;
};

/** The words of a step's note, as a key the strip words in the reader's language. */
export type PathNote =
  | "marketsChosen"
  | "pickMarkets"
  | "profileSet"
  | "notSet"
  | "forMarket"
  | "forTopMarket"
  | "saved"
  | "saveFromRanking"
  | "ofScenario"
  | "afterSaving";

export type PathLink = {
  step: PathStep;
  href: string;
  done: boolean;
  note: PathNote;
  /** The market the entry-mode step is for (its note names it). */
  market?: string;
};

/** Parameters that belong to one page's view only, not to the analysis carried between steps. */
const VIEW_ONLY = ["why", "replay", "year", "samples", "seed", "concentration"];

export function pathLinks(search: string, progress: PathProgress, leader: string | null = null): PathLink[] {
  const carried = new URLSearchParams(search);
  for (const name of VIEW_ONLY) carried.delete(name);
  // The entry-mode step assesses the market the ranking puts first (carried through the firm step
  // too), or the market an entry-mode page was showing.
  const market = leader ?? carried.get("market") ?? carried.get("m")?.split(",")[0] ?? null;
  if (market) carried.set("market", market);
  const withMarket = carried;
  const query = (params: URLSearchParams) => (params.size > 0 ? `?${params.toString()}` : "");
  const ranked = carried.has("m");
  return [
    {
      step: 1,
      href: `/${query(carried)}`,
      done: ranked,
      note: ranked ? "marketsChosen" : "pickMarkets",
    },
    {
      step: 2,
      href: `/firm${query(carried)}`,
      done: progress.firmSet,
      note: progress.firmSet ? "profileSet" : "notSet",
    },
    {
      step: 3,
      href: `/compare/entry-modes${query(withMarket)}`,
      done: false,
      ...(market ? { note: "forMarket" as const, market } : { note: "forTopMarket" as const }),
    },
    {
      step: 4,
      href: `/${query(carried)}#save-scenario`,
      done: progress.scenarioId !== null,
      note: progress.scenarioId ? "saved" : "saveFromRanking",
    },
    {
      step: 5,
      href: progress.scenarioId ? `/scenarios/${progress.scenarioId}/report` : "/scenarios",
      done: false,
      note: progress.scenarioId ? "ofScenario" : "afterSaving",
    },
  ];
}
