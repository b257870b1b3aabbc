import { expect, type Page, test } from "@playwright/test";

import type { CaseLibrary, EntryModeBacktest } from "@/lib/contracts/case-library";

import { expectNoSeriousAxeViolations } from "./workspace-support";

// Issue 10 §5.1, §5.3-5.5 in the browser: the case library, its entries, "How good is this
// model?", the similar cases on the entry-mode page and the replay labelled in sample. Each page
// is looked at (screenshots), checked with axe, and checked not to overflow a 375 px phone.

async function fitsPhone(page: Page, testInfo: import("@playwright/test").TestInfo, name: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 375 px`).toBeLessThanOrEqual(375);
  await page.screenshot({ path: testInfo.outputPath(`${name}-375.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the case library: every entry listed, filtered, sorted, entries that went badly marked, each linking to its ratings", async ({
  page,
  request,
}, testInfo) => {
  const library = (await (await request.get("/api/v1/cases")).json()) as CaseLibrary;
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Documented market entries" })).toBeVisible();
  const rows = page.locator("tbody tr[data-case]");
  await expect(rows).toHaveCount(library.total);
  const badly = library.cases.filter((c) => c.outcome === "exited" || c.outcome === "sold").length;
  await expect(page.locator('tbody td [data-outcome="exited"], tbody td [data-outcome="sold"]')).toHaveCount(badly);
  await page.screenshot({ path: testInfo.outputPath("cases.png"), fullPage: true });
  await expectNoSeriousAxeViolations(page, testInfo, "cases");
  await fitsPhone(page, testInfo, "cases");

  // Filter: exits only, as the API counts them.
  const exits = library.cases.filter((c) => c.outcome === "exited").length;
  await page.getByLabel("Outcome").selectOption("exited");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/outcome=exited/);
  await expect(rows).toHaveCount(exits);
  await expect(page.getByText(`${exits} of ${library.total} entries match the filters.`)).toBeVisible();

  // Sort by year, newest first: the header says so and the rows follow.
  await page.getByRole("link", { name: /^Year/ }).click();
  await expect(page).toHaveURL(/sort=year&dir=asc/);
  await page.getByRole("link", { name: /^Year/ }).click();
  await expect(page).toHaveURL(/sort=year&dir=desc/);
  await expect(page.getByRole("columnheader", { name: /Year/ })).toHaveAttribute("aria-sort", "descending");
  const years = (await page.locator("tbody tr td:nth-of-type(3)").allInnerTexts()).map(Number);
  expect(years).toEqual([...years].sort((a, b) => b - a));

  // An entry's ratings, justifications and sources.
  const first = library.cases.find((c) => c.id === "airbnb-chn-2015")!;
  await page.goto("/cases");
  await page.getByRole("link", { name: first.firm, exact: true }).first().click();
  await expect(page).toHaveURL(/\/cases\/airbnb-chn-2015$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Airbnb");
  const [, rating] = Object.entries(first.firmFactors)[0]!;
  await expect(page.getByText(rating.why)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(page.locator(`#source-${first.sources[0]!.id}`)).toContainText(first.sources[0]!.title);
  await page.screenshot({ path: testInfo.outputPath("case-detail.png"), fullPage: true });
  await expectNoSeriousAxeViolations(page, testInfo, "case-detail");
  await fitsPhone(page, testInfo, "case-detail");
});

test("How good is this model? states the backtest in plain words, per mode and as a confusion table", async ({
  page,
  request,
}, testInfo) => {
  const backtest = (await (await request.get("/api/v1/entry-modes/backtest")).json()) as EntryModeBacktest;
  await page.goto("/cases/backtest");
  await expect(page.getByRole("heading", { level: 1, name: "How good is this model?" })).toBeVisible();
  const o = backtest.outOfSample;
  await expect(page.getByTestId("backtest-lead")).toContainText(
    `On ${o.cases} documented entries it had not seen, the model's first choice matched what the firm did ${o.top1.hits} times`,
  );
  await expect(page.getByTestId("backtest-verdict")).toContainText(
    backtest.beatsBaseRate.top1 ? "It beats the base rate." : "It does not beat the base rate.",
  );
  await expect(page.getByText(/in sample too/)).toBeVisible();
  const perMode = page.getByRole("table", { name: /per entry mode/ });
  await expect(perMode.locator("tbody tr")).toHaveCount(backtest.perMode.length);
  const confusion = page.getByRole("table", { name: /Confusion table/ });
  await expect(confusion.locator("tbody tr")).toHaveCount(backtest.confusion.modes.length);
  await page.screenshot({ path: testInfo.outputPath("backtest.png"), fullPage: true });
  await expectNoSeriousAxeViolations(page, testInfo, "backtest");
  await fitsPhone(page, testInfo, "backtest");
});

test("the entry-mode page shows firms like yours in markets like this, and the replay says it is in sample", async ({
  page,
}, testInfo) => {
  await page.goto("/compare/entry-modes?replay=russia-2012");
  const similar = page.getByRole("region", { name: "Firms like yours in markets like this" });
  await expect(similar).toBeVisible();
  await expect(similar.getByTestId("similar-cases").locator("> li")).toHaveCount(3);
  await expect(page.getByTestId("replay-in-sample")).toContainText("In sample.");
  await expect(page.getByTestId("backtest-sentence")).toContainText(/Tested on \d+ documented entries it had not seen/);
  await page
    .getByRole("region", { name: /Ranking of entry modes/ })
    .screenshot({ path: testInfo.outputPath("ranking-with-backtest.png") });
  await similar.scrollIntoViewIfNeeded();
  await similar.screenshot({ path: testInfo.outputPath("similar-cases.png") });
  await page.getByRole("region", { name: /Replaying the thesis case/ }).screenshot({
    path: testInfo.outputPath("replay-in-sample.png"),
  });
  await page.screenshot({ path: testInfo.outputPath("entry-modes-similar.png"), fullPage: true });
  await expectNoSeriousAxeViolations(page, testInfo, "entry-modes-similar");
  await fitsPhone(page, testInfo, "entry-modes-similar");
  const first = similar.getByRole("link").first();
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);

  // The strategies page replays the same case: in sample too, and no similar cases (entry modes only).
  await page.goto("/compare/strategies?replay=russia-2012");
  await expect(page.getByTestId("replay-in-sample")).toContainText("In sample.");
  await expect(page.getByRole("region", { name: "Firms like yours in markets like this" })).toHaveCount(0);
});
