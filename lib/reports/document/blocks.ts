import type { Align, Block, Cell, ChartKind, TableBlock, TitleStyle } from "./types";

// Builders for the report's blocks. A table is declared as columns (heading, alignment, width,
// and the function that maps a row of the report model to the column's cell), so each column's
// heading and its content are written once, side by side.

/** The default text of an empty table or list; reportSections gives it in the report's language. */
export const NONE = "None.";

export type ColumnSpec<Row> = {
  heading: string;
  align?: Align;
  width: number;
  rowHeader?: boolean;
  cell: (row: Row) => Cell;
};

type TableSpec<Row> = {
  id: string;
  title: string;
  titleStyle?: TitleStyle;
  columns: ColumnSpec<Row>[];
  intro?: string[];
  notes?: string[];
  empty?: string;
  split?: TableBlock["split"];
  dense?: boolean;
};

export function table<Row>(spec: TableSpec<Row>, rows: readonly Row[]): TableBlock {
  return {
    kind: "table",
    id: spec.id,
    title: spec.title,
    titleStyle: spec.titleStyle ?? "heading",
    columns: spec.columns.map((c) => ({
      heading: c.heading,
      align: c.align ?? "left",
      width: c.width,
      rowHeader: c.rowHeader ?? false,
    })),
    rows: rows.map((row) => spec.columns.map((c) => c.cell(row))),
    intro: spec.intro ?? [],
    notes: spec.notes ?? [],
    empty: spec.empty ?? NONE,
    split: spec.split ?? null,
    dense: spec.dense ?? false,
  };
}

export const heading = (text: string): Block => ({ kind: "heading", text });

export const text = (body: string, options: { lead?: string; muted?: boolean } = {}): Block => ({
  kind: "text",
  text: body,
  lead: options.lead ?? null,
  muted: options.muted ?? false,
});

export const chart = (kind: ChartKind): Block => ({ kind: "chart", chart: kind });

export function list(
  items: string[],
  options: { title?: string; ordered?: boolean; empty?: string; more?: string; href?: string } = {},
): Block {
  return {
    kind: "list",
    title: options.title ?? null,
    items,
    ordered: options.ordered ?? false,
    empty: options.empty ?? NONE,
    more: options.more ? { text: options.more, href: options.href ?? null } : null,
  };
}

/**
 * The first `max` items of a longer list, with a visible line saying how many more there are and
 * where they are (`where` completes "N more …").
 */
export function excerpt(items: string[], max: number, more: (count: number) => string): Block {
  const rest = items.length - max;
  return list(items.slice(0, max), rest > 0 ? { more: more(rest) } : {});
}

/** The text of a cell on one line: the value, then its detail in parentheses. */
export function cellText(cell: Cell): string {
  return typeof cell === "string" ? cell : `${cell.text} (${cell.detail})`;
}

/** Every table of a list of blocks, subsections included, in reading order. */
export function tablesOf(blocks: Block[]): TableBlock[] {
  return blocks.flatMap((b) => (b.kind === "table" ? [b] : b.kind === "subsection" ? tablesOf(b.blocks) : []));
}
