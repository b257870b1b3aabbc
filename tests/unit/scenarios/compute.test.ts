import { expect, test } from "vitest";

import { ScenarioInputsSchema, ScenarioResultsSchema } from "@/lib/contracts/scenarios";
import { computeScenarioResults, resolveInputs } from "@/lib/scenarios/compute";
import { ScoringInputError } from "@/lib/scoring";
import { decodeWorkspaceState, encodeWorkspaceState } from "@/lib/workspace/url-state";

import { fixtureData, fixtureInputs, fixtureResults, noFit } from "./fixture";

test("results are complete, match their contract, and are the same for the same inputs and data", () => {
  const first = fixtureResults();
  const second = fixtureResults();
  expect(ScenarioResultsSchema.parse(first.results)).toEqual(first.results);
  expect(second).toEqual(first);
  expect(first.results.ranking.ranking).toHaveLength(4);
  expect(first.results.robustness.rankProbabilities.AAA).toHaveLength(4);
  expect(first.results.robustness.monteCarlo).toMatchObject({ samples: 200, seed: 1, concentration: 50 });
  expect(first.results.provenance.AAA?.size).toEqual({ year: 2024, source: "Test source" });
  expect(first.results.labels.markets).toEqual({
    AAA: "Market AAA",
    BBB: "Market BBB",
    CCC: "Market CCC",
    DDD: "Market DDD",
  });
  expect(first.results.entryModes).toBeNull();
});

test("saved weights are what a reopened workspace URL gives back, to the last digit", () => {
  const { inputs } = fixtureResults({ groupWeights: { proximity: 1 / 3 }, indicatorWeights: { size: 0.123456789 } });
  const reopened = decodeWorkspaceState(new URLSearchParams(encodeWorkspaceState(inputs.state))).state;
  expect(reopened).toEqual(inputs.state);
  expect(inputs.state.groupWeights.proximity).toBe(0.333333);
});

test("AHP comparisons set the weights of what they compare; what they leave out weighs 0", () => {
  const raw = ScenarioInputsSchema.parse({
    ...fixtureInputs(),
    ahp: {
      groups: {
        criteria: ["attractiveness", "proximity"],
        matrix: [
          [1, 3],
          [1 / 3, 1],
        ],
        method: "eigenvector",
      },
      indicators: { attractiveness: { criteria: ["size"], matrix: [[1]] } },
    },
  });
  const { inputs, ahp } = resolveInputs(raw, fixtureData());
  expect(inputs.state.groupWeights).toEqual({ attractiveness: 0.75, proximity: 0.25, competition: 0 });
  expect(inputs.state.indicatorWeights).toEqual({ size: 1, growth: 0 });
  expect(ahp?.groups?.consistent).toBe(true);

  const unknown = ScenarioInputsSchema.parse({
    ...fixtureInputs(),
    ahp: { groups: { criteria: ["nope"], matrix: [[1]] } },
  });
  expect(() => resolveInputs(unknown, fixtureData())).toThrow(ScoringInputError);
});

test("an unknown market is refused, unless previewing on a data set it has left", () => {
  const inputs = fixtureInputs({ markets: ["AAA", "ZZZ"] });
  const context = { fit: noFit, datasetHash: "h", computedAt: new Date(0) };
  expect(() => computeScenarioResults(inputs, fixtureData(), context)).toThrow(/ZZZ is not in the data set/);
  const lenient = computeScenarioResults(inputs, fixtureData(), { ...context, lenient: true });
  expect(lenient.results.ranking.ranking.map((r) => r.id)).toEqual(["AAA"]);
});

test("the user's competition ratings feed the entry-mode assessment of the recommended market", () => {
  const state = { assessments: { AAA: { competition: 5 } } };
  const inputs = {
    ...fixtureInputs(state),
    firmProfile: Object.fromEntries(
      [
        "ecosystem",
        "technology",
        "brand",
        "network",
        "quality",
        "domesticSaturation",
        "domesticCompetition",
        "homePolicySupport",
        "resources",
        "riskAppetite",
        "urgency",
      ].map((k) => [k, 3]),
    ) as never,
  };
  const { results } = computeScenarioResults(inputs, fixtureData(), {
    fit: noFit,
    datasetHash: "h",
    computedAt: new Date(0),
  });
  expect(results.entryModes?.market.iso3).toBe(results.ranking.ranking[0]!.id);
  if (results.entryModes?.market.iso3 === "AAA") {
    expect(results.entryModes.marketProfile.factors.competitiveIntensity).toMatchObject({
      value: 5,
      basis: "user_assessment",
    });
  }
});
