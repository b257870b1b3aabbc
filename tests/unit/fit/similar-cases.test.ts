import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

import { libraryCase, similarCasesFor, similarityQuery } from "@/lib/cases/similar";
import { EntryCaseEntry } from "@/lib/contracts/cases";
import { expectedSquaredGap, similarCaseDistances, similarEntries } from "@/lib/scoring/fit/similar-cases";

// The similarity of docs/decisions/015-similar-cases.md, against distances computed by hand.

const kase = (id: string, factors: Record<string, number>) => ({ id, factors });

// Query a=4, b=2, c=5, d=3. Hand computation (gaps squared, mean over the 4 query factors):
//   near   a3 b2 c4 d3        → 1+0+1+0 = 2                  → √(2/4)     = 0.70711
//   sparse a4 b2 c5 (no d)    → 0+0+0 + E_d                   → √((8/3)/4) = 0.81650
//   full   a4 b3 c5 d1        → 0+1+0+4 = 5                   → √(5/4)     = 1.11803
//   lonely a4 (only)          → 0 + E_b + E_c + E_d           → √(9.41667/4) = 1.53433
//   far    a1 b5 c1 d5        → 9+9+16+4 = 38                 → √(38/4)    = 3.08221
// where E_f is the mean squared gap to the cases that do rate f:
//   E_b (q=2; b = 3, 2, 2, 5) = (1+0+0+9)/4 = 2.5
//   E_c (q=5; c = 4, 5, 5, 1) = (1+0+0+16)/4 = 4.25
//   E_d (q=3; d = 3, 1, 5)    = (0+4+4)/3 = 8/3
const library = [
  kase("near", { a: 3, b: 2, c: 4, d: 3 }),
  kase("sparse", { a: 4, b: 2, c: 5 }),
  kase("full", { a: 4, b: 3, c: 5, d: 1 }),
  kase("lonely", { a: 4 }),
  kase("far", { a: 1, b: 5, c: 1, d: 5 }),
];
const query = { a: 4, b: 2, c: 5, d: 3 };

describe("similar cases in factor space", () => {
  test("distances are the root mean square gaps computed by hand, unrated factors at their expected gap", () => {
    const byId = Object.fromEntries(similarCaseDistances(query, library).map((m) => [m.case.id, m]));
    expect(byId.near!.distance).toBeCloseTo(Math.sqrt(2 / 4), 10);
    expect(byId.sparse!.distance).toBeCloseTo(Math.sqrt(8 / 3 / 4), 10);
    expect(byId.full!.distance).toBeCloseTo(Math.sqrt(5 / 4), 10);
    expect(byId.lonely!.distance).toBeCloseTo(Math.sqrt((2.5 + 4.25 + 8 / 3) / 4), 10);
    expect(byId.far!.distance).toBeCloseTo(Math.sqrt(38 / 4), 10);
    expect(byId.sparse).toMatchObject({ shared: 3, compared: 4 });
    expect(byId.lonely).toMatchObject({ shared: 1, compared: 4 });
  });

  test("a case with few ratings is not ranked nearest by accident", () => {
    // On the factors it rates, "lonely" matches perfectly (gap 0) and "sparse" too: a distance over
    // shared factors only would rank both first. Here the fully rated "near" comes first.
    const ranked = similarEntries(query, library, 5, 1).map((m) => m.case.id);
    expect(ranked).toEqual(["near", "sparse", "full", "lonely", "far"]);
  });

  test("the three nearest leave out cases sharing fewer than the minimum of rated factors", () => {
    expect(similarEntries(query, library, 3, 3).map((m) => m.case.id)).toEqual(["near", "sparse", "full"]);
    expect(similarEntries(query, library, 10, 4).map((m) => m.case.id)).toEqual(["near", "full", "far"]);
  });

  test("a factor the query does not know is left out for every case alike", () => {
    // Only a and b known: near 1+0 → √(1/2); full 0+1 → √(1/2); ties go by id.
    const found = similarEntries({ a: 4, b: 2, c: null, d: Number.NaN }, library, 2, 2);
    expect(found.map((m) => m.case.id)).toEqual(["sparse", "full"]);
    expect(found[0]!.distance).toBe(0);
    expect(found[1]!.distance).toBeCloseTo(Math.sqrt(1 / 2), 10);
    expect(found[1]!.compared).toBe(2);
  });

  test("with no case rating a factor, its expected gap is that of a rating spread evenly on 1-5", () => {
    // E[(5 − X)²] for X uniform on 1..5 = (16+9+4+1+0)/5 = 6; for q = 3: (4+1+0+1+4)/5 = 2.
    expect(expectedSquaredGap(5, [])).toBe(6);
    expect(expectedSquaredGap(3, [])).toBe(2);
    expect(expectedSquaredGap(2, [1, 4])).toBe(2.5);
  });
});

describe("similar cases from a fit answer and the shipped library", () => {
  const entries = EntryCaseEntry.array().parse(
    JSON.parse(readFileSync(path.join(process.cwd(), "data/framework/entry-cases.json"), "utf8")),
  );
  const cases = entries.map(libraryCase);

  test("a market factor filled with the neutral 3 for want of data is unknown, not a rating of 3", () => {
    const q = similarityQuery({
      firm: { ecosystem: 4 } as never,
      marketProfile: {
        values: {} as never,
        factors: {
          attractiveness: { value: 4, basis: "indicators", inputs: [] },
          competitiveIntensity: { value: 3, basis: "neutral_default", inputs: [] },
        } as never,
      },
    });
    expect(q).toEqual({ ecosystem: 4, attractiveness: 4 });
  });

  test("every documented entry, asked with its own ratings, finds an entry at distance 0 first, itself among them", () => {
    for (const c of cases) {
      const found = similarEntries(c.factors, cases, cases.length, 1);
      expect(found[0]!.distance, c.id).toBe(0);
      expect(
        found.filter((m) => m.distance === 0).map((m) => m.case.id),
        c.id,
      ).toContain(c.id);
    }
  });

  test("the answer names who, where, when, what they chose and how it went, three at most", () => {
    const own = cases.find((c) => c.id === "airbnb-chn-2015")!;
    const firm = Object.fromEntries(Object.entries(own.factors).filter(([k]) => !k.includes("Distance")));
    const found = similarCasesFor(
      { firm: firm as never, marketProfile: { values: {} as never, factors: {} as never } },
      cases,
    );
    expect(found).toHaveLength(3);
    for (const f of found) {
      expect(Object.keys(f).sort()).toEqual(
        [
          "compared",
          "distance",
          "firm",
          "home",
          "host",
          "id",
          "mode",
          "outcome",
          "outcomeNote",
          "outcomeYear",
          "shared",
          "year",
        ].sort(),
      );
    }
  });
});
