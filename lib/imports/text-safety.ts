import { unstorableTextReason } from "@/lib/contracts/text";

import type { UnsafeText } from "./problems";

// Imported text is untrusted. React escapes it on every page; what remains is a spreadsheet that
// opens a CSV we produce: a cell starting with = + - @ (or a tab or carriage return) is run as a
// formula there (OWASP "CSV injection"). Such text is refused at the door, so nothing stored from
// an import can turn into a formula in any export.

const FORMULA_START = /^[=+\-@\t\r]/;
// Control characters other than line breaks have no place in a name, a unit or a source.
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/;
// What lib/contracts/text.ts refuses besides: a NUL, else an unpaired surrogate.
const NUL = /\u0000/;

/** Why the text is refused, or null when it is safe to store and to export. */
export function unsafeTextReason(text: string): UnsafeText | null {
  if (FORMULA_START.test(text)) {
    const start = text[0] === "\t" ? "tab" : text[0] === "\r" ? "cr" : "char";
    return { code: "textFormula", start, char: start === "char" ? text[0]! : "" };
  }
  if (CONTROL.test(text)) return { code: "textControl" };
  if (unstorableTextReason(text) === null) return null;
  return NUL.test(text) ? { code: "textNul" } : { code: "textSurrogate" };
}

/** True for text that a spreadsheet would read as a formula (for exporters of other data). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
