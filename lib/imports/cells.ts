import type { CellReason } from "./problems";
import type { Cell } from "./read-table";

// Turning one cell into text, a whole number or a number, with the message a user needs when it
// is not one. Shared by every column of the validator.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: CellReason };

/** Cell → trimmed text; empty cells and blank text are null. Dates become yyyy-mm-dd. */
export function cellText(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return Number.isNaN(cell.valueOf()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  const text = String(cell).trim();
  return text === "" ? null : text;
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export function parseNumber(cell: Cell | undefined): Parsed<number> {
  if (typeof cell === "number")
    return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, reason: { code: "valueNotFinite" } };
  if (cell instanceof Date) return { ok: false, reason: { code: "valueIsDate" } };
  if (typeof cell === "boolean")
    return { ok: false, reason: { code: "valueIsBoolean", bool: cell ? "TRUE" : "FALSE" } };
  const text = cellText(cell);
  if (text === null) return { ok: false, reason: { code: "valueMissing" } };
  if (NUMBER.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: { code: "valueTooLarge", text } };
  }
  if (/^[-+]?[\d.,\s']+$/.test(text) && /\d[,\s']\d/.test(text)) {
    return { ok: false, reason: { code: "valueSeparators", text } };
  }
  if (/%\s*$/.test(text)) return { ok: false, reason: { code: "valuePercent", text } };
  return { ok: false, reason: { code: "valueNotNumber", text: clip(text) } };
}

export function parseYear(cell: Cell | undefined, min: number, max: number): Parsed<number> {
  if (cell instanceof Date) return { ok: false, reason: { code: "yearIsDate" } };
  const text = cellText(cell);
  if (text === null) return { ok: false, reason: { code: "yearMissing" } };
  const value = typeof cell === "number" ? cell : /^\d+(\.0+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value)) return { ok: false, reason: { code: "yearNotYear", text: clip(text) } };
  if (value < min || value > max)
    return { ok: false, reason: { code: "yearOutOfRange", value: String(value), min: String(min), max: String(max) } };
  return { ok: true, value };
}

/** Shortens text quoted back in a message. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Decimals a number is written with (at most 6), for showing the user's figures as they gave them. */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes("e-")) return 6;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}
