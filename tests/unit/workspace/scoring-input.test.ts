import { expect, test } from "vitest";

import type { WorkspaceState } from "@/lib/contracts/workspace";
import { globalWeights, rankAlternatives } from "@/lib/scoring";
import {
  availableMarkets,
  criterionValue,
  workspaceCriteria,
  workspaceScoringInput,
} from "@/lib/workspace/scoring-input";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { shippedScoringData, tinyScoringData } from "./fixture";

const tinyState = (over: Partial<WorkspaceState> = {}): WorkspaceState => ({
  ...defaultWorkspaceState(),
  markets: ["AAA", "BBB", "CCC"],
  ...over,
});

test("the default workspace ranks the thesis markets on every public indicator; unrated competition is left out, not invented", () => {
  const data = shippedScoringData();
  const scoring = workspaceScoringInput(data, defaultWorkspaceState());
  if (!scoring.ok) throw new Error(scoring.reason);
  expect(scoring.markets.map((m) => m.iso3)).toEqual(["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"]);
  // Every indicator some thesis market has a value for; the rated competition group's indicators
  // (the top-3 platform share sets a fit-model default, not the ranking) never enter it.
  const thesis = ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"];
  const measured = data.indicators.filter(
    (i) => i.criteriaGroup !== "competition" && thesis.some((m) => data.values[m]?.[i.key] !== undefined),
  );
  expect(scoring.input.criteria.map((c) => c.id)).toEqual(measured.map((i) => i.key));
  expect(measured.length).toBeGreaterThanOrEqual(20);
  expect(scoring.omitted).toEqual(
    expect.arrayContaining([
      { kind: "criterion", key: "competition", reason: expect.stringMatching(/not rated/), code: "notRated" },
      { kind: "group", key: "competition", reason: expect.any(String), code: "groupNoData" },
    ]),
  );
  // Global weights are group default × indicator default, renormalized over the groups that take
  // part. The defaults are the Thesis weight preset's (docs/decisions/016-weight-presets.md):
  // infrastructure 15 of 100 points, lpi_score 30 of the group's 100.
  const taking = data.criteriaGroups.filter(
    (g) => g.measurement === "public_data" && data.indicators.some((i) => i.criteriaGroup === g.key),
  );
  const total = taking.reduce((sum, g) => sum + g.defaultWeight, 0); // 0.55 + 0.15 + 0.05 + 0.15 + 0.1 = 1
  const weights = globalWeights(scoring.input.criteria, scoring.input.groups);
  const lpi = scoring.input.criteria.findIndex((c) => c.id === "lpi_score");
  expect(total).toBeCloseTo(1, 12);
  expect(weights[lpi]).toBeCloseTo((0.15 * 0.3) / total, 12);
  expect(rankAlternatives(scoring.input).ranking).toHaveLength(7);
});

test("a data gap reaches the engine as null, never as 0", () => {
  const scoring = workspaceScoringInput(tinyScoringData(), tinyState());
  if (!scoring.ok) throw new Error(scoring.reason);
  const gamma = scoring.input.alternatives.find((a) => a.id === "CCC")!;
  expect(gamma.values.pop).toBeNull();
  const result = rankAlternatives(scoring.input);
  expect(result.ranking.find((r) => r.id === "CCC")!.missing).toEqual(["pop"]);
});

test("markets without data and unknown codes are reported, not ranked", () => {
  const data = tinyScoringData();
  expect(availableMarkets(data).map((m) => m.iso3)).toEqual(["AAA", "BBB", "CCC"]);
  const scoring = workspaceScoringInput(data, tinyState({ markets: ["AAA", "DDD", "ZZZ", "BBB"] }));
  expect(scoring.unknownMarkets).toEqual(["DDD", "ZZZ"]);
  expect(scoring.markets.map((m) => m.iso3)).toEqual(["AAA", "BBB"]);
});

test("the user's competitive-intensity ratings become the competition group's cost criterion; unrated markets are missing", () => {
  const data = tinyScoringData();
  // The group "competition" reads the market rating competitiveIntensity (one set of ratings, issue 11 §7).
  const state = tinyState({
    groupWeights: { competition: 0.5 },
    assessments: { AAA: { competitiveIntensity: 5 }, BBB: { competitiveIntensity: 1 } },
  });
  const scoring = workspaceScoringInput(data, state);
  if (!scoring.ok) throw new Error(scoring.reason);
  const criterion = scoring.input.criteria.find((c) => c.id === "competition")!;
  expect(criterion).toMatchObject({ direction: "cost", group: "competition" });
  expect(scoring.input.alternatives.find((a) => a.id === "CCC")!.values.competition).toBeNull();
  const meta = workspaceCriteria(data).find((c) => c.key === "competition")!;
  expect(meta.name).toBe("Competitive intensity (your assessment)");
  expect(criterionValue(data, state, "AAA", meta)).toMatchObject({ value: 5, source: "Your assessment", year: null });
});

test("a group whose indicators all weigh 0 counts as weight 0; all groups at 0 is an error with a way out", () => {
  const data = tinyScoringData();
  const zeroSize = workspaceScoringInput(data, tinyState({ indicatorWeights: { gdp: 0, pop: 0 } }));
  if (!zeroSize.ok) throw new Error(zeroSize.reason);
  expect(zeroSize.input.groups?.map((g) => g.id)).toEqual(["ease"]);
  expect(zeroSize.omitted).toContainEqual({
    kind: "group",
    key: "size",
    reason: "all its scored indicators weigh 0",
    code: "groupZeroWeight",
  });

  const none = workspaceScoringInput(data, tinyState({ groupWeights: { size: 0, ease: 0 } }));
  expect(none.ok).toBe(false);
  if (!none.ok)
    expect(none).toMatchObject({ reason: expect.stringMatching(/reset the weights/), code: "allGroupsZero" });
});

test("no market selected is an empty state, not a crash", () => {
  const scoring = workspaceScoringInput(tinyScoringData(), tinyState({ markets: [] }));
  expect(scoring).toMatchObject({
    ok: false,
    reason: expect.stringMatching(/pick at least one market/),
    code: "noMarkets",
  });
});

test("the method, normalization and missing-data policy pass through; PROMETHEE II takes no normalization", () => {
  const data = tinyScoringData();
  const topsis = workspaceScoringInput(
    data,
    tinyState({ method: "topsis", normalization: "minmax", missing: "worst" }),
  );
  expect(topsis.ok && topsis.input).toMatchObject({ method: "topsis", normalization: "minmax", missing: "worst" });
  const promethee = workspaceScoringInput(data, tinyState({ method: "promethee2", normalization: "vector" }));
  expect(promethee.ok && "normalization" in promethee.input).toBe(false);
});
