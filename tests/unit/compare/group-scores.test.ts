import { expect, test } from "vitest";

import { compareWithAverage, criteriaGroupScores } from "@/lib/compare/group-scores";

const groups = [
  { key: "size", name: "Size", measurement: "public_data" as const },
  { key: "rules", name: "Rules", measurement: "public_data" as const },
  { key: "rivals", name: "Rivals", measurement: "user_assessment" as const },
];
const indicators = [
  { key: "population", criteriaGroup: "size", direction: "benefit" as const },
  { key: "income", criteriaGroup: "size", direction: "benefit" as const },
  { key: "distance", criteriaGroup: "rules", direction: "cost" as const },
];
const v = (value: number) => ({ value });

test("a group score is the mean of the min-max normalized indicators, 100 = best observed, cost indicators reversed", () => {
  const scores = criteriaGroupScores({
    groups,
    indicators,
    markets: ["A", "B", "C"],
    values: {
      A: { population: v(10), income: v(1), distance: v(100) },
      B: { population: v(20), income: v(3), distance: v(300) },
      C: { population: v(30), income: v(2), distance: v(200) },
    },
  });
  expect(scores.map((g) => g.key)).toEqual(["size", "rules"]); // the assessed group has no data to plot
  const size = scores.find((g) => g.key === "size")!;
  expect(size.scores.A).toBeCloseTo(0); // worst on both
  expect(size.scores.B).toBeCloseTo((50 + 100) / 2);
  expect(size.scores.C).toBeCloseTo((100 + 50) / 2);
  const rules = scores.find((g) => g.key === "rules")!;
  expect(rules.scores.A).toBeCloseTo(100); // shortest distance is best
  expect(rules.scores.B).toBeCloseTo(0);
});

test("a missing value is a gap: it neither counts as zero nor moves the range, and a group without values has no score", () => {
  const scores = criteriaGroupScores({
    groups,
    indicators,
    markets: ["A", "B", "C"],
    values: {
      A: { population: v(10) },
      B: { population: v(30), income: v(5) },
      C: { population: v(20), income: v(1) },
    },
  });
  const size = scores.find((g) => g.key === "size")!;
  expect(size.scores.A).toBeCloseTo(0); // rests on population alone
  expect(size.observed.A).toBe(1);
  expect(size.scores.B).toBeCloseTo(100);
  const rules = scores.find((g) => g.key === "rules")!;
  expect(rules.scores).toEqual({ A: null, B: null, C: null });
});

test("the focus market is set against the mean of the compared markets that have a score", () => {
  const scores = criteriaGroupScores({
    groups,
    indicators,
    markets: ["A", "B", "C"],
    values: { A: { population: v(10) }, B: { population: v(30) }, C: { population: v(20) } },
  });
  const rows = compareWithAverage(scores, "A", ["B", "C"]);
  const size = rows.find((r) => r.key === "size")!;
  expect(size.market).toBeCloseTo(0);
  expect(size.average).toBeCloseTo(75);
  expect(size.averageOver).toBe(2);
  expect(rows.find((r) => r.key === "rules")!.average).toBeNull();
});
