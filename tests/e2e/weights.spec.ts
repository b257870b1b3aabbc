import { expect, test } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./workspace-support";

test("the page starts from the current weights with n − 1 comparisons that reproduce them exactly", async ({
  page,
}, testInfo) => {
  await page.goto("/weights");
  await expect(
    page.getByRole("heading", { name: "Weigh the criteria by pairwise comparison", level: 1 }),
  ).toBeVisible();
  // Five groups with data, a star around the heaviest (attractiveness, 55 %): four questions.
  await expect(page.getByRole("slider")).toHaveCount(4);
  await expect(page.getByTestId("consistency")).toHaveText(
    "4 comparisons for 5 criteria: no check of consistency possible yet; add one more to check.",
  );
  // The thesis weights 0.55 / 0.15 = 3.67: the exact ratio is kept, Saaty's nearest step shown.
  await expect(
    page.getByRole("slider", { name: "Host market attractiveness versus Governance quality" }),
  ).toHaveAttribute(
    "aria-valuetext",
    "Host market attractiveness is 11 times as important as Governance quality: the ratio of the current weights (11; nearest on Saaty's scale: 9)",
  );
  // Every AHP weight equals the weight in use now.
  for (const row of await page
    .getByRole("row")
    .filter({ has: page.getByRole("cell") })
    .all()) {
    const [ahp, now] = await row.getByRole("cell").allInnerTexts();
    expect(ahp).toBe(now);
  }
  await page.screenshot({ path: testInfo.outputPath("weights-start.png"), fullPage: true });

  // One more comparison: its start is the ratio the others imply, so everything still agrees.
  await page
    .getByLabel(/^Add a comparison/)
    .selectOption({ label: "Governance quality versus Infrastructure readiness" });
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("slider")).toHaveCount(5);
  await expect(page.getByTestId("consistency")).toContainText("Consistent");
  await expect(page.getByTestId("consistency-index")).toHaveText("0");
  await page.screenshot({ path: testInfo.outputPath("weights-added.png"), fullPage: true });
});

test("inconsistent pairwise comparisons show a warning that names the comparison to revisit", async ({
  page,
}, testInfo) => {
  await page.goto("/weights");
  const pair = (a: string, b: string) => page.getByRole("slider", { name: `${a} versus ${b}` });
  await page
    .getByLabel(/^Add a comparison/)
    .selectOption({ label: "Governance quality versus Infrastructure readiness" });
  await page.getByRole("button", { name: "Add", exact: true }).click();
  // A circle: attractiveness ≫ governance, governance ≫ infrastructure, infrastructure ≫ attractiveness.
  await pair("Host market attractiveness", "Governance quality").press("Home");
  await pair("Governance quality", "Infrastructure readiness").press("Home");
  await pair("Host market attractiveness", "Infrastructure readiness").press("End");
  await expect(pair("Host market attractiveness", "Infrastructure readiness")).toHaveAttribute(
    "aria-valuetext",
    "Infrastructure readiness is extremely more important than Host market attractiveness (9)",
  );

  const warning = page.getByRole("alert").filter({ hasText: "Inconsistent judgements" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(/GCI \d+\.\d+ > 0\.37/);
  await expect(warning).toContainText(/Revisit the comparison of .+ with .+/);
  const gci = Number(await page.getByTestId("consistency-index").innerText());
  expect(gci).toBeGreaterThan(0.37);
  const named = await warning.locator("strong").allInnerTexts();
  await expect(page.locator("li", { hasText: "Revisit this comparison." })).toContainText(named[0]!);
  await warning.getByRole("button", { name: "Go to this comparison" }).click();
  await expect(page.getByRole("slider", { name: `${named[0]} versus ${named[1]}` })).toBeFocused();
  await expect(page.getByRole("link", { name: "Apply these weights anyway" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("weights-inconsistent.png"), fullPage: true });

  await warning.getByRole("button", { name: /^Change it to:/ }).click();
  await expect(page.getByTestId("consistency-index")).not.toHaveText(String(gci));
});

test("applying consistent AHP weights sets the workspace's group sliders", async ({ page }, testInfo) => {
  await page.goto("/");
  // The workspace writes its state into the link 250 ms after it loads (replaceState); a click
  // before then races that write and can be lost, so wait for it.
  await expect(page).toHaveURL(/[?&]m=/);
  await page.getByRole("link", { name: "Weigh by pairwise comparison (AHP)" }).click();
  await expect(page).toHaveURL(/\/weights\?/);
  const pair = (a: string, b: string) => page.getByRole("slider", { name: `${a} versus ${b}` });
  // Attractiveness 3× each of the four others; the others equal: consistent, and the priorities
  // are proportional to (3, 1, 1, 1, 1): attractiveness 3/7 = 42.9 %, each other group 1/7 = 14.3 %.
  for (const other of [
    "Host regulation and relations (thesis driver)",
    "Governance quality",
    "Infrastructure readiness",
    "Proximity to the home market (China)",
  ]) {
    // Home = the first extremely more important (9); six steps back = 3.
    const slider = pair("Host market attractiveness", other);
    await slider.press("Home");
    for (let step = 0; step < 6; step++) await slider.press("ArrowRight");
  }
  // Four answers for five groups: enough for weights, nothing to check yet.
  await expect(page.getByTestId("consistency")).toContainText("no check of consistency possible yet");
  const ahpShare = await page
    .getByRole("row", { name: /^Host market attractiveness/ })
    .getByRole("cell")
    .first()
    .innerText();
  expect(ahpShare).toBe("42.9%");
  await page.screenshot({ path: testInfo.outputPath("weights-consistent.png"), fullPage: true });
  await page.getByRole("link", { name: "Apply to the ranking" }).click();

  await expect(page.getByRole("heading", { name: "Rank candidate markets" })).toBeVisible();
  await expect(page.getByRole("slider", { name: "Host market attractiveness" })).toHaveAttribute(
    "aria-valuetext",
    // 3/7 = 0.4286 as a raw slider value: 43 of 100 (weight-slider shows both).
    "42.9% of the total weight; raw 43 of 100",
  );
  await expect(page.getByRole("slider", { name: "Infrastructure readiness" })).toHaveAttribute(
    "aria-valuetext",
    /^14\.3% of the total weight/,
  );
  // 3/7 as the AHP page applies it: shares rounded to four decimals
  await expect
    .poll(() => new URL(page.url()).searchParams.get("g"), { timeout: 5_000 })
    .toMatch(/attractiveness:0\.4286,/);
});

test("the indicators of one group can be compared too", async ({ page }) => {
  await page.goto("/weights?compare=proximity");
  await expect(page.getByRole("heading", { name: /Compare the indicators of Proximity/ })).toBeVisible();
  // Three indicators: two questions give their weights.
  await expect(page.getByRole("slider")).toHaveCount(2);
});

test("the weights page passes axe, on a wide screen and on a phone", async ({ page }, testInfo) => {
  for (const [name, width] of [
    ["wide", 1440],
    ["phone", 375],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/weights");
    await page.getByRole("slider", { name: "Host market attractiveness versus Infrastructure readiness" }).press("End");
    await page.getByRole("slider", { name: "Host market attractiveness versus Governance quality" }).press("Home");
    await expectNoSeriousAxeViolations(page, testInfo, `weights-${name}`);
    await page.screenshot({ path: testInfo.outputPath(`weights-${name}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});
