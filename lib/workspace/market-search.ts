// Search and filters over the markets of the data set (about 200 economies), shared by the
// workspace's picker, the compare pages' choosers and the markets list. Pure and free of zod, React
// and Next: it runs in the browser on every key press and on the server for the markets list.

/** What a market needs to be found: the fields of MarketSummary and of the workspace's data. */
export interface SearchableMarket {
  iso3: string;
  name: string;
  region: string;
  subregion: string;
  incomeGroup: string | null;
  role: string;
}

export interface MarketFilter {
  /** Free text: part of the name (accents and case ignored) or the ISO3 code. */
  query: string;
  /** A region ("Asia") or a sub-region written `region/subregion` ("Asia/South-eastern Asia"); "" for any. */
  area: string;
  /** A World Bank income group, NO_INCOME_GROUP for economies it does not classify, "" for any. */
  incomeGroup: string;
}

export const EMPTY_FILTER: MarketFilter = { query: "", area: "", incomeGroup: "" };

/** Filter value for economies without a World Bank income group (e.g. territories it does not list). */
export const NO_INCOME_GROUP = "none";

/**
 * The World Bank's four income groups, poorest first (the order of its classification tables,
 * FY2025: https://datahelpdesk.worldbank.org/knowledgebase/articles/906519). Groups named
 * otherwise in a data set follow them alphabetically, never dropped.
 */
export const INCOME_GROUP_ORDER = ["Low income", "Lower middle income", "Upper middle income", "High income"] as const;

/**
 * Lower case without diacritics, so "cote" finds "Côte d'Ivoire" and "turkiye" finds "Türkiye":
 * Unicode canonical decomposition (NFD) splits a letter from its accents, which are then dropped.
 * Typographic apostrophes become plain ones and runs of spaces one space.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** How well a market matches a folded query: 0 = no match; higher ranks first. */
function matchScore(market: SearchableMarket, folded: string): number {
  if (folded === "") return 1;
  const code = market.iso3.toLowerCase();
  if (code === folded) return 4;
  const name = foldText(market.name);
  if (name.startsWith(folded)) return 3;
  // A word of the name starting with the query ("korea" in "Republic of Korea").
  if (name.split(/[\s,()'-]+/).some((word) => word.startsWith(folded))) return 2;
  if (name.includes(folded)) return 1.5;
  if (folded.length <= 3 && code.startsWith(folded)) return 1.2;
  return 0;
}

function inArea(market: SearchableMarket, area: string): boolean {
  if (area === "") return true;
  const slash = area.indexOf("/");
  if (slash < 0) return market.region === area;
  return market.region === area.slice(0, slash) && market.subregion === area.slice(slash + 1);
}

function inIncomeGroup(market: SearchableMarket, incomeGroup: string): boolean {
  if (incomeGroup === "") return true;
  if (incomeGroup === NO_INCOME_GROUP) return market.incomeGroup === null;
  return market.incomeGroup === incomeGroup;
}

/**
 * The markets that pass the filter. Without a query they keep the order given; with one, the
 * best matches come first (the exact code, then names that start with it, then names with a word
 * that starts with it, then names containing it), ties in the order given.
 */
export function filterMarkets<M extends SearchableMarket>(markets: readonly M[], filter: MarketFilter): M[] {
  const folded = foldText(filter.query);
  const scored: { market: M; score: number; at: number }[] = [];
  markets.forEach((market, at) => {
    if (!inArea(market, filter.area) || !inIncomeGroup(market, filter.incomeGroup)) return;
    const score = matchScore(market, folded);
    if (score > 0) scored.push({ market, score, at });
  });
  if (folded !== "") scored.sort((a, b) => b.score - a.score || a.at - b.at);
  return scored.map((s) => s.market);
}

export interface AreaOption {
  region: string;
  count: number;
  subregions: { subregion: string; count: number }[];
}

/** Regions and their sub-regions present in the markets, alphabetically, with how many markets each has. */
export function areaOptions(markets: readonly SearchableMarket[]): AreaOption[] {
  const regions = new Map<string, Map<string, number>>();
  for (const m of markets) {
    const subs = regions.get(m.region) ?? new Map<string, number>();
    subs.set(m.subregion, (subs.get(m.subregion) ?? 0) + 1);
    regions.set(m.region, subs);
  }
  return [...regions.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, subs]) => ({
      region,
      count: [...subs.values()].reduce((s, n) => s + n, 0),
      subregions: [...subs.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([subregion, count]) => ({ subregion, count })),
    }));
}

export interface IncomeGroupOption {
  value: string;
  label: string;
  count: number;
}

/** Income groups present in the markets, poorest first, then "Not classified" where some have none. */
export function incomeGroupOptions(markets: readonly SearchableMarket[]): IncomeGroupOption[] {
  const counts = new Map<string, number>();
  let unclassified = 0;
  for (const m of markets) {
    if (m.incomeGroup === null) unclassified++;
    else counts.set(m.incomeGroup, (counts.get(m.incomeGroup) ?? 0) + 1);
  }
  const known: readonly string[] = INCOME_GROUP_ORDER;
  const order = (g: string) => (known.includes(g) ? known.indexOf(g) : known.length);
  const options = [...counts.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([value, count]) => ({ value, label: value, count }));
  if (unclassified > 0) options.push({ value: NO_INCOME_GROUP, label: "Not classified", count: unclassified });
  return options;
}

/** Reads a filter from URL query parameters (`q`, `area`, `income`), keeping only values the options offer. */
export function readMarketFilter(
  params: { q?: string | string[]; area?: string | string[]; income?: string | string[] },
  markets: readonly SearchableMarket[],
): { filter: MarketFilter; problems: string[] } {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const problems: string[] = [];
  const query = first(params.q).slice(0, 100);
  let area = first(params.area).trim();
  let incomeGroup = first(params.income).trim();
  const areas = areaOptions(markets);
  const areaKnown =
    area === "" ||
    areas.some((a) => a.region === area || a.subregions.some((s) => `${a.region}/${s.subregion}` === area));
  if (!areaKnown) {
    problems.push(`Region "${area}" is not in the data set; showing every region.`);
    area = "";
  }
  if (incomeGroup !== "" && !incomeGroupOptions(markets).some((o) => o.value === incomeGroup)) {
    problems.push(`Income group "${incomeGroup}" is not in the data set; showing every income group.`);
    incomeGroup = "";
  }
  return { filter: { query, area, incomeGroup }, problems };
}

export const MARKET_SORTS = ["name", "coverage", "latest"] as const;
export type MarketSort = (typeof MARKET_SORTS)[number];

/** A row of the markets list: a market with how many indicators it has data for and its newest year. */
export interface CoverageRow extends SearchableMarket {
  indicatorsWithData: number;
  latestYear: number | null;
}

/**
 * Sorts the markets list: by name (A to Z, accents ignored), by coverage (most indicators with
 * data first) or by latest year (newest first; markets without any year last). Ties by name.
 */
export function sortMarketRows<R extends CoverageRow>(rows: readonly R[], sort: MarketSort): R[] {
  const byName = (a: R, b: R) => foldText(a.name).localeCompare(foldText(b.name));
  const sorted = [...rows];
  if (sort === "name") return sorted.sort(byName);
  if (sort === "coverage") return sorted.sort((a, b) => b.indicatorsWithData - a.indicatorsWithData || byName(a, b));
  return sorted.sort((a, b) => (b.latestYear ?? -Infinity) - (a.latestYear ?? -Infinity) || byName(a, b));
}

export function readMarketSort(value: string | string[] | undefined): MarketSort {
  const v = Array.isArray(value) ? value[0] : value;
  return (MARKET_SORTS as readonly string[]).includes(v ?? "") ? (v as MarketSort) : "name";
}
