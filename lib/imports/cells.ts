import type { Cell } from "./read-table";

// Turning one cell into text, a whole number or a number, with the message a user needs when it
// is not one. Shared by every column of the validator.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

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
    return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, message: "is not a finite number" };
  if (cell instanceof Date) return { ok: false, message: "is a date, not a number; format the cell as a number" };
  if (typeof cell === "boolean") return { ok: false, message: `is ${cell ? "TRUE" : "FALSE"}, not a number` };
  const text = cellText(cell);
  if (text === null) return { ok: false, message: "is missing: every row needs a value" };
  if (NUMBER.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: `"${text}" is too large a number` };
  }
  if (/^[-+]?[\d.,\s']+$/.test(text) && /\d[,\s']\d/.test(text)) {
    return {
      ok: false,
      message: `"${text}" is not a number as Outbound reads them: use a dot for decimals and no thousands separator, e.g. 1234.5`,
    };
  }
  if (/%\s*$/.test(text))
    return { ok: false, message: `"${text}" has a % sign: give the number alone (e.g. 42.5) and put "%" in the unit` };
  return { ok: false, message: `"${clip(text)}" is not a number` };
}

export function parseYear(cell: Cell | undefined, min: number, max: number): Parsed<number> {
  if (cell instanceof Date)
    return { ok: false, message: "is a date; give the year alone as a whole number, e.g. 2024" };
  const text = cellText(cell);
  if (text === null) return { ok: false, message: "is missing: every value needs the year it refers to" };
  const value = typeof cell === "number" ? cell : /^\d+(\.0+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value))
    return { ok: false, message: `"${clip(text)}" is not a year (a whole number such as 2024)` };
  if (value < min || value > max)
    return { ok: false, message: `${value} is out of range: years from ${min} to ${max} are accepted` };
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
