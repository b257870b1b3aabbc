import type { useTranslations } from "next-intl";
import { StyleSheet, Text, View, type PageLayoutProps, type Styles } from "@react-pdf/renderer";

import { pdfText } from "../escape";
import { PDF_FONT, registerPdfFonts } from "./fonts";

registerPdfFonts();

// Building blocks of the PDF: type styles, headings, paragraphs, bullet lists and tables. Every
// string passes through pdfText, so only characters the embedded Noto Sans SC can show reach the page.

export const COLORS = {
  ink: "#0f172a",
  text: "#1e293b",
  muted: "#475569",
  rule: "#cbd5e1",
  band: "#f1f5f9",
  brand: "#1e3a6e",
  brandSoft: "#e6ecf6",
  amber: "#92400e",
  amberSoft: "#fff7e6",
  green: "#166534",
};

export const styles = StyleSheet.create({
  page: {
    paddingTop: 46,
    paddingBottom: 56,
    paddingHorizontal: 48,
    fontFamily: PDF_FONT,
    fontSize: 9.5,
    lineHeight: 1.35,
    color: COLORS.text,
  },
  h1: { fontFamily: PDF_FONT, fontWeight: 700, fontSize: 17, color: COLORS.brand, marginBottom: 8 },
  h2: { fontFamily: PDF_FONT, fontWeight: 700, fontSize: 12, color: COLORS.brand, marginTop: 14, marginBottom: 5 },
  h3: { fontFamily: PDF_FONT, fontWeight: 700, fontSize: 10, color: COLORS.ink, marginTop: 9, marginBottom: 3 },
  p: { marginBottom: 5 },
  small: { fontSize: 8, color: COLORS.muted },
  bold: { fontFamily: PDF_FONT, fontWeight: 700 },
  italic: { fontStyle: "italic" },
  bulletRow: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 10, color: COLORS.muted },
  bulletText: { flex: 1 },
  table: { marginTop: 4, marginBottom: 8, borderTopWidth: 1, borderTopColor: COLORS.rule },
  headRow: { flexDirection: "row", backgroundColor: COLORS.band, borderBottomWidth: 1, borderBottomColor: COLORS.rule },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLORS.rule },
  headCell: {
    fontFamily: PDF_FONT,
    fontWeight: 700,
    fontSize: 7.5,
    color: COLORS.muted,
    paddingVertical: 3,
    paddingHorizontal: 3,
  },
  cell: { fontSize: 8, paddingVertical: 2.5, paddingHorizontal: 3 },
  note: {
    marginVertical: 6,
    padding: 7,
    backgroundColor: COLORS.amberSoft,
    borderLeftWidth: 3,
    borderLeftColor: "#d97706",
    color: COLORS.amber,
  },
  footer: {
    // An inherited lineHeight misplaces absolute chrome under the layout engine; keep it at 1.
    lineHeight: 1,
    position: "absolute",
    bottom: 22,
    left: 48,
    right: 48,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: COLORS.muted,
    borderTopWidth: 0.5,
    borderTopColor: COLORS.rule,
    paddingTop: 5,
  },
});

type TextStyle = Styles[string];

/** Text that the PDF's font can show (see pdfText). */
export function T({ children, style }: { children: string | number; style?: TextStyle }) {
  return <Text style={style}>{pdfText(String(children))}</Text>;
}

/** A page heading; `breakBefore` starts a new page with it. */
export function H1({ children, breakBefore = false }: { children: string; breakBefore?: boolean }) {
  return (
    <Text style={styles.h1} minPresenceAhead={60} break={breakBefore}>
      {pdfText(children)}
    </Text>
  );
}

export function H2({ children }: { children: string }) {
  return (
    <Text style={styles.h2} minPresenceAhead={50}>
      {pdfText(children)}
    </Text>
  );
}

export function H3({ children }: { children: string }) {
  return (
    <Text style={styles.h3} minPresenceAhead={40}>
      {pdfText(children)}
    </Text>
  );
}

export function P({ children, style }: { children: string; style?: TextStyle }) {
  return <Text style={style ? [styles.p, style] : styles.p}>{pdfText(children)}</Text>;
}

/** A paragraph that starts with a bold label: "Entry mode: …". */
export function Labelled({ label, children }: { label: string; children: string }) {
  return (
    <Text style={styles.p}>
      <Text style={styles.bold}>{pdfText(`${label}: `)}</Text>
      {pdfText(children)}
    </Text>
  );
}

export function Bullets({ items, numbered = false }: { items: string[]; numbered?: boolean }) {
  return (
    <View style={{ marginBottom: 5 }}>
      {items.map((item, i) => (
        <View key={i} style={styles.bulletRow} wrap={false}>
          <Text style={numbered ? { width: 16, color: COLORS.muted } : styles.bullet}>
            {numbered ? `${i + 1}.` : "•"}
          </Text>
          <Text style={styles.bulletText}>{pdfText(item)}</Text>
        </View>
      ))}
    </View>
  );
}

export type Column = { title: string; width: number; align?: "left" | "right" };

/** Width of the text block: A4 (595.28 pt) less the page's side padding. */
export const TEXT_WIDTH = 595.28 - 2 * 48;

/**
 * A table whose rows never split across pages; widths are shares of the text width. Cell styles
 * are plain objects computed once per column (point widths, no style arrays): tables are most of
 * the report, and @react-pdf resolves every style of every cell.
 */
export function Table({
  columns,
  rows,
  fontSize,
}: {
  columns: Column[];
  rows: (string | number)[][];
  fontSize?: number;
}) {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const width = (c: Column) => (TEXT_WIDTH * c.width) / total;
  const head = columns.map((c) => ({ ...styles.headCell, width: width(c), textAlign: c.align ?? "left" }) as const);
  const body = columns.map(
    (c) =>
      ({ ...styles.cell, width: width(c), textAlign: c.align ?? "left", ...(fontSize ? { fontSize } : {}) }) as const,
  );
  return (
    <View style={styles.table}>
      {/* fixed: the header row repeats at the top of every page the table runs onto. */}
      <View style={styles.headRow} wrap={false} fixed>
        {columns.map((c, i) => (
          <Text key={i} style={head[i]}>
            {pdfText(c.title)}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={styles.row} wrap={false}>
          {columns.map((_, i) => (
            <Text key={i} style={body[i]}>
              {pdfText(String(row[i] ?? ""))}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

export function Note({ children }: { children: string }) {
  return (
    <View style={styles.note} wrap={false}>
      <Text>{pdfText(children)}</Text>
    </View>
  );
}

/**
 * Every page after the cover: the content, then a footer with the report's name and the page
 * number. A `layout` page uses @react-pdf's newer pagination engine, which measures the content
 * once instead of re-laying it out at every page break (seconds instead of tens of seconds).
 */
export function pageLayout(title: string, t: ReturnType<typeof useTranslations<"report">>) {
  // One line of footer: a longer name ends in an ellipsis (the cover prints it whole).
  const full = pdfText(t("pdf.footer", { title }));
  const footerTitle = full.length > 110 ? `${full.slice(0, 109)}…` : full;
  return function ReportPage({ children, pageNumber, totalPages }: PageLayoutProps) {
    return (
      <>
        {children}
        <View style={styles.footer}>
          <Text style={{ maxWidth: "78%" }}>{footerTitle}</Text>
          <Text>{t("pdf.page", { page: pageNumber ?? "", total: totalPages ?? "" })}</Text>
        </View>
      </>
    );
  };
}
