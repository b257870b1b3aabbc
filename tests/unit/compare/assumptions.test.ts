import { expect, test } from "vitest";

import { assumptionNote } from "@/lib/compare/assumptions";
import { deriveMarketFactors, type MarketFactorAnchor } from "@/lib/scoring/fit";

// The compare pages word the engine's assumption notes in the reader's language by reading each
// note back into its code and figures. The notes here are the engine's own output, so a change to
// its wording that the reader no longer recognises fails here rather than showing English on a
// Chinese page.

const anchor = (over: Partial<MarketFactorAnchor>): MarketFactorAnchor => ({
  factor: "infrastructureReadiness",
  indicator: "lpi_score",
  weight: 1,
  valueAt1: 2,
  valueAt5: 4,
  scale: "linear",
  ...over,
});

test("the market profile's notes: a factor with none of its indicators, one with some, one nobody measures, an override without a reason", () => {
  const anchors = [
    anchor({}),
    anchor({ factor: "attractiveness", indicator: "population", valueAt1: 1e6, valueAt5: 1e8 }),
    anchor({ factor: "attractiveness", indicator: "gdp_usd", valueAt1: 1e9, valueAt5: 1e12 }),
    anchor({ factor: "competitiveIntensity", indicator: "top3_share", valueAt1: 0.9, valueAt5: 0.3 }),
  ];
  const { assumptions } = deriveMarketFactors({ population: 1e7, top3_share: 0.6 }, anchors, {
    competitiveIntensity: 4,
  });
  const notes = assumptions.map(assumptionNote);
  expect(notes).toContainEqual({ code: "noIndicators", factor: "infrastructureReadiness", missing: ["lpi_score"] });
  expect(notes).toContainEqual({
    code: "partialIndicators",
    factor: "attractiveness",
    used: 1,
    of: 2,
    missing: ["gdp_usd"],
  });
  expect(notes).toContainEqual({
    code: "overrideWithoutReason",
    factor: "competitiveIntensity",
    rating: 4,
    evidence: 3,
  });
  expect(notes).toContainEqual({ code: "notAssessed", factor: "foreignOwnershipRestriction" });
  expect(notes.filter((n) => n.code === "other")).toEqual([]);
});

test("the fit's notes, written as the engine writes them, and a note of another shape kept as it is", () => {
  expect(assumptionNote("brand has no value: the neutral 3 was used for its effects.")).toEqual({
    code: "noValue",
    factor: "brand",
  });
  expect(assumptionNote("brand = 7 lies outside 1-5 and was read as 5.")).toEqual({
    code: "outOfScale",
    factor: "brand",
    raw: 7,
    clamped: 5,
  });
  expect(assumptionNote("franchising: no effects in the table act on it, so it scores the neutral 50.")).toEqual({
    code: "noEffects",
    target: "franchising",
  });
  expect(assumptionNote("Something new happened.")).toEqual({ code: "other", text: "Something new happened." });
});
