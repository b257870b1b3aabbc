import { describe, expect, test } from "vitest";
import {
  decisionProblem,
  globalWeights,
  MAX_ALTERNATIVES,
  MAX_CRITERIA,
  rankAlternatives,
  ScoringInputError,
  ScoringLimitError,
  withWeights,
  type ScoringInput,
} from "@/lib/scoring";
import { suppliers, table } from "./fixtures";

function errorOf(run: () => unknown): ScoringInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringInputError) return error;
    throw error;
  }
  throw new Error("expected a ScoringInputError");
}

describe("criteria tree", () => {
  test("flat weights are normalized to sum to 1", () => {
    const w = globalWeights([
      { id: "a", weight: 2, direction: "benefit" },
      { id: "b", weight: 6, direction: "cost" },
    ]);
    expect(Array.from(w)).toEqual([0.25, 0.75]);
  });

  test("with groups: group weight × weight within the group, both normalized", () => {
    // Groups 1 : 3 → 0.25, 0.75. Within "market": 1 : 1; within "access": 1 : 3.
    const w = globalWeights(
      [
        { id: "gdp", weight: 1, direction: "benefit", group: "market" },
        { id: "users", weight: 1, direction: "benefit", group: "market" },
        { id: "tariff", weight: 1, direction: "cost", group: "access" },
        { id: "logistics", weight: 3, direction: "benefit", group: "access" },
      ],
      [
        { id: "market", weight: 1 },
        { id: "access", weight: 3 },
      ],
    );
    expect(Array.from(w)).toEqual([0.125, 0.125, 0.1875, 0.5625]);
  });

  test("a group with weight 0 zeroes its criteria", () => {
    const w = globalWeights(
      [
        { id: "a", weight: 1, direction: "benefit", group: "g1" },
        { id: "b", weight: 1, direction: "benefit", group: "g2" },
      ],
      [
        { id: "g1", weight: 0 },
        { id: "g2", weight: 5 },
      ],
    );
    expect(Array.from(w)).toEqual([0, 1]);
  });

  test("huge weights do not overflow", () => {
    const w = globalWeights([
      { id: "a", weight: 1e308, direction: "benefit" },
      { id: "b", weight: 1e308, direction: "benefit" },
    ]);
    expect(Array.from(w)).toEqual([0.5, 0.5]);
  });

  test.each([
    [
      "all weights zero",
      [
        { id: "a", weight: 0 },
        { id: "b", weight: 0 },
      ],
      undefined,
      ["criteria"],
      /all criterion weights are zero/,
    ],
    [
      "a negative weight",
      [
        { id: "a", weight: 1 },
        { id: "b", weight: -0.5 },
      ],
      undefined,
      ["criteria", 1, "weight"],
      /negative/,
    ],
    ["a NaN weight", [{ id: "a", weight: Number.NaN }], undefined, ["criteria", 0, "weight"], /finite/],
    [
      "a duplicate id",
      [
        { id: "a", weight: 1 },
        { id: "a", weight: 1 },
      ],
      undefined,
      ["criteria", 1, "id"],
      /used twice/,
    ],
    [
      "a group without groups",
      [{ id: "a", weight: 1, group: "g" }],
      undefined,
      ["criteria", 0, "group"],
      /no groups are declared/,
    ],
    [
      "an unknown group",
      [{ id: "a", weight: 1, group: "x" }],
      [{ id: "g", weight: 1 }],
      ["criteria", 0, "group"],
      /unknown group "x"/,
    ],
    [
      "a criterion with no group",
      [
        { id: "a", weight: 1, group: "g" },
        { id: "b", weight: 1 },
      ],
      [{ id: "g", weight: 1 }],
      ["criteria", 1, "group"],
      /has no group/,
    ],
    [
      "a group with no criteria",
      [{ id: "a", weight: 1, group: "g" }],
      [
        { id: "g", weight: 1 },
        { id: "empty", weight: 1 },
      ],
      ["groups", 1],
      /group "empty" has no criteria/,
    ],
    [
      "all group weights zero",
      [{ id: "a", weight: 1, group: "g" }],
      [{ id: "g", weight: 0 }],
      ["groups"],
      /all group weights are zero/,
    ],
    [
      "a group whose criteria all weigh 0",
      [
        { id: "a", weight: 0, group: "g" },
        { id: "b", weight: 1, group: "h" },
      ],
      [
        { id: "g", weight: 1 },
        { id: "h", weight: 1 },
      ],
      ["groups", 0],
      /group "g" have weight zero/,
    ],
  ])("rejects %s, naming the path", (_, criteria, groups, path, message) => {
    const error = errorOf(() =>
      globalWeights(
        criteria.map((c) => ({ direction: "benefit" as const, ...c })),
        groups,
      ),
    );
    expect(error.path).toEqual(path);
    expect(error.message).toMatch(message);
  });
});

describe("input validation", () => {
  test("an unknown criterion id in values is an error naming the path", () => {
    const input = suppliers();
    (input.alternatives[1]!.values as Record<string, number>).qualty = 3;
    const error = errorOf(() => rankAlternatives(input));
    expect(error.path).toEqual(["alternatives", 1, "values", "qualty"]);
    expect(error.message).toMatch(/unknown criterion "qualty"/);
  });

  test("an unknown criterion id in uncertainty is an error", () => {
    const input = suppliers();
    input.alternatives[0] = { ...input.alternatives[0]!, uncertainty: { sped: 0.1 } };
    expect(errorOf(() => rankAlternatives(input)).path).toEqual(["alternatives", 0, "uncertainty", "sped"]);
  });

  test("too many alternatives is a limit error naming the limit", () => {
    const rows = Object.fromEntries(Array.from({ length: MAX_ALTERNATIVES + 1 }, (_, i) => [`m${i}`, [i]]));
    const error = errorOf(() => rankAlternatives(table("wsm", [["x", 1, "benefit"]], rows)));
    expect(error).toBeInstanceOf(ScoringLimitError);
    expect((error as ScoringLimitError).limit).toBe("MAX_ALTERNATIVES");
    expect(error.message).toMatch(/300/);
  });

  test("too many criteria is a limit error", () => {
    const criteria = Array.from(
      { length: MAX_CRITERIA + 1 },
      (_, c) => [`c${c}`, 1, "benefit"] as [string, number, "benefit"],
    );
    const error = errorOf(() => rankAlternatives(table("wsm", criteria, { A: criteria.map(() => 1) })));
    expect((error as ScoringLimitError).limit).toBe("MAX_CRITERIA");
  });

  test.each([
    ["non-finite values", { A: [Number.POSITIVE_INFINITY, 1] }, ["alternatives", 0, "values", "x"]],
    ["duplicate alternative ids", { A: [1, 1] }, ["alternatives", 1, "id"]],
  ])("rejects %s", (label, rows, path) => {
    const input = table(
      "wsm",
      [
        ["x", 1, "benefit"],
        ["y", 1, "benefit"],
      ],
      rows,
    );
    if (label === "duplicate alternative ids") input.alternatives.push({ id: "A", values: { x: 2, y: 2 } });
    expect(errorOf(() => rankAlternatives(input)).path).toEqual(path);
  });

  test("a criterion nobody has data for is left out under the coverage threshold, and an error without one", () => {
    const input = table(
      "wsm",
      [
        ["x", 1, "benefit"],
        ["y", 1, "benefit"],
      ],
      { A: [1, null], B: [2, null] },
    );
    expect(rankAlternatives(input).excludedCriteria).toEqual([{ id: "y", coverage: 0 }]);
    expect(errorOf(() => rankAlternatives({ ...input, coverageThreshold: 0 })).path).toEqual(["criteria", 1]);
  });

  test("no alternatives or no criteria is an error", () => {
    expect(errorOf(() => rankAlternatives({ ...suppliers(), alternatives: [] })).path).toEqual(["alternatives"]);
    expect(errorOf(() => rankAlternatives({ ...suppliers(), criteria: [] })).path).toEqual(["criteria"]);
  });

  test("a linear preference needs 0 ≤ q ≤ p", () => {
    const input = table("promethee2", [["x", 1, "benefit"]], { A: [1], B: [2] });
    input.criteria[0]!.preference = { type: "linear", q: 3, p: 1 };
    expect(errorOf(() => rankAlternatives(input)).path).toEqual(["criteria", 0, "preference"]);
  });

  test("a criterion called like an Object.prototype member is read as data, not inherited", () => {
    const input = table(
      "wsm",
      [
        ["constructor", 1, "benefit"],
        ["toString", 1, "benefit"],
      ],
      { A: [1, 2], B: [2, null] },
    );
    const result = rankAlternatives(input);
    expect(result.ranking.find((r) => r.id === "B")!.missing).toEqual(["toString"]);
    const noValue: ScoringInput = {
      method: "wsm",
      criteria: input.criteria,
      alternatives: [
        { id: "A", values: { toString: 1 } },
        { id: "B", values: { constructor: 2 } },
      ],
    };
    expect(rankAlternatives(noValue).ranking.find((r) => r.id === "A")!.missing).toEqual(["constructor"]);
  });

  test("withWeights re-ranks a prepared problem under new weights", () => {
    const problem = decisionProblem(suppliers());
    const next = withWeights(problem, {
      criteria: suppliers().criteria.map((c) => ({ ...c, weight: c.id === "price" ? 1 : 0 })),
    });
    expect(Array.from(next.weights)).toEqual([1, 0, 0]);
    expect(Array.from(problem.weights)).toEqual([0.5, 0.3, 0.2]);
    expect(() => withWeights(problem, { criteria: suppliers().criteria.slice(1) })).toThrow(ScoringInputError);
  });
});
