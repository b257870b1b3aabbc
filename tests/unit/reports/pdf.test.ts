import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, expect, test } from "vitest";

import { buildReportModel } from "@/lib/reports/build";
import { renderReportPdf } from "@/lib/reports/pdf";
import { fixtureReportInput } from "@/tests/fixtures/reports/report-input";

// The PDF is checked the way a reader meets it: its text as pdftotext extracts it (selectable
// text, not pictures of text), its pages rendered by pdftoppm, and the absence of raster images
// (the charts are vectors). poppler-utils must be installed (apt-get install poppler-utils).

const model = buildReportModel(fixtureReportInput());
let dir: string;
let file: string;
let text: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "outbound-pdf-"));
  file = path.join(dir, "report.pdf");
  writeFileSync(file, await renderReportPdf(model));
  text = execFileSync("pdftotext", ["-layout", file, "-"]).toString().replace(/\s+/g, " ");
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the text names the recommended market, the entry mode, the strategy and sources with their years", () => {
  expect(text).toContain("Recommended market: Viet Nam (rank 1 of 3;");
  expect(text).toContain("Entry mode: Acquisition of, or stake in, a local firm");
  expect(text).toContain("Business strategy: Cost leadership");
  expect(text).toMatch(/World Bank Logistics Performance Index 2023 2023/);
  expect(text).toMatch(/S\d+ World Bank \(WDI\), via github\.com\/open-numbers/);
  expect(text).toContain("Gerschewski, S., Rose, E. L. & Lindsay, V. J. (2014)");
});

test("the hostile scenario name is printed as text on the cover and in the footer", () => {
  expect(text).toContain("<script>alert(1)</script>");
  expect(text).toContain("Outbound recommendation report: <script>alert(1)</script>");
});

test("every section is there and pages are numbered", () => {
  for (const heading of [
    "Executive summary",
    "Market ranking",
    "Robustness",
    "Stability intervals",
    "Rank probabilities",
    "Assumptions",
    "Sources and years",
    "Data gaps",
    "Methodology",
  ]) {
    expect(text).toContain(heading);
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())![1]);
  expect(pages).toBeGreaterThan(8);
  expect(text).toContain(`Page 2 of ${pages}`);
});

test("charts are vector drawings: the PDF holds no raster image", () => {
  const list = execFileSync("pdfimages", ["-list", file]).toString().trim().split("\n");
  expect(list.length).toBe(2); // the header lines only
});

test("the first page renders to an image", () => {
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", file, path.join(dir, "page")]);
  expect(existsSync(path.join(dir, "page-01.png")) || existsSync(path.join(dir, "page-1.png"))).toBe(true);
});

test("PROMETHEE II scores, no firm profile and a Chinese scenario name make a readable PDF that prints the name", async () => {
  const other = buildReportModel(
    fixtureReportInput({ name: "阿里巴巴 东南亚" }, (i) => ({
      ...i,
      firmProfile: null,
      state: { ...i.state, method: "promethee2" },
    })),
  );
  expect(other.ranking.stackable).toBe(false);
  expect(other.ranking.rows.some((r) => r.score < 0)).toBe(true);
  const otherFile = path.join(dir, "other.pdf");
  writeFileSync(otherFile, await renderReportPdf(other));
  const otherText = execFileSync("pdftotext", [otherFile, "-"]).toString().replace(/\s+/g, " ");
  expect(otherText).toContain("阿里巴巴 东南亚");
  expect(otherText).not.toContain("????");
  expect(otherText).toContain("PROMETHEE II");
  expect(otherText).toContain("No firm profile was saved with this scenario");
}, 60_000);

test("the font is embedded as a subset (a 10 MB font file would not fit in 2 MB)", () => {
  const fonts = execFileSync("pdffonts", [file]).toString();
  // "XXXXXX+" marks a subset; pdfkit also lists its default Helvetica, which no text uses.
  expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Regular +CID TrueType +Identity-H +yes +yes/);
  expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Bold +CID TrueType +Identity-H +yes +yes/);
  expect(readFileSync(file).length).toBeLessThan(2_000_000);
});

function pdfTextOf(locale: "zh" | "ru"): Promise<string> {
  return renderReportPdf(buildReportModel({ ...fixtureReportInput(), locale })).then((pdf) => {
    const localized = path.join(dir, `report-${locale}.pdf`);
    writeFileSync(localized, pdf);
    return execFileSync("pdftotext", ["-layout", localized, "-"]).toString().replace(/\s+/g, " ");
  });
}

test("a Chinese report prints Han characters and the Chinese headings", async () => {
  const zh = await pdfTextOf("zh");
  expect(zh).toMatch(/\p{Script=Han}{4}/u);
  for (const heading of ["执行摘要", "市场排序", "稳健性", "来源与年份", "数据缺口", "方法论"])
    expect(zh).toContain(heading);
  expect(zh).toMatch(/第 2 页，共 \d+ 页/);
}, 60_000);

test("a Russian report prints Cyrillic headings", async () => {
  const ru = await pdfTextOf("ru");
  for (const heading of ["Краткое резюме", "Рейтинг рынков", "Устойчивость", "Источники и годы", "Методология"])
    expect(ru).toContain(heading);
  expect(ru).toMatch(/Страница 2 из \d+/);
}, 60_000);
