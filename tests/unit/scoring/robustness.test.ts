import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  decisionProblem,
  methodAgreement,
  rankAlternatives,
  smallestWeightChange,
  stabilityIntervals,
  tornadoSwings,
  tornadoForMarket,
  marketSwing,
  type ScoringInput,
} from "@/lib/scoring";
import { fighterAircraft, problemArbitrary, suppliers, table } from "./fixtures";

// The suppliers example (see methods.test.ts) worked by hand. Moving one weight to t with the
// others rescaled, scores are linear in t:
//   price (w = .5):   A = .4 + .6t, B = 1 − .5t, C = .2(1 − t)   → B leads while t ≤ 6/11
//   quality (w = .3): B − A = t/3 − (1 − t)/14                   → B leads while t ≥ 3/17
//   speed (w = .2):   B − A = t − 3(1 − t)/16                    → B leads while t ≥ 3/19
describe("stability intervals", () => {
  test("match the hand-derived bounds of a weighted sum", () => {
    const { leader, intervals } = stabilityIntervals(suppliers());
    expect(leader).toBe("B");
    expect(intervals.price).toMatchObject({
      weight: 0.5,
      low: 0,
      lowBounded: false,
      highBounded: true,
      highChallenger: "A",
      lowChallenger: null,
    });
    expect(intervals.price!.high).toBeCloseTo(6 / 11, 9);
    expect(intervals.quality).toMatchObject({ high: 1, highBounded: false, lowBounded: true, lowChallenger: "A" });
    expect(intervals.quality!.low).toBeCloseTo(3 / 17, 9);
    expect(intervals.speed!.low).toBeCloseTo(3 / 19, 9);
    expect(intervals.speed!.high).toBe(1);
  });

  test("match an independent analytic computation for random weighted sums", () => {
    fc.assert(
      fc.property(problemArbitrary("wsm", { maxN: 6, maxM: 4 }), (input) => {
        const problem = decisionProblem(input);
        const { n, m, weights, values, benefit, ids } = problem;
        // Min-max utilities, computed here independently of the engine.
        const r = (a: number, c: number) => {
          const column = Array.from({ length: n }, (_, b) => values[b * m + c]!);
          const min = Math.min(...column);
          const max = Math.max(...column);
          if (max === min) return 1;
          return benefit[c] === 1 ? (values[a * m + c]! - min) / (max - min) : (max - values[a * m + c]!) / (max - min);
        };
        const leaderId = rankAlternatives(input).ranking[0]!.id;
        const L = ids.indexOf(leaderId);
        const { intervals } = stabilityIntervals(problem);
        for (let k = 0; k < m; k++) {
          const rest = 1 - weights[k]!;
          // S_a(t) = t·r_ak + (1 − t)·B_a: D(t) = S_L − S_a = α + β t.
          const B = (a: number) => {
            let s = 0;
            for (let j = 0; j < m; j++)
              if (j !== k) s += rest > 1e-15 ? (weights[j]! * r(a, j)) / rest : r(a, j) / (m - 1);
            return m > 1 ? s : 0;
          };
          let low = 0;
          let high = 1;
          for (let a = 0; a < n; a++) {
            if (a === L) continue;
            const alpha = B(L) - B(a);
            const beta = r(L, k) - r(a, k) - alpha;
            if (Math.abs(beta) < 1e-12) continue;
            const crossing = -alpha / beta;
            if (beta < 0 && crossing < high) high = Math.max(crossing, weights[k]!);
            if (beta > 0 && crossing > low) low = Math.min(crossing, weights[k]!);
          }
          const interval = intervals[`c${k}`]!;
          expect(interval.low).toBeCloseTo(low, 6);
          expect(interval.high).toBeCloseTo(high, 6);
          expect(interval.low).toBeLessThanOrEqual(interval.weight + 1e-12);
          expect(interval.high).toBeGreaterThanOrEqual(interval.weight - 1e-12);
        }
      }),
      { numRuns: 120 },
    );
  });

  // The bounds against a brute-force search: sweep each weight finely from its current value to
  // 0 and to 1 (the others rescaled proportionally, as the analysis defines the path), re-rank the
  // whole input at every step, and note the first step at which someone strictly beats the
  // leader. The computed bound must lie within one sweep step before that point, and where the
  // sweep finds no change the bound must be the end of the path (unbounded).
  const SWEEP = 2000;
  function bruteForceBound(input: ScoringInput, leader: string, k: number, end: 0 | 1): number | null {
    const base = decisionProblem(input).weights;
    const start = base[k]!;
    const rest = 1 - start;
    for (let i = 1; i <= SWEEP; i++) {
      const t = start + ((end - start) * i) / SWEEP;
      const weights = Array.from(base, (w, j) => (j === k ? t : rest > 0 ? (w * (1 - t)) / rest : 0));
      const ranking = rankAlternatives({
        ...input,
        criteria: input.criteria.map((c, j) => ({ ...c, weight: weights[j]! })),
      }).ranking;
      const top = ranking.find((r) => r.id === leader)!;
      if (ranking.some((r) => r.id !== leader && r.score > top.score + 1e-9)) return t;
    }
    return null;
  }

  const cases: [string, ScoringInput][] = [
    ["TOPSIS (fighter aircraft)", fighterAircraft("topsis")],
    ["TOPSIS, min-max (fighter aircraft)", { ...fighterAircraft("topsis"), normalization: "minmax" }],
    ["PROMETHEE II, usual (fighter aircraft)", fighterAircraft("promethee2")],
    [
      "PROMETHEE II, linear with default thresholds (fighter aircraft)",
      {
        ...fighterAircraft("promethee2"),
        criteria: fighterAircraft("promethee2").criteria.map((c) => ({
          ...c,
          preference: { type: "linear" } as const,
        })),
      },
    ],
    [
      "TOPSIS with a gap",
      table(
        "topsis",
        [
          ["x", 0.5, "benefit"],
          ["y", 0.3, "cost"],
          ["z", 0.2, "benefit"],
        ],
        { A: [3, 2, null], B: [4, 3, 5], C: [1, 1, 2], D: [2, 4, 6] },
      ),
    ],
  ];

  test.each(cases)("bounds of %s agree with a brute-force sweep", (_, input) => {
    const { leader, intervals, exact } = stabilityIntervals(input);
    // Labelled: TOPSIS's bounds are a grid approximation, the linear methods' are exact.
    expect(exact).toBe(input.method !== "topsis");
    const base = decisionProblem(input).weights;
    input.criteria.forEach((criterion, k) => {
      const interval = intervals[criterion.id]!;
      const step = (end: number) => Math.abs(end - base[k]!) / SWEEP;
      for (const [end, bound, bounded] of [
        [0, interval.low, interval.lowBounded],
        [1, interval.high, interval.highBounded],
      ] as const) {
        const found = bruteForceBound(input, leader, k, end);
        if (found === null) {
          expect(bounded).toBe(false);
          expect(bound).toBe(end);
        } else {
          expect(bounded).toBe(true);
          // The sweep's first failing step lies just past the bound, at most one step away.
          expect(Math.abs(found - bound)).toBeLessThanOrEqual(step(end) + 1e-9);
          expect(end === 0 ? found <= bound + 1e-12 : found >= bound - 1e-12).toBe(true);
        }
      }
    });
  });
});

describe("tornado", () => {
  test("swings each weight by ±50 % by default (hand-checked for price)", () => {
    const bars = tornadoSwings(suppliers());
    const price = bars.find((b) => b.criterion === "price")!;
    // t = .25: A .55, B .875, C .15; t = .75: A .85, B .625, C .05.
    expect(price.low.weight).toBeCloseTo(0.25, 12);
    expect(price.high.weight).toBeCloseTo(0.75, 12);
    expect(price.low.scores).toEqual({
      A: expect.closeTo(0.55, 12),
      B: expect.closeTo(0.875, 12),
      C: expect.closeTo(0.15, 12),
    });
    expect(price.high.scores).toEqual({
      A: expect.closeTo(0.85, 12),
      B: expect.closeTo(0.625, 12),
      C: expect.closeTo(0.05, 12),
    });
    expect(price.low.leader).toBe("B");
    expect(price.high.leader).toBe("A");
    expect(price.high.ranks).toEqual({ A: 1, B: 2, C: 3 });
    expect(price.swing).toBeCloseTo(0.3, 12);
    expect(price.leaderChanges).toBe(true);
    expect(bars[0]!.criterion).toBe("price");
    for (let i = 1; i < bars.length; i++) expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
  });

  test("takes other ranges, e.g. 0 → 2×, clamped to [0, 1]", () => {
    const price = tornadoSwings(suppliers(), { low: 0, high: 2 }).find((b) => b.criterion === "price")!;
    expect(price.low.weight).toBe(0);
    expect(price.high.weight).toBe(1);
    // Price alone: A 1, B .5, C 0.
    expect(price.high.scores).toEqual({
      A: expect.closeTo(1, 12),
      B: expect.closeTo(0.5, 12),
      C: expect.closeTo(0, 12),
    });
  });

  test("rejects a low multiplier above the high one", () => {
    expect(() => tornadoSwings(suppliers(), { low: 2, high: 1 })).toThrow(/high multiplier/);
  });
});

describe("smallest change that lets the runner-up overtake", () => {
  test("finds the nearest crossing over all weights and says it in words", () => {
    // From the hand-derived bounds: price +.0455 (to 6/11), quality −.1235, speed −.0421
    // (to 3/19): speed is the smallest change.
    const change = smallestWeightChange(suppliers(), { A: "Alpha", B: "Beta", speed: "Delivery speed" });
    expect(change).toMatchObject({ leader: "B", runnerUp: "A", tied: false, criterion: "speed", from: 0.2 });
    expect(change.to).toBeCloseTo(3 / 19, 9);
    expect(change.change).toBeCloseTo(3 / 19 - 0.2, 9);
    expect(change.sentence).toBe(
      "Alpha would overtake Beta if the weight of Delivery speed fell from 20.0% to 15.8% (−4.2 points), the others rescaled.",
    );
  });

  test("uses ids when no label is given, and says 'rose' for an increase", () => {
    // A = (1, 0, 1), B = (0, 1, 1), w = (.5, .3, .2): A .7, B .5. By hand: y → 5/12 (+11.7
    // points) ties them; x → .375 (−12.5 points); z never lets B pass.
    const input = table(
      "wsm",
      [
        ["x", 0.5, "benefit"],
        ["y", 0.3, "benefit"],
        ["z", 0.2, "benefit"],
      ],
      { A: [1, 0, 1], B: [0, 1, 1] },
    );
    const change = smallestWeightChange(input);
    expect(change.to).toBeCloseTo(5 / 12, 9);
    expect(change.sentence).toBe(
      "B would overtake A if the weight of y rose from 30.0% to 41.7% (+11.7 points), the others rescaled.",
    );
  });

  test("a tie for first place and a single alternative", () => {
    const tied = table("wsm", [["x", 1, "benefit"]], { A: [1], B: [1], C: [0] });
    expect(smallestWeightChange(tied)).toMatchObject({
      tied: true,
      criterion: null,
      sentence: "B and A are tied for first place.",
    });
    expect(smallestWeightChange(table("wsm", [["x", 1, "benefit"]], { A: [1] })).sentence).toBe(
      "A is the only alternative.",
    );
  });

  test("says so when no single weight change is enough", () => {
    const dominated = table(
      "wsm",
      [
        ["x", 1, "benefit"],
        ["y", 1, "benefit"],
      ],
      { A: [2, 2], B: [1, 1] },
    );
    const change = smallestWeightChange(dominated);
    expect(change.criterion).toBeNull();
    expect(change.sentence).toBe("No change of a single weight lets B overtake A (the others rescaled).");
  });
});

describe("method agreement", () => {
  test("ranks under each method side by side with Spearman's ρ between every pair", () => {
    const agreement = methodAgreement(fighterAircraft());
    expect(agreement.variants).toEqual(["wsm/minmax", "wsm/vector", "topsis/vector", "topsis/minmax", "promethee2"]);
    expect(agreement.rankings["topsis/vector"]).toEqual({ A1: 1, A2: 4, A3: 2, A4: 3 });
    expect(agreement.spearman).toHaveLength(10);
    // Hand check: wsm/minmax ranks A3, A1, A4, A2; topsis/vector A1, A3, A4, A2: one swap of
    // adjacent ranks, Σd² = 2 → ρ = 1 − 12/60 = 0.8.
    expect(agreement.rankings["wsm/minmax"]).toEqual({ A1: 2, A2: 4, A3: 1, A4: 3 });
    const pair = agreement.spearman.find((s) => s.a === "wsm/minmax" && s.b === "topsis/vector")!;
    expect(pair.rho).toBeCloseTo(0.8, 12);
    expect(agreement.sameLeader).toBe(false);
  });

  test("identical rankings correlate perfectly; a constant ranking gives null", () => {
    const agreement = methodAgreement(table("wsm", [["x", 1, "benefit"]], { A: [3], B: [2], C: [1] }));
    expect(agreement.spearman.every((s) => s.rho === 1)).toBe(true);
    expect(agreement.sameLeader).toBe(true);
    const flat = methodAgreement(table("wsm", [["x", 1, "benefit"]], { A: [1], B: [1] }));
    expect(flat.spearman.every((s) => s.rho === null)).toBe(true);
  });
});

describe("tornado drawn for one market", () => {
  // Suppliers example, min-max utilities r: price (cost) A 1, B .5, C 0; quality A 2/3, B 1, C 0;
  // speed A 0, B 1, C .5. Swinging weight w_k from w/2 to 1.5w with the rest rescaled moves market
  // X's score by w_k·|r_Xk − R_Xk|, R_Xk = Σ_{j≠k} w_j r_Xj / (1 − w_k):
  //   B: price .5·|.5 − 1| = .25; quality .3·(1 − 9/14) = 3/28 ≈ .107; speed .2·(1 − .6875) = .0625
  //   A: price .5·|1 − .4| = .3;  quality .3·|2/3 − 5/7| = 1/70;      speed .2·|0 − .875| = .175
  // The widest swing of any market orders price (.3), speed (.175), quality (3/28): not B's order.
  test("orders the bars by the drawn market's own swing (hand-computed, 3 criteria)", () => {
    const bars = tornadoSwings(suppliers());
    expect(bars.map((b) => b.criterion)).toEqual(["price", "speed", "quality"]);
    const forB = tornadoForMarket(bars, "B");
    expect(forB.map((b) => b.criterion)).toEqual(["price", "quality", "speed"]);
    expect(forB.map((b) => marketSwing(b, "B"))).toEqual([
      expect.closeTo(0.25, 12),
      expect.closeTo(3 / 28, 12),
      expect.closeTo(0.0625, 12),
    ]);
    const forA = tornadoForMarket(bars, "A");
    expect(forA.map((b) => b.criterion)).toEqual(["price", "speed", "quality"]);
    expect(forA.map((b) => marketSwing(b, "A"))).toEqual([
      expect.closeTo(0.3, 12),
      expect.closeTo(0.175, 12),
      expect.closeTo(1 / 70, 12),
    ]);
  });
});
