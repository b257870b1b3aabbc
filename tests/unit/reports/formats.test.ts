import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { renderReportHtml } from "./render-view";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { buildReportModel } from "@/lib/reports/build";
import { reportSections, tablesOf, type TableBlock } from "@/lib/reports/document";
import { renderMarkdown } from "@/lib/reports/markdown";
import type { ReportModel } from "@/lib/reports/model";
import { renderReportPdf } from "@/lib/reports/pdf";
import { fixtureReportInput, twelveMarketReportInput } from "@/tests/fixtures/reports/report-input";

// The three formats a reader meets (the page as HTML, the PDF, the Markdown) show the same tables:
// every table of the report's specification (lib/reports/document) is looked for in what each
// format actually outputs, read back the way a reader or a tool would: the page's markup, the
// PDF's text as pdftotext extracts it (poppler-utils), the Markdown's pipe tables.

const SPEARMAN = "Spearman rank correlation with the chosen method";

type Rendered = { model: ReportModel; tables: TableBlock[]; markdown: string; html: string; pdf: string };

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

const decodeHtml = (text: string) =>
  text
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

/** Each table of the page: its caption and its column headings, in document order. */
function htmlTables(html: string): { caption: string; headings: string[] }[] {
  return [...html.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/g)].map(([, inner]) => ({
    caption: decodeHtml(/<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(inner!)?.[1] ?? ""),
    headings: [...inner!.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map(([, h]) => decodeHtml(h!)),
  }));
}

/** The header row of each Markdown pipe table (the line above a `| --- |` delimiter row). */
function markdownHeaderRows(markdown: string): string[][] {
  const lines = markdown.split("\n");
  return lines.flatMap((line, i) =>
    /^\| *-+:? *(\| *-+:? *)*\|$/.test(lines[i + 1] ?? "")
      ? [
          line
            .slice(2, -2)
            .split(/ (?<!\\)\| /)
            .map((cell) => cell.replace(/\\(.)/g, "$1")),
        ]
      : [],
  );
}

async function render(model: ReportModel, dir: string, name: string): Promise<Rendered> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await renderReportPdf(model));
  // From page 2: the cover lists the section titles, which would satisfy searches too early.
  const pdf = flat(execFileSync("pdftotext", ["-raw", "-f", "2", file, "-"]).toString());
  return {
    model,
    tables: reportSections(model).flatMap((s) => tablesOf(s.blocks)),
    markdown: renderMarkdown(model),
    html: renderReportHtml(model),
    pdf,
  };
}

let dir: string;
const reports: Record<string, Rendered> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "outbound-formats-"));
  reports.three = await render(buildReportModel(fixtureReportInput()), dir, "three");
  reports.twelve = await render(buildReportModel(twelveMarketReportInput()), dir, "twelve");
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(["three", "twelve"])("the %s-market report", (name) => {
  test("every format says what the Monte Carlo varied and how, and the coverage threshold and scale", () => {
    const { model, markdown, html, pdf } = reports[name]!;
    const mc = model.robustness.monteCarlo;
    // The sentence follows from the frozen run: values are named only when values were sampled.
    expect(mc.description).toMatch(
      /Monte Carlo draws of the weights \(Dirichlet around the chosen weights, concentration/,
    );
    if ((mc.valuesVaried ?? 0) > 0)
      expect(mc.description).toContain(`and of ${mc.valuesVaried!.toLocaleString("en-US")} market values together`);
    else expect(mc.description).toContain("the market values were held fixed");
    expect(model.assumptions.coverage).toMatch(/coverage threshold|fewer than \d+ % of the selected markets/);
    for (const output of [flat(markdown), flat(decodeHtml(html)), pdf]) {
      expect(output.replace(/\\/g, "")).toContain(flat(mc.description));
      expect(output).toContain("Coverage and scale");
    }
  });

  test("the specification has the report's tables, the twelve-market one with a column per rank", () => {
    const { tables, model } = reports[name]!;
    const ids = tables.map((t) => t.id);
    for (const id of ["ranking", "group-scores", "rank-probabilities", "stability", "method-agreement", "sources"]) {
      expect(ids).toContain(id);
    }
    const ranks = tables.find((t) => t.id === "rank-probabilities")!;
    expect(ranks.columns).toHaveLength(model.ranking.rows.length + 3);
  });

  test("the page shows every table with its title as caption and its column headings, in order", () => {
    const { tables, html } = reports[name]!;
    const shown = tables.filter((t) => t.rows.length > 0);
    expect(htmlTables(html)).toEqual(
      shown.map((t) => ({ caption: t.title, headings: t.columns.map((c) => c.heading) })),
    );
    for (const t of tables.filter((t) => t.rows.length === 0)) expect(decodeHtml(html)).toContain(t.empty);
  });

  test("the Markdown shows every table's title and column headings, in order", () => {
    const { tables, markdown } = reports[name]!;
    const shown = tables.filter((t) => t.rows.length > 0);
    expect(markdownHeaderRows(markdown)).toEqual(shown.map((t) => t.columns.map((c) => c.heading)));
    const lines = markdown.split("\n").map((l) => l.replace(/\\(.)/g, "$1"));
    for (const t of tables) {
      if (t.titleStyle === "heading")
        expect(lines.some((l) => /^#{3,6} /.test(l) && l.endsWith(` ${t.title}`))).toBe(true);
      if (t.titleStyle === "caption") expect(lines).toContain(`**${t.title}**`);
    }
  });

  test("the PDF shows every table's title, then all its column headings (across its parts), in order", () => {
    const { tables, pdf } = reports[name]!;
    let from = 0;
    for (const t of tables) {
      // A hidden title is the section's heading (e.g. "Data gaps"): it is printed there.
      const at = pdf.indexOf(flat(t.title), from);
      expect(at, `title "${t.title}"`).toBeGreaterThanOrEqual(0);
      from = at + t.title.length;
      if (t.rows.length === 0) {
        expect(pdf.indexOf(flat(t.empty), from)).toBeGreaterThanOrEqual(0);
        continue;
      }
      for (const column of t.columns) {
        // "Rank 1" must not be satisfied by "Rank 10": the heading ends where a word ends.
        const pattern = new RegExp(`${flat(column.heading).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w])`, "g");
        pattern.lastIndex = from;
        const match = pattern.exec(pdf);
        expect(match, `heading "${column.heading}" of "${t.title}"`).not.toBeNull();
        // Headings of the repeated first column appear again in each part; the others follow one another.
        if (column !== t.columns[0]) from = match!.index + match![0].length;
      }
    }
  });

  test("every table's introduction and footnotes are in all three formats", () => {
    const { tables, markdown, html, pdf } = reports[name]!;
    const lines = tables.flatMap((t) => [...t.intro, ...t.notes]);
    expect(lines.length).toBeGreaterThan(0);
    for (const text of [flat(markdown.replace(/\\(.)/g, "$1")), flat(decodeHtml(html)), pdf]) {
      for (const line of lines) expect(text).toContain(flat(line));
    }
  });

  test("the Spearman column has one heading, the same in all three formats", () => {
    const { markdown, html, pdf } = reports[name]!;
    expect(markdownHeaderRows(markdown)).toContainEqual(["Method variant", "Ranks first", SPEARMAN]);
    expect(htmlTables(html).map((t) => t.headings)).toContainEqual(["Method variant", "Ranks first", SPEARMAN]);
    expect(pdf).toContain(`Method variant Ranks first ${SPEARMAN}`);
    for (const text of [markdown, decodeHtml(html), pdf]) {
      expect(flat(text)).not.toMatch(/(?<!Spearman )[Rr]ank correlation with the chosen method/);
      expect(text).not.toContain("(Spearman)");
    }
  });
});

test("the twelve-market PDF prints all twelve ranks of every market, with the figures of the model", () => {
  const { model, pdf } = reports.twelve!;
  expect(model.robustness.rankProbabilities).toHaveLength(12);
  const table = pdf.slice(
    pdf.indexOf("Probability of each rank"),
    pdf.indexOf("Stability intervals", pdf.indexOf("Probability of each rank")),
  );
  expect(table).toContain("Part 1 of 2: columns Rank 1 to Rank 10");
  expect(table).toContain("Part 2 of 2: columns Rank 11 to 90% interval");
  const percent = "(\\d+%)";
  for (const market of model.robustness.rankProbabilities) {
    const first = new RegExp(`${market.name} ${Array(10).fill(percent).join(" ")}`).exec(table);
    const second = new RegExp(`${market.name} ${percent} ${percent} [\\d.]+ [\\d-]+`).exec(table);
    expect(first, market.name).not.toBeNull();
    expect(second, market.name).not.toBeNull();
    const printed = [...first!.slice(1), ...second!.slice(1)];
    expect(printed).toEqual(market.probabilities.map((p) => `${Math.round(p * 100)}%`));
  }
  expect(pdf).not.toMatch(/are in the Markdown and JSON exports/);
});

test("the Markdown and the page also give all twelve ranks, in one table", () => {
  const { markdown, html } = reports.twelve!;
  const headings = ["Market", ...Array.from({ length: 12 }, (_, i) => `Rank ${i + 1}`), "Mean rank", "90% interval"];
  expect(markdownHeaderRows(markdown)).toContainEqual(headings);
  expect(htmlTables(html).map((t) => t.headings)).toContainEqual(headings);
});

test("a list the report shortens says so, with how many are left out, in every format", async () => {
  const model = buildReportModel(fixtureReportInput());
  const leader = model.profiles[0]!;
  leader.risks = Array.from({ length: 8 }, (_, i) => `Risk number ${i + 1}.`);
  const mode = model.entry!.modes[0]!;
  mode.reasons = Array.from({ length: 9 }, (_, i) => ({ ...mode.reasons[0]!, rationale: `Reason number ${i + 1}.` }));
  const { markdown, html, pdf } = await render(model, dir, "shortened");
  for (const text of [flat(markdown.replace(/\\(.)/g, "$1")), flat(decodeHtml(html)), pdf]) {
    // The summary shows four reasons and names what it leaves out; its risks are the material
    // risks (issue 11 §3), so the profile's weak indicators are listed in the profile only.
    expect(text).not.toContain(`more risks in the profile of ${leader.name}.`);
    expect(text).toContain(`5 more reasons in the section "Entry mode and business strategy".`);
    // The entry section shows six reasons of the option, and says three are left out.
    expect(text).toContain("3 more reasons with smaller effects are left out here.");
    // The profile itself lists every risk.
    expect(text).toContain("Risk number 8.");
  }
}, 60_000);
