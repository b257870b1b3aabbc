import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/universal";

import { unreadableFile } from "./errors";
import type { DetectedFile } from "./file-type";

// Reads an upload into rows of cells, numbered as a spreadsheet shows them (row 1 first). Nothing
// is interpreted here: that is the validator's job, for CSV and XLSX alike.

export type Cell = string | number | boolean | Date | null;

/** `rows[i]` is spreadsheet row i + 1. */
export type Table = { type: "csv" | "xlsx"; rows: Cell[][] };

export async function readTable(file: DetectedFile): Promise<Table> {
  return file.type === "csv"
    ? { type: "csv", rows: readCsv(file.text) }
    : { type: "xlsx", rows: await readXlsx(file.bytes) };
}

function readCsv(text: string): Cell[][] {
  const withoutBom = text.replace(/^\uFEFF/, "");
  try {
    const records: string[][] = parse(withoutBom, {
      delimiter: delimiterOf(withoutBom),
      // Row counts stay aligned with what a spreadsheet shows: empty lines are kept as empty rows.
      skip_empty_lines: false,
      relax_column_count: true,
      relax_quotes: false,
    });
    return records.map((record) => record.map((cell) => (cell === "" ? null : cell)));
  } catch (error) {
    const { message, lines } = error as Error & { lines?: number };
    throw unreadableFile({ key: "csvUnreadable", line: lines ? String(lines) : "unknown", detail: message });
  }
}

/** Comma, semicolon (what Excel writes in many European locales) or tab: whichever the header uses most. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

async function readXlsx(bytes: Uint8Array): Promise<Cell[][]> {
  try {
    // The first sheet; text is kept as typed (trimmed later, per column, by the validator).
    const rows = await readSheet(new Blob([bytes as Uint8Array<ArrayBuffer>]), 1, { trim: false });
    return rows.map((row) => row.map((cell) => (cell === undefined ? null : (cell as Cell))));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw unreadableFile({ key: "xlsxUnreadable", reason });
  }
}
