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

export type PathLink = { step: PathStep; label: string; href: string; done: boolean; note: string };

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
      label: "Markets and weights",
      href: `/${query(carried)}`,
      done: ranked,
      note: ranked ? "markets chosen" : "pick the markets to rank",
    },
    {
      step: 2,
      label: "Your firm",
      href: `/firm${query(carried)}`,
      done: progress.firmSet,
      note: progress.firmSet ? "profile set" : "not set yet",
    },
    {
      step: 3,
      label: "Entry modes and strategies",
      href: `/compare/entry-modes${query(withMarket)}`,
      done: false,
      note: market ? `for ${market}` : "for the top market",
    },
    {
      step: 4,
      label: "Save",
      href: `/${query(carried)}#save-scenario`,
      done: progress.scenarioId !== null,
      note: progress.scenarioId ? "saved as a scenario" : "save from the ranking",
    },
    {
      step: 5,
      label: "Report",
      href: progress.scenarioId ? `/scenarios/${progress.scenarioId}/report` : "/scenarios",
      done: false,
      note: progress.scenarioId ? "of this scenario" : "after saving",
    },
  ];
}
