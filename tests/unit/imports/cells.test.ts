import { expect, test } from "vitest";

import {
  cellText,
  decimalsOf,
  parseNumber as parseNumberCode,
  parseYear as parseYearCode,
  type Parsed,
} from "@/lib/imports/cells";
import { problemMessage } from "@/lib/imports/wording";

// The reasons as a user reads them (in English, the default).
const worded = <T>(parsed: Parsed<T>) => (parsed.ok ? parsed : { ok: false, message: problemMessage(parsed.reason) });
const parseNumber = (...args: Parameters<typeof parseNumberCode>) => worded(parseNumberCode(...args));
const parseYear = (...args: Parameters<typeof parseYearCode>) => worded(parseYearCode(...args));

test("numbers are read with a dot for decimals; thousands separators, % signs and words are refused with a hint", () => {
  expect(parseNumber("1234.5")).toEqual({ ok: true, value: 1234.5 });
  expect(parseNumber(" -3 ")).toEqual({ ok: true, value: -3 });
  expect(parseNumber("1.2e6")).toEqual({ ok: true, value: 1.2e6 });
  expect(parseNumber(42.25)).toEqual({ ok: true, value: 42.25 });
  expect(parseNumber("1,234.5")).toMatchObject({
    ok: false,
    message: expect.stringMatching(/dot for decimals and no thousands separator/),
  });
  expect(parseNumber("2,5")).toMatchObject({ ok: false, message: expect.stringMatching(/dot for decimals/) });
  expect(parseNumber("42%")).toMatchObject({ ok: false, message: expect.stringMatching(/% sign/) });
  expect(parseNumber("eighty")).toMatchObject({ ok: false, message: 'Value "eighty" is not a number.' });
  expect(parseNumber(null)).toMatchObject({ ok: false, message: expect.stringMatching(/missing/) });
  expect(parseNumber(true)).toMatchObject({ ok: false });
  expect(parseNumber(new Date("2024-01-01"))).toMatchObject({ ok: false, message: expect.stringMatching(/date/) });
  expect(parseNumber("1e400")).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
});

test("years are whole numbers in range; a date cell gets a hint", () => {
  expect(parseYear("2024", 1960, 2031)).toEqual({ ok: true, value: 2024 });
  expect(parseYear(2024, 1960, 2031)).toEqual({ ok: true, value: 2024 });
  expect(parseYear("2024.0", 1960, 2031)).toEqual({ ok: true, value: 2024 });
  expect(parseYear("2024.5", 1960, 2031)).toMatchObject({ ok: false, message: expect.stringMatching(/not a year/) });
  expect(parseYear("FY24", 1960, 2031)).toMatchObject({ ok: false });
  expect(parseYear("2204", 1960, 2031)).toMatchObject({
    ok: false,
    message: "Year 2204 is out of range: years from 1960 to 2031 are accepted.",
  });
  expect(parseYear(new Date("2024-06-30"), 1960, 2031)).toMatchObject({
    ok: false,
    message: expect.stringMatching(/date/),
  });
  expect(parseYear(undefined, 1960, 2031)).toMatchObject({ ok: false, message: expect.stringMatching(/missing/) });
});

test("cells become trimmed text; decimals are counted as written", () => {
  expect(cellText("  VNM ")).toBe("VNM");
  expect(cellText("   ")).toBeNull();
  expect(cellText(new Date("2024-06-30T00:00:00Z"))).toBe("2024-06-30");
  expect([decimalsOf(12), decimalsOf(12.25), decimalsOf(1e-9), decimalsOf(0.1234567)]).toEqual([0, 2, 6, 6]);
});
