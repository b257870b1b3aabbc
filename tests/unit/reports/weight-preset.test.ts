import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect, test } from "vitest";

import { buildReportModel } from "@/lib/reports/build";
import { parse } from "csv-parse/sync";

import { CSV_COLUMNS, renderCsv } from "@/lib/reports/csv";
import { renderMarkdown } from "@/lib/reports/markdown";
import { renderReportPdf } from "@/lib/reports/pdf";
import { fixtureReportInput } from "@/tests/fixtures/reports/report-input";

import { renderReportHtml } from "./render-view";

// Every format names the weight preset the scenario's weights start from (issue 10 §3,
// docs/decisions/016-weight-presets.md). The fixture scenario starts from Market potential and
// moves one group weight (proximity 0.3, where the preset gives proximity 0): one change.

const flat = (text: string) => text.replace(/\s+/g, " ").trim();
const LABEL = "Custom, from Market potential preset: 1 change";

test("HTML, PDF, Markdown and CSV name the preset, its source and the change", async () => {
  const input = fixtureReportInput({}, (i) => ({
    ...i,
    state: { ...i.state, weightPreset: "market_potential", groupWeights: { proximity: 0.3 } },
  }));
  const model = buildReportModel(input);
  expect(model.ranking.weights).toBe(LABEL);
  expect(model.assumptions.weights?.detail).toContain("globalEDGE Market Potential Index");
  expect(model.assumptions.weights?.detail).toContain("Changed from the preset: Proximity to the home market (China).");

  const markdown = flat(renderMarkdown(model));
  expect(markdown).toContain(`${LABEL}. Method:`);
  expect(markdown).toContain("https://globaledge.msu.edu/mpi");

  const html = flat(renderReportHtml(model));
  expect(html).toContain(LABEL);

  const dir = mkdtempSync(path.join(os.tmpdir(), "preset-pdf-"));
  try {
    const file = path.join(dir, "report.pdf");
    writeFileSync(file, await renderReportPdf(model));
    expect(flat(execFileSync("pdftotext", ["-raw", file, "-"]).toString())).toContain(LABEL);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // the CSV quotes every cell
  const [header, first] = parse(renderCsv(model)) as string[][];
  // columns added after issue 9 sit at the end, "weights" among them
  expect(header).toEqual([...CSV_COLUMNS]);
  expect(first![header!.indexOf("weights")]).toBe(LABEL);
}, 60_000);

test("a scenario that names no preset (saved before presets) is not labelled with today's default", () => {
  const model = buildReportModel(fixtureReportInput());
  expect(model.ranking.weights).toMatch(/^Weights: the data set's default weights when the scenario was saved/);
  expect(model.ranking.weights).not.toContain("Thesis");
});
