import { z } from "zod";

import { FirmProfileSchema } from "./fit";
import { storable } from "./text";
import { WORKSPACE_METHODS } from "@/lib/workspace/defaults";

// Group decisions (issue 13 §4; docs/decisions/021-group-weighting.md for the arithmetic,
// docs/decisions/023-group-decisions.md for the flow). A facilitator sets up the markets, the
// criteria and the method; each participant weighs the criteria privately; the facilitator
// reveals the inputs and the group result; then freezes it into a scenario.
//
// Endpoints (all JSON; errors as lib/contracts/api.ts ApiError; 401 in team mode without a
// session, 403 without the role's permission, 404 for a decision of another workspace):
//
//   GET  /api/v1/decisions                      → DecisionList            (decision:read)
//   POST /api/v1/decisions                      CreateDecision → 201 Decision  (decision:create: editor, owner)
//   GET  /api/v1/decisions/people               → DecisionPeople: the workspace's members who can
//                                                 be invited (decision:create)
//   GET  /api/v1/decisions/{id}                 → Decision                (decision:read)
//   GET  /api/v1/decisions/{id}?sinceRevision=N → Decision when the decision's revision is not N,
//                                                 else DecisionUnchanged (plain polling)
//   PUT  /api/v1/decisions/{id}/participants    SetParticipants → Decision (the facilitator, while
//                                                 open; 409 on a stale baseVersion)
//   POST /api/v1/decisions/{id}/preview         DecisionInput → MemberPreview: the ranking and CR
//                                                 of an unsaved input, nothing stored (participants)
//   PUT  /api/v1/decisions/{id}/input           SubmitInput → Decision (participants, until frozen;
//                                                 409 with currentVersion when baseVersion is stale)
//   POST /api/v1/decisions/{id}/reveal          Reveal → Decision (the facilitator, decision:reveal;
//                                                 needs two submitted inputs)
//   POST /api/v1/decisions/{id}/freeze          Freeze → Decision with scenarioId (the facilitator,
//                                                 decision:freeze, after reveal)
//   GET  /api/v1/decisions/{id}/events          text/event-stream: `event: revision` with data
//                                                 DecisionEvent whenever the revision changes (the
//                                                 database is polled every second, so a change on
//                                                 any instance arrives), `: heartbeat` comments
//                                                 every 15 s; closes on client abort.
//
// Privacy: until the reveal, a Decision carries only the caller's own input (`mine`); the others'
// `input` is null and `result` is null, for the facilitator too. Who has submitted, and when, is
// visible to every reader.

export const DECISION_NAME_MAX = 200;
export const DECISION_MARKETS_MIN = 2;
export const DECISION_MARKETS_MAX = 20;
export const DECISION_CRITERIA_MIN = 2;
/** AHP's matrices are at most this size (lib/scoring/limits.ts MAX_AHP_CRITERIA). */
export const DECISION_CRITERIA_MAX = 15;
export const DECISION_PARTICIPANTS_MIN = 2;
export const DECISION_PARTICIPANTS_MAX = 30;
/** Saaty's scale runs 1/9 … 9. */
export const SAATY_MAX = 9;

const Iso3 = z.string().regex(/^[A-Z]{3}$/, "is not an ISO 3166 alpha-3 code");
const Key = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, "is not a criterion key");
const timestamp = z.string();

export const DECISION_STATUSES = ["open", "revealed", "frozen"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const DECISION_METHODS = ["direct", "ahp"] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

export const DECISION_AGGREGATIONS = ["aij", "aip"] as const;
export type DecisionAggregation = (typeof DECISION_AGGREGATIONS)[number];

/**
 * What the members weigh: the criteria groups (the tree's top level), or the indicators inside one
 * criteria group. Keys must exist in the data set; a group or indicator of that level left out
 * weighs 0 (as in a scenario's AHP comparisons).
 */
export const DecisionCriteriaSchema = z.discriminatedUnion("level", [
  z.strictObject({
    level: z.literal("groups"),
    keys: z
      .array(Key)
      .min(DECISION_CRITERIA_MIN, `must name at least ${DECISION_CRITERIA_MIN} criteria groups`)
      .max(DECISION_CRITERIA_MAX, `must name at most ${DECISION_CRITERIA_MAX} criteria groups`),
  }),
  z.strictObject({
    level: z.literal("indicators"),
    /** The criteria group whose indicators are weighed; the other groups keep their preset weights. */
    group: Key,
    keys: z
      .array(Key)
      .min(DECISION_CRITERIA_MIN, `must name at least ${DECISION_CRITERIA_MIN} indicators`)
      .max(DECISION_CRITERIA_MAX, `must name at most ${DECISION_CRITERIA_MAX} indicators`),
  }),
]);
export type DecisionCriteria = z.infer<typeof DecisionCriteriaSchema>;

export const DecisionParticipantSeatSchema = z.strictObject({
  /** A member of the workspace (GET /api/v1/decisions/people). */
  userId: z.string().min(1).max(200),
  /** The member's say in the aggregation (1 = equal; 2 counts as two members). */
  weight: z.number().finite().positive("must be positive").max(100, "must be at most 100").default(1),
});

const participants = z
  .array(DecisionParticipantSeatSchema)
  .min(DECISION_PARTICIPANTS_MIN, `must name at least ${DECISION_PARTICIPANTS_MIN} participants`)
  .max(DECISION_PARTICIPANTS_MAX, `must name at most ${DECISION_PARTICIPANTS_MAX} participants`)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      if (seen.has(p.userId)) ctx.addIssue({ code: "custom", message: "is named twice", path: [i, "userId"] });
      seen.add(p.userId);
    });
  });

/** The decision's set-up as stored (GroupDecision.setup) and shown. */
export const DecisionSetupSchema = z
  .strictObject({
    markets: z
      .array(Iso3)
      .min(DECISION_MARKETS_MIN, `must name at least ${DECISION_MARKETS_MIN} markets`)
      .max(DECISION_MARKETS_MAX, `must name at most ${DECISION_MARKETS_MAX} markets`),
    criteria: DecisionCriteriaSchema,
    /** direct: each member gives a weight per criterion (sliders); ahp: pairwise comparisons. */
    method: z.enum(DECISION_METHODS),
    /** AHP only: aggregate the judgements (AIJ, default) or the members' priorities (AIP). */
    aggregation: z.enum(DECISION_AGGREGATIONS).default("aij"),
    /** How the markets are ranked under any weight vector (the workspace's methods). */
    rankingMethod: z.enum(WORKSPACE_METHODS).default("wsm"),
    /** Firm profile for the entry-mode fit of the frozen scenario (e.g. from a firm preset). */
    firmProfile: FirmProfileSchema.nullable().default(null),
    /** The firm's home market (absent = CHN); it cannot be one of the markets. */
    home: Iso3.optional(),
  })
  .superRefine((setup, ctx) => {
    if (new Set(setup.markets).size !== setup.markets.length)
      ctx.addIssue({ code: "custom", message: "names a market twice", path: ["markets"] });
    if (new Set(setup.criteria.keys).size !== setup.criteria.keys.length)
      ctx.addIssue({ code: "custom", message: "names a criterion twice", path: ["criteria", "keys"] });
    if (setup.home && setup.markets.includes(setup.home))
      ctx.addIssue({ code: "custom", message: "is the home market, which cannot be a candidate", path: ["home"] });
  });
export type DecisionSetup = z.infer<typeof DecisionSetupSchema>;
export type DecisionSetupInput = z.input<typeof DecisionSetupSchema>;

const decisionName = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(DECISION_NAME_MAX, `must be at most ${DECISION_NAME_MAX} characters`)
  .superRefine(storable);

/** POST /api/v1/decisions. The caller becomes the facilitator (and may be a participant). */
export const CreateDecisionSchema = z.strictObject({
  name: decisionName,
  setup: DecisionSetupSchema,
  participants,
});
export type CreateDecision = z.infer<typeof CreateDecisionSchema>;

/** PUT /api/v1/decisions/{id}/participants: the whole list, while the decision is open. */
export const SetParticipantsSchema = z.strictObject({
  baseVersion: z.number().int().min(1),
  participants,
});
export type SetParticipants = z.infer<typeof SetParticipantsSchema>;

/**
 * One member's weighting. direct: criterion key → raw weight (≥ 0, not all 0; normalized to sum
 * 1), every criterion of the set-up. ahp: the upper triangle of the comparison matrix, row by row
 * in the set-up's criteria order — (1,2), (1,3), …, (1,n), (2,3), … — each the ratio "row
 * criterion is x times as important as column criterion", from 1/9 to 9.
 */
export const DecisionInputSchema = z.discriminatedUnion("method", [
  z.strictObject({
    method: z.literal("direct"),
    weights: z.record(Key, z.number().finite().min(0, "must not be negative").max(1000, "must be at most 1000")),
  }),
  z.strictObject({
    method: z.literal("ahp"),
    judgements: z
      .array(
        z
          .number()
          .finite()
          .min(1 / SAATY_MAX - 1e-9, `must be at least 1/${SAATY_MAX}`)
          .max(SAATY_MAX + 1e-9, `must be at most ${SAATY_MAX}`),
      )
      .min(1)
      .max((DECISION_CRITERIA_MAX * (DECISION_CRITERIA_MAX - 1)) / 2),
  }),
]);
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/** PUT /api/v1/decisions/{id}/input. baseVersion: the version of your input you read (0 before your first save). */
export const SubmitInputSchema = z.strictObject({
  baseVersion: z.number().int().min(0),
  input: DecisionInputSchema,
});
export type SubmitInput = z.infer<typeof SubmitInputSchema>;

/** POST …/reveal: baseVersion is the decision's version (409 when the set-up changed meanwhile). */
export const RevealSchema = z.strictObject({ baseVersion: z.number().int().min(1) });
export type Reveal = z.infer<typeof RevealSchema>;

/** POST …/freeze. */
export const FreezeSchema = z.strictObject({
  baseVersion: z.number().int().min(1),
  /** The scenario's name (default: the decision's). */
  scenarioName: decisionName.optional(),
  /** Show "Member 1, Member 2 …" instead of names in the report's Group decision section. */
  hideNames: z.boolean().default(false),
});
export type Freeze = z.infer<typeof FreezeSchema>;

/** GET …/{id}?sinceRevision=N */
export const DecisionQuerySchema = z.object({
  sinceRevision: z
    .string()
    .regex(/^\d{1,9}$/, "must be a whole number (a revision from an earlier answer)")
    .transform(Number)
    .optional(),
});

// ---- Answers ----

const Named = z.object({ key: z.string(), name: z.string() });

/** AHP consistency of one matrix (Saaty 1980): CR ≤ 0.1 is acceptable. */
export const ConsistencySchema = z.object({
  cr: z.number(),
  lambdaMax: z.number(),
  consistent: z.boolean(),
  /** When CR > 0.1: the judgement to revisit first (criterion keys) and its consistent value. */
  worstPair: z.tuple([z.string(), z.string()]).optional(),
  suggestedValue: z.number().optional(),
});
export type Consistency = z.infer<typeof ConsistencySchema>;

export const RankedMarketSchema = z.object({
  iso3: z.string(),
  name: z.string(),
  /** Competition rank (ties share it). */
  rank: z.number().int(),
  score: z.number(),
});
export type RankedMarket = z.infer<typeof RankedMarketSchema>;

/** A member's own view while weighing (POST …/preview, and `mine.preview` of a Decision). */
export const MemberPreviewSchema = z.object({
  /** Criterion key → normalized weight (sums to 1 over the set-up's criteria). */
  weights: z.record(z.string(), z.number()),
  /** AHP only. */
  consistency: ConsistencySchema.nullable(),
  ranking: z.array(RankedMarketSchema),
});
export type MemberPreview = z.infer<typeof MemberPreviewSchema>;

export const CONCORDANCE_WORDS = ["very weak", "weak", "moderate", "strong", "unusually strong"] as const;
export const CONSENSUS_WORDS = ["very low", "low", "moderate", "high", "very high"] as const;

/** Kendall's W with its χ² test (record 021); `word` is Schmidt's (1997) band, a key to translate. */
export const ConcordanceSchema = z.object({
  w: z.number(),
  chiSquare: z.number(),
  degreesOfFreedom: z.number().int(),
  pValue: z.number(),
  /** The χ² approximation is rough with 7 items or fewer. */
  approximate: z.boolean(),
  word: z.enum(CONCORDANCE_WORDS),
});

/** Goepel's AHP consensus S* (0 none … 1 identical priorities); `word` his band. */
export const AhpConsensusSchema = z.object({
  consensus: z.number(),
  word: z.enum(CONSENSUS_WORDS),
});

export const GroupResultSchema = z.object({
  method: z.enum(DECISION_METHODS),
  /** null for direct weights. */
  aggregation: z.enum(DECISION_AGGREGATIONS).nullable(),
  /** The members whose inputs were aggregated (those who submitted), in participant order. */
  members: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      /** Their share of the say, λ (sums to 1 over the members). */
      share: z.number(),
      /** Their normalized weights, criterion key → weight. */
      weights: z.record(z.string(), z.number()),
      consistency: ConsistencySchema.nullable(),
      /** iso3 → rank under their weights. */
      ranks: z.record(z.string(), z.number()),
    }),
  ),
  /** One row per criterion, in the set-up's order. */
  criteria: z.array(
    Named.extend({
      /** The group's weight. */
      weight: z.number(),
      /** Spread of the members' normalized weights (weighted population SD, min, max). */
      standardDeviation: z.number(),
      min: z.number(),
      max: z.number(),
      /**
       * Spearman's footrule distance of the group ranking when only this criterion takes the
       * weight of the member who moves it most (record 021 §5); that member, or null.
       */
      displacement: z.number(),
      displacedBy: z.string().nullable(),
    }),
  ),
  /** The group's consistency: AIJ only (the aggregated matrix's CR). */
  groupConsistency: ConsistencySchema.nullable(),
  /** The ranking under the group's weights, with every member's rank of each market. */
  ranking: z.array(RankedMarketSchema.extend({ memberRanks: z.record(z.string(), z.number()) })),
  consensus: z.object({
    /** Kendall's W over the members' rankings of the markets. */
    markets: ConcordanceSchema,
    /** Kendall's W over the members' orderings of the criteria by weight. */
    criteria: ConcordanceSchema,
    /** Goepel's S* over the members' priorities; AHP only. */
    ahp: AhpConsensusSchema.nullable(),
  }),
  /** The criterion whose disagreement moves the ranking most; null when none moves it. */
  mostDivisive: Named.extend({ displacement: z.number(), displacedBy: z.string() }).nullable(),
});
export type GroupResult = z.infer<typeof GroupResultSchema>;

export const DecisionParticipantSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  /** Their role in the workspace (owner, editor, viewer); null when they have left it. */
  role: z.enum(["owner", "editor", "viewer"]).nullable(),
  weight: z.number(),
  submittedAt: timestamp.nullable(),
  /** Their input: only after the reveal (before, only the caller's own, in `mine`). */
  input: DecisionInputSchema.nullable(),
});
export type DecisionParticipant = z.infer<typeof DecisionParticipantSchema>;

/** The API's view of one decision, for the person asking. */
export const DecisionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(DECISION_STATUSES),
  /** The facilitator's edits (participants, reveal, freeze) are based on it (409 when stale). */
  version: z.number().int(),
  /** Bumped by every submission, participant change, reveal and freeze: what live views follow. */
  revision: z.number().int(),
  setup: DecisionSetupSchema,
  /** Names of the set-up's markets and criteria, in the caller's language. */
  labels: z.object({
    markets: z.array(z.object({ iso3: z.string(), name: z.string() })),
    criteria: z.array(Named),
    /** The criteria group whose indicators are weighed (level "indicators"); else null. */
    group: Named.nullable(),
  }),
  facilitator: z.object({ userId: z.string().nullable(), name: z.string() }),
  createdAt: timestamp,
  revealedAt: timestamp.nullable(),
  frozenAt: timestamp.nullable(),
  /** The scenario the decision was frozen into. */
  scenarioId: z.string().nullable(),
  participants: z.array(DecisionParticipantSchema),
  /** What the caller may do now (the server checks again on every request). */
  you: z.object({
    userId: z.string().nullable(),
    isFacilitator: z.boolean(),
    isParticipant: z.boolean(),
    canSubmit: z.boolean(),
    canManage: z.boolean(),
    canReveal: z.boolean(),
    canFreeze: z.boolean(),
  }),
  /** The caller's own seat: their input, its version (for baseVersion) and their preview. */
  mine: z
    .object({
      input: DecisionInputSchema.nullable(),
      version: z.number().int(),
      submittedAt: timestamp.nullable(),
      preview: MemberPreviewSchema.nullable(),
    })
    .nullable(),
  /** The group result: after the reveal only. */
  result: GroupResultSchema.nullable(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** GET …/{id}?sinceRevision=N when nothing changed. */
export const DecisionUnchangedSchema = z.object({ unchanged: z.literal(true), revision: z.number().int() });
export type DecisionUnchanged = z.infer<typeof DecisionUnchangedSchema>;

/** The data of an SSE `revision` event. */
export const DecisionEventSchema = z.object({
  revision: z.number().int(),
  status: z.enum(DECISION_STATUSES),
  /** How many participants have submitted. */
  submitted: z.number().int(),
});
export type DecisionEvent = z.infer<typeof DecisionEventSchema>;

export const DecisionSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(DECISION_STATUSES),
  method: z.enum(DECISION_METHODS),
  facilitator: z.string(),
  participants: z.number().int(),
  submitted: z.number().int(),
  /** Whether the caller is a participant / the facilitator. */
  participating: z.boolean(),
  facilitating: z.boolean(),
  createdAt: timestamp,
  scenarioId: z.string().nullable(),
});
export type DecisionSummary = z.infer<typeof DecisionSummarySchema>;

export const DecisionListSchema = z.object({ decisions: z.array(DecisionSummarySchema) });
export type DecisionList = z.infer<typeof DecisionListSchema>;

export const DecisionPeopleSchema = z.object({
  people: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      role: z.enum(["owner", "editor", "viewer"]),
    }),
  ),
});
export type DecisionPeople = z.infer<typeof DecisionPeopleSchema>;

/**
 * What a frozen decision keeps for its scenario's report (stored with the decision at freeze):
 * the result as it was, the names to show and the members' workspace roles.
 */
export const FrozenGroupSchema = z.object({
  hideNames: z.boolean(),
  result: GroupResultSchema,
  roles: z.record(z.string(), z.string()),
  labels: DecisionSchema.shape.labels,
});
export type FrozenGroup = z.infer<typeof FrozenGroupSchema>;
