import { familyKey, MODEL_FAMILIES, MODEL_FORMS, type ModelFamily, type ModelForm } from "./calibration";

// Which strengths rank the entry modes: decision record 005's hand-set table, or the model that
// `npm run calibrate` chose and fitted on the case library (decision record 012). Pure: the caller
// reads data/framework/entry-mode-calibration.json and passes what it says.

/** The calibrated strengths and offsets, as the calibration file stores them. */
export type EntryModeCalibrationInput = {
  inputsHash: string;
  settings: { family: ModelFamily; form: ModelForm; offsets: boolean; lambda: number };
  /** Entry mode → offset added to its fit, on the fit's -1..1 scale. */
  offsets: Readonly<Record<string, number>>;
  /** Effect id → calibrated strength (never below 0). */
  strengths: Readonly<Record<string, { handSet: number; calibrated: number }>>;
};

/** What ranked the modes of one answer; `calibrated` carries what the entry-mode fit applies. */
export type EntryModeModel = {
  kind: "hand_set" | "calibrated";
  /** "hand_set", "per_theory+offsets", "per_factor/sum", … (the calibration's family key). */
  family: string;
  form: ModelForm;
  /** SHA-256 of the calibration's inputs, or null when no calibration was consulted. */
  calibrationInputsHash: string | null;
  calibrated: {
    strengths: Readonly<Record<string, number>>;
    offsets: Readonly<Record<string, number>>;
  } | null;
};

export const HAND_SET_MODEL: EntryModeModel = {
  kind: "hand_set",
  family: "hand_set",
  form: "mean",
  calibrationInputsHash: null,
  calibrated: null,
};

/**
 * The model the product ranks with: the calibrated strengths (and offsets) when the calibration
 * chose anything but the bare hand-set table, the hand-set table otherwise. The hand-set table
 * without offsets is the calibration's simplest candidate: choosing it means the cases did not
 * earn any change, and the strengths in the file then equal the hand-set ones.
 */
export function entryModeModel(calibration: EntryModeCalibrationInput | null): EntryModeModel {
  if (!calibration) return HAND_SET_MODEL;
  const { family, form, offsets } = calibration.settings;
  if (!MODEL_FAMILIES.includes(family) || !MODEL_FORMS.includes(form))
    throw new Error(`entry-mode calibration: unknown family "${family}" or form "${form}"`);
  if (family === "hand_set" && !offsets) return { ...HAND_SET_MODEL, calibrationInputsHash: calibration.inputsHash };
  return {
    kind: "calibrated",
    family: familyKey({ family, form, offsets }),
    form,
    calibrationInputsHash: calibration.inputsHash,
    calibrated: {
      strengths: Object.fromEntries(Object.entries(calibration.strengths).map(([id, s]) => [id, s.calibrated])),
      offsets: { ...calibration.offsets },
    },
  };
}
