import { describe, expect, test } from "vitest";

import { ScoringInputError, valueUncertainty } from "@/lib/scoring";

// Decision record 014, worked by hand.
describe("value uncertainty", () => {
  test("an observed, current figure from one source is exact", () => {
    expect(valueUncertainty({ value: 42 }).halfWidth).toBe(0);
  });

  test("kind: estimate ±10 %, projection ±15 %, computed ±5 %", () => {
    expect(valueUncertainty({ value: -200, kind: "estimate" }).halfWidth).toBeCloseTo(20, 12);
    expect(valueUncertainty({ value: 200, kind: "projection" }).halfWidth).toBeCloseTo(30, 12);
    expect(valueUncertainty({ value: 200, kind: "computed" }).halfWidth).toBeCloseTo(10, 12);
  });

  test("age: ±2 % per year behind the freshest figure", () => {
    expect(valueUncertainty({ value: 100, age: 3 }).halfWidth).toBeCloseTo(6, 12);
  });

  test("survey share: the 95 % margin of a simple random sample", () => {
    // p = 20 %, n = 1000: 1.96·√(.2·.8/1000)·100 = 2.479 points.
    expect(valueUncertainty({ value: 20, surveySampleSize: 1000 }).halfWidth).toBeCloseTo(
      1.959963984540054 * Math.sqrt(0.16 / 1000) * 100,
      12,
    );
  });

  test("range between sources: the farthest other source", () => {
    expect(valueUncertainty({ value: 10, otherSources: [12, 7] }).halfWidth).toBe(3);
  });

  test("independent parts add in quadrature", () => {
    // estimate of 50 % in a survey, 2 years old, another source at 46: √(3.099² + 5² + 2² + 4²).
    const survey = 1.959963984540054 * Math.sqrt(0.25 / 1000) * 100;
    const result = valueUncertainty({
      value: 50,
      kind: "estimate",
      age: 2,
      surveySampleSize: 1000,
      otherSources: [46],
    });
    expect(result.parts).toEqual({ survey: expect.closeTo(survey, 12), kind: 5, age: 2, range: 4 });
    expect(result.halfWidth).toBeCloseTo(Math.sqrt(survey ** 2 + 25 + 4 + 16), 12);
  });

  test("bad facts are errors naming the field", () => {
    expect(() => valueUncertainty({ value: 1, age: -1 })).toThrow(ScoringInputError);
    expect(() => valueUncertainty({ value: 1, kind: "guess" as never })).toThrow(/unknown value kind/);
    expect(() => valueUncertainty({ value: 1, surveySampleSize: 0 })).toThrow(/surveySampleSize/);
  });
});
