import { expect, test } from "vitest";

import { ahpWeights } from "@/lib/scoring";
import {
  comparisonMatrix,
  comparisonPairs,
  describeJudgement,
  describeRatio,
  judgementValue,
  openPairs,
  positionOf,
  questionValue,
  spanningQuestions,
} from "@/lib/workspace/ahp-judgements";

test("positions map to Saaty's values and back", () => {
  for (let p = -8; p <= 8; p++) expect(positionOf(judgementValue(p))).toBe(p);
  expect(judgementValue(4)).toBe(5);
  expect(judgementValue(-2)).toBeCloseTo(1 / 3, 12);
  expect(positionOf(2.4)).toBe(1);
});

test("the matrix is reciprocal with ones on the diagonal, pairs in reading order", () => {
  expect(comparisonPairs(3)).toEqual([
    [0, 1],
    [0, 2],
    [1, 2],
  ]);
  const m = comparisonMatrix(3, [2, -4, 0]);
  expect(m[0]![1]).toBe(3);
  expect(m[1]![0]).toBeCloseTo(1 / 3, 12);
  expect(m[0]![2]).toBeCloseTo(1 / 5, 12);
  expect(m[2]![0]).toBe(5);
  expect(m[1]![2]).toBe(1);
  expect(m.map((row, i) => row[i])).toEqual([1, 1, 1]);
});

test("circular judgements are flagged inconsistent, consistent ones are not", () => {
  // A ≻ B (5), B ≻ C (5), C ≻ A (5): a cycle, as inconsistent as three judgements get.
  const cycle = ahpWeights(comparisonMatrix(3, [4, -4, 4]));
  expect(cycle.consistent).toBe(false);
  expect(cycle.cr).toBeGreaterThan(0.1);
  // A = 3B, B = 3C, A = 9C: perfectly consistent.
  const chain = ahpWeights(comparisonMatrix(3, [2, 8, 2]));
  expect(chain.cr).toBeCloseTo(0, 10);
  expect(chain.consistent).toBe(true);
});

test("judgements read as sentences", () => {
  expect(describeJudgement("Size", "Ease", 0)).toBe("Size and Ease are equally important (1)");
  expect(describeJudgement("Size", "Ease", 4)).toBe("Size is strongly more important than Ease (5)");
  expect(describeJudgement("Size", "Ease", -8)).toBe("Ease is extremely more important than Size (9)");
});

test("the ratio the other judgements imply reads as a sentence", () => {
  expect(describeRatio("Size", "Ease", 0.99)).toBe("Size is about as important as Ease");
  expect(describeRatio("Size", "Ease", 3)).toBe("Size is 3 times as important as Ease");
  expect(describeRatio("Size", "Ease", 1 / 2.44)).toBe("Ease is about 2.4 times as important as Size");
});

test("the starting questions are a star around the heaviest item at the exact ratios; weight-0 items are left out", () => {
  // The thesis preset's group weights 0.55, 0.15, 0.05, 0.15, 0.10 and a group at 0.
  const { compared, questions } = spanningQuestions([0.55, 0.15, 0.05, 0.15, 0.1, 0]);
  expect(compared).toEqual([0, 1, 2, 3, 4]);
  expect(questions).toHaveLength(4);
  expect(questions.map((q) => [q.first, q.second])).toEqual([
    [0, 1],
    [0, 2],
    [0, 3],
    [0, 4],
  ]);
  // 0.55 / 0.05 = 11, beyond Saaty's 9: kept exact, shown at the scale's end.
  expect(questions.map(questionValue)).toEqual([0.55 / 0.15, 0.55 / 0.05, 0.55 / 0.15, 0.55 / 0.1]);
  expect(positionOf(questions[1]!.ratio)).toBe(8);
  expect(openPairs(compared, questions)).toHaveLength(10 - 4);
  expect(questionValue({ ...questions[0]!, position: 2 })).toBe(3);
});
