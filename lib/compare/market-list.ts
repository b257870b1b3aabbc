// Reads a list of market codes from a URL (?m=RUS,IDN or ?m=RUS&m=IDN), as the workspace's links
// carry it. Pure: the pages pass the known codes; anything unusable is reported, never guessed.

export type MarketListQuery = string | string[] | undefined;

export type MarketListOptions = {
  /** ISO3 codes the data set knows. */
  known: ReadonlySet<string>;
  /** Used when the query names no usable market, or fewer than `min`. */
  defaults: readonly string[];
  min?: number;
  max?: number;
};

/** What could not be honoured, as data: pages word it in the reader's language. */
export type MarketListIssue =
  | { code: "unknown"; market: string }
  | { code: "tooMany"; max: number; leftOut: string[] }
  | { code: "tooFew"; min: number };

export type ParsedMarketList = {
  markets: string[];
  /** The issues in English (the markets page and older callers). */
  problems: string[];
  issues: MarketListIssue[];
  usedDefaults: boolean;
};

function englishIssue(issue: MarketListIssue): string {
  switch (issue.code) {
    case "unknown":
      return `"${issue.market}" is not a market in the data set; it was left out.`;
    case "tooMany":
      return `At most ${issue.max} markets can be compared; the first ${issue.max} were kept (${issue.leftOut.join(", ")} left out).`;
    case "tooFew":
      return `At least ${issue.min} markets are needed; the default selection is shown instead.`;
  }
}

export function parseMarketList(query: MarketListQuery, options: MarketListOptions): ParsedMarketList {
  const { known, defaults, min = 1, max = Number.POSITIVE_INFINITY } = options;
  const parts = (Array.isArray(query) ? query : query === undefined ? [] : [query])
    .flatMap((q) => q.split(","))
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  const issues: MarketListIssue[] = [];
  const markets: string[] = [];
  for (const code of parts) {
    if (!known.has(code)) issues.push({ code: "unknown", market: code });
    else if (!markets.includes(code)) markets.push(code);
  }
  if (markets.length > max) {
    issues.push({ code: "tooMany", max, leftOut: markets.slice(max) });
    markets.length = max;
  }
  if (parts.length > 0 && markets.length < min) issues.push({ code: "tooFew", min });
  const problems = issues.map(englishIssue);
  if (markets.length < min) {
    return {
      markets: defaults.filter((code) => known.has(code)).slice(0, max),
      problems,
      issues,
      usedDefaults: true,
    };
  }
  return { markets, problems, issues, usedDefaults: false };
}
