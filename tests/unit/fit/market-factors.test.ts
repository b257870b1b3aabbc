import { describe, expect, test } from "vitest";

import { anchorScore, deriveMarketFactors, type MarketFactorAnchor } from "@/lib/scoring/fit";

const anchor = (over: Partial<MarketFactorAnchor>): MarketFactorAnchor => ({
  factor: "infrastructureReadiness",
  indicator: "lpi_score",
  weight: 1,
  valueAt1: 2,
  valueAt5: 4,
  scale: "linear",
  ...over,
});

describe("anchorScore: linear interpolation between the values scoring 1 and 5, clamped", () => {
  test("LPI 2.0 → 1, 3.0 → 3, 4.0 → 5, 2.76 → 2.52", () => {
    const lpi = anchor({});
    expect(anchorScore(2, lpi)).toBe(1);
    expect(anchorScore(3, lpi)).toBe(3);
    expect(anchorScore(4, lpi)).toBe(5);
    expect(anchorScore(2.76, lpi)).toBeCloseTo(2.52, 10);
  });

  test("values beyond the anchors are clamped to 1 and 5", () => {
    expect(anchorScore(1.2, anchor({}))).toBe(1);
    expect(anchorScore(4.6, anchor({}))).toBe(5);
  });

  test("a cost indicator simply has the larger value at 1", () => {
    const distance = anchor({ factor: "culturalDistance", indicator: "ethnic_chinese_pct", valueAt1: 20, valueAt5: 0 });
    expect(anchorScore(20, distance)).toBe(1);
    expect(anchorScore(5, distance)).toBe(4);
  });

  test("log10 scale interpolates on the logarithms: 10 million people between 1 million (1) and 100 million (5) scores 3", () => {
    const population = anchor({
      factor: "attractiveness",
      indicator: "population",
      valueAt1: 1e6,
      valueAt5: 1e8,
      scale: "log10",
    });
    expect(anchorScore(1e7, population)).toBeCloseTo(3, 10);
  });

  test("values a log scale cannot take, and equal anchors, give no score instead of NaN", () => {
    expect(anchorScore(0, anchor({ scale: "log10", valueAt1: 1, valueAt5: 100 }))).toBeUndefined();
    expect(anchorScore(3, anchor({ valueAt1: 3, valueAt5: 3 }))).toBeUndefined();
  });
});

describe("deriveMarketFactors", () => {
  const anchors: MarketFactorAnchor[] = [
    anchor({ weight: 2 }),
    anchor({ indicator: "account_ownership_pct", weight: 1, valueAt1: 20, valueAt5: 100 }),
  ];

  test("weighted mean of the partial scores: (2 × 2.52 + 1 × 3.79) / 3 = 2.94", () => {
    const result = deriveMarketFactors({ lpi_score: 2.76, account_ownership_pct: 75.8 }, anchors);
    expect(result.values.infrastructureReadiness).toBe(2.94);
    expect(result.factors.infrastructureReadiness).toEqual({
      value: 2.94,
      basis: "indicators",
      inputs: [
        { indicator: "lpi_score", value: 2.76, score: 2.52, weight: 2 },
        { indicator: "account_ownership_pct", value: 75.8, score: 3.79, weight: 1 },
      ],
    });
  });

  test("a missing indicator is left out and the other weights renormalized, and the result says so", () => {
    const result = deriveMarketFactors({ lpi_score: 2.76 }, anchors);
    expect(result.values.infrastructureReadiness).toBe(2.52);
    expect(result.assumptions.join("\n")).toMatch(
      /infrastructureReadiness: computed from 1 of 2 indicators; no value for account_ownership_pct/,
    );
  });

  test("with no indicator at all the factor is the neutral 3, listed as an assumption", () => {
    const result = deriveMarketFactors({}, anchors);
    expect(result.factors.infrastructureReadiness).toEqual({ value: 3, basis: "neutral_default", inputs: [] });
    expect(
      result.assumptions.some((a) => a.startsWith("infrastructureReadiness: no value for any of its indicators")),
    ).toBe(true);
  });

  test("unassessed competitive intensity and foreign-ownership restriction are neutral 3 and listed", () => {
    const result = deriveMarketFactors({}, []);
    expect(result.values.competitiveIntensity).toBe(3);
    expect(result.values.foreignOwnershipRestriction).toBe(3);
    expect(result.assumptions).toContain(
      "competitiveIntensity not assessed: neutral 3 used (no shipped data set measures it for every market; rate it to include it).",
    );
  });

  test("assessments are taken as given (clamped to 1-5), with their reasons", () => {
    const result = deriveMarketFactors({}, [], {
      competitiveIntensity: { value: 4, reason: "eBay and Amazon hold the capitals" },
      foreignOwnershipRestriction: 7,
    });
    expect(result.factors.competitiveIntensity).toEqual({
      value: 4,
      basis: "user_assessment",
      inputs: [],
      reason: "eBay and Amazon hold the capitals",
    });
    expect(result.values.foreignOwnershipRestriction).toBe(5);
    expect(result.assumptions.some((a) => a.startsWith("competitiveIntensity"))).toBe(false);
  });

  test("never NaN, whatever the indicator values", () => {
    const result = deriveMarketFactors(
      { lpi_score: Number.NaN, account_ownership_pct: Number.POSITIVE_INFINITY },
      anchors,
      {
        competitiveIntensity: Number.NaN,
      },
    );
    for (const value of Object.values(result.values)) expect(Number.isFinite(value)).toBe(true);
    expect(result.values.infrastructureReadiness).toBe(3);
    expect(result.values.competitiveIntensity).toBe(3);
  });
});

describe("evidence-based defaults of the rated factors (issue 9)", () => {
  const top3 = anchor({
    factor: "competitiveIntensity",
    indicator: "platform_top3_share_pct",
    valueAt1: 40,
    valueAt5: 95,
  });

  test("a market with a top-3 share gets its competitive intensity from it: 80% → 1 + 4 × 40/55", () => {
    const derived = deriveMarketFactors({ platform_top3_share_pct: 80 }, [top3]);
    expect(derived.factors.competitiveIntensity.basis).toBe("indicators");
    expect(derived.factors.competitiveIntensity.value).toBeCloseTo(1 + (4 * 40) / 55, 2); // 3.91
    expect(derived.factors.competitiveIntensity.inputs[0]!.indicator).toBe("platform_top3_share_pct");
  });

  test("the analyst's rating wins, carries the evidence-based default, and without a reason the result says so", () => {
    const withoutReason = deriveMarketFactors({ platform_top3_share_pct: 80 }, [top3], { competitiveIntensity: 2 });
    expect(withoutReason.factors.competitiveIntensity.value).toBe(2);
    expect(withoutReason.factors.competitiveIntensity.evidenceDefault?.value).toBeCloseTo(3.91, 2);
    expect(
      withoutReason.assumptions.some((a) => a.startsWith("competitiveIntensity") && a.includes("without a reason")),
    ).toBe(true);

    const withReason = deriveMarketFactors({ platform_top3_share_pct: 80 }, [top3], {
      competitiveIntensity: { value: 2, reason: "TikTok Shop and Tokopedia merged; our category is fragmented" },
    });
    expect(withReason.factors.competitiveIntensity.reason).toMatch(/fragmented/);
    expect(withReason.assumptions.some((a) => a.includes("without a reason"))).toBe(false);
  });

  test("where the evidence has no value a rating needs no reason, and no rating means the neutral 3", () => {
    const rated = deriveMarketFactors({}, [top3], { competitiveIntensity: 4 });
    expect(rated.factors.competitiveIntensity.evidenceDefault).toBeUndefined();
    expect(rated.assumptions.some((a) => a.includes("without a reason"))).toBe(false);
    expect(deriveMarketFactors({}, [top3]).factors.competitiveIntensity).toEqual({
      value: 3,
      basis: "neutral_default",
      inputs: [],
    });
  });
});
