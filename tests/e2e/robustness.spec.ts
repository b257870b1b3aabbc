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
  // PROMETHEE II with uncertain values over 25 markets cannot draw 100,000 samples: the form says
  // so before a run, then the largest run it allows is long enough to cancel.
  await page.getByLabel("Samples").fill("100000");
  const help = page.locator("#mc-samples-help");
  await expect(help).toContainText(/Samples must be at most [\d,]+ for this selection and method/);
  await expect(page.getByRole("button", { name: "Run simulation" })).toBeDisabled();
  const limit = Number((/at most ([\d,]+)/.exec(await help.innerText()) ?? [])[1]?.replaceAll(",", ""));
  expect(limit).toBeGreaterThan(1000);
  await page.getByLabel("Samples").fill(String(limit));
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
  // One row per criterion in the ranking: the 29 indicators of data set 2026.12.2 less the top-3
  // platform share, which sits in the user-rated competition group (left out while unrated) and is
  // known for 2 of the seven only; the other 28 are known for at least half of the seven.
  const swings = page.getByRole("table", { name: /Weight swings/ });
  await expect(swings.locator("tbody tr")).toHaveCount(28);
  await expect(swings.getByRole("rowheader", { name: "Top-3 platform share" })).toHaveCount(0);
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
