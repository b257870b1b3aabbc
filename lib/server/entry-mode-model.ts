import "server-only";

import calibrationFile from "@/data/framework/entry-mode-calibration.json";
import { scoreUncertaintyOf } from "@/lib/cases/backtest";
import type { EntryModeScoreUncertaintyRecord } from "@/lib/contracts/case-library";
import { EntryModeCalibrationFile, type EntryModeCalibration } from "@/lib/contracts/cases";
import { entryModeModel, type EntryModeModel } from "@/lib/scoring/fit/entry-mode-model";

// The entry-mode model the product ranks with: what `npm run calibrate` chose and wrote to
// data/framework/entry-mode-calibration.json (decision record 012). Imported, so the build
// bundles the file the code was built with; validated once, on first use.

let cached: EntryModeModel | null = null;
let parsedFile: EntryModeCalibration | null = null;

function calibration(): EntryModeCalibration {
  if (parsedFile) return parsedFile;
  const parsed = EntryModeCalibrationFile.safeParse(calibrationFile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `data/framework/entry-mode-calibration.json: ${issue.path.map(String).join(".")}: ${issue.message} (run \`npm run calibrate\`)`,
    );
  }
  parsedFile = parsed.data;
  return parsedFile;
}

/** The calibrated model when the calibration chose one, else the hand-set table; fails loudly on a malformed file. */
export function currentEntryModeModel(): EntryModeModel {
  cached ??= entryModeModel(calibration());
  return cached;
}

/**
 * The score gap within which entry modes are tied, from the same file's leave-one-out backtest
 * (docs/decisions/018), with the file's inputs hash; null when the file keeps no held-out scores.
 */
export function currentScoreUncertainty():
  (EntryModeScoreUncertaintyRecord & { calibrationInputsHash: string }) | null {
  const file = calibration();
  const u = scoreUncertaintyOf(file);
  return u ? { ...u, calibrationInputsHash: file.inputsHash } : null;
}
