import type { ScoringData } from "@/lib/contracts/api";
import type { ScenarioInputs } from "@/lib/contracts/scenarios";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import { computeScenarioResults, type FitTables } from "@/lib/scenarios/compute";

// A small data set for the scenario tests: four markets, three groups (one assessed by the user),
// values chosen so that weights visibly reorder the markets.

const indicator = (key: string, group: string, direction: "benefit" | "cost", weight: number) => ({
  key,
  name: `Indicator ${key}`,
  definition: "",
  unit: "",
  direction,
  criteriaGroup: group,
  publisher: "Test",
  dataset: "Test",
  defaultWeight: weight,
  decimals: 1,
});

const sourced = (value: number, year = 2024) => ({ value, year, source: "Test source", note: null });

export function fixtureData(overrides: Partial<Record<string, Record<string, number>>> = {}): ScoringData {
  const values: Record<string, Record<string, number>> = {
    AAA: { size: 100, growth: 1, distance: 9000 },
    BBB: { size: 60, growth: 5, distance: 3000 },
    CCC: { size: 30, growth: 3, distance: 1000 },
    DDD: { size: 10, growth: 8, distance: 6000 },
    ...overrides,
  } as Record<string, Record<string, number>>;
  return {
    datasetVersion: "2026.1.0",
    criteriaGroups: [
      {
        key: "attractiveness",
        name: "Attractiveness",
        description: "",
        measurement: "public_data",
        defaultWeight: 0.6,
      },
      { key: "proximity", name: "Proximity", description: "", measurement: "public_data", defaultWeight: 0.4 },
      {
        key: "competition",
        name: "Competitive intensity",
        description: "",
        measurement: "user_assessment",
        defaultWeight: 0,
      },
    ],
    indicators: [
      indicator("size", "attractiveness", "benefit", 0.7),
      indicator("growth", "attractiveness", "benefit", 0.3),
      indicator("distance", "proximity", "cost", 1),
    ],
    markets: ["AAA", "BBB", "CCC", "DDD"].map((iso3) => ({
      iso3,
      name: `Market ${iso3}`,
      region: "R",
      subregion: "S",
      incomeGroup: null,
      role: "reference" as const,
    })),
    values: Object.fromEntries(
      Object.entries(values).map(([iso3, byKey]) => [
        iso3,
        Object.fromEntries(Object.entries(byKey).map(([k, v]) => [k, sourced(v)])),
      ]),
    ),
  };
}

export const noFit: FitTables = { effects: [], modes: [], strategies: [], anchors: [], evidence: [] };

export function fixtureInputs(state: Partial<WorkspaceState> = {}): ScenarioInputs {
  return {
    state: {
      markets: ["AAA", "BBB", "CCC", "DDD"],
      method: "wsm",
      missing: "renormalize",
      groupWeights: {},
      indicatorWeights: {},
      assessments: {},
      ...state,
    },
    firmProfile: null,
    monteCarlo: { samples: 200, seed: 1, concentration: 50 },
  };
}

export function fixtureResults(state: Partial<WorkspaceState> = {}, data = fixtureData()) {
  return computeScenarioResults(fixtureInputs(state), data, {
    fit: noFit,
    datasetHash: `hash-${data.datasetVersion}`,
    computedAt: new Date("2026-11-26T12:00:00Z"),
  });
}
