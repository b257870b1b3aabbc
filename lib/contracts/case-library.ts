import { z } from "zod";

import { ENTRY_OUTCOMES, EntryCaseEntry } from "./cases";

// What the API serves from the case library and its calibration (issue 10 §5.1, §5.3, §5.4):
// GET /api/v1/cases, GET /api/v1/entry-modes/backtest, and the similar cases added to
// POST /api/v1/entry-modes. The files' own contracts are in ./cases.ts.

const iso3Filter = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be an ISO 3166 alpha-3 market code such as IDN");

/** GET /api/v1/cases: every filter optional; several filters narrow together (AND). */
export const CasesQuerySchema = z.strictObject({
  host: iso3Filter.optional(),
  home: iso3Filter.optional(),
  /** An entry-mode key of the framework (own_subsidiary, acquisition_stake, …); checked against it. */
  mode: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]*$/, "must be an entry-mode key such as own_subsidiary")
    .optional(),
  outcome: z.enum(ENTRY_OUTCOMES, { error: `must be one of ${ENTRY_OUTCOMES.join(", ")}` }).optional(),
});
export type CasesQuery = z.infer<typeof CasesQuerySchema>;

export const CaseLibrarySchema = z.object({
  /** Entries in the whole library, and how many pass the filters. */
  total: z.number().int().min(0),
  count: z.number().int().min(0),
  filters: CasesQuerySchema,
  cases: z.array(EntryCaseEntry),
});
export type CaseLibrary = z.infer<typeof CaseLibrarySchema>;

/** A count out of a number of cases, and its share (0 when there are no cases). */
export const HitsSchema = z.object({
  hits: z.number().int().min(0),
  cases: z.number().int().min(0),
  share: z.number().min(0).max(1),
});
export type Hits = z.infer<typeof HitsSchema>;

const ModeRef = { mode: z.string(), name: z.string() };

/**
 * How far apart two entry-mode scores must be before the model can tell them apart
 * (docs/decisions/018-entry-mode-score-uncertainty.md): the split-conformal quantile of the
 * leave-one-out gaps between the model's first choice and the firm's actual mode.
 */
export const EntryModeScoreUncertaintySchema = z.object({
  /** Score points (0-100 scale): modes within this of the first choice are tied within the model's error. */
  points: z.number().min(0),
  /** Share of unseen entries whose actual mode lay within `points` of the first choice that the points are chosen for. */
  coverage: z.number().gt(0).lt(1),
  /** Held-out entries the gaps come from, how many the first choice got right, how many lay within `points`. */
  cases: z.number().int().min(1),
  firstChoiceRight: z.number().int().min(0),
  within: z.number().int().min(0),
  /** The figures in plain words. */
  basis: z.string(),
});
export type EntryModeScoreUncertaintyRecord = z.infer<typeof EntryModeScoreUncertaintySchema>;

export const EntryModeBacktestSchema = z.object({
  /** SHA-256 of what the calibration read (library, effects, entry modes, code and settings); the file records no date. */
  inputsHash: z.string(),
  method: z.string(),
  /** The model the product uses: chosen by cross-validation on all cases. */
  model: z.object({
    family: z.string(),
    offsets: z.boolean(),
    lambda: z.number(),
    temperature: z.number(),
    description: z.string(),
  }),
  /** Leave-one-out: each case ranked by a model selected and fitted without it. */
  outOfSample: z.object({ cases: z.number().int().min(0), top1: HitsSchema, top2: HitsSchema }),
  /** Always naming the most common mode (top-1), or the two most common (top-2), of the training cases. */
  baseRate: z.object({
    top1: HitsSchema,
    top2: HitsSchema,
    mostCommon: z.array(z.object(ModeRef)),
  }),
  beatsBaseRate: z.object({ top1: z.boolean(), top2: z.boolean() }),
  perMode: z.array(z.object({ ...ModeRef, top1: HitsSchema, top2: HitsSchema })),
  /** Actual mode (rows) × the model's first choice (columns), held-out cases only. */
  confusion: z.object({
    modes: z.array(z.object(ModeRef)),
    counts: z.array(z.array(z.number().int().min(0))),
  }),
  /** The chosen model scored on the cases it was fitted on: an upper bound, not a test. */
  inSample: z.object({ top1: HitsSchema, top2: HitsSchema }),
  /** The plain-words summary a board member reads (the page and the report print the same). */
  summary: z.array(z.string()),
  /** The score gap within which modes are tied (decision record 018); null when the file keeps no held-out scores. */
  scoreUncertainty: EntryModeScoreUncertaintySchema.nullable().optional(),
});
export type EntryModeBacktest = z.infer<typeof EntryModeBacktestSchema>;

/** One documented entry near the firm and market in factor space (docs/decisions/015-similar-cases.md). */
export const SimilarCaseSchema = z.object({
  id: z.string(),
  firm: z.string(),
  home: z.string(),
  host: z.string(),
  year: z.number().int(),
  mode: z.string(),
  outcome: z.enum(ENTRY_OUTCOMES),
  outcomeYear: z.number().int().nullable(),
  outcomeNote: z.string(),
  /** Root mean square gap on the 1-5 scale over the factors the request rates (0 = identical). */
  distance: z.number().min(0),
  /** Factors both rate, of the factors the request rates. */
  shared: z.number().int().min(0),
  compared: z.number().int().min(0),
});
export type SimilarCase = z.infer<typeof SimilarCaseSchema>;
