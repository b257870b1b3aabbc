import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  AhpRequestSchema,
  AhpResponseSchema,
  limitExceeded,
  MAX_ALTERNATIVES,
  MAX_CRITERIA,
  MAX_MONTE_CARLO_SAMPLES,
  ScoreRequestSchema,
  ScoreResponseSchema,
  SensitivityRequestSchema,
  SensitivityResponseSchema,
} from "@/lib/contracts/engine";
import { ahpRequest, scoreRequest, ScoringInputError, sensitivityRequest } from "@/lib/scoring";
import { allFinite } from "./fixtures";

const scoreBody = {
  method: "wsm",
  criteria: [
    { id: "gdp", weight: 0.3, direction: "benefit", group: "attractiveness" },
    { id: "users", weight: 0.7, direction: "benefit", group: "attractiveness" },
    { id: "distance", weight: 1, direction: "cost", group: "proximity", preference: { type: "linear", q: 0, p: 1000 } },
  ],
  groups: [
    { id: "attractiveness", weight: 0.5 },
    { id: "proximity", weight: 0.5 },
  ],
  alternatives: [
    { id: "RUS", values: { gdp: 1.2, users: 110, distance: 5800 }, uncertainty: { gdp: 0.1 } },
    { id: "IDN", values: { gdp: 1.1, users: 210, distance: null } },
    { id: "MYS", values: { gdp: 0.4, users: 30 } },
  ],
};

function issuesOf(schema: z.ZodType, body: unknown) {
  const result = schema.safeParse(body);
  if (result.success) throw new Error("expected the parse to fail");
  return result.error;
}

describe("score endpoint", () => {
  test("parses a request and answers with the documented shape", () => {
    const response = scoreRequest(ScoreRequestSchema.parse(scoreBody));
    expect(ScoreResponseSchema.parse(response)).toEqual(response);
    expect(Object.keys(response)).toEqual([
      "method",
      "normalization",
      "missing",
      "coverageThreshold",
      "excludedCriteria",
      "reference",
      "weights",
      "ranking",
    ]);
    // distance is known for RUS only (1 of 3 < 50 %): left out and reported.
    expect(response.excludedCriteria).toEqual([{ id: "distance", coverage: 1 / 3 }]);
    expect(response.reference).toEqual({ set: "selected", label: null, fallback: [] });
    expect(Object.keys(response.ranking[0]!)).toEqual(["id", "rank", "score", "contributions", "missing", "coverage"]);
    expect(response.weights).toEqual({ gdp: 0.3, users: 0.7 });
    const withAll = scoreRequest(ScoreRequestSchema.parse({ ...scoreBody, coverageThreshold: 0 }));
    expect(withAll.weights).toEqual({ gdp: 0.15, users: 0.35, distance: 0.5 });
    expect(withAll.ranking.find((r) => r.id === "MYS")!.missing).toEqual(["distance"]);
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
  });

  test("an unknown criterion id in values is reported at its path", () => {
    const body = structuredClone(scoreBody);
    (body.alternatives[0]!.values as Record<string, number>).gpd = 1;
    const error = issuesOf(ScoreRequestSchema, body);
    expect(error.issues.map((i) => i.path)).toContainEqual(["alternatives", 0, "values", "gpd"]);
  });

  test("typos in keys are reported (strict objects)", () => {
    const body = structuredClone(scoreBody) as Record<string, unknown>;
    (body.criteria as Record<string, unknown>[])[0]!.wieght = 1;
    const error = issuesOf(ScoreRequestSchema, body);
    expect(error.issues.some((i) => i.code === "unrecognized_keys")).toBe(true);
  });

  test("negative weights and bad groups are rejected at the edge", () => {
    const body = structuredClone(scoreBody);
    body.criteria[0]!.weight = -1;
    body.criteria[1]!.group = "nowhere";
    const paths = issuesOf(ScoreRequestSchema, body).issues.map((i) => i.path.join("."));
    expect(paths).toContain("criteria.0.weight");
  });

  test("field errors and cross-reference errors come back in one answer, not in two rounds", () => {
    const body = structuredClone(scoreBody) as Record<string, unknown> & typeof scoreBody;
    body.method = "best";
    body.criteria[0]!.weight = -1;
    (body.alternatives[1]!.values as Record<string, number | null>).userz = 3;
    body.criteria[1]!.group = "nowhere";
    for (const schema of [ScoreRequestSchema, SensitivityRequestSchema]) {
      const paths = issuesOf(schema, body).issues.map((i) => i.path.join("."));
      expect(paths).toEqual(
        expect.arrayContaining(["method", "criteria.0.weight", "alternatives.1.values.userz", "criteria.1.group"]),
      );
    }
  });

  test.each([
    ["alternatives", MAX_ALTERNATIVES, "MAX_ALTERNATIVES"],
    ["criteria", MAX_CRITERIA, "MAX_CRITERIA"],
  ])("more than the limit of %s is a limit error (413) naming it", (key, max, limit) => {
    const body = structuredClone(scoreBody) as Record<string, unknown>;
    const list = body[key] as unknown[];
    body[key] = Array.from({ length: max + 1 }, (_, i) => ({ ...(list[0] as object), id: `x${i}` }));
    const error = issuesOf(ScoreRequestSchema, body);
    expect(limitExceeded(error)).toMatchObject({ limit, max });
    expect(limitExceeded(error)!.message).toContain(limit);
  });

  test("an ordinary validation error is not a limit error", () => {
    expect(limitExceeded(issuesOf(ScoreRequestSchema, { ...scoreBody, method: "electre" }))).toBeNull();
  });

  test("the engine's domain errors surface from scoreRequest", () => {
    const body = ScoreRequestSchema.parse({
      ...scoreBody,
      criteria: scoreBody.criteria.map((c) => ({ ...c, weight: 0 })),
    });
    expect(() => scoreRequest(body)).toThrow(ScoringInputError);
  });
});

describe("AHP endpoint", () => {
  test("answers with named weights, consistency and the tables used", () => {
    const response = ahpRequest(
      AhpRequestSchema.parse({
        criteria: ["a", "b", "c"],
        matrix: [
          [1, 3, 5],
          [0.3333333333, 1, 3],
          [0.2, 0.3333333333, 1],
        ],
      }),
    );
    expect(AhpResponseSchema.parse(response)).toEqual(response);
    expect(response.weights.a).toBeCloseTo(0.637, 3);
    expect(response).toMatchObject({ consistent: true, method: "eigenvector", randomIndex: "Saaty 1980" });
    expect(response.worstPair).toBeUndefined();
  });

  test("names the worst pair by criterion id when inconsistent", () => {
    const w = [8, 4, 2, 1];
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    matrix[0]![3] = 1 / 8;
    matrix[3]![0] = 8;
    const response = ahpRequest(
      AhpRequestSchema.parse({ criteria: ["a", "b", "c", "d"], matrix, method: "geometric" }),
    );
    expect(response.consistent).toBe(false);
    expect(response.worstPair).toEqual(["a", "d"]);
    expect(response.method).toBe("geometric");
  });

  test("shape errors at the edge; reciprocity errors from the engine, naming the cell", () => {
    expect(
      issuesOf(AhpRequestSchema, {
        criteria: ["a", "b"],
        matrix: [
          [1, 2, 3],
          [0.5, 1, 2],
          [1, 1, 1],
        ],
      }).issues[0]!.path,
    ).toEqual(["matrix"]);
    expect(
      issuesOf(AhpRequestSchema, {
        criteria: ["a", "b"],
        matrix: [
          [1, 0],
          [1, 1],
        ],
      }).issues[0]!.path,
    ).toEqual(["matrix", 0, 1]);
    const request = AhpRequestSchema.parse({
      criteria: ["a", "b"],
      matrix: [
        [1, 2],
        [2, 1],
      ],
    });
    expect(() => ahpRequest(request)).toThrow("matrix[1][0] = 2 is not the reciprocal of matrix[0][1] = 2");
    const tooBig = issuesOf(AhpRequestSchema, {
      criteria: Array.from({ length: 16 }, (_, i) => `c${i}`),
      matrix: [[1]],
    });
    expect(limitExceeded(tooBig)).toMatchObject({ limit: "MAX_AHP_CRITERIA", max: 15 });
  });
});

describe("sensitivity endpoint", () => {
  const body = {
    ...scoreBody,
    monteCarlo: { samples: 300, seed: 9, concentration: 40 },
    labels: { RUS: "Russia", IDN: "Indonesia", users: "Internet users" },
  };

  test("answers with every analysis, in the documented shape, deterministically", () => {
    const request = SensitivityRequestSchema.parse(body);
    const response = sensitivityRequest(request);
    expect(SensitivityResponseSchema.parse(response)).toEqual(response);
    expect(Object.keys(response.stability)).toEqual(["gdp", "users"]);
    expect(response.excludedCriteria).toEqual([{ id: "distance", coverage: 1 / 3 }]);
    expect(response.rankProbabilities.RUS).toHaveLength(3);
    // RUS's gdp is the one uncertain value.
    expect(response.monteCarlo).toEqual({
      samples: 300,
      seed: 9,
      concentration: 40,
      valueDistribution: "uniform",
      valuesVaried: 1,
    });
    expect(response.smallestChange.sentence).toMatch(/would overtake/);
    expect(allFinite(response)).toBe(true);
    expect(JSON.stringify(sensitivityRequest(SensitivityRequestSchema.parse(body)))).toBe(JSON.stringify(response));
  });

  test("too many Monte Carlo samples is a limit error", () => {
    const error = issuesOf(SensitivityRequestSchema, { ...body, monteCarlo: { samples: MAX_MONTE_CARLO_SAMPLES + 1 } });
    expect(limitExceeded(error)).toMatchObject({ limit: "MAX_MONTE_CARLO_SAMPLES" });
  });

  test("the sensitivity request is a score request plus its options (strict)", () => {
    expect(issuesOf(SensitivityRequestSchema, { ...body, montecarlo: {} }).issues[0]!.code).toBe("unrecognized_keys");
    expect(SensitivityRequestSchema.parse(scoreBody)).toBeTruthy();
  });
});
