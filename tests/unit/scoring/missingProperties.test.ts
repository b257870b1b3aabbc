/**
 * "Missing data must never help a market" (issue 10 §1, decision record 013), as properties over
 * random problems, for every method and normalization, with and without a reference set.
 * FUZZ_RUNS scales the number of runs per property (default 60, so CI stays fast).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  rankAlternatives,
  type Direction,
  type Method,
  type Normalization,
  type PreferenceFunction,
  type ScoringInput,
} from "@/lib/scoring";

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const VARIANTS: { method: Method; normalization?: Normalization; label: string }[] = [
  { method: "wsm", normalization: "minmax", label: "weighted sum, min-max" },
  { method: "wsm", normalization: "vector", label: "weighted sum, vector" },
  { method: "topsis", normalization: "vector", label: "TOPSIS, vector" },
  { method: "topsis", normalization: "minmax", label: "TOPSIS, min-max" },
  { method: "promethee2", label: "PROMETHEE II" },
];

const preferenceArbitrary: fc.Arbitrary<PreferenceFunction> = fc.constantFrom<PreferenceFunction>(
  { type: "usual" },
  { type: "ushape" },
  { type: "vshape" },
  { type: "level" },
  { type: "linear" },
  { type: "gaussian" },
);

type Row = (number | null)[];

interface Table {
  weights: number[];
  directions: Direction[];
  preferences: PreferenceFunction[];
  rows: Row[];
  /** Extra data-set values per criterion beyond the selected ones (the rest of the world). */
  extra: number[][];
}

const value = fc.integer({ min: -40, max: 40 });

/** Random tables whose every criterion has an observed value and every row a weighted one. */
function tableArbitrary({ gaps }: { gaps: boolean }): fc.Arbitrary<Table> {
  return fc
    .record({ n: fc.integer({ min: 2, max: 6 }), m: fc.integer({ min: 1, max: 4 }) })
    .chain(({ n, m }) =>
      fc.record({
        weights: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: m, maxLength: m }),
        directions: fc.array(fc.constantFrom<Direction>("benefit", "cost"), { minLength: m, maxLength: m }),
        preferences: fc.array(preferenceArbitrary, { minLength: m, maxLength: m }),
        rows: fc.array(
          fc.array(gaps ? fc.option(value, { nil: null, freq: 4 }) : value, { minLength: m, maxLength: m }),
          {
            minLength: n,
            maxLength: n,
          },
        ),
        extra: fc.array(fc.array(value, { maxLength: 6 }), { minLength: m, maxLength: m }),
      }),
    )
    .map((t) => ({
      ...t,
      // Row 0 complete and column 0 complete: every criterion observed, every row scorable.
      rows: t.rows.map((row, a) => row.map((v, c) => (v === null && (a === 0 || c === 0) ? a - c : v))),
    }));
}

function inputOf(
  t: Table,
  variant: (typeof VARIANTS)[number],
  {
    reference,
    coverageThreshold = 0,
    missing = "renormalize" as const,
  }: {
    reference: boolean;
    coverageThreshold?: number;
    missing?: "renormalize" | "worst";
  },
): ScoringInput {
  const ids = t.weights.map((_, c) => `c${c}`);
  return {
    method: variant.method,
    ...(variant.normalization ? { normalization: variant.normalization } : {}),
    missing,
    coverageThreshold,
    criteria: ids.map((id, c) => ({
      id,
      weight: t.weights[c]!,
      direction: t.directions[c]!,
      preference: t.preferences[c]!,
    })),
    alternatives: t.rows.map((row, a) => ({
      id: `m${a}`,
      values: Object.fromEntries(ids.map((id, c) => [id, row[c]!])),
    })),
    ...(reference
      ? {
          reference: {
            label: "test data set",
            // The data set holds every selected market's value and more markets besides.
            values: Object.fromEntries(
              ids.map((id, c) => [
                id,
                [...t.rows.map((r) => r[c]).filter((v): v is number => v !== null), ...t.extra[c]!],
              ]),
            ),
          },
        }
      : {}),
  };
}

function rankOf(input: ScoringInput, id: string): number {
  return rankAlternatives(input).ranking.find((r) => r.id === id)!.rank;
}

describe.each(VARIANTS)("$label", (variant) => {
  test.each([false, true])(
    "(a) adding a criterion observed only for market X never improves X's rank (reference set: %s)",
    (reference) => {
      fc.assert(
        fc.property(
          tableArbitrary({ gaps: true }),
          fc.nat(),
          value,
          fc.integer({ min: 1, max: 9 }),
          fc.constantFrom<Direction>("benefit", "cost"),
          preferenceArbitrary,
          fc.array(value, { maxLength: 6 }),
          fc.constantFrom(0, 0.5),
          (t, pick, x, weight, direction, preference, extra, coverageThreshold) => {
            const who = pick % t.rows.length;
            const before = inputOf(t, variant, { reference, coverageThreshold });
            const grown: Table = {
              weights: [...t.weights, weight],
              directions: [...t.directions, direction],
              preferences: [...t.preferences, preference],
              rows: t.rows.map((row, a) => [...row, a === who ? x : null]),
              extra: [...t.extra, extra],
            };
            const after = inputOf(grown, variant, { reference, coverageThreshold });
            expect(rankOf(after, `m${who}`)).toBeGreaterThanOrEqual(rankOf(before, `m${who}`));
          },
        ),
        { numRuns: RUNS },
      );
    },
  );

  test('(b) under "worst", removing a value never improves that market\'s rank (reference set supplied)', () => {
    fc.assert(
      fc.property(tableArbitrary({ gaps: true }), fc.nat(), fc.nat(), (t, pickA, pickC) => {
        // A cell that is observed and whose criterion keeps another observer after the removal.
        const candidates: [number, number][] = [];
        t.rows.forEach((row, a) =>
          row.forEach((v, c) => {
            if (v !== null && t.rows.some((r, b) => b !== a && r[c] !== null)) candidates.push([a, c]);
          }),
        );
        fc.pre(candidates.length > 0);
        const [a, c] = candidates[(pickA + pickC) % candidates.length]!;
        const before = inputOf(t, variant, { reference: true, missing: "worst" });
        // The reference set is the data set: it still holds the value the request no longer has.
        const removed = structuredClone(before);
        (removed.alternatives[a]!.values as Record<string, number | null>)[`c${c}`] = null;
        expect(rankOf(removed, `m${a}`)).toBeGreaterThanOrEqual(rankOf(before, `m${a}`));
      }),
      { numRuns: RUNS },
    );
  });

  test.each([false, true])(
    "(c) two markets alike except which criterion they lack (each known value typical of its peers) score equally (reference set: %s)",
    (reference) => {
      fc.assert(
        fc.property(
          fc.record({
            others: fc.integer({ min: 1, max: 4 }),
            shared: fc.array(value, { minLength: 0, maxLength: 3 }),
            dirC: fc.constantFrom<Direction>("benefit", "cost"),
            dirD: fc.constantFrom<Direction>("benefit", "cost"),
            prefC: preferenceArbitrary,
            prefD: preferenceArbitrary,
            weight: fc.integer({ min: 1, max: 9 }),
            meanC: value,
            meanD: value,
            seedRows: fc.array(fc.array(value, { minLength: 5, maxLength: 5 }), { minLength: 4, maxLength: 4 }),
          }),
          fc.array(value, { maxLength: 5 }),
          (g, extra) => {
            const k = g.others;
            // The other markets' values on c and d, chosen so their mean is exactly meanC / meanD
            // (integers summing to k·mean), so "typical" is exact, not up to rounding.
            const column = (offset: number, mean: number) => {
              const free = g.seedRows.slice(0, k - 1).map((r) => r[offset]!);
              return [...free, k * mean - free.reduce((s, v) => s + v, 0)];
            };
            const cs = column(0, g.meanC);
            const ds = column(1, g.meanD);
            const others: Row[] = cs.map((cv, i) => [
              ...g.shared.map((_, j) => g.seedRows[i]![2 + (j % 3)]!),
              cv,
              ds[i]!,
            ]);
            const a: Row = [...g.shared, null, g.meanD];
            const b: Row = [...g.shared, g.meanC, null];
            const m = g.shared.length + 2;
            const t: Table = {
              weights: [...g.shared.map(() => 3), g.weight, g.weight],
              directions: [...g.shared.map((_, j) => (j % 2 === 0 ? "benefit" : "cost") as Direction), g.dirC, g.dirD],
              preferences: [...g.shared.map(() => ({ type: "usual" }) as PreferenceFunction), g.prefC, g.prefD],
              rows: [a, b, ...others],
              extra: Array.from({ length: m }, () => extra),
            };
            const scores = rankAlternatives(inputOf(t, variant, { reference })).ranking;
            const score = (id: string) => scores.find((r) => r.id === id)!.score;
            expect(score("m0")).toBeCloseTo(score("m1"), 12);
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});

describe("the reference set is the old behaviour when it is the selected markets", () => {
  test.each(VARIANTS)("$label: complete data, reference = the selected values → same scores and ranks", (variant) => {
    fc.assert(
      fc.property(tableArbitrary({ gaps: false }), (t0) => {
        const t = { ...t0, extra: t0.extra.map(() => []) };
        const without = rankAlternatives(inputOf(t, variant, { reference: false }));
        const withSelected = rankAlternatives(inputOf(t, variant, { reference: true }));
        expect(withSelected.reference.set).toBe("supplied");
        expect(without.reference.set).toBe("selected");
        expect(withSelected.ranking.map((r) => [r.id, r.rank])).toEqual(without.ranking.map((r) => [r.id, r.rank]));
        withSelected.ranking.forEach((r, i) => expect(r.score).toBeCloseTo(without.ranking[i]!.score, 12));
      }),
      { numRuns: RUNS },
    );
  });
});
