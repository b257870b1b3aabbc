import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";

import {
  AhpAnyRequestSchema,
  AhpAnyResponseSchema,
  MAX_AHP_CRITERIA,
  MAX_ALTERNATIVES,
  MAX_CRITERIA,
  MAX_GROUPS,
  MAX_MONTE_CARLO_SAMPLES,
  ScoreRequestSchema,
  ScoreResponseSchema,
  SensitivityRequestSchema,
  SensitivityResponseSchema,
} from "@/lib/contracts/engine";
import { EntryModeRequestSchema, EntryModeResponseSchema } from "@/lib/contracts/fit";

import { JSON_BODY_ERRORS, JSON_BODY_MEANINGS, JSON_LIMIT, errors, json, jsonBody } from "../responses";

// The engine's commands: the same JSON in and out as the CLI (npm run -s outbound -- <command>).

const n = (value: number) => value.toLocaleString("en-US");
const SCORE_LIMITS = `at most ${n(MAX_ALTERNATIVES)} alternatives, ${n(MAX_CRITERIA)} criteria and ${n(MAX_GROUPS)} groups`;

export function registerEnginePaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "post",
    path: "/api/v1/score",
    tags: ["engine"],
    operationId: "score",
    summary: "Rank alternatives",
    description:
      "Ranks alternatives on weighted criteria by weighted sum, TOPSIS or PROMETHEE II, with each criterion's contribution to each score.",
    request: { body: jsonBody(ScoreRequestSchema, `The decision problem: ${SCORE_LIMITS}; the body ${JSON_LIMIT}.`) },
    responses: {
      200: json(ScoreResponseSchema, "The ranking, best first."),
      ...errors([...JSON_BODY_ERRORS, 403], JSON_BODY_MEANINGS),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/ahp",
    tags: ["engine"],
    operationId: "ahp",
    summary: "Weights from pairwise comparisons",
    description:
      "Derives weights from pairwise comparisons. With `matrix`, a full reciprocal matrix (AHP, eigenvector or geometric mean) and Saaty's consistency ratio, naming the judgement to revisit when CR > 0.1. With `comparisons`, any set of pairs that links every criterion (n − 1 suffice): weights by the logarithmic least squares method for incomplete matrices (Bozóki, Fülöp & Rónyai 2010) and, once there are more than n − 1, the geometric consistency index over the given pairs (Aguarón & Moreno-Jiménez 2003 thresholds), naming the judgement to revisit when above it. A set that leaves a criterion unlinked is refused (400) naming it.",
    request: {
      body: jsonBody(
        AhpAnyRequestSchema,
        `A square matrix, or a list of comparisons, for at most ${MAX_AHP_CRITERIA} criteria; the body ${JSON_LIMIT}.`,
      ),
    },
    responses: {
      200: json(AhpAnyResponseSchema, "The weights and the consistency check, in the form of the request."),
      ...errors([...JSON_BODY_ERRORS, 403], JSON_BODY_MEANINGS),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/sensitivity",
    tags: ["engine"],
    operationId: "sensitivity",
    summary: "How robust a ranking is",
    description:
      "Tests a ranking's robustness: stability intervals of every weight, a tornado of weight swings, Monte Carlo rank probabilities and the agreement between methods.",
    request: {
      body: jsonBody(
        SensitivityRequestSchema,
        `A score request plus Monte Carlo and tornado settings: ${SCORE_LIMITS}, at most ${n(MAX_MONTE_CARLO_SAMPLES)} Monte Carlo samples; the body ${JSON_LIMIT}.`,
      ),
    },
    responses: {
      200: json(SensitivityResponseSchema, "The robustness analysis."),
      ...errors([...JSON_BODY_ERRORS, 403, 429], JSON_BODY_MEANINGS),
    },
  });

  registry.registerPath({
    method: "post",
    path: "/api/v1/entry-modes",
    tags: ["engine"],
    operationId: "entryModes",
    summary: "Entry-mode and strategy fit",
    description:
      "Scores every entry mode and business strategy for one market (a stored market's code, or an inline profile of its factors) and the firm's profile, with the reasons and evidence behind each score.",
    request: { body: jsonBody(EntryModeRequestSchema, `The market and the firm profile; the body ${JSON_LIMIT}.`) },
    responses: {
      200: json(EntryModeResponseSchema, "Entry modes and strategies, best fit first."),
      ...errors([...JSON_BODY_ERRORS, 403, 404, 503], {
        ...JSON_BODY_MEANINGS,
        400: "The request is invalid (`error.issues` names every offending field), or the market has no indicator values to derive its factors from.",
        404: "No stored market with this code.",
      }),
    },
  });
}
