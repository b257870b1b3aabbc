/** Worked examples and fast-check arbitraries shared by the scoring tests. */
import fc from "fast-check";
import type { Alternative, Criterion, Direction, Method, ScoringInput } from "@/lib/scoring";

type Mutable<T> = T & { criteria: Criterion[]; alternatives: Alternative[] };

/** Builds an input from a compact table: rows of values in criteria order (null = missing). */
export function table(
  method: Method,
  criteria: [id: string, weight: number, direction: Direction][],
  rows: Record<string, (number | null)[]>,
  extra: Partial<ScoringInput> = {},
): Mutable<ScoringInput> {
  return {
    method,
    criteria: criteria.map(([id, weight, direction]) => ({ id, weight, direction })),
    alternatives: Object.entries(rows).map(([id, row]) => ({
      id,
      values: Object.fromEntries(criteria.map(([cid], c) => [cid, row[c] ?? null])),
    })),
    ...extra,
  } as Mutable<ScoringInput>;
}

/**
 * Hwang & Yoon (1981), Multiple Attribute Decision Making, the fighter-aircraft example (also in
 * Yoon & Hwang 1995, ch. 5): speed (Mach), ferry range (NM), payload (lb), cost ($10⁶, cost),
 * reliability and maneuverability (qualitative: average 5, low 3, high 7, very high 9).
 */
export function fighterAircraft(method: Method = "topsis"): Mutable<ScoringInput> {
  return table(
    method,
    [
      ["speed", 0.2, "benefit"],
      ["range", 0.1, "benefit"],
      ["payload", 0.1, "benefit"],
      ["cost", 0.1, "cost"],
      ["reliability", 0.2, "benefit"],
      ["maneuverability", 0.3, "benefit"],
    ],
    {
      A1: [2.0, 1500, 20000, 5.5, 5, 9],
      A2: [2.5, 2700, 18000, 6.5, 3, 5],
      A3: [1.8, 2000, 21000, 4.5, 7, 7],
      A4: [2.2, 1800, 20000, 5.0, 5, 5],
    },
  );
}

/** A small weighted-sum case worked by hand in wsm.test.ts and robustness.test.ts. */
export function suppliers(method: Method = "wsm"): Mutable<ScoringInput> {
  return table(
    method,
    [
      ["price", 0.5, "cost"],
      ["quality", 0.3, "benefit"],
      ["speed", 0.2, "benefit"],
    ],
    { A: [100, 8, 3], B: [150, 9, 5], C: [200, 6, 4] },
  );
}

export interface ProblemShape {
  n: number;
  m: number;
}

/**
 * Random complete problems: integer-valued data (so that rescaling and rounding cannot invent or
 * break near-ties), positive-sum weights, mixed directions.
 */
export function problemArbitrary(
  method: Method,
  {
    minN = 2,
    maxN = 7,
    minM = 1,
    maxM = 5,
    missing = false,
    value = fc.integer({ min: -50, max: 50 }),
  }: {
    minN?: number;
    maxN?: number;
    minM?: number;
    maxM?: number;
    missing?: boolean;
    value?: fc.Arbitrary<number>;
  } = {},
): fc.Arbitrary<Mutable<ScoringInput>> {
  return fc
    .record({ n: fc.integer({ min: minN, max: maxN }), m: fc.integer({ min: minM, max: maxM }) })
    .chain(({ n, m }) =>
      fc.record({
        weights: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: m, maxLength: m }),
        directions: fc.array(fc.constantFrom<Direction>("benefit", "cost"), { minLength: m, maxLength: m }),
        rows: fc.array(
          fc.array(missing ? fc.option(value, { nil: null, freq: 4 }) : value, {
            minLength: m,
            maxLength: m,
          }),
          { minLength: n, maxLength: n },
        ),
      }),
    )
    .map(({ weights, directions, rows }) => {
      const w = weights.every((x) => x === 0) ? weights.map((_, i) => (i === 0 ? 1 : 0)) : weights;
      // Every criterion needs a value somewhere and every alternative one on a weighted
      // criterion: fill the first alternative's and the first weighted criterion's gaps.
      const firstWeighted = w.findIndex((x) => x > 0);
      const filled = rows.map((row, a) =>
        row.map((v, c) => (v === null && (a === 0 || c === firstWeighted) ? a + c : v)),
      );
      return table(
        method,
        w.map((weight, c) => [`c${c}`, weight, directions[c]!] as [string, number, Direction]),
        Object.fromEntries(filled.map((row, a) => [`alt${a}`, row])),
      );
    });
}

/** Every number anywhere in a JSON-like value is finite. */
export function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value !== null && typeof value === "object") return Object.values(value).every(allFinite);
  return true;
}

export function ranksById(ranking: { id: string; rank: number }[]): Record<string, number> {
  return Object.fromEntries(ranking.map((r) => [r.id, r.rank]));
}
