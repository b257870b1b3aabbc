import { expect, type Page, test } from "@playwright/test";

import type { MarketList } from "@/lib/contracts/api";
import { MARKET_PRESETS, resolvePreset } from "@/lib/workspace/market-presets";

import { rankingOnPage, waitForUrlState } from "./workspace-support";

// The workspace's market picker with the full data set: search, an income-group filter, a preset,
// and the URL and ranking that follow. Expectations come from the read API, not from the page.

const marketsInUrl = (page: Page) => (new URL(page.url()).searchParams.get("m") ?? "").split(",").filter(Boolean);

test("search, filter by income group, apply the ASEAN preset: the URL and the ranking follow", async ({
  page,
  request,
}, testInfo) => {
  const { markets } = (await (await request.get("/api/v1/markets")).json()) as MarketList;
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /^Markets/, level: 2 })).toContainText(`of ${markets.length})`);
  await page.getByText("Add or remove markets").click();
  const list = page.getByRole("list", { name: "Markets with data" });
  await expect(list.getByRole("checkbox")).toHaveCount(markets.length);

  // Type-ahead by ISO3 code, then Enter picks the first match (India joins the selection).
  const search = page.getByLabel("Search by name or code");
  await search.fill("ind");
  await expect(list.getByRole("checkbox").first()).toHaveAccessibleName(/IND/);
  await search.press("Enter");
  await waitForUrlState(page, (p) => (p.get("m") ?? "").split(",").includes("IND"));
  expect((await rankingOnPage(page)).map((r) => r.id)).toContain("IND");
  // Escape clears the search; the whole list is back.
  await search.press("Escape");
  await expect(search).toHaveValue("");
  await expect(list.getByRole("checkbox")).toHaveCount(markets.length);

  // Income-group filter: the list shows exactly the markets the API puts in that group.
  const groups = [...new Set(markets.map((m) => m.incomeGroup))];
  const group = groups.includes("Upper middle income")
    ? "Upper middle income"
    : (groups.find((g) => g !== null) ?? null);
  const inGroup = markets.filter((m) => m.incomeGroup === group).map((m) => m.iso3);
  const income = page.getByLabel("Income group");
  await income.selectOption({ value: group ?? "none" });
  await expect(list.getByRole("checkbox")).toHaveCount(inGroup.length);
  for (const box of await list.getByRole("checkbox").all()) {
    expect(inGroup).toContain(await box.getAttribute("value"));
  }
  await page.screenshot({ path: testInfo.outputPath("picker-income-filter.png"), fullPage: false });
  await income.selectOption({ value: "" });

  // The ASEAN preset: the members the data set has, in its order; the others named as missing.
  const asean = MARKET_PRESETS.find((p) => p.key === "asean")!;
  const expected = resolvePreset(asean, markets);
  await page.getByRole("group", { name: "Presets" }).getByRole("button", { name: "ASEAN", exact: true }).click();
  await waitForUrlState(page, (p) => p.get("m") === expected.markets.join(","));
  expect(marketsInUrl(page)).toEqual(expected.markets);
  const ranked = (await rankingOnPage(page)).map((r) => r.id);
  expect([...ranked].sort()).toEqual([...expected.markets].sort());
  const status = page.getByTestId("chooser-status");
  await expect(status).toContainText(`ASEAN: ${expected.markets.length} markets selected.`);
  if (expected.missing.length > 0)
    await expect(status).toContainText(`Not in the data set: ${expected.missing.join(", ")}`);
  await page.screenshot({ path: testInfo.outputPath("picker-asean.png"), fullPage: true });

  // A reload keeps the selection (it lives in the URL).
  await page.reload();
  expect((await rankingOnPage(page)).map((r) => r.id).sort()).toEqual([...expected.markets].sort());
});

test("the markets list filters by income group and sorts by coverage, with a count", async ({
  page,
  request,
}, testInfo) => {
  const { markets } = (await (await request.get("/api/v1/markets")).json()) as MarketList;
  await page.goto("/markets");
  await expect(page.getByTestId("market-count")).toContainText(`All ${markets.length} markets.`);
  await expect(page.locator("tr[data-market]")).toHaveCount(markets.length);

  const group = markets.find((m) => m.incomeGroup !== null)?.incomeGroup ?? null;
  const inGroup = markets.filter((m) => m.incomeGroup === group);
  await page.getByLabel("Income group").selectOption({ value: group ?? "none" });
  await page.getByLabel("Sort by").selectOption("coverage");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/sort=coverage/);
  await expect(page.getByTestId("market-count")).toContainText(`${inGroup.length} of ${markets.length} markets match.`);
  const coverage = await page
    .locator("tr[data-market] td:nth-child(5)")
    .evaluateAll((cells) => cells.map((c) => Number(c.textContent?.split(" of ")[0])));
  expect(coverage).toHaveLength(inGroup.length);
  expect(coverage).toEqual([...coverage].sort((a, b) => b - a));
  await page.screenshot({ path: testInfo.outputPath("markets-filtered.png"), fullPage: true });

  // An unknown filter value is named, not guessed.
  await page.goto("/markets?income=Very%20rich");
  await expect(page.getByRole("status")).toContainText('Income group "Very rich" is not in the data set');
});

test("the picker works on a phone: 375 px, nothing overflows sideways", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await page.getByText("Add or remove markets").click();
  await page.getByLabel("Search by name or code").fill("sgp");
  await expect(page.getByRole("list", { name: "Markets with data" }).getByRole("checkbox")).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath("picker-phone.png"), fullPage: false });
});

test("the map draws the markets not selected and a click adds one; another click removes it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("img", { name: /Map of the selected markets/ })).toBeVisible();
  await page.getByRole("button", { name: "Show the whole world" }).click();
  // Brazil has data in every edition of the data set and is not a thesis market.
  const brazil = page.locator('path[data-iso3="BRA"]');
  await expect(brazil.locator("title")).toHaveText(/not selected/);
  await brazil.click();
  await waitForUrlState(page, (p) => (p.get("m") ?? "").split(",").includes("BRA"));
  expect((await rankingOnPage(page)).map((r) => r.id)).toContain("BRA");
  await expect(page.locator('path[data-iso3="BRA"] title')).toHaveText(/rank \d+/);
  await page.locator('path[data-iso3="BRA"]').click();
  await waitForUrlState(page, (p) => !(p.get("m") ?? "").split(",").includes("BRA"));
});
