import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import {
  type EntryCase,
  EntryCaseEntry,
  type EntryModeCalibration,
  EntryModeCalibrationFile,
} from "@/lib/contracts/cases";
import {
  type CalibrationCase,
  DEFAULT_LAMBDAS,
  DEFAULT_OPTIMIZER,
  handSetBacktest,
  INNER_FOLDS,
  modelSpecs,
  rankModes,
  selectAndCalibrate,
} from "@/lib/scoring/fit/calibration";

import { ALL_FACTOR_KEYS, DATA_DIR, FRAMEWORK_DIR, type Framework, loadFramework } from "./framework-data";

// The committed data/framework/entry-mode-calibration.json against its inputs: not stale, its
// counts equal to counts taken here from the case library, and its fitted model reproducible.
// The full nested leave-one-out takes about a minute, too long for a unit test: one held-out case
// is recomputed here, the rest is covered by the hash (same code, same inputs, same file).

let framework: Framework;
let library: EntryCase[];
let cases: CalibrationCase[];
let file: EntryModeCalibration;

beforeAll(() => {
  framework = loadFramework();
  library = EntryCaseEntry.array().parse(
    JSON.parse(readFileSync(path.join(FRAMEWORK_DIR, "entry-cases.json"), "utf8")),
  );
  cases = library.map((c) => ({
    id: c.id,
    mode: c.mode,
    factors: Object.fromEntries(
      [...Object.entries(c.firmFactors), ...Object.entries(c.marketFactors)].map(([k, r]) => [k, r.rating]),
    ),
  }));
  file = EntryModeCalibrationFile.parse(
    JSON.parse(readFileSync(path.join(FRAMEWORK_DIR, "entry-mode-calibration.json"), "utf8")),
  );
});

const modes = () => framework.modes.map((m) => m.key);

describe("committed entry-mode calibration", () => {
  it("was computed from today's cases, tables and calibration code (else run `npm run calibrate`)", () => {
    const hash = createHash("sha256");
    for (const f of [
      path.join(FRAMEWORK_DIR, "entry-cases.json"),
      path.join(FRAMEWORK_DIR, "effects.csv"),
      path.join(FRAMEWORK_DIR, "entry-modes.csv"),
      path.resolve(DATA_DIR, "../lib/scoring/fit/calibration.ts"),
      path.resolve(DATA_DIR, "../lib/scoring/fit/entry-mode-model.ts"),
    ]) {
      hash.update(readFileSync(f)).update("\0");
    }
    expect(file.inputsHash).toBe(hash.digest("hex"));
  });

  it("reports the no-information rates and rating coverage counted from the case library", () => {
    const count = new Map<string, number>();
    for (const c of library) count.set(c.mode, (count.get(c.mode) ?? 0) + 1);
    const sorted = [...count.values()].sort((a, b) => b - a);
    expect(file.noInformation.top1).toBeCloseTo(sorted[0]! / library.length, 4);
    expect(file.noInformation.top2).toBeCloseTo((sorted[0]! + sorted[1]!) / library.length, 4);
    expect(count.get(file.noInformation.mostCommon[0]!)).toBe(sorted[0]);
    for (const f of ALL_FACTOR_KEYS) {
      const rated = library.filter((c) => f in c.firmFactors || f in c.marketFactors).length;
      expect(file.coverage[f], f).toEqual({
        rated,
        cases: library.length,
        entryModeRows: framework.effects.filter((e) => e.targetKind === "entry_mode" && e.factor === f).length,
      });
    }
  });

  it("has headline figures that recount from its own predictions", () => {
    const loo = file.leaveOneOut;
    expect(loo.cases).toBe(library.length);
    expect(loo.predictions.map((p) => p.caseId)).toEqual(library.map((c) => c.id));
    const hits = loo.predictions.filter((p) => p.predicted[0] === p.actual).length;
    const hits2 = loo.predictions.filter((p) => p.predicted.slice(0, 2).includes(p.actual)).length;
    expect(loo.top1).toBeCloseTo(hits / library.length, 4);
    expect(loo.top2).toBeCloseTo(hits2 / library.length, 4);
    const confusionTotal = Object.values(loo.confusion).reduce(
      (s, row) => s + Object.values(row).reduce((t, n) => t + n, 0),
      0,
    );
    expect(confusionTotal).toBe(library.length);
    // the leave-one-out majority baseline: the held-out case's mode is the training set's most common
    // one exactly when it is the library's most common mode (16 of 52 today, a clear lead)
    const top = file.noInformation.mostCommon[0]!;
    expect(loo.baseRate).toBeCloseTo(library.filter((c) => c.mode === top).length / library.length, 4);
  });

  it("counts each mode's hits from its own predictions", () => {
    for (const summary of [file.leaveOneOut, file.handSet, file.inSample]) {
      for (const [mode, p] of Object.entries(summary.perMode)) {
        const own = summary.predictions.filter((x) => x.actual === mode);
        expect(p.cases, mode).toBe(own.length);
        expect(p.top1Hits, mode).toBe(own.filter((x) => x.predicted[0] === mode).length);
        expect(p.top2Hits, mode).toBe(own.filter((x) => x.predicted.slice(0, 2).includes(mode)).length);
      }
    }
  });

  it("names the product's model, lists the strengths that moved most, and ranks the thesis replays", () => {
    const bare = file.settings.family === "hand_set" && !file.settings.offsets;
    expect(file.productModel.kind).toBe(bare ? "hand_set" : "calibrated");
    // moved most: every effect whose calibrated strength differs, largest |difference| first, at most ten
    const moved = Object.entries(file.strengths)
      .filter(([, s]) => s.calibrated !== s.handSet)
      .map(([, s]) => Math.abs(s.calibrated - s.handSet))
      .sort((a, b) => b - a)
      .slice(0, 10);
    expect(file.movedMost.map((m) => Math.abs(m.calibrated - m.handSet))).toEqual(moved);
    for (const m of file.movedMost) {
      const row = framework.effects.find((e) => e.id === m.effectId)!;
      expect([m.factor, m.mode, m.theory, m.handSet]).toEqual([row.factor, row.target, row.theory, row.strength]);
    }
    // the replays: the library's Alibaba entries, ranked by the table and as the backtest held them out
    expect(file.replays.map((r) => r.caseId)).toEqual(["alibaba-rus-2012", "alibaba-idn-2016"]);
    for (const r of file.replays) {
      const c = cases.find((x) => x.id === r.caseId)!;
      expect(r.actual).toBe(c.mode);
      expect(r.handSet).toEqual(rankModes(framework.effects, modes(), c, null).slice(0, 3));
      expect(r.heldOut).toEqual(file.leaveOneOut.predictions.find((p) => p.caseId === r.caseId)!.predicted.slice(0, 3));
      if (bare) expect(r.selected).toEqual(r.handSet);
    }
  });

  it("scores the hand-set table as the engine does today", () => {
    const again = handSetBacktest(framework.effects, modes(), cases);
    expect(file.handSet.predictions.map((p) => p.predicted)).toEqual(again.predictions.map((p) => p.predicted));
    expect(file.handSet.top1).toBeCloseTo(again.top1, 4);
  });

  it("reproduces the model chosen and fitted on all cases, and one held-out prediction", () => {
    const specs = modelSpecs(DEFAULT_LAMBDAS);
    const all = selectAndCalibrate(framework.effects, modes(), cases, specs, DEFAULT_OPTIMIZER, INNER_FOLDS);
    expect(all.model.spec).toEqual({
      family: file.settings.family,
      form: file.settings.form,
      offsets: file.settings.offsets,
      lambda: file.settings.lambda,
    });
    for (const [group, g] of all.model.multipliers) expect(file.multipliers[group], group).toBeCloseTo(g, 3);
    for (const [id, w] of all.model.strengths) expect(file.strengths[id]!.calibrated, id).toBeCloseTo(w, 3);
    all.candidates.forEach((c, i) =>
      expect(file.selection[i]!.crossValidatedLogLoss).toBeCloseTo(c.crossValidatedLogLoss, 3),
    );

    // the first thesis replay, held out: chosen and fitted on the other 51 cases only
    const held = cases.find((c) => c.id === "alibaba-rus-2012")!;
    const train = cases.filter((c) => c !== held);
    const without = selectAndCalibrate(framework.effects, modes(), train, specs, DEFAULT_OPTIMIZER, INNER_FOLDS);
    const committed = file.leaveOneOut.predictions.find((p) => p.caseId === held.id)!;
    expect(rankModes(framework.effects, modes(), held, without.model)).toEqual(committed.predicted);
  }, 120_000);
});
