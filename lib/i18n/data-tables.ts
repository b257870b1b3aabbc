// The data whose words are translated (issue 12 §3): for each table, the file its English comes
// from, how a row is named and which of its texts a reader sees. Pure: read by the data-text
// lookup (lib/i18n/data-text.ts), its completeness test and the helper that lists what is left
// to translate (scripts/i18n/data-texts.ts). Codes are not here (a criteria group's measurement,
// a context item's topic, a sanctions programme's scope): their labels are message keys of the
// pages that show them. Titles of laws, programmes and agreements, source citations, publishers
// and platform names stay as published.

export type DataTableSpec = {
  /** The file under data/ that holds the English. */
  file: string;
  /** The row's name: a column, or several joined with ":". */
  id: readonly string[];
  /** Texts a reader sees; a dotted path with "*" walks every key of an object (JSON files). */
  fields: readonly string[];
};

export const DATA_TABLES = {
  indicators: { file: "indicators.csv", id: ["key"], fields: ["name", "definition", "unit"] },
  "criteria-groups": { file: "criteria-groups.csv", id: ["key"], fields: ["name", "description"] },
  evidence: { file: "evidence.csv", id: ["id"], fields: ["statement", "year_note"] },
  "driver-groups": { file: "framework/driver-groups.csv", id: ["key"], fields: ["name", "description"] },
  drivers: { file: "framework/drivers.csv", id: ["key"], fields: ["name", "description"] },
  "entry-modes": { file: "framework/entry-modes.csv", id: ["key"], fields: ["name", "description"] },
  strategies: { file: "framework/strategies.csv", id: ["key"], fields: ["name", "description"] },
  factors: {
    file: "framework/factors.csv",
    id: ["key"],
    fields: ["name", "description", "low_label", "high_label"],
  },
  effects: { file: "framework/effects.csv", id: ["id"], fields: ["rationale"] },
  "market-factor-anchors": {
    file: "framework/market-factor-anchors.csv",
    id: ["factor", "indicator"],
    fields: ["rationale"],
  },
  "framework-evidence": { file: "framework/framework-evidence.csv", id: ["id"], fields: ["statement", "year_note"] },
  "ecommerce-size": { file: "evidence/ecommerce-size.csv", id: ["id"], fields: ["note"] },
  incumbents: { file: "evidence/incumbents.csv", id: ["id"], fields: ["note"] },
  "foreign-seller-rules": { file: "evidence/foreign-seller-rules.csv", id: ["id"], fields: ["statement"] },
  "market-context": { file: "evidence/market-context.csv", id: ["id"], fields: ["statement"] },
  "entry-cases": {
    file: "framework/entry-cases.json",
    id: ["id"],
    fields: ["modeNote", "outcomeNote", "ratingNote", "firmFactors.*.why", "marketFactors.*.why"],
  },
  "case-replays": {
    file: "framework/case-replays.json",
    id: ["key"],
    fields: ["name", "indicatorYearNote", "assessments.*.reason", "expectedStrategiesNote", "thesisConclusion"],
  },
  "firm-presets": { file: "framework/firm-presets.json", id: ["key"], fields: ["name", "justification.*"] },
  "weight-presets": { file: "framework/weight-presets.json#presets", id: ["key"], fields: ["name", "summary"] },
} as const satisfies Record<string, DataTableSpec>;

export type DataTable = keyof typeof DATA_TABLES;

/** Translations of one table in one locale: row name → field path → text. */
export type DataTranslations = Record<string, Record<string, string>>;
