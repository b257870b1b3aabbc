import { z } from "zod";

import { FrameworkEvidence } from "./api";
import { EntryModeScoreUncertaintySchema, SimilarCaseSchema } from "./case-library";
import { HomeIso3Schema } from "./home";
import { FIT_TARGET_KINDS, type FitEffect, type MarketFactorAnchor } from "@/lib/scoring/fit/factors";
import { effectOf, REASON_EFFECTS, RULE_DIRECTIONS, upgradeStoredReason } from "@/lib/scoring/fit/reasons";

// Contracts of the entry-mode and strategy fit model (docs/decisions/005-entry-mode-fit.md):
// the API/CLI request and response, and the rows of the editable effects table.

/** A factor rating: 1 (low) to 5 (high), 3 = neutral. Whole or fractional. */
export const FactorValueSchema = z.number().min(1, "must be at least 1").max(5, "must be at most 5");

export const FirmProfileSchema = z
  .object({
    ecosystem: FactorValueSchema,
    technology: FactorValueSchema,
    brand: FactorValueSchema,
    network: FactorValueSchema,
    quality: FactorValueSchema,
    domesticSaturation: FactorValueSchema,
    domesticCompetition: FactorValueSchema,
    homePolicySupport: FactorValueSchema,
    resources: FactorValueSchema,
    riskAppetite: FactorValueSchema,
    urgency: FactorValueSchema,
  })
  .strict();

const AssessmentSchema = z.union([
  FactorValueSchema,
  z
    .object({
      value: FactorValueSchema,
      reason: z.string().trim().min(1).max(2000).optional(),
      locator: z.string().trim().min(1).max(500).optional(),
    })
    .strict(),
]);

/** The analyst's ratings of the market factors no shipped data set measures for every market. */
export const MarketAssessmentsSchema = z
  .object({
    competitiveIntensity: AssessmentSchema.optional(),
    foreignOwnershipRestriction: AssessmentSchema.optional(),
  })
  .strict();

/** A market described directly by its seven factor ratings, instead of by a market code. */
export const InlineMarketProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    attractiveness: FactorValueSchema,
    regulatoryOpenness: FactorValueSchema,
    infrastructureReadiness: FactorValueSchema,
    culturalDistance: FactorValueSchema,
    geographicDistance: FactorValueSchema,
    competitiveIntensity: FactorValueSchema,
    foreignOwnershipRestriction: FactorValueSchema,
  })
  .strict();

const Iso3Schema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be an ISO 3166 alpha-3 market code such as IDN");

export const EntryModeRequestSchema = z
  .object({
    market: z.union([Iso3Schema, InlineMarketProfileSchema]),
    firm: FirmProfileSchema,
    assessments: MarketAssessmentsSchema.optional(),
    indicatorYear: z.number().int().min(1960).max(2100).optional(),
    /**
     * The firm's home market (ISO 3166 alpha-3, default CHN): the market factors culturalDistance
     * and geographicDistance are derived from distances measured from it (docs/decisions/017).
     */
    home: HomeIso3Schema.optional(),
  })
  .strict()
  .superRefine((request, ctx) => {
    if (typeof request.market === "string") {
      if (request.home !== undefined && request.home === request.market) {
        ctx.addIssue({
          code: "custom",
          path: ["home"],
          message:
            "is the market itself: entry modes are for a foreign market, so the home must differ from the market",
        });
      }
      return;
    }
    if (request.home !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["home"],
        message:
          "applies only to a market code; an inline profile gives culturalDistance and geographicDistance itself",
      });
    }
    if (request.assessments) {
      ctx.addIssue({
        code: "custom",
        path: ["assessments"],
        message:
          "with an inline market profile, put competitiveIntensity and foreignOwnershipRestriction in the profile itself",
      });
    }
    if (request.indicatorYear !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["indicatorYear"],
        message: "applies only to a market code, not to an inline profile",
      });
    }
  });

/**
 * One reason behind a fit score. `direction` is the effect it had here, the sign of
 * `contribution` ("neutral" when that is 0 at three decimals); `ruleDirection` is the effects-table
 * rule's own direction, what a high value of the factor does (issue 11 §1). A reason saved before
 * `ruleDirection` existed carried the rule's direction in `direction`: it is read in today's shape
 * (upgradeStoredReason), so old saved scenarios and exports still parse and read right.
 */
const FitReasonSchema = z.preprocess(
  upgradeStoredReason,
  z
    .object({
      effectId: z.string(),
      factor: z.string(),
      value: z.number(),
      direction: z.enum(REASON_EFFECTS),
      ruleDirection: z.enum(RULE_DIRECTIONS),
      strength: z.number(),
      contribution: z.number(),
      theory: z.string(),
      rationale: z.string(),
      precedent: z.string().nullable(),
    })
    .refine((r) => r.direction === effectOf(r.contribution), {
      message: "must be the sign of contribution: raises above 0, lowers below 0, neutral at 0",
      path: ["direction"],
    }),
);

// A precedent of the fit model is a framework evidence item, as GET /api/v1/framework lists it.
const FitEvidenceSchema = FrameworkEvidence;

const FitTargetResultSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  score: z.number().min(0).max(100),
  rank: z.number().int().min(1),
  raw: z.number(),
  maxRaw: z.number(),
  reasons: z.array(FitReasonSchema),
  neutralFactors: z.array(z.string()),
  evidence: z.array(FitEvidenceSchema),
});

const MarketFactorValueSchema = z.object({
  value: FactorValueSchema,
  basis: z.enum(["indicators", "user_assessment", "neutral_default"]),
  inputs: z.array(z.object({ indicator: z.string(), value: z.number(), score: z.number(), weight: z.number() })),
  reason: z.string().optional(),
  /** Set when the analyst's rating overrides a value derived from evidence: that default and its inputs. */
  evidenceDefault: z
    .object({
      value: FactorValueSchema,
      inputs: z.array(z.object({ indicator: z.string(), value: z.number(), score: z.number(), weight: z.number() })),
    })
    .optional(),
});

const marketFactorsShape = {
  attractiveness: MarketFactorValueSchema,
  regulatoryOpenness: MarketFactorValueSchema,
  infrastructureReadiness: MarketFactorValueSchema,
  culturalDistance: MarketFactorValueSchema,
  geographicDistance: MarketFactorValueSchema,
  competitiveIntensity: MarketFactorValueSchema,
  foreignOwnershipRestriction: MarketFactorValueSchema,
};

/** Which strengths ranked the entry modes (docs/decisions/012-entry-mode-calibration.md). */
export const EntryModeModelSchema = z.object({
  /** `hand_set`: decision record 005's table; `calibrated`: strengths and offsets fitted on the case library. */
  kind: z.enum(["hand_set", "calibrated"]),
  /** The calibration's model family, e.g. "hand_set", "per_theory+offsets", "per_factor/sum". */
  family: z.string(),
  /** SHA-256 of the calibration's inputs (cases, tables, method); null when no calibration was consulted. */
  calibrationInputsHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
});

export const EntryModeResponseSchema = z.object({
  market: z.object({
    iso3: z.string().nullable(),
    name: z.string().nullable(),
    indicatorYear: z.number().int().nullable(),
    /** The home market distances were measured from (a market-code request; absent for an inline profile). */
    home: z.object({ iso3: z.string(), name: z.string() }).optional(),
  }),
  firm: FirmProfileSchema,
  modes: z.array(FitTargetResultSchema),
  strategies: z.array(FitTargetResultSchema),
  assumptions: z.array(z.string()),
  marketProfile: z.object({
    values: InlineMarketProfileSchema.omit({ name: true }),
    factors: z.object(marketFactorsShape),
  }),
  /** The model that ranked the modes; absent only in answers saved before it was reported. */
  model: EntryModeModelSchema.optional(),
  /**
   * The three documented entries nearest to this firm and market in factor space, nearest first
   * (docs/decisions/015-similar-cases.md). Added with issue 10; absent where no library is at hand.
   */
  similarCases: z.array(SimilarCaseSchema).optional(),
  /**
   * How far apart entry-mode scores must be before the model can tell them apart, from its
   * leave-one-out backtest (docs/decisions/018-entry-mode-score-uncertainty.md), and the modes of
   * this answer within it of the first, best first (empty when no other mode is that close).
   * Added with issue 11; absent in answers saved before it and where no backtest scores are at hand.
   */
  scoreUncertainty: EntryModeScoreUncertaintySchema.extend({
    tiedWithFirst: z.array(z.string()),
    /** The calibration file the gaps come from (its inputs hash). */
    calibrationInputsHash: z.string().regex(/^[0-9a-f]{64}$/),
  }).optional(),
});

export type FirmProfileInput = z.infer<typeof FirmProfileSchema>;
export type MarketAssessmentsInput = z.infer<typeof MarketAssessmentsSchema>;
export type InlineMarketProfile = z.infer<typeof InlineMarketProfileSchema>;
export type EntryModeRequest = z.infer<typeof EntryModeRequestSchema>;
export type EntryModeResponse = z.infer<typeof EntryModeResponseSchema>;

// ---- The effects table and the anchors (data/framework/*.csv), parsed into the engine's types ----

/** A CSV cell holds text; JSON and database rows hold numbers. Both are accepted. */
const numberCell = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, "is not a number")
    .transform(Number),
]);
const keyCell = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, "is not a key (letters, digits, underscore)");
const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => (value ? value : null));

/** One row of effects.csv (snake_case columns), as the engine's FitEffect. */
export const EffectRowSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9_-]*$/, "is not a slug"),
    factor: keyCell,
    target_kind: z.enum(FIT_TARGET_KINDS),
    target: keyCell,
    direction: z.enum(["raises", "lowers"]),
    strength: numberCell.pipe(
      z.number().int("must be 1, 2 or 3").min(1, "must be 1, 2 or 3").max(3, "must be 1, 2 or 3"),
    ),
    theory: z.string().trim().min(1, "is empty"),
    rationale: z.string().trim().min(1, "is empty"),
    precedent: optionalText,
  })
  .transform((row): FitEffect => ({
    id: row.id,
    factor: row.factor,
    targetKind: row.target_kind,
    target: row.target,
    direction: row.direction,
    strength: row.strength,
    theory: row.theory,
    rationale: row.rationale,
    precedent: row.precedent,
  }));

/** One row of market-factor-anchors.csv, as the engine's MarketFactorAnchor. */
export const MarketFactorAnchorRowSchema = z
  .object({
    factor: keyCell,
    indicator: keyCell,
    weight: numberCell.pipe(z.number().positive("must be positive")),
    value_at_1: numberCell,
    value_at_5: numberCell,
    rationale: z.string().trim().min(1, "is empty"),
    scale: z
      .enum(["linear", "log10", ""])
      .optional()
      .transform((s) => (s === "log10" ? "log10" : "linear")),
  })
  .refine((row) => row.value_at_1 !== row.value_at_5, {
    message: "value_at_1 and value_at_5 must differ",
    path: ["value_at_5"],
  })
  .refine((row) => row.scale === "linear" || (row.value_at_1 > 0 && row.value_at_5 > 0), {
    message: "a log10 scale needs positive anchor values",
    path: ["scale"],
  })
  .transform((row): MarketFactorAnchor => ({
    factor: row.factor,
    indicator: row.indicator,
    weight: row.weight,
    valueAt1: row.value_at_1,
    valueAt5: row.value_at_5,
    scale: row.scale,
    rationale: row.rationale,
  }));

export type EffectsTableKeys = {
  factors: Iterable<string>;
  modes: Iterable<string>;
  strategies: Iterable<string>;
};

export type EffectsTableIssue = { row: number; column: string; message: string };

/**
 * Parses and checks a whole effects table: every row well-formed, ids unique, every factor and
 * target known, and at most one row per (factor, target), so no effect is counted twice.
 * `row` counts the CSV header as row 1, as a spreadsheet shows it.
 */
export function parseEffectsTable(
  records: readonly unknown[],
  keys: EffectsTableKeys,
): { ok: true; effects: FitEffect[] } | { ok: false; issues: EffectsTableIssue[] } {
  const factors = new Set(keys.factors);
  const targets = { entry_mode: new Set(keys.modes), strategy: new Set(keys.strategies) };
  const issues: EffectsTableIssue[] = [];
  const effects: FitEffect[] = [];
  const ids = new Set<string>();
  const pairs = new Set<string>();
  records.forEach((record, index) => {
    const row = index + 2;
    const parsed = EffectRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push({ row, column: issue.path.map(String).join("."), message: issue.message });
      return;
    }
    const effect = parsed.data;
    if (ids.has(effect.id)) issues.push({ row, column: "id", message: `duplicate id ${effect.id}` });
    ids.add(effect.id);
    if (!factors.has(effect.factor)) issues.push({ row, column: "factor", message: `unknown factor ${effect.factor}` });
    if (!targets[effect.targetKind].has(effect.target)) {
      issues.push({
        row,
        column: "target",
        message: `unknown ${effect.targetKind.replace("_", " ")} ${effect.target}`,
      });
    }
    const pair = `${effect.factor}→${effect.targetKind}:${effect.target}`;
    if (pairs.has(pair)) issues.push({ row, column: "factor", message: `a second row for ${pair}` });
    pairs.add(pair);
    effects.push(effect);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, effects };
}
