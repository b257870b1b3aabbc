// What can be wrong with one cell, row or header of an import file, in no language yet: a code
// (the key of messages/<locale>/data.json's importProblems, stable in the API) and its arguments.
// lib/imports/wording.ts words it in the reader's language; the validator stays language-free.

/** A column a text check concerns (its name in the file's header). */
export type TextColumn =
  "source" | "note" | "market_name" | "region" | "subregion" | "indicator_name" | "unit" | "definition";

/** Why a text cannot be stored or exported (lib/imports/text-safety.ts). */
export type UnsafeText =
  | { code: "textFormula"; start: "tab" | "cr" | "char"; char: string }
  | { code: "textControl" }
  | { code: "textNul" }
  | { code: "textSurrogate" };

/** Why a cell is not a number or a year (lib/imports/cells.ts). */
export type CellReason =
  | { code: "valueNotFinite" }
  | { code: "valueIsDate" }
  | { code: "valueIsBoolean"; bool: "TRUE" | "FALSE" }
  | { code: "valueMissing" }
  | { code: "valueTooLarge"; text: string }
  | { code: "valueSeparators"; text: string }
  | { code: "valuePercent"; text: string }
  | { code: "valueNotNumber"; text: string }
  | { code: "yearIsDate" }
  | { code: "yearMissing" }
  | { code: "yearNotYear"; text: string }
  | { code: "yearOutOfRange"; value: string; min: string; max: string };

export type ProblemText =
  | CellReason
  | (UnsafeText & { column: TextColumn })
  | { code: "noRows"; columns: string }
  | { code: "missingColumn"; name: string; columns: string }
  | { code: "tooManyRows"; max: number }
  | { code: "unnamedColumn"; letter: string; columns: string }
  | { code: "unknownColumn"; text: string; columns: string }
  | { code: "columnTwice"; column: string; first: string; second: string }
  | { code: "implausibleValue"; value: string; indicator: string; name: string; min: string; max: string; unit: string }
  | { code: "duplicateInFile"; earlier: string; market: string; indicator: string; year: string }
  | { code: "duplicateStored"; market: string; indicator: string; year: string; file: string; date: string }
  | { code: "sourceMissing" }
  | { code: "textMissing"; column: TextColumn }
  | { code: "textTooLong"; column: TextColumn; length: string; max: string }
  | { code: "marketExists"; market: string; name: string; region: string; subregion: string; column: string }
  | { code: "marketDiffers"; column: TextColumn; first: string; given: string; market: string }
  | { code: "indicatorExists"; indicator: string; name: string; unit: string; column: string }
  | { code: "indicatorDiffers"; column: string; first: string; indicator: string }
  | { code: "directionMissing" }
  | { code: "directionInvalid"; text: string }
  | { code: "groupMissing"; groups: string }
  | { code: "groupInvalid"; text: string; groups: string }
  | { code: "marketMissing" }
  | { code: "marketNotIso"; text: string }
  | { code: "marketUnknown"; market: string }
  | { code: "marketInvalidDefinition"; market: string }
  | { code: "indicatorMissing" }
  | { code: "indicatorNotKey"; text: string }
  | { code: "indicatorUnknown"; indicator: string }
  | { code: "indicatorInvalidDefinition"; indicator: string }
  | { code: "noValues" };

export type ProblemCode = ProblemText["code"];
