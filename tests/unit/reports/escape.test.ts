import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

import {
  csvField,
  csvRows,
  markdownBlock,
  markdownCell,
  markdownInline,
  pdfText,
  safeFilename,
} from "@/lib/reports/escape";

describe("Markdown", () => {
  test("HTML in a name becomes entities, so no tag can form", () => {
    expect(markdownInline("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markdownInline('<img src=x onerror="alert(1)">')).not.toMatch(/</);
  });

  test("links, images, emphasis, code and table pipes are escaped", () => {
    expect(markdownInline("[click](javascript:alert(1))")).toBe("\\[click\\](javascript:alert(1))");
    expect(markdownInline("![x](http://e.example/p.png)")).toBe("\\!\\[x\\](http://e.example/p.png)");
    expect(markdownInline("**bold** _it_ `code` a|b ~~s~~")).toBe(
      "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` a\\|b \\~\\~s\\~\\~",
    );
  });

  test("a leading block marker is neutralized and line breaks cannot start a new block", () => {
    expect(markdownInline("# Heading")).toBe("\\# Heading");
    expect(markdownInline("- item")).toBe("\\- item");
    expect(markdownInline("1. first")).toBe("1\\. first");
    expect(markdownInline("=HYPERLINK(1)")).toBe("\\=HYPERLINK(1)");
    expect(markdownInline("name\n# heading\n> quote")).toBe("name \\# heading &gt; quote");
  });

  test("an ampersand is escaped only where it would start an entity", () => {
    expect(markdownInline("Hwang & Yoon")).toBe("Hwang & Yoon");
    expect(markdownInline("&lt;b&gt; &#60;")).toBe("&amp;lt;b&amp;gt; &amp;\\#60;");
  });

  test("table cells keep numbers readable; blocks keep their lines", () => {
    expect(markdownCell("-0.27")).toBe("-0.27");
    expect(markdownCell("a | b")).toBe("a \\| b");
    expect(markdownBlock("# one\n- two\n\n\n\nthree")).toBe("\\# one  \n\\- two\n\nthree");
  });

  test("whatever the input, the escaped text has no raw angle bracket, no line break and no unescaped markup", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = markdownInline(text);
        expect(out).not.toMatch(/[<>\r\n]/);
        expect(out).not.toMatch(/(^|[^\\])[[\]|*_`]/);
      }),
    );
  });
});

describe("CSV (RFC 4180 and OWASP CSV injection)", () => {
  test("text that starts a formula gets a leading single quote", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r", "＝"]) {
      expect(csvField(`${start}HYPERLINK("http://evil.example")`)).toMatch(/^"'/);
    }
    expect(csvField("Indonesia")).toBe('"Indonesia"');
  });

  test("numbers stay numbers, negative ones included; missing values are empty", () => {
    expect(csvField(-1.03)).toBe("-1.03");
    expect(csvField(285721236)).toBe("285721236");
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  test("quotes are doubled, rows end with CRLF", () => {
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(
      csvRows([
        ["a", 1],
        ["b\nc", null],
      ]),
    ).toBe('"a",1\r\n"b\nc",\r\n');
  });

  test("any text survives a round trip through a CSV parser, a formula start only gaining its quote", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const [row] = parse(csvRows([[a, b]]), { relax_column_count: true }) as string[][];
        const expected = (t: string) => {
          const clean = t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "");
          return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(clean) ? `'${clean}` : clean;
        };
        expect(row).toEqual([expected(a), expected(b)]);
      }),
    );
  });
});

describe("file names", () => {
  test("only ASCII letters, digits and dashes; never empty, never a path", () => {
    expect(safeFilename("Türkiye & Co. 2026", "pdf")).toBe("outbound-report-turkiye-co-2026.pdf");
    expect(safeFilename('../../etc/passwd"; x=1', "csv")).toBe("outbound-report-etc-passwd-x-1.csv");
    expect(safeFilename("<script>", "md")).toBe("outbound-report-script.md");
    expect(safeFilename("中文", "pdf")).toBe("outbound-report.pdf");
    expect(safeFilename("a".repeat(300), "json", "outbound-scenario").length).toBeLessThan(90);
  });
});

describe("PDF text (embedded Noto Sans SC)", () => {
  test("Latin, Cyrillic, Chinese and symbols are kept; accents the font lacks are dropped, never replaced by ?", () => {
    expect(pdfText("Türkiye – São Tomé · 5 € “quoted”")).toBe("Türkiye – São Tomé · 5 € “quoted”");
    expect(pdfText("a → b ≥ c − d")).toBe("a → b ≥ c − d");
    expect(pdfText("Łódź, Iğdır")).toBe("Lódz, Igdir");
    expect(pdfText("阿里巴巴 东南亚 · Россия")).toBe("阿里巴巴 东南亚 · Россия");
  });
});
