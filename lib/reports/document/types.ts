// The report as an ordered list of sections made of plain blocks: headings, paragraphs, labelled
// fields, lists, tables and chart slots. The sections (lib/reports/document/*) decide what the
// report says, once; the renderers (HTML page, PDF, Markdown) only decide how each block looks.
// Every string is plain, unescaped text: each renderer escapes it for its own format.

export type Align = "left" | "right";

/** A table cell: plain text, or a value with a second, smaller line (e.g. "2024 · S3"). */
export type Cell = string | { text: string; detail: string };

export type Column = {
  heading: string;
  align: Align;
  /** Share of the page width in paged formats (relative to the table's other columns). */
  width: number;
  /** The column that names the row (the row header for assistive technology). */
  rowHeader: boolean;
};

/**
 * How the title of a table appears: as a sub-heading, as a caption line above the table, or only
 * to assistive technology where the section's heading already says it.
 */
export type TitleStyle = "heading" | "caption" | "hidden";

export type TableBlock = {
  kind: "table";
  id: string;
  title: string;
  titleStyle: TitleStyle;
  columns: Column[];
  rows: Cell[][];
  /** Sentences printed between the title and the table. */
  intro: string[];
  /** Footnotes printed under the table. */
  notes: string[];
  /** Printed in place of the table when it has no rows. */
  empty: string;
  /**
   * Too many columns for a page: paged formats print the table in parts of at most `perPart`
   * columns, each part repeating the first `keep` columns and saying which part it is. Rows are
   * never cut: a long table runs onto the next page with its header row repeated.
   */
  split: { keep: number; perPart: number } | null;
  /** Many small cells: paged formats use a smaller type size. */
  dense: boolean;
};

export type ChartKind = "ranking" | "rank-probabilities" | "stability";

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "text"; text: string; lead: string | null; muted: boolean }
  | { kind: "fields"; items: { key: string; label: string; text: string }[] }
  | {
      kind: "list";
      title: string | null;
      items: string[];
      ordered: boolean;
      /** Printed after the title when there are no items. */
      empty: string;
      /** A visible line saying what the list leaves out and where to find it. */
      more: { text: string; href: string | null } | null;
    }
  | TableBlock
  | { kind: "chart"; chart: ChartKind }
  | {
      kind: "subsection";
      id: string;
      title: string;
      lead: string | null;
      /** Paged formats start the subsection on a new page (not the first one of its section). */
      newPage: boolean;
      blocks: Block[];
    };

export type Section = { id: string; title: string; blocks: Block[] };
