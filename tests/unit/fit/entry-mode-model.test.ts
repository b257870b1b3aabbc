import { describe, expect, test } from "vitest";

import { EntryModeRequestSchema, EntryModeResponseSchema } from "@/lib/contracts/fit";
import {
  entryModeFit,
  type EntryModeCalibrationInput,
  entryModeModel,
  entryModeRequest,
  FIRM_FACTOR_KEYS,
  type FirmProfile,
  type FitEffect,
  HAND_SET_MODEL,
  MARKET_FACTOR_KEYS,
  type MarketProfile,
} from "@/lib/scoring/fit";

import { loadFramework } from "./framework-data";

// The product ranks entry modes with what the calibration chose (decision record 012): the
// calibrated strengths and offsets when it chose a calibrated model, the hand-set table otherwise.

const neutralFirm = Object.fromEntries(FIRM_FACTOR_KEYS.map((k) => [k, 3])) as FirmProfile;
const neutralMarket = Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, 3])) as MarketProfile;
const effect = (over: Partial<FitEffect> & Pick<FitEffect, "id" | "factor" | "target">): FitEffect => ({
  targetKind: "entry_mode",
  direction: "raises",
  strength: 1,
  theory: "OLI",
  rationale: "because",
  precedent: null,
  ...over,
});

// resources = 5 (c = +1), culturalDistance = 4 (c = +0.5)
const firm = { ...neutralFirm, resources: 5 };
const market = { ...neutralMarket, culturalDistance: 4 };
const effects = [
  effect({ id: "a-res", factor: "resources", target: "acquisition_stake", strength: 3 }),
  effect({ id: "a-cult", factor: "culturalDistance", target: "acquisition_stake", strength: 1 }),
  effect({ id: "s-cult", factor: "culturalDistance", target: "own_subsidiary", direction: "lowers", strength: 3 }),
  effect({ id: "s-eco", factor: "ecosystem", target: "own_subsidiary", strength: 1 }),
  effect({ id: "cost-res", factor: "resources", target: "cost_leadership", targetKind: "strategy", strength: 2 }),
];
const modes = [{ key: "own_subsidiary" }, { key: "acquisition_stake" }];

const calibration = (
  settings: EntryModeCalibrationInput["settings"],
  strengths: Record<string, number>,
  offsets: Record<string, number> = {},
): EntryModeCalibrationInput => ({
  inputsHash: "a".repeat(64),
  settings,
  offsets,
  strengths: Object.fromEntries(
    Object.entries(strengths).map(([id, w]) => [
      id,
      { handSet: effects.find((e) => e.id === id)!.strength, calibrated: w },
    ]),
  ),
});

describe("choosing the product's entry-mode model", () => {
  test("the bare hand-set table chosen by the calibration means the hand-set table, with the calibration's hash", () => {
    const model = entryModeModel(
      calibration({ family: "hand_set", form: "mean", offsets: false, lambda: 0 }, { "a-res": 3 }),
    );
    expect(model).toEqual({ ...HAND_SET_MODEL, calibrationInputsHash: "a".repeat(64) });
    expect(entryModeModel(null)).toBe(HAND_SET_MODEL);
  });

  test("any other choice is a calibrated model named by its family key", () => {
    const model = entryModeModel(
      calibration(
        { family: "per_factor", form: "sum", offsets: true, lambda: 1 },
        { "a-res": 1.5 },
        { own_subsidiary: 0.1 },
      ),
    );
    expect(model).toMatchObject({ kind: "calibrated", family: "per_factor/sum+offsets", form: "sum" });
    expect(model.calibrated).toEqual({ strengths: { "a-res": 1.5 }, offsets: { own_subsidiary: 0.1 } });
  });
});

describe("entry-mode fit under a calibrated model, computed by hand", () => {
  const run = (settings: EntryModeCalibrationInput["settings"], offsets: Record<string, number> = {}) =>
    entryModeFit({
      firm,
      market,
      effects,
      modes,
      strategies: [{ key: "cost_leadership" }],
      model: entryModeModel(calibration(settings, { "a-res": 1, "a-cult": 3, "s-cult": 0, "s-eco": 2 }, offsets)),
    });

  test("mean form: acquisition (1×1 + 3×0.5)/(1 + 3) = 0.625 → 81.3; subsidiary's zeroed row drops out → 50", () => {
    const result = run({ family: "per_row", form: "mean", offsets: false, lambda: 1 });
    expect(result.modes.find((m) => m.id === "acquisition_stake")).toMatchObject({ raw: 2.5, maxRaw: 4, score: 81.3 });
    const subsidiary = result.modes.find((m) => m.id === "own_subsidiary")!;
    expect(subsidiary).toMatchObject({ raw: 0, maxRaw: 2, score: 50 });
    expect(subsidiary.reasons).toEqual([]);
    // the reasons show the calibrated strength
    expect(result.modes[0]!.reasons.map((r) => [r.effectId, r.strength, r.contribution])).toEqual([
      ["a-cult", 3, 1.5],
      ["a-res", 1, 1],
    ]);
  });

  test("sum form divides by the hand-set total: acquisition 2.5 / (3 + 1) = 0.625 → 81.3; with an offset of −0.2 → 71.3", () => {
    const sum = run({ family: "per_row", form: "sum", offsets: false, lambda: 1 });
    expect(sum.modes.find((m) => m.id === "acquisition_stake")!.score).toBe(81.3);
    const shifted = run({ family: "per_row", form: "sum", offsets: true, lambda: 1 }, { acquisition_stake: -0.2 });
    expect(shifted.modes.find((m) => m.id === "acquisition_stake")!.score).toBe(71.3);
    // subsidiary in the sum form: its strengths (0 and 2) over the hand-set 3 + 1; ecosystem neutral → 50
    expect(shifted.modes.find((m) => m.id === "own_subsidiary")!.score).toBe(50);
  });

  test("strategies keep the hand-set table: cost leadership 2×1/2 → 100", () => {
    const result = run({ family: "per_row", form: "sum", offsets: true, lambda: 1 }, { cost_leadership: -1 });
    expect(result.strategies[0]).toMatchObject({ id: "cost_leadership", raw: 2, maxRaw: 2, score: 100 });
  });

  test("without a model the answer is the hand-set table's: acquisition (3 + 0.5)/4 → 93.8, subsidiary −1.5/4 → 31.3", () => {
    const result = entryModeFit({ firm, market, effects, modes, strategies: [] });
    expect(result.modes.map((m) => [m.id, m.score])).toEqual([
      ["acquisition_stake", 93.8],
      ["own_subsidiary", 31.3],
    ]);
    expect(entryModeFit({ firm, market, effects, modes, strategies: [], model: HAND_SET_MODEL })).toEqual(result);
  });
});

describe("the API answer names the model", () => {
  const framework = loadFramework();
  const request = EntryModeRequestSchema.parse({
    market: { ...Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, 3])), name: "Test" },
    firm: neutralFirm,
  });
  const context = {
    effects: framework.effects,
    modes: framework.modes,
    strategies: framework.strategies,
    anchors: framework.anchors,
  };

  test("today's request without a calibration: the hand-set table, no hash", () => {
    const response = entryModeRequest(request, context);
    expect(response.model).toEqual({ kind: "hand_set", family: "hand_set", calibrationInputsHash: null });
    expect(EntryModeResponseSchema.parse(response)).toEqual(response);
  });

  test("with a calibrated model: its kind, family and the calibration's hash", () => {
    const model = entryModeModel(
      calibration({ family: "per_theory", form: "mean", offsets: true, lambda: 3 }, {}, { own_subsidiary: 0.2 }),
    );
    const response = entryModeRequest(request, { ...context, model });
    expect(response.model).toEqual({
      kind: "calibrated",
      family: "per_theory+offsets",
      calibrationInputsHash: "a".repeat(64),
    });
    // every factor neutral: only the offset moves a mode; own subsidiary 50 + 50 × 0.2 = 60, first
    expect(response.modes[0]).toMatchObject({ id: "own_subsidiary", score: 60 });
  });
});
