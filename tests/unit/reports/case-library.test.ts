import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { renderReportHtml } from "./render-view";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { entryModeBacktest } from "@/lib/cases/backtest";
import { libraryCase } from "@/lib/cases/similar";
import { EntryCaseEntry, EntryModeCalibrationFile } from "@/lib/contracts/cases";
import { formatPercent } from "@/lib/format";
import { buildReportModel } from "@/lib/reports/build";
import { renderCsv } from "@/lib/reports/csv";
import { renderMarkdown } from "@/lib/reports/markdown";
import { renderReportPdf } from "@/lib/reports/pdf";
import { similarEntries } from "@/lib/scoring/fit/similar-cases";
import { fixtureReportInput } from "@/tests/fixtures/reports/report-input";

// Issue 10 §5.3-5.4 in the report: next to the entry-mode recommendation, the backtest in one
// sentence (top-1 and top-2 out of sample against the base rate, n cases), and the documented
// entries most like the firm and market, in every format (page, PDF, Markdown, CSV).

const read = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "data/framework", file), "utf8"));
const calibration = EntryModeCalibrationFile.parse(read("entry-mode-calibration.json"));
const library = EntryCaseEntry.array().parse(read("entry-cases.json")).map(libraryCase);

const input = fixtureReportInput();
const nameOf = (mode: string) => input.framework.entryModes.find((m) => m.key === mode)?.name ?? mode;
const backtest = entryModeBacktest(calibration, nameOf);
const model = buildReportModel({ ...input, caseLibrary: { backtest, library } });

const flat = (text: string) => text.replace(/\s+/g, " ").trim();
const decodeHtml = (text: string) =>
  text
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

const outputs: Record<string, string> = {};
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "outbound-cases-report-"));
  const file = path.join(dir, "report.pdf");
  writeFileSync(file, await renderReportPdf(model));
  outputs.pdf = flat(execFileSync("pdftotext", ["-raw", "-f", "2", file, "-"]).toString());
  outputs.markdown = flat(renderMarkdown(model).replace(/\\/g, ""));
  outputs.html = flat(decodeHtml(renderReportHtml(model)));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the backtest and the similar cases in the report", () => {
  const response = input.scenario.results.entryModes!;
  // The three nearest entries to the frozen firm and market, from the similarity itself (its
  // distances are checked by hand in tests/unit/fit/similar-cases.test.ts).
  const market = Object.fromEntries(
    Object.entries(response.marketProfile.factors).flatMap(([k, f]) =>
      f.basis === "neutral_default" ? [] : [[k, f.value]],
    ),
  );
  const nearest = similarEntries({ ...response.firm, ...market }, library).map((m) => m.case);

  test("the sentence gives top-1 and top-2 out of sample against the base rate, with the number of cases", () => {
    const sentence = model.entry!.backtest!;
    const loo = calibration.leaveOneOut;
    expect(sentence).toContain(`Tested on ${loo.cases} documented entries it had not seen`);
    expect(sentence).toContain(
      `in ${formatPercent(loo.top1, 1)} of them and its first two choices in ${formatPercent(loo.top2, 1)}`,
    );
    expect(sentence).toContain(`against ${formatPercent(loo.baseRate, 1)} and ${formatPercent(loo.baseRateTop2, 1)}`);
  });

  test.each(["html", "pdf", "markdown"])(
    "the %s format states the backtest and lists the three similar cases",
    (format) => {
      const out = outputs[format]!;
      expect(nearest).toHaveLength(3);
      expect(out).toContain(flat(model.entry!.backtest!));
      expect(out).toContain("Firms like yours in markets like this");
      for (const c of nearest) expect(out).toContain(`${c.firm} (from `);
      // Next to the recommendation: in the summary and in the entry-mode section.
      expect(out.split(flat(model.entry!.backtest!)).length - 1).toBeGreaterThanOrEqual(2);
    },
  );

  test("every CSV row carries the entry mode, the backtest sentence and the similar cases", () => {
    const rows = parse(renderCsv(model), { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      expect(row.entry_mode_backtest).toBe(model.entry!.backtest);
      expect(row.entry_mode).toContain(model.summary.entryMode!.name);
      for (const c of nearest) expect(row.similar_cases).toContain(`${c.firm} (from `);
    }
  });

  test("without the case library the report says nothing about it (older callers)", () => {
    const plain = buildReportModel(input);
    expect(plain.entry!.backtest).toBeUndefined();
    expect(renderMarkdown(plain)).not.toContain("Firms like yours");
  });
});
