// The columns of an import file (long format: one row per value). The validator, the page, the
// template and docs/import-format.md all follow this list.

export type ImportColumn = {
  name: string;
  part: "value" | "new_indicator" | "new_market";
  required: boolean;
  description: string;
};

export const IMPORT_COLUMNS = [
  {
    name: "market",
    part: "value",
    required: true,
    description:
      "ISO 3166-1 alpha-3 code of the market, e.g. VNM. A market Outbound knows, or a new one defined by market_name and region.",
  },
  {
    name: "indicator",
    part: "value",
    required: true,
    description:
      "Key of the indicator, e.g. internet_users_pct (the keys are listed on the Your data page), or a new key (lower case, digits, underscore) defined by indicator_name, unit, direction and criteria_group.",
  },
  {
    name: "year",
    part: "value",
    required: true,
    description: "The year the value refers to, a whole number such as 2024.",
  },
  {
    name: "value",
    part: "value",
    required: true,
    description:
      "A number in the indicator's unit, with a dot for decimals and no thousands separator: 1234.5, -3, 1.2e6.",
  },
  {
    name: "source",
    part: "value",
    required: true,
    description:
      'Where the value comes from, e.g. "Finance, FY2024 sales ledger" or "Strategy team assessment, Nov 2026".',
  },
  {
    name: "note",
    part: "value",
    required: false,
    description: "Anything a reader should know about this value (optional).",
  },
  {
    name: "indicator_name",
    part: "new_indicator",
    required: false,
    description: 'Name of a new indicator, e.g. "Our net sales".',
  },
  {
    name: "unit",
    part: "new_indicator",
    required: false,
    description: 'Unit of a new indicator, e.g. "EUR million" or "1 (low) to 5 (high)".',
  },
  {
    name: "direction",
    part: "new_indicator",
    required: false,
    description:
      "benefit (more is better for the expanding firm) or cost (less is better, e.g. competitive intensity).",
  },
  {
    name: "criteria_group",
    part: "new_indicator",
    required: false,
    description:
      "The criteria group it belongs to: attractiveness, host_policy, governance, infrastructure, proximity or competition (host_regulation, its name before data set 2026.12.1, is read as governance).",
  },
  {
    name: "definition",
    part: "new_indicator",
    required: false,
    description: "What the new indicator measures and how (optional).",
  },
  { name: "market_name", part: "new_market", required: false, description: 'Name of a new market, e.g. "Chile".' },
  { name: "region", part: "new_market", required: false, description: 'Region of a new market, e.g. "Americas".' },
  {
    name: "subregion",
    part: "new_market",
    required: false,
    description: 'Sub-region of a new market, e.g. "South America" (optional).',
  },
] as const satisfies readonly ImportColumn[];

export type ImportColumnName = (typeof IMPORT_COLUMNS)[number]["name"];

export const COLUMN_NAMES: readonly ImportColumnName[] = IMPORT_COLUMNS.map((c) => c.name);
export const REQUIRED_COLUMNS: readonly ImportColumnName[] = IMPORT_COLUMNS.filter((c) => c.required).map(
  (c) => c.name,
);
export const NEW_INDICATOR_COLUMNS = ["indicator_name", "unit", "direction", "criteria_group", "definition"] as const;
export const NEW_MARKET_COLUMNS = ["market_name", "region", "subregion"] as const;
