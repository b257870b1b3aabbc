/**
 * Contracts of the scoring engine's endpoints (HTTP /api/v1 and the CLI): one zod schema per
 * request and response, types inferred from them. Parse requests here at the edge, then call
 * scoreRequest / ahpRequest / sensitivityRequest from lib/scoring/requests.ts.
 * Error mapping at the edge: a ZodError whose limitExceeded(...) is non-null → 413, any other
 * ZodError → 400; ScoringLimitError → 413, ScoringInputError → 400 (CLI: exit 2).
 */
import { z } from "zod";
import {
  MAX_AHP_CRITERIA,
  MAX_ALTERNATIVES,
  MAX_CRITERIA,
  MAX_GROUPS,
  MAX_MONTE_CARLO_SAMPLES,
  MAX_REFERENCE_VALUES,
} from "@/lib/scoring/limits";

export { MAX_AHP_CRITERIA, MAX_ALTERNATIVES, MAX_CRITERIA, MAX_GROUPS, MAX_MONTE_CARLO_SAMPLES, MAX_REFERENCE_VALUES };

const MAX_ID_LENGTH = 200;
const MAX_SEED = 2 ** 32 - 1;

const IdSchema = z.string().min(1).max(MAX_ID_LENGTH);
const WeightSchema = z.number().min(0, { error: "a weight must be ≥ 0" });

export const MethodSchema = z.enum(["wsm", "topsis", "promethee2"]);
export const NormalizationSchema = z.enum(["minmax", "vector"]);
export const MissingPolicySchema = z.enum(["renormalize", "worst"]);
export const DirectionSchema = z.enum(["benefit", "cost"]);

const Threshold = z.number().min(0, { error: "a threshold must be ≥ 0" });

/**
 * PROMETHEE preference functions (Brans & Vincke 1985, types I-VI). A threshold left out takes
 * its default from the criterion's spread over the reference set (q = 0.1σ, p = 0.5σ, s = 0.3σ;
 * docs/decisions/014-uncertainty-and-preferences.md); the response reports the values used.
 */
export const PreferenceFunctionSchema = z
  .discriminatedUnion("type", [
    z.strictObject({ type: z.literal("usual") }),
    z.strictObject({ type: z.literal("ushape"), q: Threshold.optional() }),
    z.strictObject({ type: z.literal("vshape"), p: Threshold.optional() }),
    z.strictObject({ type: z.literal("level"), q: Threshold.optional(), p: Threshold.optional() }),
    z.strictObject({ type: z.literal("linear"), q: Threshold.optional(), p: Threshold.optional() }),
    z.strictObject({ type: z.literal("gaussian"), s: Threshold.optional() }),
  ])
  .refine((f) => !("q" in f && "p" in f) || f.q === undefined || f.p === undefined || f.p >= f.q, {
    error: "the preference function needs q ≤ p",
    path: ["p"],
  });

export const ResolvedPreferenceSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("usual") }),
  z.strictObject({ type: z.literal("ushape"), q: z.number() }),
  z.strictObject({ type: z.literal("vshape"), p: z.number() }),
  z.strictObject({ type: z.literal("level"), q: z.number(), p: z.number() }),
  z.strictObject({ type: z.literal("linear"), q: z.number(), p: z.number() }),
  z.strictObject({ type: z.literal("gaussian"), s: z.number() }),
]);

export const CriterionSchema = z.strictObject({
  id: IdSchema,
  weight: WeightSchema,
  direction: DirectionSchema,
  group: IdSchema.optional(),
  preference: PreferenceFunctionSchema.optional(),
});

export const CriteriaGroupSchema = z.strictObject({ id: IdSchema, weight: WeightSchema });

/** A bare number or {relative} is a fraction of the value (0.1 = ±10 %); {absolute} is in units. */
export const UncertaintySchema = z.union([
  z.number().min(0),
  z.strictObject({ relative: z.number().min(0) }),
  z.strictObject({ absolute: z.number().min(0) }),
]);

export const AlternativeSchema = z.strictObject({
  id: IdSchema,
  /** null or absent = missing (never 0). */
  values: z.record(IdSchema, z.number().nullable()),
  uncertainty: z.record(IdSchema, UncertaintySchema).optional(),
});

/**
 * The reference set each criterion is normalized over: per criterion id, the observed values of
 * every market in the data set (docs/decisions/013-missing-data-never-helps.md). Criteria left out
 * fall back to the selected alternatives, as a request without `reference` does.
 */
export const ReferenceSetSchema = z.strictObject({
  label: z.string().max(MAX_ID_LENGTH).optional(),
  values: z.record(
    IdSchema,
    z.array(z.number()).max(MAX_REFERENCE_VALUES, {
      error: `at most ${MAX_REFERENCE_VALUES} reference values per criterion (MAX_REFERENCE_VALUES)`,
    }),
  ),
});

const scoreShape = {
  method: MethodSchema,
  normalization: NormalizationSchema.optional(),
  missing: MissingPolicySchema.optional(),
  /** Share of the alternatives a criterion must be known for to take part; default 0.5. */
  coverageThreshold: z.number().min(0).max(1).optional(),
  reference: ReferenceSetSchema.optional(),
  criteria: z
    .array(CriterionSchema)
    .min(1, { error: "at least one criterion is required" })
    .max(MAX_CRITERIA, { error: `at most ${MAX_CRITERIA} criteria (MAX_CRITERIA)` }),
  groups: z
    .array(CriteriaGroupSchema)
    .min(1)
    .max(MAX_GROUPS, { error: `at most ${MAX_GROUPS} groups (MAX_GROUPS)` })
    .optional(),
  alternatives: z
    .array(AlternativeSchema)
    .min(1, { error: "at least one alternative is required" })
    .max(MAX_ALTERNATIVES, { error: `at most ${MAX_ALTERNATIVES} alternatives (MAX_ALTERNATIVES)` }),
};

type ScoreShape = z.infer<z.ZodObject<typeof scoreShape>>;

/** The ids of a list, each repeated id reported where it is used again. */
function distinctIds(items: readonly { id: string }[], what: string, path: string, ctx: z.RefinementCtx) {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id))
      ctx.addIssue({ code: "custom", message: `${what} id "${item.id}" is used twice`, path: [path, i, "id"] });
    ids.add(item.id);
  });
  return ids;
}

/** Cross-references zod cannot express field by field: unique ids, known criterion and group ids. */
function checkReferences(request: ScoreShape, ctx: z.RefinementCtx): void {
  const criterionIds = distinctIds(request.criteria, "criterion", "criteria", ctx);
  const groupIds = distinctIds(request.groups ?? [], "group", "groups", ctx);
  request.criteria.forEach((criterion, i) => {
    if (request.groups === undefined) {
      if (criterion.group !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: `criterion "${criterion.id}" names group "${criterion.group}" but no groups are declared`,
          path: ["criteria", i, "group"],
        });
      }
    } else if (criterion.group === undefined) {
      ctx.addIssue({
        code: "custom",
        message: `criterion "${criterion.id}" needs a group when groups are declared`,
        path: ["criteria", i, "group"],
      });
    } else if (!groupIds.has(criterion.group)) {
      ctx.addIssue({
        code: "custom",
        message: `criterion "${criterion.id}" names unknown group "${criterion.group}"`,
        path: ["criteria", i, "group"],
      });
    }
  });
  distinctIds(request.alternatives, "alternative", "alternatives", ctx);
  for (const key of Object.keys(request.reference?.values ?? {})) {
    if (!criterionIds.has(key))
      ctx.addIssue({ code: "custom", message: `unknown criterion id "${key}"`, path: ["reference", "values", key] });
  }
  request.alternatives.forEach((alternative, i) => {
    for (const key of Object.keys(alternative.values)) {
      if (!criterionIds.has(key))
        ctx.addIssue({
          code: "custom",
          message: `unknown criterion id "${key}"`,
          path: ["alternatives", i, "values", key],
        });
    }
    for (const key of Object.keys(alternative.uncertainty ?? {})) {
      if (!criterionIds.has(key))
        ctx.addIssue({
          code: "custom",
          message: `unknown criterion id "${key}"`,
          path: ["alternatives", i, "uncertainty", key],
        });
    }
  });
}

/**
 * The parts of a request the cross-reference check reads. When they are well-formed the check runs
 * even if other fields failed, so that field errors and cross-reference errors (an unknown
 * criterion id) are reported in one answer, not in two rounds.
 */
const ReferencedIdsSchema = z.object({
  criteria: z.array(z.object({ id: z.string(), group: z.string().optional() })),
  groups: z.array(z.object({ id: z.string() })).optional(),
  alternatives: z.array(
    z.object({
      id: z.string(),
      values: z.record(z.string(), z.unknown()),
      uncertainty: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});
const referencesReadable = {
  when: (payload: { value: unknown }) => ReferencedIdsSchema.safeParse(payload.value).success,
};

export const ScoreRequestSchema = z.strictObject(scoreShape).superRefine(checkReferences, referencesReadable);
export type ScoreRequest = z.infer<typeof ScoreRequestSchema>;

export const RankedAlternativeSchema = z.strictObject({
  id: z.string(),
  rank: z.number().int().min(1),
  score: z.number(),
  contributions: z.record(z.string(), z.number()),
  missing: z.array(z.string()),
  coverage: z.number().min(0).max(1),
});

/**
 * Additions of issue 10: coverage exclusions, the reference set used, PROMETHEE's functions.
 * Every new answer has them; optional only so that results frozen before them still parse.
 */
const problemSettingsShape = {
  coverageThreshold: z.number().optional(),
  excludedCriteria: z.array(z.strictObject({ id: z.string(), coverage: z.number().min(0).max(1) })).optional(),
  reference: z
    .strictObject({
      set: z.enum(["supplied", "selected"]),
      label: z.string().nullable(),
      fallback: z.array(z.string()),
    })
    .optional(),
  preferences: z.record(z.string(), ResolvedPreferenceSchema).optional(),
};

export const ScoreResponseSchema = z.strictObject({
  method: MethodSchema,
  normalization: z.enum(["minmax", "vector", "none"]),
  missing: MissingPolicySchema,
  ...problemSettingsShape,
  weights: z.record(z.string(), z.number()),
  ranking: z.array(RankedAlternativeSchema),
});
export type ScoreResponse = z.infer<typeof ScoreResponseSchema>;

export const AhpMethodSchema = z.enum(["eigenvector", "geometric"]);

export const AhpRequestSchema = z
  .strictObject({
    criteria: z
      .array(IdSchema)
      .min(1)
      .max(MAX_AHP_CRITERIA, {
        error: `at most ${MAX_AHP_CRITERIA} elements in one comparison matrix (MAX_AHP_CRITERIA)`,
      }),
    matrix: z
      .array(z.array(z.number().positive({ error: "comparisons must be positive" })))
      .min(1)
      .max(MAX_AHP_CRITERIA, { error: `at most ${MAX_AHP_CRITERIA} rows (MAX_AHP_CRITERIA)` }),
    method: AhpMethodSchema.optional(),
  })
  .superRefine((request, ctx) => {
    const n = request.criteria.length;
    if (new Set(request.criteria).size !== n)
      ctx.addIssue({ code: "custom", message: "criterion ids must be unique", path: ["criteria"] });
    if (request.matrix.length !== n) {
      ctx.addIssue({
        code: "custom",
        message: `the matrix has ${request.matrix.length} rows for ${n} criteria`,
        path: ["matrix"],
      });
    }
    request.matrix.forEach((row, i) => {
      if (row.length !== request.matrix.length) {
        ctx.addIssue({
          code: "custom",
          message: `matrix[${i}] has ${row.length} entries; the matrix must be square`,
          path: ["matrix", i],
        });
      }
    });
  });
export type AhpRequest = z.infer<typeof AhpRequestSchema>;

export const AhpResponseSchema = z.strictObject({
  weights: z.record(z.string(), z.number()),
  lambdaMax: z.number(),
  ci: z.number(),
  cr: z.number(),
  consistent: z.boolean(),
  /** Only when CR > 0.1: the judgement to revisit first, and its consistent value. */
  worstPair: z.tuple([z.string(), z.string()]).optional(),
  suggestedValue: z.number().optional(),
  method: AhpMethodSchema,
  randomIndex: z.literal("Saaty 1980"),
  randomIndexValue: z.number(),
});
export type AhpResponse = z.infer<typeof AhpResponseSchema>;

/**
 * Some pairs only (issue 11 §10): criteria[i] is `value` times as important as criteria[j] for each
 * given pair; n − 1 pairs that link every criterion are enough. Weights by the logarithmic least
 * squares method for incomplete matrices (Bozóki, Fülöp & Rónyai 2010), consistency by the
 * geometric consistency index over the given pairs (lib/scoring/ahpIncomplete.ts).
 */
export const AhpJudgementSchema = z.strictObject({
  first: IdSchema,
  second: IdSchema,
  value: z.number().positive({ error: "a comparison must be a positive number" }),
});

export const AhpComparisonsRequestSchema = z
  .strictObject({
    criteria: z
      .array(IdSchema)
      .min(1)
      .max(MAX_AHP_CRITERIA, {
        error: `at most ${MAX_AHP_CRITERIA} elements in one comparison set (MAX_AHP_CRITERIA)`,
      }),
    comparisons: z.array(AhpJudgementSchema).max((MAX_AHP_CRITERIA * (MAX_AHP_CRITERIA - 1)) / 2, {
      error: `at most one comparison per pair of ${MAX_AHP_CRITERIA} criteria`,
    }),
  })
  .superRefine((request, ctx) => {
    const known = new Set(request.criteria);
    if (known.size !== request.criteria.length)
      ctx.addIssue({ code: "custom", message: "criterion ids must be unique", path: ["criteria"] });
    request.comparisons.forEach((c, k) => {
      for (const field of ["first", "second"] as const) {
        if (!known.has(c[field]))
          ctx.addIssue({
            code: "custom",
            message: `"${c[field]}" is not one of the criteria`,
            path: ["comparisons", k, field],
          });
      }
    });
  });
export type AhpComparisonsRequest = z.infer<typeof AhpComparisonsRequestSchema>;

export const AhpComparisonsResponseSchema = z.strictObject({
  weights: z.record(z.string(), z.number()),
  method: z.literal("llsm"),
  /** Judgements given, and how many go beyond the n − 1 that link every criterion. */
  judgements: z.number().int(),
  redundant: z.number().int(),
  /** Geometric consistency index over the given pairs; null while nothing can be checked. */
  gci: z.number().nullable(),
  gciThreshold: z.number().nullable(),
  consistencyIndex: z.literal("GCI, Aguarón & Moreno-Jiménez 2003"),
  consistent: z.boolean(),
  /** Only when inconsistent: the given judgement to revisit first, and its consistent value. */
  worstPair: z.tuple([z.string(), z.string()]).optional(),
  suggestedValue: z.number().optional(),
});
export type AhpComparisonsResponse = z.infer<typeof AhpComparisonsResponseSchema>;

/** POST /api/v1/ahp takes either a full matrix or some comparisons. */
export const AhpAnyRequestSchema = z.union([AhpRequestSchema, AhpComparisonsRequestSchema]);
export const AhpAnyResponseSchema = z.union([AhpResponseSchema, AhpComparisonsResponseSchema]);

export const MonteCarloSettingsSchema = z.strictObject({
  samples: z
    .number()
    .int()
    .min(1)
    .max(MAX_MONTE_CARLO_SAMPLES, {
      error: `at most ${MAX_MONTE_CARLO_SAMPLES} Monte Carlo samples (MAX_MONTE_CARLO_SAMPLES)`,
    })
    .optional(),
  seed: z.number().int().min(0).max(MAX_SEED).optional(),
  concentration: z.number().positive().optional(),
  valueDistribution: z.enum(["uniform", "normal"]).optional(),
});

export const TornadoSettingsSchema = z
  .strictObject({ low: z.number().min(0).optional(), high: z.number().min(0).optional() })
  .refine((t) => (t.low ?? 0.5) <= (t.high ?? 1.5), {
    error: "tornado.low must not exceed tornado.high",
    path: ["high"],
  });

export const SensitivityRequestSchema = z
  .strictObject({
    ...scoreShape,
    monteCarlo: MonteCarloSettingsSchema.optional(),
    tornado: TornadoSettingsSchema.optional(),
    /** Display names for alternative and criterion ids, used in sentences. */
    labels: z.record(z.string(), z.string().max(MAX_ID_LENGTH)).optional(),
  })
  .superRefine(checkReferences, referencesReadable);
export type SensitivityRequest = z.infer<typeof SensitivityRequestSchema>;

const IdNumberMap = z.record(z.string(), z.number());

const TornadoEndSchema = z.strictObject({
  weight: z.number(),
  leader: z.string(),
  ranks: IdNumberMap,
  scores: IdNumberMap,
});

export const SensitivityResponseSchema = z.strictObject({
  method: MethodSchema,
  normalization: z.enum(["minmax", "vector", "none"]),
  missing: MissingPolicySchema,
  ...problemSettingsShape,
  weights: IdNumberMap,
  leader: z.string(),
  stability: z.record(
    z.string(),
    z.strictObject({
      weight: z.number(),
      low: z.number(),
      high: z.number(),
      lowBounded: z.boolean(),
      highBounded: z.boolean(),
      lowChallenger: z.string().nullable(),
      highChallenger: z.string().nullable(),
    }),
  ),
  /** True for the weighted sum and PROMETHEE II (exact bounds); false for TOPSIS (grid approximation). */
  stabilityExact: z.boolean().optional(),
  tornado: z.array(
    z.strictObject({
      criterion: z.string(),
      weight: z.number(),
      low: TornadoEndSchema,
      high: TornadoEndSchema,
      swing: z.number(),
      leaderChanges: z.boolean(),
    }),
  ),
  rankProbabilities: z.record(z.string(), z.array(z.number())),
  meanRank: IdNumberMap,
  rankInterval90: z.record(z.string(), z.strictObject({ low: z.number().int(), high: z.number().int() })),
  probabilityFirst: IdNumberMap,
  monteCarlo: z.strictObject({
    samples: z.number().int(),
    seed: z.number().int(),
    concentration: z.number(),
    valueDistribution: z.enum(["uniform", "normal"]),
    /** How many values were sampled (0 = weights only); absent in results frozen before it. */
    valuesVaried: z.number().int().min(0).optional(),
  }),
  smallestChange: z.strictObject({
    leader: z.string(),
    runnerUp: z.string().nullable(),
    tied: z.boolean(),
    criterion: z.string().nullable(),
    from: z.number().nullable(),
    to: z.number().nullable(),
    change: z.number().nullable(),
    sentence: z.string(),
  }),
  methodAgreement: z.strictObject({
    variants: z.array(z.string()),
    rankings: z.record(z.string(), IdNumberMap),
    scores: z.record(z.string(), IdNumberMap),
    spearman: z.array(z.strictObject({ a: z.string(), b: z.string(), rho: z.number().nullable() })),
    sameLeader: z.boolean(),
  }),
});
export type SensitivityResponse = z.infer<typeof SensitivityResponseSchema>;

const LIMITS_BY_PATH: Record<string, string> = {
  alternatives: "MAX_ALTERNATIVES",
  criteria: "MAX_CRITERIA",
  groups: "MAX_GROUPS",
  matrix: "MAX_AHP_CRITERIA",
  "monteCarlo.samples": "MAX_MONTE_CARLO_SAMPLES",
};
const LIMIT_PREFIXES: [string, string][] = [["reference.values.", "MAX_REFERENCE_VALUES"]];

/**
 * The size limit a failed parse ran into, if any (the edge answers 413 instead of 400).
 * Only "too big" issues on the limited fields count; the AHP criteria list maps to its own limit.
 */
export function limitExceeded(
  error: z.ZodError,
): { limit: string; max: number; path: (string | number)[]; message: string } | null {
  for (const issue of error.issues) {
    if (issue.code !== "too_big") continue;
    const key = issue.path.join(".");
    let limit = LIMITS_BY_PATH[key];
    // An AHP request's criteria list is capped by MAX_AHP_CRITERIA, a score request's by MAX_CRITERIA.
    if (key === "criteria" && Number(issue.maximum) === MAX_AHP_CRITERIA) limit = "MAX_AHP_CRITERIA";
    limit ??= LIMIT_PREFIXES.find(([prefix]) => key.startsWith(prefix))?.[1];
    if (limit === undefined) continue;
    return {
      limit,
      max: Number(issue.maximum),
      path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
      message: issue.message,
    };
  }
  return null;
}
