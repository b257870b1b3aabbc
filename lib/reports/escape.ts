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

// ---- PDF text (built-in Helvetica: WinAnsi encoding only) ----

const PDF_REPLACEMENTS: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "≈": "~",
  "−": "-",
  "‑": "-",
  "‐": "-",
  "′": "'",
  "″": '"',
  "✓": "v",
  "√": "sqrt",
  Σ: "Sum",
  "∑": "Sum",
  α: "alpha",
  φ: "phi",
  λ: "lambda",
  ρ: "rho",
  // Latin letters that Unicode does not decompose into a base letter and an accent.
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  ı: "i",
  Ħ: "H",
  ħ: "h",
  "\u2009": " ",
  "\u202F": " ",
  "\u200B": "",
};

// Windows-1252 (WinAnsi) beyond Latin-1: what Helvetica in a PDF can show without an embedded font.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function inWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === "\n" || WIN_ANSI_EXTRA.has(char);
}

/**
 * Text the PDF's built-in Helvetica can show: known symbols spelled out, accents outside Latin-1
 * dropped (ő → o), anything else replaced by "?". `lost` says whether something was replaced, so
 * the report can point to the Markdown export, which keeps every character.
 */
export function pdfTextWithLoss(text: string): { text: string; lost: boolean } {
  let lost = false;
  let out = "";
  for (const char of withoutControls(text).replace(/\t/g, " ").replace(/\r\n?/g, "\n")) {
    if (inWinAnsi(char)) {
      out += char;
      continue;
    }
    const replacement = PDF_REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const stripped = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    if (stripped && [...stripped].every(inWinAnsi)) {
      out += stripped;
      continue;
    }
    out += "?";
    lost = true;
  }
  return { text: out, lost };
}

export function pdfText(text: string): string {
  return pdfTextWithLoss(text).text;
}
