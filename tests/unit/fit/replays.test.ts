import { describe, expect, test } from "vitest";

import { readFileSync } from "node:fs";
import path from "node:path";

import { EntryModeCalibrationFile } from "@/lib/contracts/cases";
import { EntryModeRequestSchema, EntryModeResponseSchema } from "@/lib/contracts/fit";
import { type EntryModeModel, entryModeModel, entryModeRequest } from "@/lib/scoring/fit";

import { FRAMEWORK_DIR, loadFramework, marketIndicators } from "./framework-data";

// The thesis's two cases, replayed through the data alone (effects table + firm presets + market
// factors from the shipped indicators + the analyst's assessments in case-replays.json). Nothing in
// the engine knows about Russia, Indonesia or Alibaba.

const framework = loadFramework();

function replay(key: string, model?: EntryModeModel) {
  const spec = framework.replays.find((r) => r.key === key)!;
  const preset = framework.presets.find((p) => p.key === spec.firmPreset)!;
  const request = EntryModeRequestSchema.parse({
    market: spec.market,
    firm: preset.values,
    assessments: spec.assessments,
    indicatorYear: spec.indicatorYear,
  });
  const indicators = marketIndicators(spec.market, spec.indicatorYear);
  const response = entryModeRequest(request, {
    marketIndicators: indicators.values,
    effects: framework.effects,
    modes: framework.modes,
    strategies: framework.strategies,
    anchors: framework.anchors,
    evidence: framework.evidence,
    model,
  });
  return { spec, response };
}

describe("Russia 2012 (alibaba-2012, RUS)", () => {
  const { spec, response } = replay("russia-2012");

  test("cross-border platform export and strategic partnership rank first and second", () => {
    const top2 = response.modes.filter((m) => m.rank <= 2).map((m) => m.id);
    expect(top2.sort()).toEqual([...spec.expectedTop].sort());
    expect(response.modes[2]!.rank).toBe(3);
  });

  test("the thesis's strategies (cost leadership, differentiation, localization, regional focus) score above neutral", () => {
    for (const key of spec.expectedStrategies) {
      expect(response.strategies.find((s) => s.id === key)!.score, key).toBeGreaterThan(50);
    }
  });

  test("the answer is explained by reasons with theories and the Russian precedents", () => {
    const top = response.modes.slice(0, 2);
    for (const mode of top) {
      expect(mode.reasons.length).toBeGreaterThan(0);
      expect(mode.reasons.every((r) => r.theory && r.rationale)).toBe(true);
      expect(mode.evidence.some((e) => e.case === "russia")).toBe(true);
    }
    expect(EntryModeResponseSchema.safeParse(response).success).toBe(true);
  });

  test("the assessments are taken from the replay, with their reasons", () => {
    expect(response.marketProfile.factors.competitiveIntensity).toMatchObject({ value: 4, basis: "user_assessment" });
    expect(response.marketProfile.factors.competitiveIntensity.reason).toContain("eBay");
    expect(response.marketProfile.factors.attractiveness.basis).toBe("indicators");
  });
});

describe("Indonesia 2016 (alibaba-2016, IDN)", () => {
  const { spec, response } = replay("indonesia-2016");

  test("acquisition of, or a stake in, a local firm ranks first", () => {
    expect(response.modes[0]!.id).toBe(spec.expectedTop[0]);
    expect(response.modes[0]!.rank).toBe(1);
    expect(response.modes[1]!.rank).toBe(2);
  });

  test("the thesis's strategies (cost leadership, differentiation, localization) score above neutral", () => {
    for (const key of spec.expectedStrategies) {
      expect(response.strategies.find((s) => s.id === key)!.score, key).toBeGreaterThan(50);
    }
  });

  test("the acquisition's strongest reasons come from the firm's resources and the theories behind them", () => {
    const acquisition = response.modes[0]!;
    expect(acquisition.reasons[0]!.factor).toBe("resources");
    expect(acquisition.evidence.map((e) => e.id)).toContain("mode-acquisition-lazada");
    expect(EntryModeResponseSchema.safeParse(response).success).toBe(true);
  });
});

test("the two cases differ where the thesis says they differ: focus on regional cities only in Russia", () => {
  const russia = replay("russia-2012").response.strategies.find((s) => s.id === "focus")!;
  const indonesia = replay("indonesia-2016").response.strategies.find((s) => s.id === "focus")!;
  expect(russia.score).toBeGreaterThan(50);
  expect(indonesia.score).toBeLessThan(50);
});

test("under the model the calibration chose for the product, the thesis's first choices still rank as the thesis says (in sample: decision record 012)", () => {
  const calibration = EntryModeCalibrationFile.parse(
    JSON.parse(readFileSync(path.join(FRAMEWORK_DIR, "entry-mode-calibration.json"), "utf8")),
  );
  const model = entryModeModel(calibration);
  const russia = replay("russia-2012", model);
  expect(russia.response.model?.kind).toBe(calibration.productModel.kind);
  expect(
    russia.response.modes
      .filter((m) => m.rank <= 2)
      .map((m) => m.id)
      .sort(),
  ).toEqual([...russia.spec.expectedTop].sort());
  const indonesia = replay("indonesia-2016", model);
  expect(indonesia.response.modes[0]!.id).toBe(indonesia.spec.expectedTop[0]);
});
