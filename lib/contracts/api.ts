import { z } from "zod";

import { MarketRoles } from "./dataset";
import * as evidence from "./evidence";
import { HomeMarket } from "./home";

// Response shapes of the read API (/api/v1/markets, /api/v1/framework, /api/health). The types
// the pages and repositories use are inferred from these, so the API and its types cannot drift.

/**
 * Where a row comes from: the shipped data set, or the user's own import ("your data"). Absent
 * means "dataset" (older answers and readers that do not set it). See docs/decisions/006-user-data.md.
 */
export const Origin = z.enum(["dataset", "user"]);
export type Origin = z.infer<typeof Origin>;

export const SourcedValue = z.object({
  value: z.number(),
  year: z.number().int(),
  source: z.string().min(1),
  note: z.string().nullable(),
  /** "user" when this is the user's imported figure (on the same year it wins over the data set's). */
  origin: Origin.optional(),
  /** observed, estimate, projection (e.g. UN WPP) or computed (derived by the data build; `year` is then its newest input's). */
  kind: z.enum(["observed", "estimate", "projection", "computed"]).optional(),
  /** The edition the figure comes from (e.g. "Global Findex 2025"); null for the user's own values. */
  edition: z.string().nullable().optional(),
  /** Where the figure sits in its source (repository@commit, file, row key); null for the user's own values. */
  locator: z.string().nullable().optional(),
  /** The source as a reader cites it ("World Bank, World Development Indicators, July 2026 release, series SP.POP.TOTL"); `source` is kept as stored. */
  citation: z.string().optional(),
});

export const MarketSummary = z.object({
  iso3: z.string().length(3),
  name: z.string(),
  region: z.string(),
  subregion: z.string(),
  /** World Bank income group (FY2025 classification), null where none is given. */
  incomeGroup: z.string().nullable(),
  role: z.enum(MarketRoles),
  /** Indicators with at least one value, out of all indicators. */
  indicatorsWithData: z.number().int(),
  indicatorCount: z.number().int(),
  latestYear: z.number().int().nullable(),
  /** "user" for a market the user added by an import. */
  origin: Origin.optional(),
});

export const MarketList = z.object({ datasetVersion: z.string(), markets: z.array(MarketSummary) });

export const MarketValues = z.object({
  datasetVersion: z.string(),
  /** The home market the home-relative indicators (distance, cultural distance, ...) are measured from. */
  home: HomeMarket.optional(),
  markets: z.array(MarketSummary.extend({ values: z.record(z.string(), SourcedValue) })),
});

export const IndicatorMeta = z.object({
  key: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.string(),
  direction: z.enum(["benefit", "cost"]),
  criteriaGroup: z.string(),
  publisher: z.string(),
  dataset: z.string(),
  defaultWeight: z.number(),
  decimals: z.number().int(),
  /** "user" for an indicator the user defined in an import. */
  origin: Origin.optional(),
});

export const EvidenceItem = z.object({
  id: z.string(),
  scope: z.string(),
  topic: z.string(),
  statement: z.string(),
  year: z.number().int(),
  yearNote: z.string().nullable(),
  metric: z.string().nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  source: z.string(),
  locator: z.string(),
  /** The source as a reader cites it ("World Bank, World Development Indicators, July 2026 release, series SP.POP.TOTL"); `source` is kept as stored. */
  citation: z.string().optional(),
});

export const MarketProfile = z.object({
  datasetVersion: z.string(),
  /** The home market the home-relative indicators are measured from; when it is this market, they are gaps. */
  home: HomeMarket.optional(),
  market: MarketSummary.omit({ indicatorsWithData: true, indicatorCount: true, latestYear: true }),
  groups: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      description: z.string(),
      measurement: z.enum(["public_data", "user_assessment"]),
      indicators: z.array(
        IndicatorMeta.extend({
          /** The most recent value; null when no source has one for this market (a gap). */
          latest: SourcedValue.nullable(),
          /** Every stored year, newest first (e.g. the latest and the thesis-era value). */
          history: z.array(SourcedValue),
        }),
      ),
    }),
  ),
  evidence: z.array(EvidenceItem),
  gaps: z.array(z.object({ indicator: z.string(), name: z.string(), criteriaGroup: z.string() })),
  /** E-commerce size figures (each source, and the range for the latest year), newest first. */
  ecommerceSize: evidence.EcommerceSize,
  /** Leading platforms with owner, owner's home country and a size measure where one is published. */
  incumbents: z.array(evidence.IncumbentPlatform),
  /** Rules for foreign online sellers, newest first, each with the date it took effect. */
  foreignSellerRules: z.array(evidence.ForeignSellerRule),
  /** Dated context: sanctions, payment rails, settlement, political relations, trade agreements. */
  context: z.array(evidence.MarketContextItem),
  /** China's trade agreements this market is party to. */
  tradeAgreements: z.array(evidence.ChinaTradeAgreement),
  /** US, EU and UN sanctions programs on this market. */
  sanctionsPrograms: z.array(evidence.SanctionsProgram),
});

export const FrameworkEvidence = z.object({
  id: z.string(),
  case: z.enum(["russia", "southeast_asia", "general"]),
  statement: z.string(),
  year: z.number().int(),
  yearNote: z.string().nullable(),
  source: z.string(),
  locator: z.string(),
  /** The source as a reader cites it ("World Bank, World Development Indicators, July 2026 release, series SP.POP.TOTL"); `source` is kept as stored. */
  citation: z.string().optional(),
});

const Described = z.object({ key: z.string(), name: z.string(), description: z.string(), theory: z.string() });

export const Framework = z.object({
  datasetVersion: z.string(),
  driverGroups: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      description: z.string(),
      drivers: z.array(
        Described.extend({ number: z.number().int(), ranksMarkets: z.boolean(), evidence: z.array(FrameworkEvidence) }),
      ),
    }),
  ),
  criteriaGroups: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      description: z.string(),
      driver: z.string().nullable(),
      measurement: z.enum(["public_data", "user_assessment"]),
      defaultWeight: z.number(),
      indicators: z.array(IndicatorMeta),
    }),
  ),
  strategies: z.array(Described.extend({ evidence: z.array(FrameworkEvidence) })),
  entryModes: z.array(
    Described.extend({
      control: z.number().int(),
      commitment: z.number().int(),
      evidence: z.array(FrameworkEvidence),
    }),
  ),
  factors: z.array(
    z.object({
      key: z.string(),
      scope: z.enum(["firm", "market"]),
      name: z.string(),
      description: z.string(),
      lowLabel: z.string(),
      highLabel: z.string(),
      sourceOfValue: z.enum(["firm_input", "derived_from_indicators", "user_assessment"]),
    }),
  ),
  effects: z.array(
    z.object({
      id: z.string(),
      factor: z.string(),
      targetKind: z.enum(["entry_mode", "strategy"]),
      target: z.string(),
      direction: z.enum(["raises", "lowers"]),
      strength: z.number().int(),
      theory: z.string(),
      rationale: z.string(),
      precedent: z.string().nullable(),
    }),
  ),
});

export const Health = z.object({
  status: z.literal("ok"),
  database: z.object({ kind: z.enum(["embedded", "server"]), description: z.string() }),
  migrations: z.array(z.object({ name: z.string(), appliedAt: z.string() })),
  dataset: z.object({ version: z.string(), contentHash: z.string(), seededAt: z.string() }).nullable(),
});

export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    limit: z.string().optional(),
  }),
});

export type SourcedValue = z.infer<typeof SourcedValue>;
export type MarketSummary = z.infer<typeof MarketSummary>;
export type MarketList = z.infer<typeof MarketList>;
export type MarketValues = z.infer<typeof MarketValues>;
export type MarketProfile = z.infer<typeof MarketProfile>;
export type IndicatorMeta = z.infer<typeof IndicatorMeta>;
export type EvidenceItem = z.infer<typeof EvidenceItem>;
export type Framework = z.infer<typeof Framework>;
export type Health = z.infer<typeof Health>;
export type ApiError = z.infer<typeof ApiError>;

/** Everything the ranking workspace needs to score in the browser: criteria, markets, values. */
export const ScoringData = z.object({
  datasetVersion: z.string(),
  /** The home market the home-relative indicators are measured from (default China). */
  home: HomeMarket.optional(),
  criteriaGroups: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      description: z.string(),
      measurement: z.enum(["public_data", "user_assessment"]),
      defaultWeight: z.number(),
    }),
  ),
  indicators: z.array(IndicatorMeta),
  markets: z.array(
    z.object({
      iso3: z.string(),
      name: z.string(),
      region: z.string(),
      subregion: z.string(),
      incomeGroup: z.string().nullable(),
      role: z.enum(MarketRoles),
      origin: Origin.optional(),
    }),
  ),
  /** iso3 → indicator key → the latest value with its year and source. Absent = a data gap. */
  values: z.record(z.string(), z.record(z.string(), SourcedValue)),
});
export type ScoringData = z.infer<typeof ScoringData>;
