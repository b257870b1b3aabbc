import { readFileSync } from "node:fs";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

import type { Framework } from "@/lib/contracts/api";

const STORAGE_KEY = "outbound.firmProfile.v1";

type Preset = { key: string; name: string; values: Record<string, number> };
const presets = JSON.parse(readFileSync(path.resolve("data/framework/firm-presets.json"), "utf8")) as Preset[];
const alibaba2012 = presets.find((p) => p.key === "alibaba-2012")!;
const alibaba2016 = presets.find((p) => p.key === "alibaba-2016")!;

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

async function firmFactors(page: Page) {
  const framework = (await (await page.request.get("/api/v1/framework")).json()) as Framework;
  return framework.factors.filter((f) => f.scope === "firm");
}

/** The value a rating group shows as chosen. */
async function chosen(page: Page, name: string): Promise<string | null> {
  return page.getByRole("group", { name, exact: true }).getByRole("radio", { checked: true }).getAttribute("value");
}

test("a visitor loads the Alibaba 2012 preset, sees every value, and finds the profile again on the next visit", async ({
  page,
  context,
}, testInfo) => {
  const factors = await firmFactors(page);
  await page.goto("/firm");
  await expect(page.getByTestId("profile-status")).toContainText("No profile saved yet");
  await page.getByRole("button", { name: /Load Alibaba.*2012/ }).click();
  for (const f of factors) expect(await chosen(page, f.name), f.key).toBe(String(alibaba2012.values[f.key]));
  await expect(page.getByTestId("profile-status")).toContainText("2012 preset");

  // Each input explains itself and links to its place in the framework.
  const ecosystem = page.locator('[data-field="ecosystem"]');
  await expect(ecosystem.getByRole("link", { name: /in the framework/ })).toHaveAttribute(
    "href",
    "/en/framework#driver-ecosystem",
  );
  await expect(ecosystem).toContainText(`Alibaba Group, 2012: ${alibaba2012.values.ecosystem}`);
  await page.screenshot({ path: testInfo.outputPath("firm-alibaba-2012.png"), fullPage: true });

  const later = await context.newPage();
  await later.goto("/firm");
  await expect(later.getByTestId("profile-status")).toContainText("Saved in this browser");
  for (const f of factors) expect(await chosen(later, f.name), f.key).toBe(String(alibaba2012.values[f.key]));
  await later.getByRole("button", { name: /Load Alibaba.*2016/ }).click();
  for (const f of factors) expect(await chosen(later, f.name), f.key).toBe(String(alibaba2016.values[f.key]));
  await later.getByRole("button", { name: "Undo" }).click();
  expect(await chosen(later, factors[0]!.name)).toBe(String(alibaba2012.values[factors[0]!.key]));
});

test("ratings are keyboard operable: arrow keys change the value, which is saved at once", async ({ page }) => {
  await page.goto("/firm");
  // The form is live once it has read this browser's storage.
  await expect(page.getByTestId("profile-status")).toContainText("No profile saved yet");
  const group = page.getByRole("group", { name: "Business ecosystem", exact: true });
  await group.getByRole("radio", { name: /^3/ }).focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => chosen(page, "Business ecosystem")).toBe("4");
  await expect(page.getByTestId("profile-status")).toContainText("built by hand");
  await page.reload();
  await expect(page.getByTestId("profile-status")).toContainText("Saved in this browser");
  expect(await chosen(page, "Business ecosystem")).toBe("4");
});

test("a damaged stored profile is reported, its readable values are kept, nothing is overwritten, and it can be removed", async ({
  page,
}, testInfo) => {
  await page.goto("/firm");
  const damaged = JSON.stringify({
    version: 1,
    profile: { ...alibaba2016.values, brand: 9, quality: "excellent" },
    basedOn: "alibaba-2016",
    edited: false,
    savedAt: "2026-01-01T00:00:00.000Z",
  });
  await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [STORAGE_KEY, damaged]);
  await page.reload();
  const alert = page.getByRole("alert").filter({ hasText: "damaged" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("brand, quality");
  expect(await chosen(page, "Business ecosystem")).toBe(String(alibaba2016.values.ecosystem));
  expect(await chosen(page, "Brand strength abroad")).toBe("3");
  expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBe(damaged);
  await page.screenshot({ path: testInfo.outputPath("firm-damaged.png") });

  await alert.getByRole("button", { name: "Remove the stored profile" }).click();
  expect(await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  await expect(page.getByTestId("profile-status")).toContainText("No profile saved yet");
});

test("firm profile: no serious accessibility violations, on a wide screen and on a phone", async ({
  page,
}, testInfo) => {
  await page.goto("/firm");
  await expect(page.getByTestId("profile-status")).toContainText("No profile saved yet");
  await page.getByRole("button", { name: /Load Alibaba.*2016/ }).click();
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(page.getByTestId("profile-status")).toContainText("Saved");
  await expectNoSeriousAxeViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath("firm-375.png"), fullPage: true });
});
