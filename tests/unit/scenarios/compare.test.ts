import { expect, test } from "vitest";

import { ScenarioComparisonSchema } from "@/lib/contracts/scenarios";
import { compareResults, ordinal } from "@/lib/scenarios/compare";
import { changedWeights, inputOf, ranksOf, snapshotOf } from "@/lib/scenarios/snapshot";
import { rankAlternatives } from "@/lib/scoring";

import { fixtureData, fixtureResults } from "./fixture";

const side = (label: string, results: ReturnType<typeof fixtureResults>["results"]) => ({ label, results });

test("two identical scenarios have no difference and the same ranking", () => {
  const { results } = fixtureResults();
  const comparison = ScenarioComparisonSchema.parse(compareResults(side("A", results), side("B", results)));
  expect(comparison.differences).toEqual([]);
  expect(comparison.biggestMove).toBeNull();
  expect(comparison.cause).toBeNull();
  expect(comparison.rankings.every((r) => r.move === 0)).toBe(true);
  expect(comparison.summary).toMatch(/same inputs and data/);
});

test("one group weight raised in B is the one difference, and it explains the biggest move", () => {
  const a = fixtureResults().results;
  const b = fixtureResults({ groupWeights: { proximity: 5 } }).results;
  const comparison = compareResults(side("A", a), side("B", b));
  // Raising one slider changes every normalized share, but only one weight was moved.
  expect(comparison.differences.map((d) => [d.kind, d.key])).toEqual([["group_weight", "proximity"]]);
  expect(comparison.biggestMove).not.toBeNull();
  expect(comparison.cause).toBe(0);
  const d = comparison.differences[0]!;
  // Applied alone, it reproduces B's ranking exactly: nothing else differs.
  expect(d.ranks).toEqual(Object.fromEntries(b.ranking.ranking.map((r) => [r.id, r.rank])));
  expect(d.explainsBiggestMove).toBe(Math.abs(comparison.biggestMove!.move));
  expect(comparison.summary).toContain("Weight of Proximity");
  expect(comparison.summary).toContain(
    `from ${ordinal(comparison.biggestMove!.rankA)} to ${ordinal(comparison.biggestMove!.rankB)}`,
  );
  const proximity = comparison.weights.groups.find((g) => g.key === "proximity")!;
  expect(proximity.a).toBeCloseTo(0.4, 12);
  expect(proximity.b).toBeCloseTo(5 / 5.6, 12);
});

test("weights typed on another scale are the same choice, not a difference", () => {
  const a = fixtureResults({ groupWeights: { attractiveness: 0.6, proximity: 0.4 } }).results;
  const b = fixtureResults({ groupWeights: { attractiveness: 60, proximity: 40 } }).results;
  expect(compareResults(side("A", a), side("B", b)).differences).toEqual([]);
});

test("a changed value is listed with its year and source, and attributed to that indicator's data", () => {
  const a = fixtureResults().results;
  const data = { ...fixtureData({ DDD: { size: 200, growth: 8, distance: 6000 } }), datasetVersion: "2026.2.0" };
  const b = fixtureResults({}, data).results;
  const comparison = compareResults(side("the saved results", a), side("today's data", b));
  expect(comparison.dataChanges).toEqual([
    {
      iso3: "DDD",
      criterion: "size",
      criterionName: "Indicator size",
      a: { value: 10, year: 2024, source: "Test source" },
      b: { value: 200, year: 2024, source: "Test source" },
    },
  ]);
  expect(comparison.differences.map((d) => [d.kind, d.key])).toEqual([["data", "size"]]);
  expect(comparison.biggestMove?.iso3).toBe("DDD");
  expect(comparison.summary).toMatch(/^The biggest move is Market DDD: 4th in the saved results, 1st in today's data/);
  expect(comparison.summary).toContain("Data: Indicator size (1 value differs)");
});

test("with several differences, the cause is the one that moves the biggest mover toward its rank in B", () => {
  const a = fixtureResults().results;
  // B: proximity dominates (moves CCC up) and, negligibly, growth weighs a bit more.
  const b = fixtureResults({ groupWeights: { proximity: 20 }, indicatorWeights: { growth: 0.31 } }).results;
  const comparison = compareResults(side("A", a), side("B", b));
  expect(comparison.differences.map((d) => d.kind).sort()).toEqual(["criterion_weight", "group_weight"]);
  const cause = comparison.differences[comparison.cause!]!;
  expect(cause.key).toBe("proximity");
  expect(comparison.biggestMove!.iso3).toBe("CCC");
});

test("a different method and a different market set are differences too; markets in one scenario only have no move", () => {
  const a = fixtureResults({ markets: ["AAA", "BBB", "CCC"] }).results;
  const b = fixtureResults({ markets: ["AAA", "BBB", "CCC", "DDD"], method: "topsis" }).results;
  const comparison = compareResults(side("A", a), side("B", b));
  expect(comparison.differences.map((d) => d.kind).sort()).toEqual(["markets", "method"]);
  expect(comparison.differences.find((d) => d.kind === "method")).toMatchObject({
    a: "Weighted sum (min-max)",
    b: "TOPSIS (vector)",
  });
  const ddd = comparison.rankings.find((r) => r.iso3 === "DDD")!;
  expect(ddd).toMatchObject({ rankA: null, move: null });
  expect(ddd.rankB).not.toBeNull();
});

test("a group A does not weigh at all is brought in with B's criteria and values", () => {
  const a = fixtureResults().results;
  const b = fixtureResults({
    groupWeights: { competition: 1 },
    assessments: { AAA: { competition: 5 }, BBB: { competition: 1 }, CCC: { competition: 3 }, DDD: { competition: 1 } },
  }).results;
  const comparison = compareResults(side("A", a), side("B", b));
  const competition = comparison.differences.find((d) => d.key === "competition")!;
  expect(competition).toMatchObject({ kind: "group_weight", error: null, a: "0.0%" });
  expect(competition.ranks).toEqual(Object.fromEntries(b.ranking.ranking.map((r) => [r.id, r.rank])));
});

test("the snapshot round-trips: its engine input ranks exactly as the frozen ranking", () => {
  for (const state of [
    {},
    { method: "topsis" as const },
    { method: "promethee2" as const },
    { groupWeights: { proximity: 3 } },
  ]) {
    const { results } = fixtureResults(state);
    const again = rankAlternatives(inputOf(snapshotOf(results)));
    expect(again.ranking.map((r) => [r.id, r.rank])).toEqual(results.ranking.ranking.map((r) => [r.id, r.rank]));
    for (const [id, w] of Object.entries(results.ranking.weights)) expect(again.weights[id] ?? 0).toBeCloseTo(w, 12);
    expect(ranksOf(snapshotOf(results)).size).toBe(4);
  }
});

test("changedWeights finds the moved sliders up to a common scale", () => {
  const m = (o: Record<string, number>) => new Map(Object.entries(o));
  expect(changedWeights(m({ x: 1, y: 2, z: 3 }), m({ x: 10, y: 20, z: 30 }))).toEqual({ scale: 10, changed: [] });
  expect(changedWeights(m({ x: 1, y: 2, z: 3 }), m({ x: 1, y: 2, z: 9 })).changed).toEqual(["z"]);
  expect(changedWeights(m({ x: 1, y: 0 }), m({ x: 1, y: 4 })).changed).toEqual(["y"]);
  // Two weights, both ratios different: the one kept at ratio 1 is the unchanged one.
  expect(changedWeights(m({ x: 1, y: 1 }), m({ x: 1, y: 2 })).changed).toEqual(["y"]);
});

test("ordinals", () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal)).toEqual([
    "1st",
    "2nd",
    "3rd",
    "4th",
    "11th",
    "12th",
    "13th",
    "21st",
    "22nd",
    "23rd",
    "101st",
  ]);
});
