import type { Cell, Column, TableBlock } from "./types";

// A table too wide for a page, printed in parts: each part repeats the columns that name the row
// and carries the next run of the others, so no column is dropped; each part says which it is.

export type TablePart = {
  /** "Part 1 of 2: columns Rank 1 to Rank 10", or null when the table fits in one part. */
  label: string | null;
  columns: Column[];
  rows: Cell[][];
};

export function tableParts(table: Pick<TableBlock, "columns" | "rows" | "split">): TablePart[] {
  const { columns, rows, split } = table;
  if (!split || columns.length <= split.keep + split.perPart) return [{ label: null, columns, rows }];
  const rest = columns.length - split.keep;
  const count = Math.ceil(rest / split.perPart);
  return Array.from({ length: count }, (_, p) => {
    const from = split.keep + p * split.perPart;
    const to = Math.min(columns.length, from + split.perPart);
    const pick = <T>(cells: T[]) => [...cells.slice(0, split.keep), ...cells.slice(from, to)];
    const range = to - from === 1 ? columns[from]!.heading : `${columns[from]!.heading} to ${columns[to - 1]!.heading}`;
    return { label: `Part ${p + 1} of ${count}: columns ${range}`, columns: pick(columns), rows: rows.map(pick) };
  });
}
