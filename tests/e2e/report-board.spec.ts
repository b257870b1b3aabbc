import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./workspace-support";
import { saveThesisScenario } from "./thesis-scenario";

// The report as a board meets it (issue 11 §2-§5): page 1 is the executive summary with the
// question as its title; the short list is set side by side and can be chosen on the page; the
// PDF's first page and short-list page are rendered to PNG to be looked at.

test("the report opens on the executive summary, sets the short list side by side, and lets the user choose it", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const scenario = await saveThesisScenario(request, { name: "Thesis markets, Alibaba 2016", samples: 2000 });

  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`/scenarios/${scenario.id}/report`);
  await expect(
    page.getByRole("heading", { level: 1, name: /^Which market should we expand into among / }),
  ).toBeVisible();
  await expect(page.getByText("Scenario: Thesis markets, Alibaba 2016")).toBeVisible();
  const summary = page.getByRole("region", { name: "Executive summary" });
  for (const label of ["Three main reasons", "What would change the answer", "Main risks", "Next steps"]) {
    await expect(summary.getByText(label, { exact: true }).first()).toBeVisible();
  }
  await expect(summary.getByText("How fresh the evidence is", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "The short list side by side" })).toBeVisible();
  await expect(page.getByRole("table", { name: "The short list side by side" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Glossary" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, testInfo, "report-board");
  await page.screenshot({ path: testInfo.outputPath("report-1400.png") });
  await page.getByRole("heading", { level: 2, name: "The short list side by side" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("report-shortlist-1400.png") });

  // Choose Russia and Indonesia only.
  const control = page.getByRole("group", { name: /Short list to set side by side/ });
  for (const box of await control.getByRole("checkbox").all()) await box.uncheck();
  await control.getByRole("checkbox", { name: /Russia/ }).check();
  await control.getByRole("checkbox", { name: /Indonesia/ }).check();
  await page.getByRole("button", { name: "Update the short list" }).click();
  await expect(page).toHaveURL(/shortlist=IDN&shortlist=RUS/);
  const table = page.getByRole("table", { name: "The short list side by side" });
  await expect(table.getByRole("rowheader")).toHaveCount(2);
  await expect(table).toContainText("Russia");
  await expect(table).toContainText("Indonesia");
  await expect(page.getByText(/Material risks in Russia/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Download Markdown" })).toHaveAttribute(
    "href",
    `/api/v1/scenarios/${scenario.id}/report.md?shortlist=IDN,RUS&locale=en`,
  );

  // A malformed short list is said on the page, and the default one is shown.
  await page.goto(`/scenarios/${scenario.id}/report?shortlist=RUS;IDN`);
  await expect(page.getByText(/^The short list was not used: must be ISO 3166 alpha-3 market codes/)).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/scenarios/${scenario.id}/report?shortlist=RUS,IDN`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousAxeViolations(page, testInfo, "report-board-375");
  await page.screenshot({ path: testInfo.outputPath("report-375.png") });

  // The Markdown of the default and of the chosen short list, kept to be read.
  for (const [query, name] of [
    ["", "report-default.md"],
    ["?shortlist=RUS,IDN", "report-rus-idn.md"],
  ] as const) {
    const md = await request.get(`/api/v1/scenarios/${scenario.id}/report.md${query}`);
    expect(md.status()).toBe(200);
    const markdown = await md.text();
    writeFileSync(testInfo.outputPath(name), markdown);
    // Short list, evidence for and against, risks: cited as a reader expects; repository paths and
    // seed-file lines only in the Data provenance appendix (issue 11 §6).
    const main = markdown.slice(0, markdown.indexOf("\n## Data provenance"));
    expect(main.length).toBeGreaterThan(1000);
    expect(main).not.toMatch(/seeds\/|github\.com/);
  }

  // The PDF: page 1 and the short-list page as PNG.
  const pdf = await request.get(`/api/v1/scenarios/${scenario.id}/report.pdf?shortlist=RUS,IDN`);
  expect(pdf.status()).toBe(200);
  const file = testInfo.outputPath("report.pdf");
  writeFileSync(file, await pdf.body());
  const text = execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"]).toString().replace(/\s+/g, " ");
  expect(text).toContain("Which market should we expand into");
  expect(text).toContain("Recommendation:");
  expect(text).toContain("Main risks");
  expect(text).toMatch(/Sanctions on Russia|statistically tied|Expand into/);
  execFileSync("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "4", file, testInfo.outputPath("pdf-page")]);
  expect(readdirSync(path.dirname(testInfo.outputPath("x"))).some((f) => f.startsWith("pdf-page"))).toBe(true);
});
