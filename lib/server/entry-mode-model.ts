import "server-only";

import calibrationFile from "@/data/framework/entry-mode-calibration.json";
import { EntryModeCalibrationFile } from "@/lib/contracts/cases";
import { entryModeModel, type EntryModeModel } from "@/lib/scoring/fit/entry-mode-model";

// The entry-mode model the product ranks with: what `npm run calibrate` chose and wrote to
// data/framework/entry-mode-calibration.json (decision record 012). Imported, so the build
// bundles the file the code was built with; validated once, on first use.

let cached: EntryModeModel | null = null;

/** The calibrated model when the calibration chose one, else the hand-set table; fails loudly on a malformed file. */
export function currentEntryModeModel(): EntryModeModel {
  if (cached) return cached;
  const parsed = EntryModeCalibrationFile.safeParse(calibrationFile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `data/framework/entry-mode-calibration.json: ${issue.path.map(String).join(".")}: ${issue.message} (run \`npm run calibrate\`)`,
    );
  }
  cached = entryModeModel(parsed.data);
  return cached;
}
