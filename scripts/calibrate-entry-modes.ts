/**
 * Calibrates the entry-mode effects on the case library and measures the model out of sample:
 *
 *   npm run calibrate            # writes data/framework/entry-mode-calibration.json
 *   npm run calibrate -- --check # exits 1 when the committed file is stale
 *
 * Reads data/framework/entry-cases.json and data/framework/effects.csv (through the seed's own
 * validated reader), chooses and fits the model on all cases (for the product) and runs the nested
 * leave-one-out backtest (for the figures the product reports). Deterministic: same inputs, same
 * file. The file's inputsHash also covers lib/scoring/fit/calibration.ts, so `--check` reports a
 * changed method as stale.
 * Method: docs/decisions/012-entry-mode-calibration.md.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { EntryCaseEntry, type EntryModeCalibration, EntryModeCalibrationFile } from "@/lib/contracts/cases";
import { DATA_DIR, readDataset } from "@/lib/db/dataset-files";
import {
  type BacktestSummary,
  type CalibrationCase,
  DEFAULT_LAMBDAS,
  DEFAULT_OPTIMIZER,
  familyKey,
  handSetBacktest,
  INNER_FOLDS,
  inSampleFit,
  leaveOneOutBacktest,
  modelSpecs,
  noInformationRates,
  rankModes,
  ratingCoverage,
  selectAndCalibrate,
} from "@/lib/scoring/fit/calibration";
import { entryModeModel } from "@/lib/scoring/fit/entry-mode-model";
import { FIRM_FACTOR_KEYS, type FitEffect, MARKET_FACTOR_KEYS } from "@/lib/scoring/fit/factors";

const CASES_FILE = path.join(DATA_DIR, "framework/entry-cases.json");
const OUT_FILE = path.join(DATA_DIR, "framework/entry-mode-calibration.json");
/**
 * Everything the file is computed from: the case library, the effects and entry-mode tables, and
 * the calibration code itself (a change to the method makes the committed figures stale too).
 */
const HASHED_FILES = [
  CASES_FILE,
  path.join(DATA_DIR, "framework/effects.csv"),
  path.join(DATA_DIR, "framework/entry-modes.csv"),
  path.resolve(import.meta.dirname, "../lib/scoring/fit/calibration.ts"),
  path.resolve(import.meta.dirname, "../lib/scoring/fit/entry-mode-model.ts"),
];

export function readCases(file = CASES_FILE) {
  const parsed = EntryCaseEntry.array().safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path.relative(process.cwd(), file)}: ${issue.path.map(String).join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

export function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of HASHED_FILES) hash.update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function roundSummary<T extends Omit<BacktestSummary, "predictions">>(s: T): T {
  return {
    ...s,
    top1: round(s.top1),
    top2: round(s.top2),
    baseRate: round(s.baseRate),
    baseRateTop2: round(s.baseRateTop2),
    perMode: Object.fromEntries(
      Object.entries(s.perMode).map(([m, p]) => [m, { ...p, top1: round(p.top1), top2: round(p.top2) }]),
    ),
  };
}

/** The library's entries for the thesis replays (decision record 005: Russia 2012, Indonesia 2016). */
const REPLAY_CASES = ["alibaba-rus-2012", "alibaba-idn-2016"];
const MOVED_MOST = 10;

export function calibrate(): EntryModeCalibration {
  const dataset = readDataset();
  const modes = dataset.entryModes.map((m) => m.key);
  const effects: FitEffect[] = dataset.effects.map((e) => ({
    id: e.id,
    factor: e.factor,
    targetKind: e.target_kind,
    target: e.target,
    direction: e.direction,
    strength: e.strength,
    theory: e.theory,
    rationale: e.rationale,
    precedent: e.precedent,
  }));
  const library = readCases();
  for (const c of library)
    if (!modes.includes(c.mode))
      throw new Error(`entry-cases.json: ${c.id}: unknown mode "${c.mode}" (${modes.join(", ")})`);
  const cases: CalibrationCase[] = library.map((c) => ({
    id: c.id,
    mode: c.mode,
    factors: Object.fromEntries(
      [...Object.entries(c.firmFactors), ...Object.entries(c.marketFactors)].map(([k, r]) => [k, r.rating]),
    ),
  }));
  const specs = modelSpecs(DEFAULT_LAMBDAS);
  const all = selectAndCalibrate(effects, modes, cases, specs, DEFAULT_OPTIMIZER, INNER_FOLDS);
  const loo = leaveOneOutBacktest(effects, modes, cases, specs, DEFAULT_OPTIMIZER, INNER_FOLDS);
  const modeEffects = effects.filter((e) => e.targetKind === "entry_mode" && modes.includes(e.target));
  const factors = [...FIRM_FACTOR_KEYS, ...MARKET_FACTOR_KEYS];
  const rated = ratingCoverage(cases, factors);
  const none = noInformationRates(cases, modes);
  const product = entryModeModel({
    inputsHash: "0".repeat(64),
    settings: { ...all.model.spec, form: all.model.spec.form ?? "mean" },
    offsets: Object.fromEntries(all.model.offsets),
    strengths: {},
  });
  const movedMost = modeEffects
    .map((e) => ({
      effectId: e.id,
      factor: e.factor,
      mode: e.target,
      theory: e.theory,
      handSet: e.strength,
      calibrated: round(all.model.strengths.get(e.id) ?? e.strength),
    }))
    .filter((m) => m.calibrated !== m.handSet)
    .sort((a, b) => Math.abs(b.calibrated - b.handSet) - Math.abs(a.calibrated - a.handSet))
    .slice(0, MOVED_MOST);
  const replays = REPLAY_CASES.map((id) => {
    const c = cases.find((x) => x.id === id);
    if (!c) throw new Error(`entry-cases.json: the thesis replay ${id} is missing`);
    return {
      caseId: id,
      actual: c.mode,
      handSet: rankModes(effects, modes, c, null).slice(0, 3),
      selected: rankModes(effects, modes, c, all.model).slice(0, 3),
      heldOut: loo.nested.predictions.find((p) => p.caseId === id)!.predicted.slice(0, 3),
      inSample: true as const,
      note:
        "In sample: the case is in the library the model was chosen and fitted on, and the hand-set table was written knowing Alibaba's choices. " +
        "heldOut is the backtest's prediction, with the model chosen and fitted on the other cases.",
    };
  });
  return EntryModeCalibrationFile.parse({
    inputsHash: inputsHash(),
    method:
      "Multinomial logit on decision record 005's strength-weighted mean pushes (mean form) or on their strength-weighted sum over the hand-set total (sum form), " +
      "strengths = hand-set strength x a multiplier >= 0 (none, one per theory tag, one per factor, or one per row), optional per-mode offsets, ridge towards the hand-set table; " +
      `family, offsets and lambda chosen by ${INNER_FOLDS}-fold cross-validated log-loss with the one-standard-error rule (simplest candidate within one SE of the best), temperature fitted; ` +
      "leave-one-out repeats that whole selection on each training set (docs/decisions/012-entry-mode-calibration.md).",
    settings: {
      family: all.model.spec.family,
      form: all.model.spec.form ?? "mean",
      offsets: all.model.spec.offsets,
      lambda: all.model.spec.lambda,
      temperature: round(all.model.temperature),
      lambdas: [...DEFAULT_LAMBDAS],
      innerFolds: INNER_FOLDS,
      ...DEFAULT_OPTIMIZER,
    },
    selection: all.candidates.map((c) => ({
      ...c.spec,
      form: c.spec.form ?? "mean",
      crossValidatedLogLoss: round(c.crossValidatedLogLoss),
      standardError: round(c.standardError),
    })),
    multipliers: Object.fromEntries([...all.model.multipliers].map(([k, g]) => [k, round(g)])),
    offsets: Object.fromEntries(modes.map((m) => [m, round(all.model.offsets.get(m) ?? 0)])),
    strengths: Object.fromEntries(
      modeEffects.map((e) => [
        e.id,
        { handSet: e.strength, calibrated: round(all.model.strengths.get(e.id) ?? e.strength) },
      ]),
    ),
    coverage: Object.fromEntries(
      factors.map((f) => [
        f,
        { rated: rated[f]!, cases: cases.length, entryModeRows: modeEffects.filter((e) => e.factor === f).length },
      ]),
    ),
    noInformation: { mostCommon: none.mostCommon, top1: round(none.top1), top2: round(none.top2) },
    leaveOneOut: roundSummary(loo.nested),
    leaveOneOutByFamily: Object.fromEntries(
      Object.entries(loo.byFamily).map(([f, s]) => {
        const { predictions: _p, ...figures } = s;
        void _p;
        return [f, roundSummary(figures)];
      }),
    ),
    handSet: roundSummary(handSetBacktest(effects, modes, cases)),
    inSample: roundSummary(inSampleFit(effects, modes, cases, all.model)),
    productModel: { kind: product.kind, family: product.family },
    movedMost,
    replays,
  });
}

function main(): void {
  const check = process.argv.includes("--check");
  if (check) {
    const committed = EntryModeCalibrationFile.parse(JSON.parse(readFileSync(OUT_FILE, "utf8")));
    if (committed.inputsHash !== inputsHash()) {
      console.error("data/framework/entry-mode-calibration.json is stale: run `npm run calibrate`.");
      process.exit(1);
    }
    console.log("entry-mode calibration is current");
    return;
  }
  const started = performance.now();
  const result = calibrate();
  writeFileSync(OUT_FILE, JSON.stringify(result, null, 2) + "\n", "utf8");
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const l = result.leaveOneOut;
  console.log(
    `wrote data/framework/entry-mode-calibration.json in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${l.cases} cases; chosen ${familyKey(result.settings)} (lambda ${result.settings.lambda}); ` +
      `leave-one-out top-1 ${pct(l.top1)}, top-2 ${pct(l.top2)}; base rate ${pct(l.baseRate)} / ${pct(l.baseRateTop2)} ` +
      `(no-information ${pct(result.noInformation.top1)} / ${pct(result.noInformation.top2)}); ` +
      `hand-set table top-1 ${pct(result.handSet.top1)}, top-2 ${pct(result.handSet.top2)}`,
  );
}

main();
