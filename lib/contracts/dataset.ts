import { z } from "zod";

// The shape of the shipped data set (data/*.csv, data/framework/*): one zod schema per file row.
// The seed parses every row with these and refuses the whole data set on the first bad cell.

const text = z.string().trim().min(1, "is empty");
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value));
const number = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, "is not a number")
  .transform(Number);
const optionalNumber = z
  .string()
  .trim()
  .regex(/^(-?\d+(\.\d+)?([eE][-+]?\d+)?)?$/, "is not a number")
  .transform((value) => (value === "" ? null : Number(value)));
const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, "is not a whole number")
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
const boolean = z.enum(["true", "false"]).transform((value) => value === "true");
const key = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, "is not a key (letters, digits, underscore)");
const iso3 = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, "is not an ISO 3166 alpha-3 code");

export const MarketRoles = [
  "target_russia",
  "target_sea",
  "emerging_other",
  "home_reference",
  "reference",
  "other",
] as const;

export const MarketRow = z.object({
  iso3,
  name: text,
  region: text,
  subregion: text,
  /** World Bank income group; blank where the World Bank classifies none (absent in older files). */
  income_group: optionalText.optional().transform((value) => value ?? null),
  role: z.enum(MarketRoles),
});

export const CriteriaGroupRow = z.object({
  key,
  name: text,
  description: text,
  driver: optionalText,
  measurement: z.enum(["public_data", "user_assessment"]),
  default_weight: number.pipe(z.number().min(0, "must not be negative")),
  sort: integer(0, 1000),
});

export const IndicatorRow = z.object({
  key,
  name: text,
  definition: text,
  unit: text,
  direction: z.enum(["benefit", "cost"]),
  criteria_group: key,
  publisher: text,
  dataset: text,
  default_weight: number.pipe(z.number().min(0, "must not be negative")),
  plausible_min: number,
  plausible_max: number,
  decimals: integer(0, 6),
});

export const ValueKinds = ["observed", "estimate", "projection", "computed"] as const;

export const IndicatorValueRow = z.object({
  market: iso3,
  indicator: key,
  year: integer(1960, 2100),
  value: number,
  /** Absent in files older than data set 2026.12.1: their values were published figures. */
  kind: z
    .enum(ValueKinds)
    .optional()
    .transform((value) => value ?? "observed"),
  edition: optionalText.optional().transform((value) => value ?? null),
  source: text,
  locator: optionalText.optional().transform((value) => value ?? null),
  note: optionalText,
});

export const EvidenceRow = z.object({
  id: key.or(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]*$/, "is not a slug"),
  ),
  scope: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9]{1,9}$/, "is not a market code or region code"),
  driver: key,
  statement: text,
  year: integer(1900, 2100),
  year_note: optionalText,
  metric: optionalText,
  value: optionalNumber,
  unit: optionalText,
  source: text,
  locator: text,
});

export const DriverGroupRow = z.object({ key, name: text, description: text, sort: integer(0, 1000) });

export const DriverRow = z.object({
  key,
  number: integer(1, 99),
  group: key,
  name: text,
  description: text,
  theory: text,
  ranks_markets: boolean,
});

export const StrategyRow = z.object({ key, name: text, description: text, theory: text });

export const EntryModeRow = z.object({
  key,
  name: text,
  description: text,
  theory: text,
  control: integer(1, 5),
  commitment: integer(1, 5),
});

export const FrameworkEvidenceRow = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "is not a slug"),
  subject_kind: z.enum(["driver", "strategy", "entry_mode"]),
  subject: key,
  case: z.enum(["russia", "southeast_asia", "general"]),
  statement: text,
  year: integer(1900, 2100),
  year_note: optionalText,
  source: text,
  locator: text,
});

export const FactorRow = z.object({
  key,
  scope: z.enum(["firm", "market"]),
  name: text,
  description: text,
  low_label: text,
  high_label: text,
  source_of_value: z.enum(["firm_input", "derived_from_indicators", "user_assessment"]),
});

export const MarketFactorAnchorRow = z.object({
  factor: key,
  indicator: key,
  weight: number.pipe(z.number().positive("must be positive")),
  value_at_1: number,
  value_at_5: number,
  rationale: text,
  scale: z.enum(["linear", "log10"]).default("linear"),
});

export const EffectRow = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "is not a slug"),
  factor: key,
  target_kind: z.enum(["entry_mode", "strategy"]),
  target: key,
  direction: z.enum(["raises", "lowers"]),
  strength: integer(1, 3),
  theory: text,
  rationale: text,
  precedent: optionalText,
});

export const FirmPresetEntry = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  year: z.number().int(),
  values: z.record(z.string(), z.number().min(1).max(5)),
  justification: z.record(z.string(), z.string().min(1)),
});

export const CaseReplayEntry = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    market: z.string().regex(/^[A-Z]{3}$/),
    firmPreset: z.string().min(1),
  })
  .passthrough();

export const DatasetManifest = z.object({
  version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, "must look like 2026.11.1"),
  released: z.iso.date(),
  title: z.string().min(1),
  description: z.string().min(1),
});

export type MarketRecord = z.infer<typeof MarketRow>;
export type CriteriaGroupRecord = z.infer<typeof CriteriaGroupRow>;
export type IndicatorRecord = z.infer<typeof IndicatorRow>;
export type IndicatorValueRecord = z.infer<typeof IndicatorValueRow>;
export type EvidenceRecord = z.infer<typeof EvidenceRow>;
export type DriverGroupRecord = z.infer<typeof DriverGroupRow>;
export type DriverRecord = z.infer<typeof DriverRow>;
export type StrategyRecord = z.infer<typeof StrategyRow>;
export type EntryModeRecord = z.infer<typeof EntryModeRow>;
export type FrameworkEvidenceRecord = z.infer<typeof FrameworkEvidenceRow>;
export type FactorRecord = z.infer<typeof FactorRow>;
export type MarketFactorAnchorRecord = z.infer<typeof MarketFactorAnchorRow>;
export type EffectRecord = z.infer<typeof EffectRow>;
export type FirmPresetRecord = z.infer<typeof FirmPresetEntry>;
export type CaseReplayRecord = z.infer<typeof CaseReplayEntry>;
export type DatasetManifestRecord = z.infer<typeof DatasetManifest>;

/** The whole shipped data set, parsed and cross-checked. */
// ─── Home-relative inputs (data/home/*.csv, docs/decisions/017) ─────────────────────────────────

/** data/home/capitals.csv: the capital whose coordinates distances are measured from. */
export const HomeCapitalRow = z.object({
  iso3,
  capital: text,
  capital_lat: number.pipe(z.number().min(-90).max(90)),
  capital_lon: number.pipe(z.number().min(-180).max(180)),
});
export type HomeCapitalRecord = z.infer<typeof HomeCapitalRow>;

/** data/home/land-borders.csv: one row per direction of a shared land border. */
export const LandBorderRow = z.object({ iso3, neighbour: iso3 });
export type LandBorderRecord = z.infer<typeof LandBorderRow>;

const hofstedeScore = optionalNumber.pipe(z.number().min(0).max(120).nullable());
/** data/home/hofstede.csv: a country row of Hofstede's 6-dimension file (2015-08-16) with its ISO3 code. */
export const HofstedeRow = z.object({
  hofstede_code: text,
  country: text,
  iso3,
  power_distance: hofstedeScore,
  individualism: hofstedeScore,
  masculinity: hofstedeScore,
  uncertainty_avoidance: hofstedeScore,
  long_term_orientation: hofstedeScore,
  indulgence: hofstedeScore,
});
export type HofstedeRecord = z.infer<typeof HofstedeRow>;

export type HomeFiles = {
  capitals: HomeCapitalRecord[];
  landBorders: LandBorderRecord[];
  hofstede: HofstedeRecord[];
};

export type Dataset = {
  manifest: DatasetManifestRecord;
  contentHash: string;
  markets: MarketRecord[];
  criteriaGroups: CriteriaGroupRecord[];
  indicators: IndicatorRecord[];
  indicatorValues: IndicatorValueRecord[];
  evidence: EvidenceRecord[];
  driverGroups: DriverGroupRecord[];
  drivers: DriverRecord[];
  strategies: StrategyRecord[];
  entryModes: EntryModeRecord[];
  frameworkEvidence: FrameworkEvidenceRecord[];
  factors: FactorRecord[];
  marketFactorAnchors: MarketFactorAnchorRecord[];
  effects: EffectRecord[];
  firmPresets: FirmPresetRecord[];
  caseReplays: CaseReplayRecord[];
  /** data/evidence/*.csv: e-commerce size, incumbents, rules for foreign sellers, dated context. */
  evidenceFiles: EvidenceFiles;
  /** data/home/*.csv: capitals, land borders and Hofstede scores, for any home market. */
  home: HomeFiles;
};

// ─── Evidence files (data/evidence/*.csv) ──────────────────────────────────────────────────────
// Dated, sourced e-commerce facts written by research from public material (issue 9). Each row
// carries its source and a locator (address, or seeds/ file and lines); a row that quotes another
// publisher names it in secondary_of. Dates are as precise as the source gives them: YYYY,
// YYYY-MM or YYYY-MM-DD (docs/decisions/011-evidence-tables.md).

const evidenceId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "is not a lowercase kebab-case id");
/** A market code as written by research; it need not be one of data/markets.csv. */
const evidenceMarket = iso3;
const partialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
const optionalPartialDate = z
  .string()
  .trim()
  .regex(
    /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$/,
    "is not a date (YYYY, YYYY-MM or YYYY-MM-DD) or empty",
  )
  .transform((value) => (value === "" ? null : value));
const currency = z
  .string()
  .trim()
  .regex(/^([A-Z]{3})?$/, "is not an ISO 4217 currency code or empty")
  .transform((value) => (value === "" ? null : value));

export const EcommerceMeasures = [
  "ecommerce_gmv",
  "b2c_ecommerce_sales",
  "retail_ecommerce_sales",
  "online_sales_total",
  "ecommerce_growth_pct",
] as const;
export const FigureKinds = ["actual", "estimate", "forecast"] as const;

export const EcommerceSizeRow = z
  .object({
    id: evidenceId,
    market: evidenceMarket,
    measure: z.enum(EcommerceMeasures),
    value: number,
    currency,
    year: integer(1990, 2100),
    kind: z.enum(FigureKinds),
    published: partialDate,
    publisher: text,
    source: text,
    locator: text,
    secondary_of: optionalText,
    note: optionalText,
  })
  .superRefine((row, ctx) => {
    // A growth rate is a percentage; every other measure is money and needs its currency.
    if (row.measure === "ecommerce_growth_pct" ? row.currency !== null : row.currency === null) {
      ctx.addIssue({
        code: "custom",
        path: ["currency"],
        message:
          row.measure === "ecommerce_growth_pct"
            ? "must be empty for a growth rate"
            : "is empty (a money figure needs its currency)",
      });
    }
  });

export const IncumbentRow = z
  .object({
    id: evidenceId,
    market: evidenceMarket,
    platform: text,
    owner: text,
    owner_home: z
      .string()
      .trim()
      .regex(/^([A-Z]{3})?$/, "is not an ISO 3166 alpha-3 code or empty")
      .transform((value) => (value === "" ? null : value)),
    /** gmv, market_share_pct, buyers, monthly_visits, ...; presence = documented, no size published. */
    measure: key,
    value: optionalNumber,
    unit: optionalText,
    year: integer(1990, 2100),
    published: optionalPartialDate,
    source: text,
    locator: text,
    secondary_of: optionalText,
    note: optionalText,
  })
  .superRefine((row, ctx) => {
    if (row.measure === "presence" ? row.value !== null : row.value === null) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message:
          row.measure === "presence"
            ? "must be empty for a presence row"
            : "is empty (only a presence row has no value)",
      });
    }
    if (row.measure === "market_share_pct" && row.value !== null && (row.value < 0 || row.value > 100)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "is not a share between 0 and 100" });
    }
  });

export const RuleTypes = [
  "duty_de_minimis",
  "vat_de_minimis",
  "vat_low_value_imports",
  "vat_digital_services",
  "foreign_ownership_limit",
  "data_localisation",
  "platform_ban",
  "price_floor",
  "marketplace_rule",
  "import_restriction",
] as const;

export const ForeignSellerRuleRow = z.object({
  id: evidenceId,
  market: evidenceMarket,
  rule_type: z.enum(RuleTypes),
  statement: text,
  threshold: optionalNumber,
  threshold_unit: optionalText,
  /** When the rule took effect; empty where the source gives only the rule, not its start. */
  effective: optionalPartialDate,
  /** 0 opens or is neutral, 1 a cost or compliance step, 2 a substantial barrier, 3 blocks an entry route. */
  burden: integer(0, 3),
  published: optionalPartialDate,
  source: text,
  locator: text,
  secondary_of: optionalText,
});

export const ContextTopics = [
  "sanctions",
  "payment_rails",
  "settlement",
  "political_relations",
  "trade_agreement",
  "belt_and_road",
] as const;

export const MarketContextRow = z.object({
  id: evidenceId,
  market: evidenceMarket,
  topic: z.enum(ContextTopics),
  statement: text,
  effective: optionalPartialDate,
  published: optionalPartialDate,
  source: text,
  locator: text,
  secondary_of: optionalText,
});

export const TradeAgreementKinds = ["bilateral_fta", "regional_fta", "economic_cooperation"] as const;

export const TradeAgreementRow = z.object({
  id: evidenceId,
  agreement: text,
  partner: evidenceMarket,
  signed: optionalPartialDate,
  /** Empty for an agreement signed and not yet in force. */
  in_force: optionalPartialDate,
  kind: z.enum(TradeAgreementKinds),
  source: text,
  locator: text,
  secondary_of: optionalText,
});

export const SanctionsScopes = ["targeted", "sectoral", "comprehensive"] as const;

export const SanctionsProgramRow = z.object({
  id: evidenceId,
  market: evidenceMarket,
  authority: z
    .string()
    .trim()
    .regex(/^(US|EU|UN)$/, "is not US, EU or UN"),
  program: text,
  scope: z.enum(SanctionsScopes),
  /** Empty where the source lists the program as in force without its start date. */
  since: optionalPartialDate,
  until: optionalPartialDate,
  source: text,
  locator: text,
  secondary_of: optionalText,
});

export type EcommerceSizeRecord = z.infer<typeof EcommerceSizeRow>;
export type IncumbentRecord = z.infer<typeof IncumbentRow>;
export type ForeignSellerRuleRecord = z.infer<typeof ForeignSellerRuleRow>;
export type MarketContextRecord = z.infer<typeof MarketContextRow>;
export type TradeAgreementRecord = z.infer<typeof TradeAgreementRow>;
export type SanctionsProgramRecord = z.infer<typeof SanctionsProgramRow>;

/** data/evidence/china-diplomatic-partnerships.csv: the level of an economy's partnership with China, where a source states it. */
export const DiplomaticPartnershipRow = z.object({
  id: evidenceId,
  market: evidenceMarket,
  level: text,
  since: optionalPartialDate,
  source: text,
  locator: text,
  secondary_of: optionalText,
});
export type DiplomaticPartnershipRecord = z.infer<typeof DiplomaticPartnershipRow>;

/** The evidence files; a file research has not written yet reads as no rows. */
export type EvidenceFiles = {
  ecommerceSize: EcommerceSizeRecord[];
  incumbents: IncumbentRecord[];
  foreignSellerRules: ForeignSellerRuleRecord[];
  marketContext: MarketContextRecord[];
  tradeAgreements: TradeAgreementRecord[];
  sanctionsPrograms: SanctionsProgramRecord[];
  /** Seeded as "political_relations" context items: the level of the partnership as the source states it. */
  partnerships: DiplomaticPartnershipRecord[];
};
