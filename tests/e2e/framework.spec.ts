import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

import type { Framework } from "@/lib/contracts/api";

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("every driver, criteria group, strategy, entry mode and fit factor has its own place on the framework page", async ({
  page,
  request,
}) => {
  const framework = (await (await request.get("/api/v1/framework")).json()) as Framework;
  await page.goto("/framework");
  const ids = [
    ...framework.driverGroups.flatMap((g) => g.drivers.map((d) => `driver-${d.key}`)),
    ...framework.criteriaGroups.map((g) => `criteria-${g.key}`),
    ...framework.strategies.map((s) => `strategy-${s.key}`),
    ...framework.entryModes.map((m) => `mode-${m.key}`),
    ...framework.factors.map((f) => `factor-${f.key}`),
  ];
  for (const id of ids) await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
});

test("links to the framework from the other pages all land on an element of it", async ({ page }) => {
  const hrefs = new Set<string>();
  for (const url of [
    "/markets/RUS",
    "/firm",
    "/compare",
    "/compare/entry-modes?replay=russia-2012",
    "/compare/strategies",
    "/compare/russia-southeast-asia",
  ]) {
    await page.goto(url);
    await expect(page.locator("h1")).toBeVisible();
    for (const href of await page
      .locator('a[href^="/en/framework#"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
      hrefs.add(href);
  }
  expect(hrefs.size).toBeGreaterThan(20);
  await page.goto("/framework");
  for (const href of hrefs) {
    const id = href.slice(href.indexOf("#") + 1);
    await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
  }
});

test("from an effect to the entry mode it acts on, and from an entry mode to its factors", async ({
  page,
}, testInfo) => {
  await page.goto("/framework#factors");
  const factor = page.locator("section", { has: page.locator("#factor-ecosystem") });
  await factor.getByText(/Its effects on entry modes and strategies/).click();
  await factor.getByRole("link", { name: "Cross-border platform export" }).click();
  await expect(page).toHaveURL(/#mode-cross_border_export$/);
  const mode = page.locator("section", { has: page.locator("#mode-cross_border_export") });
  await mode.getByText("What raises or lowers it in the model").click();
  await expect(mode.getByRole("link", { name: "Business ecosystem" })).toHaveAttribute("href", "#factor-ecosystem");
  await page.screenshot({ path: testInfo.outputPath("framework-mode.png") });
});

test("framework: no serious accessibility violations, on a wide screen and on a phone", async ({ page }, testInfo) => {
  await page.goto("/framework");
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: testInfo.outputPath("framework-wide.png"), fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/framework");
  await expectNoSeriousAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath("framework-375.png"), fullPage: true });
});
