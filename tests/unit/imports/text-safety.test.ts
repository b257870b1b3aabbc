import { expect, test } from "vitest";

import { looksLikeFormula, unsafeTextReason as reasonCode } from "@/lib/imports/text-safety";
import { problemMessage } from "@/lib/imports/wording";

// The reason as a user reads it for the note column (in English, the default).
const unsafeTextReason = (text: string) => {
  const reason = reasonCode(text);
  return reason && problemMessage({ ...reason, column: "note" });
};

test("text that a spreadsheet would run as a formula is refused (OWASP CSV injection)", () => {
  for (const text of ["=1+1", '=HYPERLINK("http://x")', "+49 30 1234", "-5% vs 2024", "@SUM(A1:A2)"]) {
    expect(unsafeTextReason(text)).toMatch(/formula/);
    expect(looksLikeFormula(text)).toBe(true);
  }
});

test("ordinary sources, notes and names pass; control characters do not", () => {
  for (const text of [
    "World Bank WDI, 2024",
    "Strategy team assessment, Nov 2026",
    "Côte d'Ivoire",
    "1 (weak) to 5 (strong)",
    "Line one\nline two",
  ]) {
    expect(unsafeTextReason(text)).toBeNull();
  }
  expect(unsafeTextReason("bell\u0007")).toMatch(/control characters/);
});
