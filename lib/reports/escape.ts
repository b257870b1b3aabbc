// Escaping for each export format. Scenario names, notes and imported rows are untrusted: a name
// such as `<script>alert(1)</script>` or `=HYPERLINK(…)` must come out as the same visible text in
// every format, never as markup, a link or a spreadsheet formula.

// C0 controls other than tab and line breaks, DEL and the C1 range: never meaningful in a report.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function withoutControls(text: string): string {
  return text.replace(CONTROL, "");
}

// ---- Markdown (CommonMark + GitHub tables) ----

/** Characters that start inline markup: emphasis, code, links, images, tables, strikethrough. */
const MARKDOWN_INLINE = /[\\`*_[\]|~!#$]/g;

/**
 * Text for one line of Markdown: line breaks become spaces, HTML-significant characters become
 * entities (so no tag or autolink can form), inline markup characters are backslash-escaped, and
 * a leading block marker (heading, list, quote, thematic break, ordered-list number) is neutralized.
 */
export function markdownInline(text: string): string {
  return neutralizeLineStart(markdownCell(text));
}

/** Text for a table cell: as markdownInline, without the line-start rules (a cell starts no block). */
export function markdownCell(text: string): string {
  return escapeMarkdownChars(
    withoutControls(text)
      .replace(/\s*[\r\n]+\s*/g, " ")
      .replace(/\t/g, " ")
      .trim(),
  );
}

/** Multi-line text (notes): each line escaped as inline text; blank lines keep paragraphs apart. */
export function markdownBlock(text: string): string {
  return withoutControls(text)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => neutralizeLineStart(escapeMarkdownChars(line.replace(/\t/g, " ").trim())))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .replace(/([^\n])\n(?=[^\n])/g, "$1  \n");
}

function escapeMarkdownChars(text: string): string {
  return (
    text
      // An ampersand matters only where it would start an entity such as &lt; or &#60;.
      .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
  );
}

function neutralizeLineStart(line: string): string {
  // "-", "+", "=" start lists and setext headings; "1." / "1)" ordered lists.
  return line.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

// ---- CSV (RFC 4180, with OWASP's CSV-injection guidance) ----

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * = + - @ tab and carriage return, and their full-width forms, which some spreadsheet locales
 * also accept.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvValue = string | number | null | undefined;

/**
 * One CSV field. Text is always quoted (RFC 4180: quotes doubled), and text that would start a
 * formula gets a leading single quote, so the spreadsheet shows it as text. Numbers the report
 * computed are written as plain numbers (a negative WGI estimate stays a number).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = withoutControls(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows joined with CRLF, as RFC 4180 asks, ending with a line break. */
export function csvRows(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

// ---- File names (Content-Disposition) ----

/** An ASCII file name from a scenario name: letters, digits, dashes; never empty or a path. */
export function safeFilename(name: string, extension: string, prefix = "outbound-report"): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${prefix}${slug ? `-${slug}` : ""}.${extension}`;
}

// ---- PDF text (embedded Noto Sans SC) ----

// The PDF's font (lib/reports/pdf/fonts.ts) covers Latin-1, Cyrillic, Greek, CJK and the usual
// symbols, but not most of Latin Extended-A (Ł, ő, č, ş…): those lose their accent (ő → o) or are
// spelled with a base letter, so no empty box reaches the page. The Markdown export keeps them.
const PDF_REPLACEMENTS: Record<string, string> = {
  Ł: "L",
  ł: "l",
  ı: "i",
  Ħ: "H",
  ħ: "h",
  "\u2009": " ",
  "\u202F": " ",
  "\u200B": "",
};

const LATIN_EXTENDED = /[\u0100-\u024F]/;

/** Text the PDF's font can show: every script the report is written in, accents outside its coverage dropped. */
export function pdfText(text: string): string {
  let out = "";
  for (const char of withoutControls(text).replace(/\t/g, " ").replace(/\r\n?/g, "\n")) {
    const replacement = PDF_REPLACEMENTS[char];
    if (replacement !== undefined) out += replacement;
    else if (LATIN_EXTENDED.test(char)) out += char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    else out += char;
  }
  return out;
}
