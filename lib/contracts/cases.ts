import { z } from "zod";

import { MODEL_FAMILIES, MODEL_FORMS } from "@/lib/scoring/fit/calibration";
import { FIRM_FACTOR_KEYS, MARKET_FACTOR_KEYS } from "@/lib/scoring/fit/factors";

// The case library of documented market entries (data/framework/entry-cases.json) and the
// calibration computed from it (data/framework/entry-mode-calibration.json, written by
// `npm run calibrate`); docs/decisions/012-entry-mode-calibration.md.

const iso3 = z.string().regex(/^[A-Z]{3}$/, "is not an ISO 3166 alpha-3 code");
const text = z.string().trim().min(1, "is empty");
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");

export const ENTRY_OUTCOMES = ["stayed", "exited", "sold", "changed_mode", "unknown"] as const;

const Rating = z.strictObject({
  rating: z.number().int().min(1, "must be at least 1").max(5, "must be at most 5"),
  why: text,
  /** The id of one of the case's sources, or several separated by commas. */
  source: text,
});

const CaseSource = z.strictObject({
  id: text,
  title: text,
  publisher: z.string(),
  /** A date, or a note saying the source is undated ("n.d. …", "undated …"); empty when unknown. */
  published: z.union([
    date,
    z.literal(""),
    z.string().regex(/^(n\.d\.|undated)/, "is not a date (YYYY, YYYY-MM or YYYY-MM-DD) or an undated note"),
  ]),
  locator: text,
  /** The primary source a secondary one (news quoting a figure) reports; empty for a primary source. */
  secondaryOf: z.string(),
});

function factorRecord(keys: readonly string[]) {
  return z.record(z.string(), Rating).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (!keys.includes(key))
        ctx.addIssue({ code: "custom", path: [key], message: `is not a factor (${keys.join(", ")})` });
    }
  });
}

export const EntryCaseEntry = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, "must be lowercase letters, digits and dashes"),
    firm: text,
    home: iso3,
    host: iso3,
    year: z.number().int().min(1990).max(2030),
    mode: text,
    modeNote: text,
    outcome: z.enum(ENTRY_OUTCOMES),
    outcomeYear: z.number().int().min(1990).max(2030).nullable().optional(),
    outcomeNote: z.string(),
    sources: z.array(CaseSource).min(1, "needs at least one source"),
    firmFactors: factorRecord(FIRM_FACTOR_KEYS),
    marketFactors: factorRecord(MARKET_FACTOR_KEYS),
    ratingNote: z.string(),
  })
  .superRefine((c, ctx) => {
    const ids = new Set(c.sources.map((s) => s.id));
    for (const [scope, record] of [
      ["firmFactors", c.firmFactors],
      ["marketFactors", c.marketFactors],
    ] as const) {
      for (const [key, rating] of Object.entries(record)) {
        if (!rating.source.split(",").every((id) => ids.has(id.trim()))) {
          ctx.addIssue({
            code: "custom",
            path: [scope, key, "source"],
            message: `names no source of this case ("${rating.source}")`,
          });
        }
      }
    }
  });
export type EntryCase = z.infer<typeof EntryCaseEntry>;

const share = z.number().min(0).max(1);
const modeCounts = z.record(z.string(), z.record(z.string(), z.number().int().min(0)));

const SummaryFigures = {
  cases: z.number().int().min(0),
  top1: share,
  top2: share,
  /** Always naming the most common mode (top-1), or the two most common (top-2), of the training cases. */
  baseRate: share,
  baseRateTop2: share,
  confusion: modeCounts,
  perMode: z.record(
    z.string(),
    z.strictObject({
      cases: z.number().int().min(0),
      top1: share,
      top2: share,
      /** How many of the mode's cases had it first / in the first two. */
      top1Hits: z.number().int().min(0),
      top2Hits: z.number().int().min(0),
    }),
  ),
};
const Summary = z.strictObject({
  ...SummaryFigures,
  predictions: z.array(
    z.strictObject({
      caseId: z.string(),
      actual: z.string(),
      predicted: z.array(z.string()),
      baseline: z.string(),
      baselineTop2: z.array(z.string()),
      /** The family the inner cross-validation chose for this held-out case (nested backtest only). */
      chosenFamily: z.string().optional(),
      /**
       * Each mode's 0-100 score under the held-out model (nested backtest only; files written before
       * it lack it): the basis of the score uncertainty (docs/decisions/018).
       */
      scores: z.record(z.string(), z.number().min(0).max(100)).optional(),
    }),
  ),
});
export type BacktestSummaryRecord = z.infer<typeof Summary>;

const Spec = {
  family: z.enum(MODEL_FAMILIES),
  /** How a mode's fit is formed: decision record 005's weighted mean, or the sum over the hand-set total (decision record 012). */
  form: z.enum(MODEL_FORMS),
  offsets: z.boolean(),
  lambda: z.number().min(0),
};

export const EntryModeCalibrationFile = z.strictObject({
  /** SHA-256 of the case library, the effects and entry-mode tables, and the calibration code and settings. */
  inputsHash: z.string().regex(/^[0-9a-f]{64}$/),
  method: text,
  /** The model chosen by cross-validation on all cases (the one the product uses), and how it was searched. */
  settings: z.strictObject({
    ...Spec,
    temperature: z.number().positive(),
    lambdas: z.array(z.number().min(0)).min(1),
    innerFolds: z.number().int().min(2),
    maxIterations: z.number().int().min(1),
    tolerance: z.number().positive(),
  }),
  /** Every candidate model, simplest first, and its cross-validated log-loss on all cases (ln 6 ≈ 1.792 = uniform guessing) with its standard error. */
  selection: z
    .array(z.strictObject({ ...Spec, crossValidatedLogLoss: z.number(), standardError: z.number().min(0) }))
    .min(1),
  /** Group (theory tag, factor or effect id, by family) → multiplier of the hand-set strengths; empty for hand_set. */
  multipliers: z.record(z.string(), z.number().min(0)),
  /** Entry mode → offset added to its fit (on the fit's -1..1 scale; 0 = none), fitted with the strengths. */
  offsets: z.record(z.string(), z.number()),
  /** Effect id → hand-set strength and the strength calibrated on every case (never below 0: the sign is the theory's). */
  strengths: z.record(z.string(), z.strictObject({ handSet: z.number(), calibrated: z.number().min(0) })),
  /** Factor → how many cases rate it (the others read it as the neutral 3), and how many entry-mode rows it drives. */
  coverage: z.record(
    z.string(),
    z.strictObject({
      rated: z.number().int().min(0),
      cases: z.number().int().min(0),
      entryModeRows: z.number().int().min(0),
    }),
  ),
  /** The no-information rate: the library's most common mode(s) and their share of all cases. */
  noInformation: z.strictObject({ mostCommon: z.array(z.string()).length(2), top1: share, top2: share }),
  /** Leave-one-out: the whole model selection repeated on the other cases, tested on the held-out one. */
  leaveOneOut: Summary,
  /** Leave-one-out with each family fixed (λ still chosen inside): a comparison, not the headline figure. */
  leaveOneOutByFamily: z.record(z.string(), z.strictObject(SummaryFigures)),
  /** The hand-set table on every case (not fitted to them; written knowing the Alibaba cases). */
  handSet: Summary,
  /** The chosen model fitted on all cases and scored on the same cases: in sample, an upper bound, not a test. */
  inSample: Summary,
  /** The model the product ranks with: `hand_set` when the selection chose the bare hand-set table, else `calibrated`. */
  productModel: z.strictObject({ kind: z.enum(["hand_set", "calibrated"]), family: z.string() }),
  /**
   * The effects whose calibrated strength differs most from the hand-set one (|calibrated − hand-set|,
   * largest first, at most ten; empty when nothing moved).
   */
  movedMost: z.array(
    z.strictObject({
      effectId: z.string(),
      factor: z.string(),
      mode: z.string(),
      theory: z.string(),
      handSet: z.number(),
      calibrated: z.number().min(0),
    }),
  ),
  /**
   * The thesis's two Alibaba entries as the case library rates them, ranked by the hand-set table,
   * by the model the product uses, and by the model chosen with the case held out (the backtest's
   * prediction). In sample: both cases are in the library and the table was written knowing them.
   */
  replays: z.array(
    z.strictObject({
      caseId: z.string(),
      actual: z.string(),
      handSet: z.array(z.string()),
      selected: z.array(z.string()),
      heldOut: z.array(z.string()),
      inSample: z.literal(true),
      note: text,
    }),
  ),
});
export type EntryModeCalibration = z.infer<typeof EntryModeCalibrationFile>;
