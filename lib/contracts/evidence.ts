import { z } from "zod";

import {
  ContextTopics,
  EcommerceMeasures,
  FigureKinds,
  RuleTypes,
  SanctionsScopes,
  TradeAgreementKinds,
} from "./dataset";

// The dated e-commerce evidence of one market as the API answers it (GET /api/v1/markets/{iso3}):
// size figures with the range across sources, incumbent platforms, rules for foreign sellers and
// dated context items. Dates are as precise as the source gives them (YYYY, YYYY-MM, YYYY-MM-DD).
// `secondaryOf` is set when the source is a report quoting that primary publisher.

const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

const Sourced = z.object({
  source: z.string(),
  locator: z.string(),
  secondaryOf: z.string().nullable(),
  /** The source as a reader cites it: the original publisher first, then the outlet that reported it. */
  citation: z.string().optional(),
});

export const EcommerceSizeFigure = Sourced.extend({
  id: z.string(),
  measure: z.enum(EcommerceMeasures),
  value: z.number(),
  /** ISO 4217 code as published; null for a growth rate (%). */
  currency: z.string().nullable(),
  /** The year the figure describes. */
  year: z.number().int(),
  /** A forecast is a figure for a later year, made when `published` says. */
  kind: z.enum(FigureKinds),
  published: PartialDate,
  publisher: z.string(),
  note: z.string().nullable(),
});

/** For the latest year with a published (not forecast) size, the spread across sources, per currency. */
export const EcommerceSizeRange = z.object({
  year: z.number().int(),
  currency: z.string(),
  min: z.number(),
  max: z.number(),
  /** The figures the range spans (ids in `figures`). */
  figureIds: z.array(z.string()),
  publishers: z.array(z.string()),
});

export const EcommerceSize = z.object({
  /** Newest year first. */
  figures: z.array(EcommerceSizeFigure),
  latestRanges: z.array(EcommerceSizeRange),
});

export const IncumbentPlatform = Sourced.extend({
  id: z.string(),
  platform: z.string(),
  owner: z.string(),
  /** ISO3 of the owner's home country. */
  ownerHome: z.string().nullable(),
  /** gmv, market_share_pct, buyers, monthly_visits, ...; "presence" when no size is published. */
  measure: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  year: z.number().int(),
  published: PartialDate.nullable(),
  note: z.string().nullable(),
});

export const ForeignSellerRule = Sourced.extend({
  id: z.string(),
  ruleType: z.enum(RuleTypes),
  statement: z.string(),
  threshold: z.number().nullable(),
  thresholdUnit: z.string().nullable(),
  /** When it took effect; null where the source does not say. */
  effective: PartialDate.nullable(),
  /** 0 opens or is neutral, 1 a cost or compliance step, 2 a substantial barrier, 3 blocks an entry route. */
  burden: z.number().int().min(0).max(3),
  published: PartialDate.nullable(),
  /** The rule of its type in force today (the latest that has taken effect); false for a superseded or future rule. */
  inForce: z.boolean(),
  /** in_force; superseded (a later rule of its type took effect); not_yet_in_force (dated after today). */
  status: z.enum(["in_force", "superseded", "not_yet_in_force"]),
});

export const MarketContextItem = Sourced.extend({
  id: z.string(),
  topic: z.enum(ContextTopics),
  statement: z.string(),
  effective: PartialDate.nullable(),
  published: PartialDate.nullable(),
});

export const ChinaTradeAgreement = Sourced.extend({
  id: z.string(),
  agreement: z.string(),
  kind: z.enum(TradeAgreementKinds),
  signed: PartialDate.nullable(),
  /** Null for an agreement signed and not yet in force. */
  inForce: PartialDate.nullable(),
});

export const SanctionsProgram = Sourced.extend({
  id: z.string(),
  authority: z.enum(["US", "EU", "UN"]),
  program: z.string(),
  scope: z.enum(SanctionsScopes),
  /** Null where the source gives no start date. */
  since: PartialDate.nullable(),
  until: PartialDate.nullable(),
});

export const MarketEvidence = z.object({
  ecommerceSize: EcommerceSize,
  incumbents: z.array(IncumbentPlatform),
  foreignSellerRules: z.array(ForeignSellerRule),
  /** Sanctions, payment rails, settlement, political relations, trade agreements, Belt and Road: newest first. */
  context: z.array(MarketContextItem),
  tradeAgreements: z.array(ChinaTradeAgreement),
  sanctionsPrograms: z.array(SanctionsProgram),
});

export type EcommerceSizeFigure = z.infer<typeof EcommerceSizeFigure>;
export type EcommerceSizeRange = z.infer<typeof EcommerceSizeRange>;
export type IncumbentPlatform = z.infer<typeof IncumbentPlatform>;
export type ForeignSellerRule = z.infer<typeof ForeignSellerRule>;
export type MarketContextItem = z.infer<typeof MarketContextItem>;
export type ChinaTradeAgreement = z.infer<typeof ChinaTradeAgreement>;
export type SanctionsProgram = z.infer<typeof SanctionsProgram>;
export type MarketEvidence = z.infer<typeof MarketEvidence>;
