import type { ImportContext, KnownIndicator, KnownMarket } from "@/lib/imports/validate";

// A small database as the validator sees it: three markets, two indicators, the five groups.

export const NOW = new Date("2026-11-26T12:00:00Z");

const market = (iso3: string, name: string): KnownMarket => ({
  iso3,
  name,
  region: "Asia",
  subregion: "South-eastern Asia",
});
const internet: KnownIndicator = {
  key: "internet_users_pct",
  name: "Internet users",
  unit: "% of population",
  direction: "benefit",
  criteriaGroup: "attractiveness",
  plausibleMin: 0,
  plausibleMax: 100,
  decimals: 1,
};
const growth: KnownIndicator = {
  ...internet,
  key: "gdp_growth_pct",
  name: "GDP growth",
  unit: "% per year",
  plausibleMin: -30,
  plausibleMax: 30,
};

export function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    now: NOW,
    markets: new Map(
      [market("VNM", "Vietnam"), market("IDN", "Indonesia"), market("THA", "Thailand")].map((m) => [m.iso3, m]),
    ),
    indicators: new Map([internet, growth].map((i) => [i.key, i])),
    criteriaGroups: new Map(
      ["attractiveness", "host_regulation", "infrastructure", "proximity", "competition"].map((key) => [
        key,
        { key, name: key, newIndicatorWeight: key === "competition" ? 1 : 0.14 },
      ]),
    ),
    storedUserValues: new Map(),
    ...overrides,
  };
}
