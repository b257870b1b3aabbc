import { expect, test, type Page, type TestInfo } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./workspace-support";

// Issue 12: the compare pages, the firm profile and the guided path in Chinese and Russian. Each
// page is opened at its localized address, its headings are the catalogue's words (not English),
// the data's names come through in the reader's language (CLDR market names), links keep the
// locale, and the layout holds: axe-clean and no sideways scrolling at 1280 and 375 px, with a
// screenshot at each width to look at.

async function lookAt(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} overflows at ${width} px by ${overflow} px`).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page, testInfo, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

// Two widths, each with a full-page screenshot and an axe run, on a machine shared with others.
test.describe.configure({ timeout: 180_000 });

// One locale per area spec, to keep CI's end-to-end run short: Chinese (dense CJK, CLDR names) for
// the markets and workspace pages and the report, Russian (the longest strings) for the comparisons,
// scenarios and data pages; tests/e2e/locales.spec.ts walks the whole path in both, and the message
// check (tests/unit/i18n/messages.test.ts) holds every catalogue to English key by key.
const LOCALES = [
  {
    locale: "ru",
    russia: "Россия",
    entryModesH1: "Способы выхода на рынок: Россия",
    strategiesH1: "Бизнес-стратегии: Россия",
    ranking: "Рейтинг способов выхода: Россия",
    assumptions: "Допущения",
    sideBySide: "Рынки рядом",
    russiaSeaH1: "Россия в сравнении с Юго-Восточной Азией",
    firmH1: "Профиль компании",
    path: "Путь от вопроса к отчёту",
    loadPreset: /Загрузить .*2012/,
    saved: "Сохранено в этом браузере",
  },
] as const;

for (const l of LOCALES) {
  test(`${l.locale}: the entry-mode page replays the Russia 2012 case in the reader's language`, async ({
    page,
  }, testInfo) => {
    await page.goto(`/${l.locale}/compare/entry-modes?replay=russia-2012`);
    await expect(page.getByRole("heading", { level: 1, name: l.entryModesH1 })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: l.ranking })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: l.assumptions, exact: true })).toBeVisible();
    await expect(page.getByRole("navigation", { name: l.path })).toBeVisible();
    // The ranking is there, with the score band and the ties worded by the catalogue.
    await expect(page.getByTestId("fit-ranking").locator("tbody tr")).not.toHaveCount(0);
    const main = page.locator("main");
    for (const english of ["Ranking of entry modes", "Replaying the thesis case", "Why each entry mode", "Raised by"])
      await expect(main).not.toContainText(english);
    // Links keep the locale: the comparisons' tabs, the guided path, the ranking and the replay note.
    await expect(page.getByRole("link", { name: "How good is this model?" })).toHaveCount(0);
    const ours = page.locator(
      "nav a[href^='/'], [data-testid=fit-ranking] a[href^='/'], section[aria-labelledby=replay-heading] a[href^='/']",
    );
    const hrefs = await ours.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs)
      expect(href, `link ${href} keeps the locale`).toMatch(new RegExp(`^/${l.locale}(/|\\?|#|$)`));
    await lookAt(page, testInfo, `${l.locale}-entry-modes`);
  });

  test(`${l.locale}: strategies, markets side by side and Russia against Southeast Asia`, async ({
    page,
  }, testInfo) => {
    await page.goto(`/${l.locale}/compare/strategies?market=RUS`);
    await expect(page.getByRole("heading", { level: 1, name: l.strategiesH1 })).toBeVisible();
    await lookAt(page, testInfo, `${l.locale}-strategies`);

    await page.goto(`/${l.locale}/compare?m=RUS,IDN,THA`);
    await expect(page.getByRole("heading", { level: 1, name: l.sideBySide })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: l.russia })).toBeVisible();
    await lookAt(page, testInfo, `${l.locale}-side-by-side`);
  });

  test(`${l.locale}: Russia against Southeast Asia`, async ({ page }, testInfo) => {
    await page.goto(`/${l.locale}/compare/russia-southeast-asia`);
    await expect(page.getByRole("heading", { level: 1, name: l.russiaSeaH1 })).toBeVisible();
    await expect(page.locator("main")).not.toContainText("How “same” and “differs” are decided");
    await lookAt(page, testInfo, `${l.locale}-russia-sea`);
  });

  test(`${l.locale}: the firm profile loads a preset and says so in the reader's language`, async ({
    page,
  }, testInfo) => {
    await page.goto(`/${l.locale}/firm`);
    await expect(page.getByRole("heading", { level: 1, name: l.firmH1 })).toBeVisible();
    await page.getByRole("button", { name: l.loadPreset }).click();
    await expect(page.getByTestId("profile-status")).toContainText(l.saved);
    await lookAt(page, testInfo, `${l.locale}-firm`);
  });
}
