import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import type { EntryModeResponse } from "@/lib/contracts/fit";

import { firmPreset, saveThesisScenario } from "./thesis-scenario";
import { expectNoSeriousAxeViolations } from "./workspace-support";

// Issue 11 §1 and §2 as a reader meets them: the entry-mode page for Russia with Alibaba's 2012
// profile (the thesis case) shows each score ± the backtest's error, marks the modes tied with the
// first and words every reason by the effect it had; the report's entry section says the same.
// Looked at: screenshots at 1400 and 375 px, and the PDF's entry page as a PNG.

test("entry modes for Russia, thesis case: scores ± the model's error, tied modes marked, reasons worded by their effect", async ({
  page,
  request,
}, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto("/compare/entry-modes?replay=russia-2012");
  await expect(page.getByRole("heading", { name: "Entry modes for Russia", level: 1 })).toBeVisible();

  const replay = JSON.parse(readFileSync(path.resolve("data/framework/case-replays.json"), "utf8")) as {
    key: string;
    assessments: Record<string, { value: number }>;
    indicatorYear: number;
  }[];
  const russia = replay.find((r) => r.key === "russia-2012")!;
  const response = await request.post("/api/v1/entry-modes", {
    data: {
      market: "RUS",
      firm: firmPreset("alibaba-2012"),
      indicatorYear: russia.indicatorYear,
      assessments: Object.fromEntries(Object.entries(russia.assessments).map(([k, a]) => [k, a.value])),
    },
  });
  expect(response.status()).toBe(200);
  const api = (await response.json()) as EntryModeResponse;
  const u = api.scoreUncertainty!;
  expect(u.points).toBeGreaterThan(0);

  const box = page.getByTestId("score-uncertainty");
  await expect(box).toContainText(`within ${u.points.toFixed(1)} points`);
  // the modes the API calls tied are the ones the page marks, computed from the shown scores by hand
  const top = Math.max(...api.modes.map((m) => m.score));
  const tied = api.modes.filter((m) => Math.round((top - m.score) * 10) <= Math.round(u.points * 10)).map((m) => m.id);
  expect(u.tiedWithFirst).toEqual(tied.length >= 2 ? tied : []);
  const marked = await page
    .locator('[data-testid="fit-ranking"] tr[data-tied="true"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-target")));
  expect(marked.sort()).toEqual([...u.tiedWithFirst].sort());
  await expect(page.getByTestId("fit-ranking")).toContainText(`± ${u.points.toFixed(1)}`);

  for (const item of await page.locator('[data-testid="fit-reason"][data-effect="raises"]').all())
    await expect(item).toContainText(/ adds [\d.]+: a (high|low) value favours /);
  for (const item of await page.locator('[data-testid="fit-reason"][data-effect="lowers"]').all())
    await expect(item).toContainText(/ takes [\d.]+ off: a (high|low) value counts against /);

  await page.screenshot({ path: testInfo.outputPath("entry-modes-RUS-thesis-1400.png"), fullPage: false });
  await page.getByTestId("score-uncertainty").scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("entry-modes-RUS-thesis-ranking-1400.png") });
  await page.locator(`[data-detail="${api.modes[0]!.id}"]`).screenshot({
    path: testInfo.outputPath("entry-modes-RUS-thesis-reasons-1400.png"),
  });
  await expectNoSeriousAxeViolations(page, testInfo, "entry-modes-RUS-thesis");

  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.getByTestId("score-uncertainty").scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("entry-modes-RUS-thesis-375.png") });
  writeFileSync(
    testInfo.outputPath("russia-entry-modes.json"),
    JSON.stringify({ modes: api.modes.map((m) => [m.id, m.score]), scoreUncertainty: u }, null, 2),
  );
});

test("the report's entry section for Russia (thesis scenario) says which modes are within the model's error and words reasons by their effect", async ({
  page,
  request,
}, testInfo) => {
  const scenario = await saveThesisScenario(request, {
    name: "Russia or Southeast Asia (thesis markets)",
    samples: 1000,
    firm: "alibaba-2012",
    entryMarket: "RUS",
  });

  const md = await request.get(`/api/v1/scenarios/${scenario.id}/report.md`);
  expect(md.status()).toBe(200);
  const markdown = (await md.text()).replace(/\\/g, "");
  writeFileSync(testInfo.outputPath("report.md"), markdown);
  expect(markdown).toContain("The model's error");
  expect(markdown).toMatch(/are within the model's error of each other|by more than the model's error/);
  expect(markdown).not.toMatch(/of 5 (raises|lowers) it/);

  const pdf = await request.get(`/api/v1/scenarios/${scenario.id}/report.pdf`);
  expect(pdf.status()).toBe(200);
  const file = testInfo.outputPath("report.pdf");
  writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  // the page that holds the entry section, as a PNG to look at
  const pages = text.split("\f");
  const entryPage = pages.findIndex((p) => p.includes("Entry modes compared")) + 1;
  expect(entryPage).toBeGreaterThan(0);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    `${entryPage}`,
    "-l",
    `${entryPage + 1}`,
    file,
    testInfo.outputPath("report-entry"),
  ]);

  // The saved scenario's page words its strongest reasons by their effect too (frozen results).
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`/scenarios/${scenario.id}`);
  const modes = page.getByRole("table", { name: "Entry modes" });
  await expect(modes).toContainText(
    / (adds [\d.]+: a (high|low) value favours|takes [\d.]+ off: a (high|low) value counts against) /,
  );
  await expect(modes).not.toContainText(/ (raises|lowers) it \(/);
  await modes.screenshot({ path: testInfo.outputPath("scenario-entry-modes-1400.png") });

  await page.goto(`/scenarios/${scenario.id}/report`);
  const section = page.locator('section[aria-labelledby="entry-title"]');
  await expect(section).toContainText("The model's error");
  await section.screenshot({ path: testInfo.outputPath("report-entry-section-1400.png") });
});
