import { expect, type Page, test } from "@playwright/test";

import { expectNoSeriousAxeViolations, rankingOnPage, waitForUrlState } from "./workspace-support";

// The firm's home market as a choice (docs/decisions/017-home-country-and-distance.md): the
// workspace and its URL, the market profile, the entry-mode page and the firm profile.

async function expectNoOverflowAt375(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the workspace with home=USA measures from the United States and leaves the home out of the ranking", async ({
  page,
}, testInfo) => {
  await page.goto("/?m=CAN,MEX,DEU,JPN,USA&home=USA");
  await expect(page.getByLabel("Home market", { exact: true })).toHaveValue("USA");
  await expect(page.getByText("US is the home market: it is not a candidate")).toBeVisible();
  await expect
    .poll(async () => (await rankingOnPage(page)).map((r) => r.id).sort())
    .toEqual(["CAN", "DEU", "JPN", "MEX"]);
  await waitForUrlState(page, (p) => p.get("home") === "USA" && p.get("m") === "CAN,MEX,DEU,JPN");
  await page.screenshot({ path: testInfo.outputPath("workspace-home-usa.png"), fullPage: false });
  await expectNoSeriousAxeViolations(page, testInfo, "workspace-home-usa");
  await expectNoOverflowAt375(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: testInfo.outputPath("workspace-home-usa-375.png") });
});

test("choosing another home reloads the workspace measured from it, keeping the selection", async ({ page }) => {
  await page.goto("/?m=RUS,IDN,VNM");
  await expect(page.getByLabel("Home market", { exact: true })).toHaveValue("CHN");
  // the ranking shows once the workspace has hydrated and its handlers are attached
  await expect.poll(async () => (await rankingOnPage(page)).length).toBe(3);
  await page.getByLabel("Home market", { exact: true }).selectOption("DEU");
  // a new home is a server render of the whole data set measured from it: allow it time on a busy machine
  await page.waitForURL((url) => url.searchParams.get("home") === "DEU", { timeout: 30_000 });
  expect(new URL(page.url()).searchParams.get("m")).toBe("RUS,IDN,VNM");
  await expect(page.getByLabel("Home market", { exact: true })).toHaveValue("DEU", { timeout: 30_000 });
});

test("the market profile with ?home=USA names the home and measures distance from Washington", async ({
  page,
}, testInfo) => {
  await page.goto("/markets/RUS?home=USA");
  await expect(page.getByRole("heading", { name: "Russia", level: 1 })).toBeVisible();
  await expect(page.getByText("Distance and cultural distance are measured from US (Washington, D.C.).")).toBeVisible();
  const row = page.locator('tr[data-indicator="distance_to_beijing_km"]');
  await expect(row).toContainText("Distance from home (US)");
  // Washington 38.8995,-77.0094 to Moscow 55.7522,37.6155: 7,820 km great circle, no shared border
  await expect(row).toContainText("7,820");
  await expect(page.locator('tr[data-indicator="ethnic_chinese_pct"] [data-testid=value-gap]')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("market-rus-home-usa.png") });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("market-rus-home-usa-proximity.png") });
  await expectNoSeriousAxeViolations(page, testInfo, "market-rus-home-usa");
  // The page's group-comparison table is wider than 375 px already without a home (min-width 32rem);
  // the home chooser and its sentence must fit.
  await page.setViewportSize({ width: 375, height: 800 });
  const box = await page.getByText("Distance and cultural distance are measured from US").boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  const chooser = await page.getByLabel("Home market", { exact: true }).boundingBox();
  expect(chooser!.x + chooser!.width).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath("market-rus-home-usa-375.png") });
});

test("the market profile without home measures from China and counts Russia as a neighbour", async ({ page }) => {
  await page.goto("/markets/RUS");
  const row = page.locator('tr[data-indicator="distance_to_beijing_km"]');
  await expect(row).toContainText("Distance from home (China)");
  // 5,791 km capital to capital, divided by exp(0.49/0.89) = 1.734 for the shared border: 3,339
  await expect(row).toContainText("3,339");
});

test("the entry-mode page takes the firm's home and measures the distance factors from it", async ({
  page,
}, testInfo) => {
  await page.goto("/compare/entry-modes?market=DEU&home=USA");
  await expect(page.getByLabel("Your firm's home market")).toHaveValue("USA");
  await expect(page.getByText("Cultural and geographic distance are measured from US.")).toBeVisible();
  await expect(page.locator('tr[data-factor="geographicDistance"]')).toContainText(
    "Geographic distance from home (US)",
  );
  await page.screenshot({ path: testInfo.outputPath("entry-modes-home-usa.png") });
  await expectNoSeriousAxeViolations(page, testInfo, "entry-modes-home-usa");
});

test("the firm profile keeps the firm's home and links the ranking measured from it", async ({ page }, testInfo) => {
  await page.goto("/firm");
  const chooser = page.getByLabel("Your firm's home market");
  await expect(chooser).toHaveValue("CHN");
  await chooser.selectOption("USA");
  await expect(page.getByRole("link", { name: "Rank markets from US" })).toHaveAttribute("href", "/en?home=USA");
  await page.reload();
  await expect(page.getByLabel("Your firm's home market")).toHaveValue("USA");
  await page.screenshot({ path: testInfo.outputPath("firm-home-usa.png") });
  await expectNoSeriousAxeViolations(page, testInfo, "firm-home-usa");
  await expectNoOverflowAt375(page);
});
