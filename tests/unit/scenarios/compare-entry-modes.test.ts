import { expect, test } from "vitest";

import type { EntryModeResponse } from "@/lib/contracts/fit";
import { compareEntryModes } from "@/lib/scenarios/compare-entry-modes";

// Two scenarios' entry modes side by side (issue 11 §4). The fits are written by hand with only
// the fields the comparison reads; every expectation below is read off them by eye.

function fit(
  market: string,
  firm: Record<string, number>,
  modes: [string, number, number][],
  strategies: [string, number, number][],
  values: Record<string, number>,
): EntryModeResponse {
  const target = ([id, score, rank]: [string, number, number]) => ({ id, name: id.toUpperCase(), score, rank });
  return {
    market: { iso3: market, name: market === "RUS" ? "Russia" : "Indonesia", indicatorYear: null },
    firm,
    modes: modes.map(target),
    strategies: strategies.map(target),
    marketProfile: { values },
  } as unknown as EntryModeResponse;
}

const names = { resources: "Resources", competitiveIntensity: "Competitive intensity" };

test("a different firm resource and rating are listed as the inputs that changed the recommended mode", () => {
  const a = fit(
    "RUS",
    { resources: 4, brand: 2 },
    [
      ["export", 55.6, 1],
      ["jv", 53.8, 2],
    ],
    [["cost", 60, 1]],
    { competitiveIntensity: 3, attractiveness: 4 },
  );
  const b = fit(
    "RUS",
    { resources: 2, brand: 2 },
    [
      ["export", 51, 2],
      ["jv", 57, 1],
    ],
    [["cost", 58, 1]],
    { competitiveIntensity: 5, attractiveness: 4 },
  );
  const result = compareEntryModes(a, b, names);
  expect(result.a).toMatchObject({ mode: "EXPORT", strategy: "COST", missing: null });
  expect(result.b).toMatchObject({ mode: "JV", strategy: "COST" });
  // B's order: jv (rank 1 in B) first.
  expect(result.modes).toEqual([
    { id: "jv", name: "JV", scoreA: 53.8, scoreB: 57, rankA: 2, rankB: 1 },
    { id: "export", name: "EXPORT", scoreA: 55.6, scoreB: 51, rankA: 1, rankB: 2 },
  ]);
  expect(result.inputChanges).toEqual([
    { kind: "firm", key: "resources", name: "Resources", a: "4", b: "2" },
    { kind: "marketFactor", key: "competitiveIntensity", name: "Competitive intensity", a: "3", b: "5" },
  ]);
  expect(result.summary).toBe(
    "A recommends EXPORT with COST; B recommends JV with COST. The fit inputs that differ: resources 4 → 2; competitive intensity 3 → 5.",
  );
});

test("a scenario without a firm profile says it has no fit; the other's options are listed with gaps", () => {
  const b = fit("IDN", { resources: 3 }, [["export", 50, 1]], [["cost", 50, 1]], { competitiveIntensity: 3 });
  const result = compareEntryModes(null, b, names);
  expect(result.a.missing).toMatch(/no firm profile/);
  expect(result.modes).toEqual([{ id: "export", name: "EXPORT", scoreA: null, scoreB: 50, rankA: null, rankB: 1 }]);
  expect(result.inputChanges).toEqual([]);
  expect(result.summary).toMatch(/^Only B has entry modes/);
});

test("different markets assessed are the first input listed", () => {
  const a = fit("RUS", { resources: 3 }, [["export", 50, 1]], [["cost", 50, 1]], { competitiveIntensity: 3 });
  const b = fit("IDN", { resources: 3 }, [["export", 50, 1]], [["cost", 50, 1]], { competitiveIntensity: 3 });
  expect(compareEntryModes(a, b, names).inputChanges).toEqual([
    { kind: "market", key: "market", name: "Market assessed", a: "Russia", b: "Indonesia" },
  ]);
});
