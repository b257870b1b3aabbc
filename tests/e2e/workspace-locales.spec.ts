import { expect, test, type Page } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./workspace-support";

// The ranking workspace, the AHP weighting page and the robustness page in Chinese and Russian
// (issue 12): headings, controls and market names in the page's language, the address keeps its
// locale while the workspace writes its state into it, the layouts hold at a desktop and a phone
// width (no sideways scrolling) and stay axe-clean. Screenshots go to the test's output folder.

const MARKETS = "m=RUS,IDN,MYS,VNM,KAZ";

const WORDS = {
  zh: {
    title: "候选市场排序",
    ranking: "排序",
    rankingList: /^按加权求和排序$/,
    russia: "俄罗斯",
    weights: "通过两两比较为准则赋权",
    robustness: "排序有多稳健？",
    robustnessLink: "打开稳健性分析",
    run: "运行模拟",
  },
} as const;

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // Charts redraw for a new width a moment after the viewport changes: wait for them to settle.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { timeout: 5_000 })
    .toBeLessThanOrEqual(0)
    .catch(() => undefined);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  // Name the elements that stick out, so a failure says where to look.
  const offenders = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      // Inside a box that scrolls or clips sideways (a wide table's scroll region) is fine.
      .filter((el) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
          if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(up).overflowX)) return false;
        return true;
      })
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 60)}`),
  );
  expect(overflow, offenders.join("\n")).toBeLessThanOrEqual(0);
}

// One locale per area spec, to keep CI's end-to-end run short: Chinese (dense CJK, CLDR names) for
// the markets and workspace pages and the report, Russian (the longest strings) for the comparisons,
// scenarios and data pages; tests/e2e/locales.spec.ts walks the whole path in both, and the message
// check (tests/unit/i18n/messages.test.ts) holds every catalogue to English key by key.
for (const locale of ["zh"] as const) {
  const words = WORDS[locale];

  test(`${locale}: the workspace speaks the page's language and keeps /${locale} in the address`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${locale}?${MARKETS}`);
    await expect(page.getByRole("heading", { level: 1, name: words.title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: words.ranking, exact: true })).toBeVisible();
    const list = page.getByRole("list", { name: words.rankingList });
    await expect(list.locator(":scope > li")).toHaveCount(5);
    // Market names from CLDR in the page's language.
    await expect(list.locator('li[data-market="RUS"] a').first()).toHaveText(words.russia);
    // The workspace writes its state into the address without losing the locale (once hydrated:
    // the smallest-change sentence is computed in the browser only).
    await expect(page.getByTestId("smallest-change")).not.toHaveText(/^\s*$/);
    await page.locator("#coverage-threshold").fill("60");
    await expect.poll(() => new URL(page.url()).searchParams.get("cov"), { timeout: 5_000 }).toBe("0.6");
    expect(new URL(page.url()).pathname).toBe(`/${locale}`);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page, testInfo, `workspace-${locale}-1280`);
    await page.screenshot({ path: testInfo.outputPath(`workspace-${locale}-1280.png`), fullPage: true });

    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page, testInfo, `workspace-${locale}-375`);
    await page.screenshot({ path: testInfo.outputPath(`workspace-${locale}-375.png`), fullPage: true });

    // A link inside the workspace stays in the locale.
    await page.getByRole("link", { name: words.robustnessLink }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/robustness\\?`));
    await expect(page.getByRole("heading", { level: 1, name: words.robustness })).toBeVisible();
  });

  test(`${locale}: the AHP weighting page in the page's language at 1280 and 375 px`, async ({ page }, testInfo) => {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/weights?${MARKETS}`);
      await expect(page.getByRole("heading", { level: 1, name: words.weights })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectNoSeriousAxeViolations(page, testInfo, `weights-${locale}-${width}`);
      await page.screenshot({ path: testInfo.outputPath(`weights-${locale}-${width}.png`), fullPage: true });
    }
  });

  test(`${locale}: the robustness page and a Monte Carlo run in the page's language`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${locale}/robustness?${MARKETS}&samples=500`);
    await expect(page.getByRole("heading", { level: 1, name: words.robustness })).toBeVisible();
    await page.getByRole("button", { name: words.run }).click();
    await expect(page.getByTestId("rank-probabilities")).toBeVisible({ timeout: 30_000 });
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page, testInfo, `robustness-${locale}-1280`);
    await page.screenshot({ path: testInfo.outputPath(`robustness-${locale}-1280.png`), fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page, testInfo, `robustness-${locale}-375`);
    await page.screenshot({ path: testInfo.outputPath(`robustness-${locale}-375.png`), fullPage: true });
  });
}
