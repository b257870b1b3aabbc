import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

import { entryModeBacktest } from "@/lib/cases/backtest";
import { libraryCase } from "@/lib/cases/similar";
import { EntryCaseEntry, EntryModeCalibrationFile } from "@/lib/contracts/cases";
import { buildReportModel } from "@/lib/reports/build";
import { renderMarkdown } from "@/lib/reports/markdown";
import { fixtureReportInput } from "@/tests/fixtures/reports/report-input";

// Issue 11 §2 in the report's entry section: each entry-mode score ± the backtest's error, and the
// modes within it of the first named together (docs/decisions/018). Which modes are tied is worked
// out here from the fixture's scores and a band chosen for the test, not taken from the code.

const read = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "data/framework", file), "utf8"));
const calibration = EntryModeCalibrationFile.parse(read("entry-mode-calibration.json"));
const library = EntryCaseEntry.array().parse(read("entry-cases.json")).map(libraryCase);
const input = fixtureReportInput();
const nameOf = (mode: string) => input.framework.entryModes.find((m) => m.key === mode)?.name ?? mode;

function reportWithBand(points: number) {
  const backtest = entryModeBacktest(calibration, nameOf);
  const band = { ...backtest.scoreUncertainty!, points };
  return buildReportModel({ ...input, caseLibrary: { backtest: { ...backtest, scoreUncertainty: band }, library } });
}

describe("the entry section with the model's error", () => {
  const modes = [...input.scenario.results.entryModes!.modes].sort((a, b) => b.score - a.score);
  const [first, second] = modes;
  const gap = Math.round((first!.score - second!.score) * 10) / 10;

  test("a band wider than the first two's gap names them as within the model's error of each other", () => {
    const model = reportWithBand(gap + 0.1);
    const within = modes.filter((m) => first!.score - m.score <= gap + 0.1 + 1e-9).map((m) => nameOf(m.id));
    expect(within.length).toBeGreaterThanOrEqual(2);
    expect(model.entry!.scoreUncertainty!.tied).toEqual(within);
    const md = renderMarkdown(model).replace(/\\/g, "");
    expect(md).toContain("are within the model's error of each other");
    expect(md).toContain(`${first!.score.toFixed(1).replace(/\.0$/, "")} ± ${(gap + 0.1).toFixed(1)}`);
    expect(md).toContain("the two are within the model's error of each other");
    expect(md).toContain("The model's error:");
  });

  test("a band narrower than that gap says the first leads the next by more than the model's error", () => {
    if (gap === 0) return; // the fixture's first two would be tied at any band
    const model = reportWithBand(Math.max(0, gap - 0.1));
    expect(model.entry!.scoreUncertainty!.tied).toEqual([]);
    const md = renderMarkdown(model).replace(/\\/g, "");
    expect(md).toContain(`${nameOf(first!.id)} leads ${nameOf(second!.id)}, the next, by more than the model's error`);
    expect(md).not.toContain("the two are within the model's error of each other");
  });
});
