import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { expect, test, type Page } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./workspace-support";
import { saveThesisScenario } from "./thesis-scenario";

// The recommendation report as a user meets it: open it from a saved scenario, read it on the
// page, download the PDF (with a progress indicator while the server makes it) and the other
// formats, print it. The scenario's name is hostile on purpose.

const HOSTILE = `<script>alert(1)</script> =HYPERLINK("http://evil.example","x")`;
function failOnDialogs(page: Page) {
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
}

test("a user opens a scenario's report, downloads the PDF while a progress indicator runs, and gets every format", async ({
  page,
  request,
}, testInfo) => {
  // axe over the ~30,000 px report (now with the short list and glossary), a full-page screenshot and a PDF
  // took 1.6 min on a shared 2-core machine.
  test.setTimeout(150_000);
  failOnDialogs(page);
  const scenario = await saveThesisScenario(request, { name: HOSTILE, notes: "For the board\n=1+1", samples: 1000 });
  const leader = scenario.results.labels.markets[scenario.results.ranking.ranking[0]!.id]!;
  const mode = scenario.results.entryModes!.modes.find((m) => m.rank === 1)!.name!;

  await page.goto(`/scenarios/${scenario.id}`);
  await page.getByRole("link", { name: "Report", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}/report$`));
  // The question is the title (issue 11 §5); the scenario's name is the subtitle.
  await expect(
    page.getByRole("heading", { level: 1, name: /^Which market should we expand into among / }),
  ).toBeVisible();
  await expect(page.getByText(`Scenario: ${HOSTILE}`)).toBeVisible();
  await expect(page.getByTestId("recommended-market")).toContainText(`${leader} (rank 1 of 7`);
  await expect(page.getByRole("heading", { name: "Robustness", level: 2 })).toBeVisible();
  await expect(page.getByRole("table", { name: "Sources" })).toContainText("World Bank");
  await expectNoSeriousAxeViolations(page, testInfo, "report");
  await page.screenshot({ path: testInfo.outputPath("report.png"), fullPage: true });

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  await expect(page.getByRole("progressbar", { name: "PDF progress" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Making the PDF…" })).toBeDisabled();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^outbound-report-script-alert-1-script-hyperlink-http-evil-example-x\.pdf$/,
  );
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  const text = execFileSync("pdftotext", [file, "-"]).toString().replace(/\s+/g, " ");
  expect(text).toContain(`Recommended market: ${leader}`);
  expect(text).toContain(mode);
  await expect(page.getByRole("status")).toContainText(
    /PDF ready: outbound-report-.*\.pdf \(\d+ KB, made in \d+(\.\d)? s\)/,
  );

  for (const [label, pattern] of [
    ["Download Markdown", /\.md$/],
    ["Download CSV", /\.csv$/],
    ["Download JSON", /^outbound-scenario-.*\.json$/],
  ] as const) {
    const next = page.waitForEvent("download");
    await page.getByRole("link", { name: label }).click();
    expect((await next).suggestedFilename()).toMatch(pattern);
  }

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Download PDF" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath("report-print.png"), fullPage: true });
});

test("an unknown or malformed scenario id shows the not-found page", async ({ page }) => {
  const unknown = await page.goto("/scenarios/3f2b8c1e-9d4a-4e7b-8c2f-1a2b3c4d5e6f/report");
  expect(unknown?.status()).toBe(404);
  const malformed = await page.goto("/scenarios/not-a-scenario/report");
  expect(malformed?.status()).toBe(404);
});
