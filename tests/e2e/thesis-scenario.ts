import { expect, type APIRequestContext } from "@playwright/test";

import firmPresets from "@/data/framework/firm-presets.json" with { type: "json" };
import type { Scenario } from "@/lib/contracts/scenarios";

// The thesis scenario the report specs save through the API: Russia and the six Southeast Asian
// markets, the default weights (empty weight maps), home China, and a firm preset of the shipped
// data set (data/framework/firm-presets.json), so the specs follow the data rather than a copy.

export const THESIS_MARKETS = ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"];

export const THESIS_STATE = {
  markets: THESIS_MARKETS,
  method: "wsm",
  missing: "renormalize",
  groupWeights: {},
  indicatorWeights: {},
  assessments: {},
};

/** A shipped firm preset's ratings ("alibaba-2012", "alibaba-2016"). */
export function firmPreset(key: string): Record<string, number> {
  const preset = firmPresets.find((p) => p.key === key);
  if (!preset) throw new Error(`no firm preset "${key}" in data/framework/firm-presets.json`);
  return preset.values;
}

/** Saves the thesis scenario (201 expected) and returns it. */
export async function saveThesisScenario(
  request: APIRequestContext,
  options: { name: string; notes?: string; samples: number; firm?: string | null; entryMarket?: string },
): Promise<Scenario> {
  const created = await request.post("/api/v1/scenarios", {
    data: {
      name: options.name,
      notes: options.notes ?? "",
      inputs: {
        state: THESIS_STATE,
        firmProfile: options.firm === null ? null : firmPreset(options.firm ?? "alibaba-2016"),
        ...(options.entryMarket ? { entryMode: { market: options.entryMarket } } : {}),
        monteCarlo: { samples: options.samples, seed: 42, concentration: 50 },
      },
    },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as Scenario;
}
