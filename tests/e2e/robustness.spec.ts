import { expect, test } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./workspace-support";

const thesis = "m=RUS,IDN,MYS,PHL,SGP,THA,VNM&method=wsm&missing=renormalize";

test("a Monte Carlo run shows its progress and ends with rank probabilities that sum to 1", async ({
  page,
}, testInfo) => {
  await page.goto(`/robustness?${thesis}`);
  await page.getByLabel("Samples").fill("100000");
  await page.getByLabel("Seed").fill("7");
  await page.getByRole("button", { name: "Run simulation" }).click();
  const progress = page.getByRole("progressbar", { name: "Simulation progress" });
  await expect(progress).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel" })).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath("robustness-running.png") });

  const table = page.getByTestId("rank-probabilities");
  await expect(table).toBeVisible({ timeout: 30_000 });
  // It says what it varied: the weights and the uncertain values together (decision record 014).
  await expect(
    page.getByText(/^Done in [\d.]+ s: 100,000 Monte Carlo draws of the weights .* and of \d+ market values together/),
  ).toBeVisible();
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll("td[data-probability]"), (td) => Number(td.getAttribute("data-probability"))),
      ),
    );
  expect(rows).toHaveLength(7);
  for (const row of rows) {
    expect(row).toHaveLength(7);
    expect(row.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
  }
  for (let rank = 0; rank < 7; rank++) expect(rows.reduce((s, row) => s + row[rank]!, 0)).toBeCloseTo(1, 9);
  // The link now carries the settings, so it reproduces the run.
  expect(new URL(page.url()).searchParams.get("seed")).toBe("7");
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("robustness-done.png"), fullPage: true });
});

test("a running simulation can be cancelled", async ({ page }) => {
  const all = "RUS,IDN,MYS,PHL,SGP,THA,VNM,ARE,BGD,BRA,CHN,DEU,EGY,IND,KAZ,LKA,MEX,NGA,NPL,PAK,POL,SAU,TUR,USA,ZAF";
  await page.goto(`/robustness?m=${all}&method=promethee2&missing=renormalize`);
  await page.getByLabel("Samples").fill("100000");
  await page.getByRole("button", { name: "Run simulation" }).click();
  await expect(page.getByRole("progressbar", { name: "Simulation progress" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText(/^Cancelled after/)).toBeVisible();
  await expect(page.getByTestId("rank-probabilities")).toHaveCount(0);
});

test("the tornado and the stability intervals come with their numbers as tables", async ({ page }) => {
  await page.goto(`/robustness?${thesis}`);
  await expect(page.getByRole("img", { name: /^Tornado chart/ })).toBeVisible();
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  // one row per criterion: the 29 indicators of data set 2026.12.2 less the platform share, which
  // sits in the user-rated competition group (left out while unrated); the other 28 are known for
  // at least half of the seven, so none is left out for coverage
  await expect(page.getByRole("table", { name: /Weight swings/ }).locator("tbody tr")).toHaveCount(28);
  await expect(page.getByRole("table", { name: /Stability interval/ }).locator("tbody tr")).toHaveCount(28);
  await expect(page.getByTestId("robustness-summary")).toContainText("ranks first");
});

test("the robustness page passes axe, on a wide screen and on a phone", async ({ page }, testInfo) => {
  for (const [name, width] of [
    ["wide", 1440],
    ["phone", 375],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/robustness?${thesis}&samples=500`);
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await page.getByRole("button", { name: "Run simulation" }).click();
    await expect(page.getByTestId("rank-probabilities")).toBeVisible();
    await expectNoSeriousAxeViolations(page, testInfo, `robustness-${name}`);
    await page.screenshot({ path: testInfo.outputPath(`robustness-${name}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});
