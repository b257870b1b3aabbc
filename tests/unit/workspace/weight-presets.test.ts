import path from "node:path";
import { readFileSync } from "node:fs";

import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";

import { WeightPresetFileSchema } from "@/lib/contracts/weight-presets";
import { globalWeights } from "@/lib/scoring";
import { workspaceScoringInput } from "@/lib/workspace/scoring-input";
import { decodeWorkspaceState, defaultWorkspaceState, encodeWorkspaceState } from "@/lib/workspace/url-state";
import { weightPresetStatus } from "@/lib/workspace/weight-preset-status";
import {
  DEFAULT_WEIGHT_PRESET,
  WEIGHT_PRESETS,
  presetMismatches,
  presetShares,
  weightPreset,
} from "@/lib/workspace/weight-presets";

import { shippedScoringData } from "./fixture";

const DATA_DIR = path.resolve(import.meta.dirname, "../../../data");
const read = (name: string) =>
  parse(readFileSync(path.join(DATA_DIR, name), "utf8"), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
const groupRows = read("criteria-groups.csv");
const indicatorRows = read("indicators.csv");
const rawFile = JSON.parse(readFileSync(path.join(DATA_DIR, "framework/weight-presets.json"), "utf8"));

/** A preset's share of the total weight per indicator when every criterion is scored. */
function globalShare(key: string): Record<string, number> {
  const preset = weightPreset(key)!;
  const shares = presetShares(preset);
  const out: Record<string, number> = {};
  for (const [group, members] of Object.entries(preset.indicators))
    for (const k of Object.keys(members)) out[k] = shares.groups[group]! * shares.indicators[k]!;
  return out;
}
const sumOf = (record: Record<string, number>, keys: string[]) => keys.reduce((s, k) => s + record[k]!, 0);

describe("the weight presets file", () => {
  test("passes its contract and names Thesis as the default", () => {
    const parsed = WeightPresetFileSchema.parse(rawFile);
    expect(parsed.presets.map((p) => p.key)).toEqual(["thesis", "market_potential", "equal"]);
    expect(parsed.default).toBe("thesis");
    expect(DEFAULT_WEIGHT_PRESET).toBe("thesis");
  });

  test("the contract rejects a default that is not a preset, and duplicate keys", () => {
    expect(WeightPresetFileSchema.safeParse({ ...rawFile, default: "nope" }).success).toBe(false);
    const twice = { ...rawFile, presets: [rawFile.presets[0], rawFile.presets[0]] };
    expect(WeightPresetFileSchema.safeParse(twice).success).toBe(false);
  });

  test("every preset is a full set: every group and every indicator of the data set, each under its own group", () => {
    const indicators = indicatorRows.map((i) => ({ key: i.key!, criteriaGroup: i.criteria_group! }));
    for (const preset of WEIGHT_PRESETS)
      expect(presetMismatches(preset, groupRows as { key: string }[], indicators)).toEqual([]);
    const broken = { ...WEIGHT_PRESETS[0]!, groups: { attractiveness: 1 } };
    expect(presetMismatches(broken, groupRows as { key: string }[], indicators)).toContain(
      'weight preset "thesis": group "governance" has no weight',
    );
  });

  test("the default weights of criteria-groups.csv and indicators.csv are the default preset's (one source of truth)", () => {
    const shares = presetShares(weightPreset(DEFAULT_WEIGHT_PRESET)!);
    for (const g of groupRows) expect(Number(g.default_weight), g.key).toBeCloseTo(shares.groups[g.key!]!, 12);
    for (const i of indicatorRows) expect(Number(i.default_weight), i.key).toBeCloseTo(shares.indicators[i.key!]!, 12);
  });
});

describe("what each preset weighs", () => {
  test("Thesis: attractiveness 55 %, and within it size, growth and internet reach carry most (hand computation)", () => {
    const g = globalShare("thesis");
    // 55 % × 20 % population; 55 % × 25 % internet users; 55 % × 20 % growth; 55 % × 10 % e-commerce sales
    expect(g.population).toBeCloseTo(0.11, 12);
    expect(g.internet_users_pct).toBeCloseTo(0.1375, 12);
    expect(g.gdp_growth_pct).toBeCloseTo(0.11, 12);
    expect(g.ecommerce_sales_usd).toBeCloseTo(0.055, 12);
    // market size (population, e-commerce sales, GDP): 55 % × 40 % = 22 %, against 0.4 × 0.2 = 8 % before
    expect(sumOf(g, ["population", "ecommerce_sales_usd", "gdp_usd"])).toBeCloseTo(0.22, 12);
    expect(sumOf(g, Object.keys(g))).toBeCloseTo(1, 12);
  });

  test("Market potential: the globalEDGE MPI dimension weights, receptivity (10 of 100) left out for lack of a counterpart", () => {
    const g = globalShare("market_potential");
    // MPI 2017/2022: size 25, intensity 15, growth 12.5, consumption capacity 12.5, commercial
    // infrastructure 10, receptivity 10, economic freedom 7.5, country risk 7.5; 90 points mapped.
    const mapped = 90;
    expect(sumOf(g, ["population", "gdp_usd"])).toBeCloseTo(25 / mapped, 12);
    expect(g.gdp_per_capita_ppp_intl_usd).toBeCloseTo(15 / mapped, 12);
    expect(g.gdp_growth_pct).toBeCloseTo(12.5 / mapped, 12);
    expect(g.gdp_per_capita_usd).toBeCloseTo(12.5 / mapped, 12);
    const infrastructure = ["internet_users_pct", "lpi_score", "fixed_broadband_per100", "mobile_subscriptions_per100"];
    expect(sumOf(g, infrastructure)).toBeCloseTo(10 / mapped, 12);
    expect(g.wgi_regulatory_quality_est).toBeCloseTo(7.5 / mapped, 12);
    expect(g.wgi_rule_of_law_est).toBeCloseTo(7.5 / mapped, 12);
    for (const k of ["foreign_seller_restrictiveness", "distance_to_beijing_km", "ecommerce_sales_usd", "median_age"])
      expect(g[k], k).toBe(0);
  });

  test("Equal weights: each group a sixth, each indicator an equal part of its group; context indicators stay 0", () => {
    const shares = presetShares(weightPreset("equal")!);
    for (const g of groupRows) expect(shares.groups[g.key!]).toBeCloseTo(1 / 6, 12);
    // attractiveness: 8 weighted indicators (population_15_64_pct and urban_population_pct stay 0)
    expect(shares.indicators.population).toBeCloseTo(1 / 8, 12);
    expect(shares.indicators.ecommerce_sales_usd).toBeCloseTo(1 / 8, 12);
    // infrastructure: 7 weighted of 8 (cash on delivery stays 0)
    expect(shares.indicators.lpi_score).toBeCloseTo(1 / 7, 12);
    for (const k of ["population_15_64_pct", "urban_population_pct", "cash_on_delivery_pct"])
      expect(shares.indicators[k], k).toBe(0);
  });
});

describe("a preset in the workspace state", () => {
  test("weights=equal ranks with the equal weights: lpi_score gets 1/5 × 1/7 when unrated competition is left out", () => {
    const data = shippedScoringData();
    const state = { ...defaultWorkspaceState(), weightPreset: "equal" };
    const scoring = workspaceScoringInput(data, state);
    if (!scoring.ok) throw new Error(scoring.reason);
    const weights = globalWeights(scoring.input.criteria, scoring.input.groups);
    const lpi = scoring.input.criteria.findIndex((c) => c.id === "lpi_score");
    // five groups take part (competition is unrated); infrastructure's seven weighted indicators all have data here
    expect(scoring.input.groups!.map((g) => g.id)).toHaveLength(5);
    expect(weights[lpi]).toBeCloseTo(1 / 5 / 7, 12);
  });

  test("the URL carries the preset, and an unknown one is reported by name, never silently replaced", () => {
    const named = decodeWorkspaceState(new URLSearchParams("weights=market_potential&g=governance:0.3"));
    expect(named.problems).toEqual([]);
    expect(named.state.weightPreset).toBe("market_potential");
    expect(encodeWorkspaceState(named.state)).toContain("weights=market_potential");
    expect(decodeWorkspaceState(new URLSearchParams(encodeWorkspaceState(named.state))).state).toEqual(named.state);

    const unknown = decodeWorkspaceState(new URLSearchParams("weights=mystery&g=governance:0.3"));
    expect(unknown.state.weightPreset).toBeUndefined();
    expect(unknown.state.groupWeights).toEqual({ governance: 0.3 });
    expect(unknown.problems).toEqual([
      // In words, naming the parameter (issue 11 §9: no validator text in a bad link's notice).
      '"mystery" (weights=) is not a weight preset (known: thesis, market_potential, equal); the Thesis preset\'s weights are shown instead.',
    ]);
  });

  test("the status line names the preset and counts the weights moved away from it", () => {
    const data = shippedScoringData();
    const state = defaultWorkspaceState();
    expect(weightPresetStatus(data, state).label).toBe("Weights: Thesis preset (default)");
    const moved = {
      ...state,
      groupWeights: { governance: 0.3 },
      indicatorWeights: { population: 0.5, lpi_score: 0.3 },
    };
    // lpi_score 0.3 is the Thesis preset's own weight: not a change
    expect(weightPresetStatus(data, moved).label).toBe("Custom, from Thesis preset (default): 2 changes");
    const mpi = { ...state, weightPreset: "market_potential", groupWeights: { proximity: 0.2 } };
    expect(weightPresetStatus(data, mpi).label).toBe("Custom, from Market potential preset: 1 change");
    expect(weightPresetStatus(data, { ...mpi, groupWeights: {} }).label).toBe("Weights: Market potential preset");
  });
});
