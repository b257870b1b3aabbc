import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

import { expectNoOverflowAt375, expectNoSeriousAxeViolations, scoringDataFromApi } from "./workspace-support";
import { saveThesisScenario } from "./thesis-scenario";

// Issue 11 §9, readable workspace and pages: sliders that say where their thumb is, bar parts that
// explain themselves on hover and focus, bad links said in words, every scroll region reachable by
// keyboard, and the long pages (report, Russia's profile) with contents and collapsible sections.

// Long pages on a shared machine: axe on a 30,000 px report alone takes tens of seconds.
test.describe.configure({ timeout: 150_000 });

// Zod 4's own wording; a link's reader must never see it.
const VALIDATOR_WORDS = /Invalid|expected|received|Too big|Too small/;

async function thesisReport(request: APIRequestContext): Promise<string> {
  const scenario = await saveThesisScenario(request, {
    name: "Thesis scenario: Russia and Southeast Asia",
    samples: 1000,
  });
  return `/scenarios/${scenario.id}/report`;
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

test("a slider shows its raw position next to the share it gives, and the stays-first band leaves thumb and track clear", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/");
  const groups = page.locator("section[data-group]");
  await expect(groups.first()).toBeVisible();
  const attractiveness = page.getByRole("slider", { name: "Host market attractiveness" });
  await attractiveness.fill("0.55");

  // The share by hand: 0.55 over the sum of the raw group weights that are scored.
  const raws = await page.locator("section[data-group]").evaluateAll((sections) =>
    sections.map((s) => ({
      raw: Number((s.querySelector('input[type="range"]') as HTMLInputElement).value),
      scored: !/not scored/.test(s.querySelector("[data-testid=slider-figure]")?.textContent ?? ""),
    })),
  );
  const total = raws.filter((r) => r.scored).reduce((sum, r) => sum + r.raw, 0);
  const share = Math.round((0.55 / total) * 100);
  const figure = page.locator("section[data-group]").first().getByTestId("slider-figure").first();
  await expect(figure).toHaveText(new RegExp(`^raw 55 →\\s*${share}%`));
  await expect(attractiveness).toHaveAttribute("aria-valuetext", new RegExp(`% of the total weight; raw 55 of 100$`));

  // Every band sits below its slider's thumb (thumb: 16 px, centred on the 24 px input).
  const bands = page.getByTestId("weight-band");
  expect(await bands.count()).toBeGreaterThan(0);
  for (const band of await bands.all()) {
    const input = band.locator("xpath=../input");
    const [b, i] = [await band.boundingBox(), await input.boundingBox()];
    expect(b!.y).toBeGreaterThanOrEqual(i!.y + i!.height / 2 + 8);
    expect(b!.height).toBeLessThanOrEqual(4);
  }
  await page
    .locator("section[data-group]")
    .first()
    .screenshot({ path: testInfo.outputPath("slider-1400.png") });
});

test("a bar part shows its criterion, value with unit and year, and contribution on hover and on keyboard focus", async ({
  page,
  request,
}, testInfo) => {
  const data = await scoringDataFromApi(request);
  const unitOf = Object.fromEntries(data.indicators.map((i) => [i.key, i.unit]));
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/");
  const first = page
    .getByRole("list", { name: /^Ranking by/ })
    .locator(":scope > li")
    .first();
  const market = (await first.getAttribute("data-market"))!;
  const bar = first.getByRole("group");
  const tooltip = first.getByTestId("bar-tooltip");

  // Keyboard: from the row's Why button, Tab lands on the bar's first part.
  await first.getByRole("button", { name: /^Why / }).focus();
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("role", "img");
  const expectTooltipFor = async (criterion: string) => {
    const value = data.values[market]![criterion]!;
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(unitOf[criterion]!);
    await expect(tooltip).toContainText(`(${value.year})`);
    await expect(tooltip).toContainText(/contribution (under )?[+−-]?\d/);
  };
  const firstKey = (await focused.getAttribute("data-criterion"))!;
  await expectTooltipFor(firstKey);
  await expect(focused).toHaveAccessibleName(new RegExp(`\\(${data.values[market]![firstKey]!.year}\\); contribution`));
  await page.keyboard.press("ArrowRight");
  const secondKey = (await page.locator(":focus").getAttribute("data-criterion"))!;
  expect(secondKey).not.toBe(firstKey);
  await expectTooltipFor(secondKey);
  await page.screenshot({ path: testInfo.outputPath("bar-tooltip-focus-1400.png") });
  await page.keyboard.press("Escape");
  await expect(tooltip).toBeHidden();

  // Pointer: hovering the widest part shows its own words.
  const parts = await bar.getByRole("img").all();
  const widths = await Promise.all(parts.map(async (p) => (await p.boundingBox())!.width));
  const widest = parts[widths.indexOf(Math.max(...widths))]!;
  await widest.hover();
  await expectTooltipFor((await widest.getAttribute("data-criterion"))!);
  await page.screenshot({ path: testInfo.outputPath("bar-tooltip-hover-1400.png") });
  await expectNoSeriousAxeViolations(page, testInfo, "workspace-tooltip");
});

test("a bad link leaves no chip for an unknown market and says in words what it ignored", async ({
  page,
}, testInfo) => {
  await page.goto("/?m=RUS,XXX,IDN,1Z&method=magic&cov=2&missing=guess&norm=zscore&pref=steep&weights=nope&home=ZZZ");
  const notice = page.getByRole("status").filter({ hasText: "Parts of the link could not be used" });
  await expect(notice).toContainText("XXX is not a market code in the data set; it was left out.");
  await expect(notice).toContainText('"1Z" (in m=) is not a three-letter market code; it was left out.');
  await expect(notice).toContainText('"magic" (method=) is not a ranking method');
  await expect(notice).toContainText('"ZZZ" (home=) is not a market in the data set');
  expect(await notice.innerText()).not.toMatch(VALIDATOR_WORDS);
  const chips = page.getByRole("list", { name: "Selected markets" });
  await expect(chips).toContainText("Russia");
  await expect(chips).toContainText("Indonesia");
  await expect(chips).not.toContainText("XXX");
  await expect(page.getByRole("list", { name: /^Ranking by/ }).locator(":scope > li")).toHaveCount(2);
  await page.setViewportSize({ width: 1400, height: 900 });
  await notice.screenshot({ path: testInfo.outputPath("bad-link-notice.png") });
});

test("the home page has no serious accessibility violation at 1400 px and at 375 px", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/");
  await expect(page.getByRole("list", { name: /^Ranking by/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page, testInfo, "home-1400");
  // The duplicate landmark the issue names is axe's landmark-unique (a moderate one): none at all.
  const landmarks = await new AxeBuilder({ page }).withRules(["landmark-unique"]).analyze();
  expect(landmarks.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")))).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("workspace-1400.png") });
  await expectNoOverflowAt375(page, page.url());
  await expectNoSeriousAxeViolations(page, testInfo, "home-375");
  await page.screenshot({ path: testInfo.outputPath("workspace-375.png") });
});

test("the report page has contents from its sections, collapsible sections, and every table reachable by keyboard at 375 px", async ({
  page,
  request,
}, testInfo) => {
  const url = await thesisReport(request);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(url);
  const sections = page.locator("article.report > section.report-section");
  const titles = await sections.locator("h2").allInnerTexts();
  expect(titles.length).toBeGreaterThan(3);
  const toc = page.getByRole("navigation", { name: "Contents of the report" });
  // One link per section, in the document's order, each to its section.
  await expect(toc.getByRole("link")).toHaveText(titles);
  for (const link of await toc.getByRole("link").all()) {
    const target = (await link.getAttribute("href"))!.slice(1);
    await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);
  }
  const openHeight = await pageHeight(page);
  await page.screenshot({ path: testInfo.outputPath("report-top-1400.png") });

  // Collapse one section, then all; a contents link reopens its section.
  const last = sections.last();
  const lastTitle = titles[titles.length - 1]!;
  await last.locator("summary").click();
  await expect(last.locator("details")).not.toHaveAttribute("open");
  await toc.getByRole("button", { name: "Collapse all sections" }).click();
  const collapsedHeight = await pageHeight(page);
  expect(collapsedHeight).toBeLessThan(openHeight / 3);
  await page.screenshot({ path: testInfo.outputPath("report-collapsed-1400.png"), fullPage: true });
  await toc.getByRole("link", { name: lastTitle }).click();
  await expect(last.locator("details")).toHaveAttribute("open");
  await toc.getByRole("button", { name: "Expand all sections" }).click();
  expect(await pageHeight(page)).toBe(openHeight);
  testInfo.annotations.push({
    type: "report height at 1400 px",
    description: `${openHeight} px open, ${collapsedHeight} px collapsed`,
  });

  await expectNoOverflowAt375(page, page.url());
  const regions = page.locator("article.report [role=region]");
  expect(await regions.count()).toBeGreaterThan(0);
  for (const region of await regions.all()) {
    await expect(region).toHaveAttribute("tabindex", "0");
    await expect(region).toHaveAccessibleName(/\S/);
  }
  await expectNoSeriousAxeViolations(page, testInfo, "report-375");
  testInfo.annotations.push({ type: "report height at 375 px", description: `${await pageHeight(page)} px open` });
  await page.screenshot({ path: testInfo.outputPath("report-top-375.png") });
  await toc.getByRole("button", { name: "Collapse all sections" }).click();
  testInfo.annotations.push({
    type: "report height at 375 px collapsed",
    description: `${await pageHeight(page)} px`,
  });
  await page.screenshot({ path: testInfo.outputPath("report-collapsed-375.png"), fullPage: true });
});

test("Russia's profile has contents and collapsible sections", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/markets/RUS");
  const toc = page.getByRole("navigation", { name: "Contents of this profile" });
  const links = toc.getByRole("link");
  expect(await links.count()).toBeGreaterThan(5);
  for (const link of await links.all()) {
    const target = (await link.getAttribute("href"))!.slice(1);
    await expect(page.locator(`details[id="${target}"]`)).toHaveCount(1);
  }
  const openHeight = await pageHeight(page);
  await page.screenshot({ path: testInfo.outputPath("russia-top-1400.png") });
  await toc.getByRole("button", { name: "Collapse all sections" }).click();
  const collapsedHeight = await pageHeight(page);
  expect(collapsedHeight).toBeLessThan(openHeight / 2);
  await page.screenshot({ path: testInfo.outputPath("russia-collapsed-1400.png"), fullPage: true });
  await links.last().click();
  await expect(page.locator("details[data-collapsible]").last()).toHaveAttribute("open");
  await toc.getByRole("button", { name: "Expand all sections" }).click();
  testInfo.annotations.push({
    type: "Russia profile height at 1400 px",
    description: `${openHeight} px open, ${collapsedHeight} px collapsed`,
  });
  await expectNoOverflowAt375(page, page.url());
  await expectNoSeriousAxeViolations(page, testInfo, "russia-375");
  await page.screenshot({ path: testInfo.outputPath("russia-top-375.png") });
});

test("page heights of the long pages (measured for the report to the lead)", async ({ page, request }, testInfo) => {
  const url = await thesisReport(request);
  for (const [name, path] of [
    ["report", url],
    ["Russia profile", "/markets/RUS"],
    ["workspace", "/"],
  ] as const) {
    for (const width of [1400, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      testInfo.annotations.push({ type: `${name} at ${width} px`, description: `${await pageHeight(page)} px` });
    }
  }
  // The robustness page's tornado for the thesis scenario, in the order it is drawn.
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/robustness");
  const rows = page.getByRole("table", { name: /^Weight swings/ }).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  testInfo.annotations.push({
    type: "tornado rows (criterion, weight, low, high, leader's swing)",
    description: JSON.stringify(
      await rows.evaluateAll((trs) =>
        trs.slice(0, 8).map((tr) => [...tr.querySelectorAll("th,td")].slice(0, 5).map((c) => c.textContent)),
      ),
    ),
  });
  await page.screenshot({ path: testInfo.outputPath("robustness-tornado-1400.png"), fullPage: true });
  console.log(JSON.stringify(testInfo.annotations));
});
