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

export const IndicatorValueRow = z.object({
  market: iso3,
  indicator: key,
  year: integer(1960, 2100),
  value: number,
  source: text,
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
};
