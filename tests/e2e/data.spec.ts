import { readFileSync } from "node:fs";

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

import { makeXlsx } from "../fixtures/imports/xlsx";

// A strategy manager adds the firm's own figures: checks a file, sees every problem by row and
// column, imports a good file whole, finds it marked as theirs, backs it up and deletes it.

const fixture = (name: string) => `tests/fixtures/imports/${name}`;

async function check(page: Page, file: string) {
  await page.getByLabel(/CSV or Excel file/).setInputFiles(file);
  await page.getByRole("button", { name: "Check file" }).click();
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
}

test("a file with a bad row shows the problem by row and column and cannot be imported; a good file is imported whole", async ({
  page,
  request,
}, testInfo) => {
  await page.goto("/data");
  await expect(page.getByRole("heading", { name: "Your data", level: 1 })).toBeVisible();

  await check(page, fixture("one-bad-row.csv"));
  const problems = page.getByRole("list", { name: "Problems by row and column" });
  await expect(problems).toContainText('Row 4, column value: Value "eighty" is not a number.');
  await expect(page.locator('tr[data-row="4"] td[data-column="value"]')).toHaveAttribute("data-problem", "true");
  await expect(page.locator('tr[data-row="3"] td[data-problem]')).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("data-problems.png"), fullPage: true });

  await check(page, fixture("own-data.csv"));
  await expect(page.getByText("New market Reunion (REU), Sub-Saharan Africa, Africa.")).toBeVisible();
  await page.getByRole("button", { name: "Import 7 values" }).click();
  await expect(
    page.getByText(/Imported 7 values from own-data\.csv, 1 new market\(s\), 1 new indicator\(s\)/),
  ).toBeVisible();
  const batch = page.locator("li[data-batch]").filter({ hasText: "own-data.csv" });
  await expect(batch).toContainText("7 values for 2021–2026");
  await expect(batch).toContainText("New markets: Reunion (REU)");
  await page.screenshot({ path: testInfo.outputPath("data-imported.png"), fullPage: true });

  // The ranking's data now carries the user's figure, flagged as theirs.
  const latest = await (await request.get("/api/v1/markets?values=latest")).json();
  const indonesia = latest.markets.find((m: { iso3: string }) => m.iso3 === "IDN");
  expect(indonesia.values.internet_users_pct).toMatchObject({ value: 70.5, year: 2024, origin: "user" });
  expect(latest.markets.find((m: { iso3: string }) => m.iso3 === "REU")).toMatchObject({
    name: "Reunion",
    origin: "user",
  });

  // Imported text is shown as text: a note with markup appears verbatim, never as HTML.
  await page.getByLabel(/CSV or Excel file/).setInputFiles({
    name: "markup.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      'market,indicator,year,value,source,note\nTHA,gdp_growth_pct,2026,2.5,"Panel <b>bold</b>","<img src=x onerror=alert(1)>"\n',
    ),
  });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.locator('tr[data-row="2"] td[data-column="note"]')).toHaveText("<img src=x onerror=alert(1)>");
  await expect(page.locator("tr[data-row] img")).toHaveCount(0);
});

test("a backup downloads as JSON; deleting an import needs a confirming click", async ({ page }, testInfo) => {
  await page.goto("/data");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download backup (JSON)" }).click();
  const file = await (await download).path();
  const backup = JSON.parse(readFileSync(file, "utf8"));
  expect(backup).toMatchObject({ format: "outbound-backup", formatVersion: 1 });
  expect(backup.importBatches.map((b: { fileName: string }) => b.fileName)).toContain("own-data.csv");
  // This database holds the user's data, so a restore is not offered.
  await expect(page.getByRole("button", { name: "Restore backup" })).toBeDisabled();

  const batch = page.locator("li[data-batch]").filter({ hasText: "own-data.csv" });
  await batch.getByRole("button", { name: /Delete… import own-data\.csv/ }).click();
  const confirm = batch.getByRole("group", { name: "Confirm deleting own-data.csv" });
  await expect(confirm).toContainText("Delete 7 values, the market Reunion, the indicator Competitive intensity?");
  await page.screenshot({ path: testInfo.outputPath("data-confirm-delete.png"), fullPage: true });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);

  await batch.getByRole("button", { name: /Delete…/ }).click();
  await batch.getByRole("button", { name: "Delete import" }).click();
  await expect(page.locator("li[data-batch]").filter({ hasText: "own-data.csv" })).toHaveCount(0);
});

test("a file over 5 MB is refused in the page before it is sent", async ({ page }) => {
  await page.goto("/data");
  await page
    .getByLabel(/CSV or Excel file/)
    .setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x41) });
  await expect(page.getByRole("alert").filter({ hasText: "huge.csv" })).toContainText("files up to 5 MB are accepted");
  await expect(page.getByRole("button", { name: "Check file" })).toBeDisabled();
});

test("an Excel workbook is checked like a CSV file, and the preview names the row of a bad cell", async ({ page }) => {
  await page.goto("/data");
  const workbook = makeXlsx([
    ["market", "indicator", "year", "value", "source"],
    ["VNM", "gdp_growth_pct", 2026, 6.5, "Finance team forecast, Nov 2026"],
    ["IDN", "gdp_growth_pct", "2026", "n/a", "Finance team forecast, Nov 2026"],
  ]);
  await page
    .getByLabel(/CSV or Excel file/)
    .setInputFiles({ name: "forecast.xlsx", mimeType: "application/octet-stream", buffer: workbook });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText(/forecast\.xlsx \(XLSX\): 2 rows of values, 1 problem/)).toBeVisible();
  await expect(page.getByRole("list", { name: "Problems by row and column" })).toContainText(
    'Row 3, column value: Value "n/a" is not a number.',
  );
});

test("the page is usable at 375 px wide", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/data");
  await check(page, fixture("problems.csv"));
  await expect(page.getByRole("list", { name: "Problems by row and column" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("data-375.png"), fullPage: true });
});

test("the data page lists every indicator's editions and age, and one market's data years", async ({
  page,
}, testInfo) => {
  await page.goto("/data");
  const summary = page.getByRole("region", { name: "Editions and age of every indicator" });
  await expect(summary.getByRole("rowheader", { name: /^Account ownership/ })).toBeVisible();
  const account = summary.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Account ownership/ }) });
  await expect(account).toContainText("Global Findex 2025");
  await expect(
    summary.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Median age/ }) }),
  ).toContainText("UN WPP 2022 (projection)");

  await page.getByLabel("Market").selectOption("RUS");
  await page.getByRole("button", { name: "Show its data years" }).click();
  await expect(page).toHaveURL(/market=RUS/);
  const russia = page.getByRole("region", { name: "Data year, age and edition of Russia's figures" });
  const lpi = russia
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Logistics Performance Index" }) });
  // LPI 2023 is the survey of late 2022: its data year is 2022, more than three years ago
  await expect(lpi).toContainText("2022");
  await expect(lpi).toContainText("older than 3 years");
  await expect(lpi).toContainText("LPI 2023");
  const distance = russia
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Distance from home (China)", exact: true }) });
  await expect(distance).toContainText("computed from Natural Earth 4.0.0");
  await expect(
    russia.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Ethnic-Chinese population share" }) }),
  ).toContainText("gap");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("data-freshness.png"), fullPage: true });
});
