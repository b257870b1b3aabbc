import { z } from "zod";

import {
  AhpRequestSchema,
  AhpResponseSchema,
  ScoreRequestSchema,
  ScoreResponseSchema,
  SensitivityResponseSchema,
} from "./engine";
import { EntryModeResponseSchema, FirmProfileSchema, MarketAssessmentsSchema } from "./fit";
import { currentGroupKey, withCurrentGroupKeys } from "./legacy-keys";
import { withCurrentRatingKeys } from "@/lib/workspace/market-ratings";
import { storable } from "./text";
import { MonteCarloSettingsSchema, WorkspaceStateSchema } from "./workspace";

// Contracts of saved scenarios (/api/v1/scenarios, the scenario pages and the report): what a
// user saves (inputs), what the server freezes at save time (results, always computed on the
// server from the database, never taken from the client), and the API's views of both.

export const SCENARIO_NAME_MAX = 200;
export const SCENARIO_NOTES_MAX = 10_000;
/** Deleted scenarios stay restorable this long, then are purged (see lib/server/scenarios.ts). */
export const SCENARIO_RETENTION_DAYS = 30;
/** Saved versions kept per scenario, the newest (docs/decisions/009-scenario-history.md). */
export const SCENARIO_REVISIONS_KEPT = 50;
/** Scenarios per page of GET /api/v1/scenarios: by default, and at most (`?limit=`). */
export const SCENARIO_PAGE_DEFAULT = 50;
export const SCENARIO_PAGE_MAX = 200;

const Iso3 = z.string().regex(/^[A-Z]{3}$/, "is not an ISO 3166 alpha-3 code");

/** Pairwise comparisons (Saaty's 1-9 scale) the weights came from; same shape as POST /api/v1/ahp. */
export const AhpComparisonSchema = AhpRequestSchema;
export type AhpComparison = z.infer<typeof AhpComparisonSchema>;

const ScenarioInputsFields = z.strictObject({
  /** Markets, method and options, weights and the user's assessments, as in the workspace URL. */
  state: WorkspaceStateSchema,
  /**
   * When present, the comparisons are the source of the weights: the server derives the group
   * weights (and the indicator weights of each compared group) from them and writes those into
   * `state`; a group or indicator left out of a comparison gets weight 0.
   */
  ahp: z
    .strictObject({
      /** Group keys of older data sets (host_regulation) are read as their current keys. */
      groups: AhpComparisonSchema.transform((c) => ({ ...c, criteria: c.criteria.map(currentGroupKey) })).optional(),
      /** Criteria-group key → comparisons of the indicators in that group. */
      indicators: z
        .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/), AhpComparisonSchema)
        .transform(withCurrentGroupKeys)
        .optional(),
    })
    .optional(),
  firmProfile: FirmProfileSchema.nullable(),
  entryMode: z
    .strictObject({
      /** Market the entry modes are assessed for; default: the top-ranked market. */
      market: Iso3.optional(),
      assessments: MarketAssessmentsSchema.optional(),
    })
    .optional(),
  monteCarlo: MonteCarloSettingsSchema,
});
/** Stored whole as jsonb, so free text inside (a firm profile's name, a reason) must be storable. */
export const ScenarioInputsSchema = ScenarioInputsFields.superRefine(storable).transform(withEntryModeRatings);
export type ScenarioInputs = z.infer<typeof ScenarioInputsSchema>;

/**
 * A scenario saved before the market ratings were one set kept its entry-mode ratings apart, in
 * `entryMode.assessments` for `entryMode.market`: they are read into `state.assessments`, where
 * the pages now look for them. A rating the state already holds for that market is kept.
 */
function withEntryModeRatings<T extends z.output<typeof ScenarioInputsFields>>(inputs: T): T {
  return readEntryModeRatings(inputs);
}

/**
 * Inputs as stored before the one set of market ratings, read as they are now: the key
 * "competition" as competitiveIntensity, and `entryMode.assessments` into `state.assessments`.
 * For rows read back from the database, which are not parsed again.
 */
export function withCurrentRatings(inputs: ScenarioInputs): ScenarioInputs {
  // A row is stored whole and not parsed again on read: one without a workspace state (a bare
  // record) is shown as stored rather than failing the read.
  if (!inputs?.state?.assessments) return inputs;
  const state = { ...inputs.state, assessments: withCurrentRatingKeys(inputs.state.assessments) };
  return readEntryModeRatings({ ...inputs, state });
}

function readEntryModeRatings<T extends z.output<typeof ScenarioInputsFields>>(inputs: T): T {
  const market = inputs.entryMode?.market;
  const old = inputs.entryMode?.assessments;
  if (!market || !old) return inputs;
  const ratings = { ...inputs.state.assessments[market] };
  for (const [key, rating] of Object.entries(old)) {
    const value = typeof rating === "number" ? rating : rating?.value;
    if (value !== undefined && ratings[key] === undefined) ratings[key] = value;
  }
  return { ...inputs, state: { ...inputs.state, assessments: { ...inputs.state.assessments, [market]: ratings } } };
}
export type ScenarioInputsInput = z.input<typeof ScenarioInputsSchema>;

const sensitivity = SensitivityResponseSchema.shape;

export const ScenarioRobustnessSchema = z.object({
  leader: sensitivity.leader,
  stability: sensitivity.stability,
  stabilityExact: sensitivity.stabilityExact,
  tornado: sensitivity.tornado,
  smallestChange: sensitivity.smallestChange,
  rankProbabilities: sensitivity.rankProbabilities,
  meanRank: sensitivity.meanRank,
  rankInterval90: sensitivity.rankInterval90,
  probabilityFirst: sensitivity.probabilityFirst,
  monteCarlo: sensitivity.monteCarlo,
  methodAgreement: sensitivity.methodAgreement,
});
export type ScenarioRobustness = z.infer<typeof ScenarioRobustnessSchema>;

const Provenance = z.object({ year: z.number().int(), source: z.string() });

const ScenarioImportsSchema = z.object({
  scope: z.object({
    markets: z.array(z.string()),
    indicators: z.array(z.string()),
    referenceIndicators: z.array(z.string()),
  }),
  batches: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      fileHash: z.string(),
      importedAt: z.string(),
      indicators: z.array(z.object({ key: z.string(), name: z.string() })),
      markets: z.array(z.string()),
    }),
  ),
});

export const ScenarioResultsSchema = z.object({
  /** ISO 8601. */
  computedAt: z.string(),
  datasetVersion: z.string(),
  datasetHash: z.string(),
  /** Names at save time: market iso3, criterion id and criteria-group key → display name. */
  labels: z.object({
    markets: z.record(z.string(), z.string()),
    criteria: z.record(z.string(), z.string()),
    groups: z.record(z.string(), z.string()),
  }),
  /** The exact engine input the ranking was computed from (weights, directions, values). */
  problem: ScoreRequestSchema,
  /** Year and source of every value in `problem` that came from the data set. */
  provenance: z.record(z.string(), z.record(z.string(), Provenance)),
  ranking: ScoreResponseSchema,
  robustness: ScenarioRobustnessSchema,
  /** Consistency of the AHP comparisons the weights came from, when any. */
  ahp: z
    .object({
      groups: AhpResponseSchema.optional(),
      indicators: z.record(z.string(), AhpResponseSchema).optional(),
    })
    .optional(),
  /** Entry modes and strategies for the recommended market; null without a firm profile. */
  entryModes: EntryModeResponseSchema.nullable(),
  /**
   * Entry modes and strategies for every ranked market (iso3 → the fit model's answer), so the
   * report can put the whole short list side by side. Absent without a firm profile and in
   * results saved before it was frozen (re-saving the scenario adds it).
   */
  entryModesByMarket: z.record(z.string(), EntryModeResponseSchema).optional(),
  /**
   * The imported batches that fed these results (id and file hash), and the scope they were
   * chosen by (lib/imports/staleness.ts). Absent in scenarios saved before it was recorded.
   */
  imports: ScenarioImportsSchema.optional(),
});
export type ScenarioResults = z.infer<typeof ScenarioResultsSchema>;

const timestamp = z.string();

/** The API's view of one scenario. */
export const ScenarioSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  notes: z.string(),
  version: z.number().int().min(1),
  inputs: ScenarioInputsSchema,
  results: ScenarioResultsSchema,
  datasetVersion: z.string(),
  datasetHash: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  /** The data set, or the imported data the results drew on, has changed since they were frozen. */
  stale: z.boolean(),
  /** What moved, one sentence each (imported batches added or removed); absent when nothing did. */
  staleBecause: z.array(z.string()).optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** One row of the scenario list: enough to choose, without the frozen results. */
export const ScenarioSummarySchema = ScenarioSchema.pick({
  id: true,
  name: true,
  notes: true,
  version: true,
  datasetVersion: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  stale: true,
  staleBecause: true,
}).extend({
  method: z.string(),
  markets: z.array(z.string()),
  /** The top-ranked market at save time. */
  leader: z.object({ iso3: z.string(), name: z.string() }).nullable(),
  /** When a deleted scenario will be purged; null for an active one. */
  purgeAt: timestamp.nullable(),
});
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

export const ScenarioListSchema = z.object({
  scenarios: z.array(ScenarioSummarySchema),
  retentionDays: z.number().int(),
  /** Pass as `?cursor=` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** How many scenarios the list has in all pages. */
  total: z.number().int(),
});

/** GET /api/v1/scenarios's query: `deleted`, `limit` (1 to SCENARIO_PAGE_MAX) and `cursor` (from nextCursor). */
export const ScenarioListQuerySchema = z.object({
  deleted: z.enum(["true", "false"], "must be true or false").optional(),
  limit: z
    .string()
    .regex(/^\d+$/, `must be a whole number from 1 to ${SCENARIO_PAGE_MAX}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, `must be from 1 to ${SCENARIO_PAGE_MAX}`)
        .max(SCENARIO_PAGE_MAX, `must be at most ${SCENARIO_PAGE_MAX}`),
    )
    .optional(),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,400}$/, "is not a cursor from nextCursor")
    .optional(),
});
export type ScenarioListQuery = z.infer<typeof ScenarioListQuerySchema>;
export type ScenarioList = z.infer<typeof ScenarioListSchema>;

const name = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(SCENARIO_NAME_MAX, `must be at most ${SCENARIO_NAME_MAX} characters`)
  .superRefine(storable);
const notes = z
  .string()
  .max(SCENARIO_NOTES_MAX, `must be at most ${SCENARIO_NOTES_MAX} characters`)
  .superRefine(storable);

export const CreateScenarioSchema = z.strictObject({ name, notes: notes.default(""), inputs: ScenarioInputsSchema });
export type CreateScenario = z.infer<typeof CreateScenarioSchema>;

/** A PUT with `inputs` recomputes and re-freezes the results on today's data set. */
export const UpdateScenarioSchema = z.strictObject({
  baseVersion: z.number().int().min(1),
  name: name.optional(),
  notes: notes.optional(),
  inputs: ScenarioInputsSchema.optional(),
});
export type UpdateScenario = z.infer<typeof UpdateScenarioSchema>;

export const DuplicateScenarioSchema = z.strictObject({ name: name.optional() });

/** 409 body: the save was based on a version that is no longer the current one. */
export const VersionConflictSchema = z.object({
  error: z.object({
    /** version_conflict: saved again meanwhile; scenario_deleted: deleted meanwhile. */
    code: z.enum(["version_conflict", "scenario_deleted"]),
    message: z.string(),
    currentVersion: z.number().int(),
  }),
});

// ---- Comparing two results (two scenarios, or a scenario's frozen results with today's data) ----

const CellSchema = z
  .object({ value: z.number(), year: z.number().int().nullable(), source: z.string().nullable() })
  .nullable();

export const DIFFERENCE_KINDS = ["method", "missing", "markets", "group_weight", "criterion_weight", "data"] as const;

export const ScenarioDifferenceSchema = z.object({
  kind: z.enum(DIFFERENCE_KINDS),
  /** Group key, criterion id, or the option's name. */
  key: z.string(),
  label: z.string(),
  /** A's and B's value in words (e.g. "35.0%" / "50.0%", "TOPSIS" / "Weighted sum"). */
  a: z.string(),
  b: z.string(),
  /** A's ranking recomputed with only this difference taken from B: Σ |rank change|. */
  displacement: z.number().nullable(),
  /** How many rank places this difference alone moves the biggest mover toward its rank in B. */
  explainsBiggestMove: z.number().nullable(),
  leaderChanges: z.boolean(),
  /** Market iso3 → rank in that recomputation. */
  ranks: z.record(z.string(), z.number()).nullable(),
  /** Why it could not be recomputed (e.g. a market left without data). */
  error: z.string().nullable(),
});
export type ScenarioDifference = z.infer<typeof ScenarioDifferenceSchema>;

export const ScenarioComparisonSchema = z.object({
  a: z.object({ label: z.string(), datasetVersion: z.string(), method: z.string(), leader: z.string().nullable() }),
  b: z.object({ label: z.string(), datasetVersion: z.string(), method: z.string(), leader: z.string().nullable() }),
  weights: z.object({
    groups: z.array(z.object({ key: z.string(), name: z.string(), a: z.number(), b: z.number() })),
    criteria: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        group: z.string().nullable(),
        /** Normalized global weights (sum 1 over criteria). */
        a: z.number(),
        b: z.number(),
      }),
    ),
  }),
  rankings: z.array(
    z.object({
      iso3: z.string(),
      name: z.string(),
      rankA: z.number().nullable(),
      rankB: z.number().nullable(),
      /** rankA − rankB: positive = moved up in B. null when the market is in one scenario only. */
      move: z.number().nullable(),
      scoreA: z.number().nullable(),
      scoreB: z.number().nullable(),
    }),
  ),
  /** Values that differ between the two (data-set updates or the user's assessments). */
  dataChanges: z.array(
    z.object({ iso3: z.string(), criterion: z.string(), criterionName: z.string(), a: CellSchema, b: CellSchema }),
  ),
  differences: z.array(ScenarioDifferenceSchema),
  biggestMove: z.object({ iso3: z.string(), rankA: z.number(), rankB: z.number(), move: z.number() }).nullable(),
  /** The difference that, on its own, moves ranks the most (index into differences); null if none. */
  cause: z.number().int().nullable(),
  summary: z.string(),
});
export type ScenarioComparison = z.infer<typeof ScenarioComparisonSchema>;

const FitOptionRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  scoreA: z.number().nullable(),
  scoreB: z.number().nullable(),
  rankA: z.number().int().nullable(),
  rankB: z.number().int().nullable(),
});

const FitSideSchema = z.object({
  /** The market assessed; null when the scenario has no fit (`missing` says why). */
  market: z.object({ iso3: z.string().nullable(), name: z.string().nullable() }).nullable(),
  /** The entry mode and the strategy ranked first. */
  mode: z.string().nullable(),
  strategy: z.string().nullable(),
  missing: z.string().nullable(),
});

/** Two scenarios' entry modes and strategies side by side, and the fit inputs that differ (issue 11 §4). */
export const EntryModeComparisonSchema = z.object({
  a: FitSideSchema,
  b: FitSideSchema,
  modes: z.array(FitOptionRowSchema),
  strategies: z.array(FitOptionRowSchema),
  inputChanges: z.array(
    z.object({
      kind: z.enum(["market", "firm", "marketFactor"]),
      key: z.string(),
      name: z.string(),
      a: z.string(),
      b: z.string(),
    }),
  ),
  summary: z.string(),
});
export type EntryModeComparison = z.infer<typeof EntryModeComparisonSchema>;

export const CompareResponseSchema = z.object({
  a: ScenarioSummarySchema,
  b: ScenarioSummarySchema,
  comparison: ScenarioComparisonSchema,
  /** The two scenarios' entry modes and strategies (absent from answers of before it was added). */
  entryModes: EntryModeComparisonSchema.optional(),
});
export type CompareResponse = z.infer<typeof CompareResponseSchema>;

/** GET /api/v1/scenarios/{id}/recompute: today's results beside the frozen ones (nothing saved). */
export const RecomputePreviewSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  stale: z.boolean(),
  frozen: z.object({ datasetVersion: z.string(), datasetHash: z.string(), computedAt: z.string() }),
  current: z.object({ datasetVersion: z.string(), datasetHash: z.string() }),
  results: ScenarioResultsSchema,
  changes: ScenarioComparisonSchema,
});
export type RecomputePreview = z.infer<typeof RecomputePreviewSchema>;

export const ScenarioIdSchema = z.uuid("is not a scenario id (a UUID)");
