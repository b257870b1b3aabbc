import { expect, test } from "vitest";

import { rankAlternatives } from "@/lib/scoring";
import { workspaceScoringInput } from "@/lib/workspace/scoring-input";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";
import { explainMarket, ordinal } from "@/lib/workspace/why";

import { shippedScoringData, tinyScoringData } from "./fixture";

test("with a weighted sum the edges add up to the market's lead over the average of the others", () => {
  const data = shippedScoringData();
  const state = defaultWorkspaceState();
  const scoring = workspaceScoringInput(data, state);
  if (!scoring.ok) throw new Error(scoring.reason);
  const result = rankAlternatives(scoring.input);
  let checked = 0;
  for (const row of result.ranking) {
    const explanation = explainMarket(data, state, scoring.criteria, result, row.id, 100)!;
    const edges = [...explanation.strongest, ...explanation.weakest].reduce((s, e) => s + e.edge, 0);
    // Every market's contributions add up to its score; a market with a gap has no edge on that criterion.
    if (row.coverage === 1) {
      const others = result.ranking.filter((r) => r.id !== row.id);
      expect(edges).toBeCloseTo(row.score - others.reduce((s, r) => s + r.score, 0) / others.length, 10);
      checked++;
    }
    expect(explanation.strongest.every((e) => e.edge > 0)).toBe(true);
    expect(explanation.weakest.every((e) => e.edge < 0)).toBe(true);
  }
  expect(checked).toBeGreaterThanOrEqual(5);
});

test("each strength comes with its value, year, source and place among the markets", () => {
  const data = tinyScoringData();
  const state = { ...defaultWorkspaceState(), markets: ["AAA", "BBB", "CCC"] };
  const scoring = workspaceScoringInput(data, state);
  if (!scoring.ok) throw new Error(scoring.reason);
  const result = rankAlternatives(scoring.input);
  const gamma = explainMarket(data, state, scoring.criteria, result, "CCC")!;
  // Gamma is the farthest market (distance 500, a cost): its weakest criterion, last of 3.
  expect(gamma.weakest[0]).toMatchObject({
    value: 500,
    year: 2024,
    source: "s3",
    place: 3,
    of: 3,
    bestOther: { iso3: "BBB", value: 50 },
  });
  expect(gamma.gaps.map((g) => g.key)).toEqual(["pop"]);
  expect(explainMarket(data, state, scoring.criteria, result, "ZZZ")).toBeNull();
});

test("ordinals", () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
    "1st",
    "2nd",
    "3rd",
    "4th",
    "11th",
    "12th",
    "13th",
    "21st",
    "22nd",
    "101st",
  ]);
});
