import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import type { Messages } from "@/lib/i18n/messages";

import { expectNoOverflowAt375, expectNoSeriousAxeViolations } from "./workspace-support";

// Issue 12 for the markets, cases and framework pages: each page in Chinese and Russian shows its
// words from that locale's catalogue and market names from CLDR, stays axe-clean, and holds its
// layout at 1280 px and at 375 px (looked at in the screenshots).

// Read as files: Playwright's loader does not import JSON modules.
const catalogue = <N extends "markets" | "cases" | "framework">(folder: string, namespace: N): Messages[N] =>
  JSON.parse(readFileSync(`messages/${folder}/${namespace}.json`, "utf8")) as Messages[N];
// One locale per area spec, to keep CI's end-to-end run short: Chinese (dense CJK, CLDR names) for
// the markets and workspace pages and the report, Russian (the longest strings) for the comparisons,
// scenarios and data pages; tests/e2e/locales.spec.ts walks the whole path in both, and the message
// check (tests/unit/i18n/messages.test.ts) holds every catalogue to English key by key.
const LOCALES = (["zh"] as const).map((locale) => {
  const tag = "zh-CN";
  return {
    locale,
    tag,
    markets: catalogue(tag, "markets"),
    cases: catalogue(tag, "cases"),
    framework: catalogue(tag, "framework"),
  };
});

for (const { locale, tag, markets, cases, framework } of LOCALES) {
  const cldr = (alpha2: string) => new Intl.DisplayNames([tag], { type: "region" }).of(alpha2)!;
  const pages = [
    { path: "/markets", heading: markets.list.title },
    { path: "/markets/RUS", heading: cldr("RU") },
    { path: "/markets/IDN", heading: cldr("ID") },
    { path: "/framework", heading: framework.page.title },
    { path: "/cases", heading: cases.list.title },
    { path: "/cases/backtest", heading: cases.backtest.title },
  ];

  for (const { path, heading } of pages) {
    test(`${locale}${path}: in ${tag}, axe-clean, no sideways scroll at 375 px`, async ({ page }, testInfo) => {
      const name = `${locale}${path.replace(/\//g, "-")}`;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", tag);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await page.screenshot({ path: testInfo.outputPath(`${name}-1280.png`), fullPage: true });
      await expectNoSeriousAxeViolations(page, testInfo, `${name}-1280`);
      await expectNoOverflowAt375(page, name);
      await page.screenshot({ path: testInfo.outputPath(`${name}-375.png`), fullPage: true });
      await expectNoSeriousAxeViolations(page, testInfo, `${name}-375`);
    });
  }

  test(`${locale}: the markets list names markets and regions in ${tag} and keeps the locale in its links`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/markets?area=Asia`);
    const row = page.locator('tr[data-market="KAZ"]');
    await expect(row.getByRole("link", { name: cldr("KZ") })).toHaveAttribute("href", `/${locale}/markets/KAZ`);
    await expect(row).toContainText(markets.places.centralAsia);
    await expect(page.getByTestId("market-count")).not.toContainText("markets match");
  });

  test(`${locale}: a market profile's evidence cards and group comparison speak ${tag}`, async ({ page }) => {
    await page.goto(`/${locale}/markets/RUS`);
    await expect(page.getByRole("heading", { name: markets.evidence.size.title, level: 2 })).toBeVisible();
    await expect(page.getByRole("heading", { name: markets.evidence.rules.title, level: 2 })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: markets.comparison.group })).toBeVisible();
    await expect(page.getByRole("link", { name: markets.profile.allMarkets })).toHaveAttribute(
      "href",
      `/${locale}/markets`,
    );
  });

  test(`${locale}: a documented entry names its host market from CLDR and its outcome in ${tag}`, async ({ page }) => {
    await page.goto(`/${locale}/cases/airbnb-chn-2015`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(cldr("CN"));
    await expect(page.getByRole("heading", { name: cases.detail.whatHeading })).toBeVisible();
    await expect(page.locator("[data-outcome]").first()).toContainText(cases.outcomes.exited);
  });
}
