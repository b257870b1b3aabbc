/**
 * Calibrates the entry-mode effects on the case library and measures the model out of sample:
 *
 *   npm run calibrate            # writes data/framework/entry-mode-calibration.json
 *   npm run calibrate -- --check # exits 1 when the committed file is stale
 *
 * Reads data/framework/entry-cases.json and data/framework/effects.csv (through the seed's own
 * validated reader), fits the strengths on all cases (for the product) and runs the leave-one-out
 * backtest (for the figures the product reports). Deterministic: same inputs, same file.
 * Method: docs/decisions/012-entry-mode-calibration.md.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { EntryCaseEntry, type EntryModeCalibration, EntryModeCalibrationFile } from "@/lib/contracts/cases";
import { DATA_DIR, readDataset } from "@/lib/db/dataset-files";
import {
  type CalibrationCase,
  handSetBacktest,
  leaveOneOutBacktest,
  selectAndCalibrate,
} from "@/lib/scoring/fit/calibration";
import type { FitEffect } from "@/lib/scoring/fit/factors";

const CASES_FILE = path.join(DATA_DIR, "framework/entry-cases.json");
const EFFECTS_FILE = path.join(DATA_DIR, "framework/effects.csv");
const OUT_FILE = path.join(DATA_DIR, "framework/entry-mode-calibration.json");

export function readCases(file = CASES_FILE) {
  const parsed = EntryCaseEntry.array().safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path.relative(process.cwd(), file)}: ${issue.path.map(String).join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

export function inputsHash(): string {
  return createHash("sha256").update(readFileSync(CASES_FILE)).update("\0").update(readFileSync(EFFECTS_FILE)).digest("hex");
}

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
  for (const c of library) if (!modes.includes(c.mode)) throw new Error(`entry-cases.json: ${c.id}: unknown mode ${c.mode}`);
  const cases: CalibrationCase[] = library.map((c) => ({
    id: c.id,
    mode: c.mode,
    factors: Object.fromEntries(
      [...Object.entries(c.firmFactors), ...Object.entries(c.marketFactors)].map(([k, r]) => [k, r.rating]),
    ),
  }));
  const all = selectAndCalibrate(effects, modes, cases);
  const modeEffects = effects.filter((e) => e.targetKind === "entry_mode");
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const roundSummary = <T extends { top1: number; top2: number; baseRate: number; perMode: Record<string, { top1: number; top2: number }> }>(s: T): T => ({
    ...s,
    top1: round(s.top1),
    top2: round(s.top2),
    baseRate: round(s.baseRate),
    perMode: Object.fromEntries(Object.entries(s.perMode).map(([m, p]) => [m, { ...p, top1: round(p.top1), top2: round(p.top2) }])),
  });
  return EntryModeCalibrationFile.parse({
    inputsHash: inputsHash(),
    method:
      "Sign-constrained (w >= 0) multinomial logit on the strength-weighted mean pushes, ridge-penalized towards the hand-set strengths; " +
      "lambda and temperature chosen by 5-fold cross-validated log-loss; leave-one-out repeats that whole selection on each training set.",
    settings: all.settings,
    offsets: Object.fromEntries(modes.map((m) => [m, round(all.model.offsets.get(m) ?? 0)])),
    strengths: Object.fromEntries(
      modeEffects.map((e) => [e.id, { handSet: e.strength, calibrated: round(all.model.strengths.get(e.id) ?? e.strength) }]),
    ),
    leaveOneOut: roundSummary(leaveOneOutBacktest(effects, modes, cases)),
    handSet: roundSummary(handSetBacktest(effects, modes, cases)),
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
      `${l.cases} cases; leave-one-out top-1 ${pct(l.top1)}, top-2 ${pct(l.top2)}, base rate ${pct(l.baseRate)}; ` +
      `hand-set table top-1 ${pct(result.handSet.top1)}, top-2 ${pct(result.handSet.top2)}`,
  );
}

main();
