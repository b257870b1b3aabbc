import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

import { expect, test, type Page, type TestInfo } from "@playwright/test";

import { expectNoOverflowAt375, expectNoSeriousAxeViolations } from "./workspace-support";
import { saveThesisScenario } from "./thesis-scenario";

// Citations a reader can follow (issue 11 §6), as a user meets them: the markets list's latest data
// year, the Russia profile's sources and evidence, the report's Sources and Data provenance
// sections on the page and in the PDF. Screenshots at 1400 px and 375 px go to the test output.

async function shoot(page: Page, testInfo: TestInfo, name: string, fullPage = false) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage });
}

/** The page's rendered text: a closed <details> (the provenance disclosure) is not in it. */
const visibleText = (page: Page) => page.locator("main").innerText();

test("the markets list's latest data year ignores the computed distance", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/markets?q=&sort=name");
  const header = page.getByRole("columnheader", { name: "Latest data year" });
  await expect(header).toBeVisible();
  // The row whose first cell names the market by its code (e.g. "Russia RUS").
  const yearOf = async (iso3: string) =>
    page
      .locator("tbody tr")
      // (Cells' text runs together, "RUSEastern Europe": match the code's own span.)
      .filter({ has: page.locator("td span", { hasText: new RegExp(`^${iso3}$`) }) })
      .first()
      .locator("td")
      .last()
      .innerText();
  expect(await yearOf("RUS")).toBe("2025");
  expect(await yearOf("SGP")).toBe("2025");
  await shoot(page, testInfo, "markets-1400");
  await expectNoSeriousAxeViolations(page, testInfo, "markets");
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoOverflowAt375(page, "/markets");
  await shoot(page, testInfo, "markets-375");
});

test("the Russia profile cites sources as readers do, with the repository path behind a disclosure", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/markets/RUS");
  const internet = page.locator('tr[data-indicator="internet_users_pct"] [data-testid="value-source"]');
  await expect(internet).toContainText(
    "World Bank, World Development Indicators, July 2026 release, series IT.NET.USER.ZS",
  );
  const distance = page.locator('tr[data-indicator="distance_to_beijing_km"]');
  if ((await distance.count()) > 0) {
    await expect(distance.locator('[data-testid="value-year"]')).toHaveText("computed");
    await expect(distance.locator('[data-testid="value-source"]')).toContainText("computed from Natural Earth");
  }
  const text = await visibleText(page);
  expect(text).not.toContain("seeds/");
  expect(text).not.toContain("github.com");
  expect(text).toMatch(/as reported by .*master's thesis.*section \d\.\d/);
  // The provenance opens on demand and holds the repository path.
  const provenance = internet.getByTestId("provenance");
  await provenance.locator("summary").click();
  await expect(provenance).toContainText("github.com/yuxizhou2177/sidsight@43b6e42");
  await internet.scrollIntoViewIfNeeded();
  await shoot(page, testInfo, "market-rus-sources-1400");
  await page
    .getByRole("heading", { name: /^Evidence/ })
    .first()
    .scrollIntoViewIfNeeded();
  await shoot(page, testInfo, "market-rus-evidence-1400");
  await expectNoSeriousAxeViolations(page, testInfo, "market-rus");
  await expectNoOverflowAt375(page, "/markets/RUS");
  await internet.scrollIntoViewIfNeeded();
  await shoot(page, testInfo, "market-rus-375");
});

test("the report cites sources by publisher and section; paths sit in the Data provenance appendix, on the page and in the PDF", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const scenario = await saveThesisScenario(request, { name: "Thesis markets", samples: 500 });

  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/scenarios/${scenario.id}/report`);
  const provenanceHeading = page.getByRole("heading", { name: "Data provenance", level: 2 });
  await expect(provenanceHeading).toBeVisible();
  const text = await visibleText(page);
  // Everything the page shows but the Data provenance section (hidden for the reading, then shown again).
  const provenanceSection = page.locator("#report-provenance");
  await expect(provenanceSection).toHaveCount(1);
  await provenanceSection.evaluate((el) => ((el as HTMLElement).style.display = "none"));
  const main = await visibleText(page);
  await provenanceSection.evaluate((el) => ((el as HTMLElement).style.display = ""));
  expect(text.length).toBeGreaterThan(main.length);
  expect(main).not.toContain("seeds/");
  expect(main).not.toContain("github.com");
  expect(main).toContain("World Bank, World Development Indicators, July 2026 release, series IT.NET.USER.ZS");
  await page.getByRole("heading", { name: "Sources and years", level: 2 }).scrollIntoViewIfNeeded();
  await shoot(page, testInfo, "report-sources-1400");
  await provenanceHeading.scrollIntoViewIfNeeded();
  await shoot(page, testInfo, "report-provenance-1400");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByRole("heading", { name: "Sources and years", level: 2 }).scrollIntoViewIfNeeded();
  await shoot(page, testInfo, "report-sources-375");
  await provenanceHeading.scrollIntoViewIfNeeded();
  await shoot(page, testInfo, "report-provenance-375");
  await expectNoOverflowAt375(page, "report");

  // The PDF: the pages that hold the Sources list and the provenance appendix, as PNG.
  const pdf = await request.get(`/api/v1/scenarios/${scenario.id}/report.pdf`, { timeout: 120_000 });
  expect(pdf.status()).toBe(200);
  const file = testInfo.outputPath("report.pdf");
  writeFileSync(file, await pdf.body());
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())![1]);
  const pageText = (n: number) => execFileSync("pdftotext", ["-f", String(n), "-l", String(n), file, "-"]).toString();
  const find = (needle: string) => {
    for (let n = 1; n <= pages; n++) if (pageText(n).includes(needle)) return n;
    return null;
  };
  const sourcesPage = find("Figures in the tables cite their source by key");
  const provenancePage = find("The files, repository commits and lines");
  expect(sourcesPage).not.toBeNull();
  expect(provenancePage).not.toBeNull();
  for (let n = 1; n < provenancePage!; n++) {
    expect(pageText(n), `PDF page ${n}`).not.toMatch(/seeds\/|github\.com/);
  }
  for (const [name, n] of [
    ["pdf-sources", sourcesPage!],
    ["pdf-provenance", provenancePage!],
  ] as const) {
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "70",
      "-f",
      String(n),
      "-l",
      String(n),
      "-singlefile",
      file,
      testInfo.outputPath(name),
    ]);
  }
});
