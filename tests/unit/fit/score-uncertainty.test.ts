import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

import { scoreUncertaintyBasis, scoreUncertaintyOf, tiedModesSentence } from "@/lib/cases/backtest";
import { EntryCaseEntry, EntryModeCalibrationFile } from "@/lib/contracts/cases";
import {
  entryModeFit,
  FIRM_FACTOR_KEYS,
  type FirmProfile,
  MARKET_FACTOR_KEYS,
  type MarketProfile,
} from "@/lib/scoring/fit";
import {
  entryModeScoreUncertainty,
  heldOutGaps,
  type HeldOutPrediction,
  tiedWithFirst,
} from "@/lib/scoring/fit/score-uncertainty";

import { FRAMEWORK_DIR, loadFramework } from "./framework-data";

// The entry-mode score uncertainty (docs/decisions/018-entry-mode-score-uncertainty.md): the
// ⌈(n + 1)·q⌉-th smallest gap between the held-out first choice's score and the actual mode's.

// A small replay set, worked by hand:
//   gaps: r1 60 − 60 = 0 (first choice right), r2 62.5 − 50 = 12.5, r3 58 − 54.2 = 3.8,
//   r4 70 − 49.9 = 20.1, r5 no scores (left out), r6 51 − 50 = 1.0  →  sorted 0, 1, 3.8, 12.5, 20.1 (n = 5)
//   q = 0.5: ⌈6 × 0.5⌉ = 3rd smallest = 3.8, with 3 gaps ≤ 3.8
//   q = 0.8: ⌈6 × 0.8⌉ = ⌈4.8⌉ = 5th = 20.1;  q = 0.9: ⌈5.4⌉ = 6 > 5, no finite gap
const replays: HeldOutPrediction[] = [
  { actual: "A", predicted: ["A", "B", "C"], scores: { A: 60, B: 55, C: 40 } },
  { actual: "B", predicted: ["A", "B", "C"], scores: { A: 62.5, B: 50, C: 45 } },
  { actual: "C", predicted: ["B", "C", "A"], scores: { A: 30, B: 58, C: 54.2 } },
  { actual: "A", predicted: ["C", "A", "B"], scores: { A: 49.9, B: 40, C: 70 } },
  { actual: "B", predicted: ["A", "B", "C"] },
  { actual: "C", predicted: ["A", "C", "B"], scores: { A: 51, B: 20, C: 50 } },
];

describe("score uncertainty on a small replay set, computed by hand", () => {
  test("the gaps are first choice minus actual mode, 0 when right, cases without scores left out", () => {
    expect(heldOutGaps(replays)).toEqual([0, 12.5, 3.8, 20.1, 1]);
  });

  test("at q = 0.5 the band is the 3rd smallest of 5 gaps, 3.8 points, holding 3 entries", () => {
    expect(entryModeScoreUncertainty(replays)).toEqual({
      points: 3.8,
      coverage: 0.5,
      cases: 5,
      firstChoiceRight: 1,
      within: 3,
    });
  });

  test("at q = 0.8 it is the 5th, 20.1; at q = 0.9 five entries are too few and there is none", () => {
    expect(entryModeScoreUncertainty(replays, 0.8)?.points).toBe(20.1);
    expect(entryModeScoreUncertainty(replays, 0.9)).toBeNull();
    expect(entryModeScoreUncertainty([{ actual: "A", predicted: ["A"] }])).toBeNull();
  });

  test("modes within the band of the first are tied (an exact gap of the band included), best first", () => {
    const modes = [
      { id: "export", score: 55.6 },
      { id: "partner", score: 53.8 },
      { id: "stake", score: 53.4 },
      { id: "jv", score: 44.6 },
      { id: "licence", score: 40 },
    ];
    // 55.6 − 44.6 = 11.0 in tenths, exactly the band
    expect(tiedWithFirst(modes, 11).map((m) => m.id)).toEqual(["export", "partner", "stake", "jv"]);
    expect(tiedWithFirst(modes, 1.8).map((m) => m.id)).toEqual(["export", "partner"]);
    expect(tiedWithFirst(modes, 1.7).map((m) => m.id)).toEqual(["export"]);
  });

  test("the sentences name the figures and the tied modes", () => {
    const u = entryModeScoreUncertainty(replays)!;
    expect(scoreUncertaintyBasis(u)).toBe(
      "In 3 of the 5 documented entries the model had not seen, the entry mode the firm chose scored within 3.8 points of the model's first choice (it was the first choice in 1). Modes that score within 3.8 points of the first are therefore tied within the model's error: the backtest cannot tell them apart.",
    );
    expect(tiedModesSentence(["Cross-border export", "Strategic partnership"], 3.8)).toBe(
      "Cross-border export and Strategic partnership are within the model's error of each other (scores within 3.8 points of the first): both remain open, and the ranking among them is not a finding.",
    );
    expect(tiedModesSentence(["Cross-border export"], 3.8, "Strategic partnership")).toBe(
      "Cross-border export leads Strategic partnership, the next, by more than the model's error (3.8 points).",
    );
  });
});

describe("the committed calibration file's held-out scores", () => {
  const file = EntryModeCalibrationFile.parse(
    JSON.parse(readFileSync(path.join(FRAMEWORK_DIR, "entry-mode-calibration.json"), "utf8")),
  );
  const library = EntryCaseEntry.array().parse(
    JSON.parse(readFileSync(path.join(FRAMEWORK_DIR, "entry-cases.json"), "utf8")),
  );
  const framework = loadFramework();

  test("where the held-out model was the hand-set table, its scores are the product's scores for that entry", () => {
    const predictions = file.leaveOneOut.predictions;
    expect(predictions.every((p) => p.scores !== undefined)).toBe(true);
    const handSet = predictions.filter((p) => p.chosenFamily === "hand_set");
    expect(handSet.length).toBeGreaterThan(0);
    for (const p of handSet) {
      const c = library.find((x) => x.id === p.caseId)!;
      // unrated factors read as the neutral 3, as the calibration reads them
      const rating = (k: string) => c.firmFactors[k]?.rating ?? c.marketFactors[k]?.rating ?? 3;
      const firm = Object.fromEntries(FIRM_FACTOR_KEYS.map((k) => [k, rating(k)])) as FirmProfile;
      const market = Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, rating(k)])) as MarketProfile;
      const fit = entryModeFit({
        firm,
        market,
        effects: framework.effects,
        modes: framework.modes,
        strategies: [],
      });
      expect(p.scores, p.caseId).toEqual(Object.fromEntries(fit.modes.map((m) => [m.id, m.score])));
    }
  });

  test("the band is the smallest gap that holds the actual mode in at least ⌈(n + 1) / 2⌉ entries (brute force)", () => {
    const gaps = file.leaveOneOut.predictions.map((p) => {
      const s = p.scores!;
      return Math.round((s[p.predicted[0]!]! - s[p.actual]!) * 10) / 10;
    });
    const need = Math.ceil((gaps.length + 1) / 2);
    // try every candidate band in tenths from 0 up; the first that holds enough entries
    let band = 0;
    while (gaps.filter((g) => g <= band + 1e-9).length < need) band = Math.round((band + 0.1) * 10) / 10;
    const u = scoreUncertaintyOf(file)!;
    expect(u.points).toBe(band);
    expect(u.cases).toBe(gaps.length);
    expect(u.within).toBe(gaps.filter((g) => g <= band + 1e-9).length);
    expect(u.firstChoiceRight).toBe(file.leaveOneOut.predictions.filter((p) => p.predicted[0] === p.actual).length);
  });
});
