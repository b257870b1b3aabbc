import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  methodAgreement,
  monteCarloRanks,
  rankAlternatives,
  smallestWeightChange,
  stabilityIntervals,
  tornadoSwings,
  type Method,
  type Normalization,
  type ScoringInput,
} from "@/lib/scoring";
import { allFinite, problemArbitrary, ranksById } from "./fixtures";

const VARIANTS: { method: Method; normalization?: Normalization }[] = [
  { method: "wsm", normalization: "minmax" },
  { method: "wsm", normalization: "vector" },
  { method: "topsis", normalization: "vector" },
  { method: "topsis", normalization: "minmax" },
  { method: "promethee2" },
];

const variantProblem = (options: Parameters<typeof problemArbitrary>[1] = {}) =>
  fc
    .constantFrom(...VARIANTS)
    .chain((variant) => problemArbitrary(variant.method, options).map((input) => ({ ...input, ...variant })));

describe("properties of every method", () => {
  test("the ranking is invariant under reordering of alternatives", () => {
    fc.assert(
      fc.property(
        variantProblem({ missing: true }).chain((input) =>
          fc
            .shuffledSubarray(input.alternatives, { minLength: input.alternatives.length })
            .map((shuffled) => [input, { ...input, alternatives: shuffled }] as const),
        ),
        ([input, shuffled]) => {
          expect(rankAlternatives(shuffled)).toEqual(rankAlternatives(input));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a dominated alternative never ranks above the one dominating it", () => {
    fc.assert(
      fc.property(
        variantProblem().chain((input) =>
          fc.record({
            input: fc.constant(input),
            // How much worse the dominated copy is on each criterion (≥ 0, at least one > 0).
            worse: fc.array(fc.integer({ min: 0, max: 30 }), {
              minLength: input.criteria.length,
              maxLength: input.criteria.length,
            }),
          }),
        ),
        ({ input, worse }) => {
          if (!worse.some((d) => d > 0)) worse[0] = 1;
          const top = input.alternatives[0]!;
          const values = Object.fromEntries(
            input.criteria.map((c, k) => {
              const v = top.values[c.id] as number;
              return [c.id, c.direction === "benefit" ? v - worse[k]! : v + worse[k]!];
            }),
          );
          const ranks = ranksById(
            rankAlternatives({ ...input, alternatives: [...input.alternatives, { id: "dominated", values }] }).ranking,
          );
          expect(ranks.dominated).toBeGreaterThanOrEqual(ranks[top.id]!);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("no NaN or Infinity in any output, even for extreme values", () => {
    const extreme = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e-300),
      fc.integer({ min: -3, max: 3 }),
    );
    fc.assert(
      fc.property(
        variantProblem({ missing: true, value: extreme, maxN: 5, maxM: 4 }),
        fc.boolean(),
        fc.constantFrom("renormalize", "worst" as const),
        (input, uncertain, missing) => {
          const scenario: ScoringInput = {
            ...input,
            missing,
            alternatives: input.alternatives.map((a) =>
              uncertain ? { ...a, uncertainty: Object.fromEntries(input.criteria.map((c) => [c.id, 0.5])) } : a,
            ),
          };
          expect(allFinite(rankAlternatives(scenario))).toBe(true);
          expect(allFinite(stabilityIntervals(scenario))).toBe(true);
          expect(allFinite(tornadoSwings(scenario, { low: 0, high: 2 }))).toBe(true);
          expect(allFinite(monteCarloRanks(scenario, { samples: 20, concentration: 2 }))).toBe(true);
          expect(allFinite(smallestWeightChange(scenario))).toBe(true);
          expect(allFinite(methodAgreement(scenario))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("properties of particular methods", () => {
  test("min-max weighted sum and TOPSIS are invariant under positive rescaling of one criterion", () => {
    const scaleInvariant = fc.constantFrom<{ method: Method; normalization: Normalization }>(
      { method: "wsm", normalization: "minmax" },
      { method: "topsis", normalization: "vector" },
      { method: "topsis", normalization: "minmax" },
    );
    fc.assert(
      fc.property(
        scaleInvariant.chain((variant) => problemArbitrary(variant.method).map((input) => ({ ...input, ...variant }))),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.nat(),
        (input, factor, pick) => {
          const k = input.criteria[pick % input.criteria.length]!.id;
          const rescaled = {
            ...input,
            alternatives: input.alternatives.map((a) => ({
              ...a,
              values: { ...a.values, [k]: (a.values[k] as number) * factor },
            })),
          };
          expect(ranksById(rankAlternatives(rescaled).ranking)).toEqual(ranksById(rankAlternatives(input).ranking));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("improving one benefit value never worsens that alternative's weighted-sum rank", () => {
    fc.assert(
      fc.property(
        problemArbitrary("wsm", { missing: true }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 40 }),
        (input, pickA, pickC, delta) => {
          const alternative = input.alternatives[pickA % input.alternatives.length]!;
          const criterion = input.criteria[pickC % input.criteria.length]!;
          const before = alternative.values[criterion.id];
          if (before === null || before === undefined) return;
          const improvement = criterion.direction === "benefit" ? delta : -delta;
          const improved = {
            ...input,
            alternatives: input.alternatives.map((a) =>
              a === alternative ? { ...a, values: { ...a.values, [criterion.id]: before + improvement } } : a,
            ),
          };
          const rankBefore = ranksById(rankAlternatives(input).ranking)[alternative.id]!;
          const rankAfter = ranksById(rankAlternatives(improved).ranking)[alternative.id]!;
          expect(rankAfter).toBeLessThanOrEqual(rankBefore);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("contributions explain the score: they add up to it (to CC − ½ for TOPSIS)", () => {
    fc.assert(
      fc.property(variantProblem({ missing: true }), (input) => {
        for (const r of rankAlternatives(input).ranking) {
          const total = Object.values(r.contributions).reduce((s, v) => s + v, 0);
          // TOPSIS with S⁺ + S⁻ = 0 (all equal): CC is 1 by definition and nothing contributes.
          const degenerate = input.method === "topsis" && r.score === 1 && total === 0;
          expect(total).toBeCloseTo(input.method !== "topsis" ? r.score : degenerate ? 0 : r.score - 0.5, 10);
        }
      }),
      { numRuns: 200 },
    );
  });
});
