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

export type ParsedMarketList = { markets: string[]; problems: string[]; usedDefaults: boolean };

export function parseMarketList(query: MarketListQuery, options: MarketListOptions): ParsedMarketList {
  const { known, defaults, min = 1, max = Number.POSITIVE_INFINITY } = options;
  const parts = (Array.isArray(query) ? query : query === undefined ? [] : [query])
    .flatMap((q) => q.split(","))
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  const problems: string[] = [];
  const markets: string[] = [];
  for (const code of parts) {
    if (!known.has(code)) problems.push(`"${code}" is not a market in the data set; it was left out.`);
    else if (!markets.includes(code)) markets.push(code);
  }
  if (markets.length > max) {
    problems.push(
      `At most ${max} markets can be compared; the first ${max} were kept (${markets.slice(max).join(", ")} left out).`,
    );
    markets.length = max;
  }
  if (parts.length > 0 && markets.length < min) {
    problems.push(`At least ${min} markets are needed; the default selection is shown instead.`);
  }
  if (markets.length < min) {
    return { markets: defaults.filter((code) => known.has(code)).slice(0, max), problems, usedDefaults: true };
  }
  return { markets, problems, usedDefaults: false };
}
