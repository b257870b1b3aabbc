import { expect, test } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./workspace-support";

test("a visitor opens the markets list, then Russia's profile with sourced, dated values", async ({
  page,
}, testInfo) => {
  await page.goto("/markets");
  await expect(page.getByRole("heading", { name: "Markets", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Indonesia" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("markets.png"), fullPage: true });

  await page.getByRole("link", { name: "Russia" }).click();
  await expect(page).toHaveURL(/\/markets\/RUS$/);
  await expect(page.getByRole("heading", { name: "Russia", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Host market attractiveness" })).toBeVisible();

  const rowsWithValues = page.locator("tr[data-indicator]").filter({ has: page.getByTestId("value-year") });
  expect(await rowsWithValues.count()).toBeGreaterThan(10);
  for (const row of await rowsWithValues.all()) {
    // A data year, or "computed" for a value Outbound computed (a distance has no data year: issue 11 §6).
    await expect(row.getByTestId("value-year")).toHaveText(/^((19|20)\d\d|computed)$/);
    await expect(row.getByTestId("value-source")).not.toBeEmpty();
  }
  await expect(page.getByRole("heading", { name: "Evidence" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("market-RUS.png"), fullPage: true });
});

test("the framework page shows the ten drivers, the strategies and the entry modes", async ({ page }, testInfo) => {
  await page.goto("/framework");
  await expect(page.getByRole("heading", { name: "Drivers of internationalization" })).toBeVisible();
  await expect(page.locator("[id^=driver-]")).toHaveCount(10);
  await expect(page.getByRole("heading", { name: "Entry modes" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("framework.png"), fullPage: true });
});

test("an unknown market shows a not-found page, and the API answers JSON", async ({ page, request }) => {
  const response = await page.goto("/markets/XYZ");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  const api = await request.get("/api/v1/markets/XYZ");
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe("not_found");
});

test("the markets list and the not-found page pass axe, on a wide screen and on a phone", async ({
  page,
}, testInfo) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/markets");
    await expect(page.getByRole("heading", { name: "Markets", level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(page, testInfo, `markets-${width}`);
    await page.goto("/markets/XYZ");
    await expectNoSeriousAxeViolations(page, testInfo, `not-found-${width}`);
  }
});
