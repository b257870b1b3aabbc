import { expect, test } from "@playwright/test";

import {
  engineRankingForUrl,
  expectNoSeriousAxeViolations,
  formatScore,
  rankingOnPage,
  waitForUrlState,
} from "./workspace-support";

test("moving weight sliders re-ranks the markets exactly as the engine ranks them for those weights", async ({
  page,
  request,
}, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Rank candidate markets", level: 1 })).toBeVisible();
  const before = await rankingOnPage(page);
  expect(before).toHaveLength(7);
  // The default view matches the server's engine too (the URL takes the state a moment after load).
  await waitForUrlState(page, (p) => p.get("m") === "RUS,IDN,MYS,PHL,SGP,THA,VNM");
  const engineBefore = await engineRankingForUrl(request, page.url());
  expect(before.map((r) => r.id)).toEqual(engineBefore.ranking.map((r) => r.id));

  // Keyboard only: proximity to China weighs most, market size not at all.
  const proximity = page.getByRole("slider", { name: "Proximity to the home market (China)" });
  await proximity.focus();
  await proximity.press("End");
  const attractiveness = page.getByRole("slider", { name: "Host market attractiveness" });
  await attractiveness.focus();
  await attractiveness.press("Home");
  const internet = page.getByRole("slider", { name: "Internet users" });
  for (let i = 0; i < 10; i++) await internet.press("ArrowRight");
  await waitForUrlState(
    page,
    (p) => (p.get("g") ?? "").includes("proximity:1") && (p.get("w") ?? "").includes("internet_users_pct"),
  );

  const after = await rankingOnPage(page);
  const engine = await engineRankingForUrl(request, page.url());
  expect(after.map((r) => r.id)).toEqual(engine.ranking.map((r) => r.id));
  expect(after.map((r) => r.rank)).toEqual(engine.ranking.map((r) => r.rank));
  expect(after.map((r) => r.score)).toEqual(engine.ranking.map((r) => formatScore(r.score)));
  // The move mattered: the scores are not the default ones.
  expect(after.map((r) => r.score)).not.toEqual(before.map((r) => r.score));
  await expect(proximity).toHaveAttribute("aria-valuetext", /of the total weight/);
  await page.screenshot({ path: testInfo.outputPath("workspace-after-sliders.png"), fullPage: true });
});

test("every method and missing-data policy gives the engine's ranking", async ({ page, request }) => {
  await page.goto("/?m=RUS,IDN,MYS,PHL,SGP,THA,VNM,IND,BRA,KAZ&method=wsm&missing=renormalize");
  for (const method of ["TOPSIS", "PROMETHEE II", "Weighted sum"]) {
    await page.getByRole("radio", { name: new RegExp(`^${method}`) }).check();
    for (const policy of [/Count a gap as the worst value/, /Count a gap as typical/]) {
      await page.getByRole("radio", { name: policy }).check();
      const key = method === "TOPSIS" ? "topsis" : method === "PROMETHEE II" ? "promethee2" : "wsm";
      const missing = String(policy).includes("worst") ? "worst" : "renormalize";
      await waitForUrlState(page, (p) => p.get("method") === key && p.get("missing") === missing);
      const engine = await engineRankingForUrl(request, page.url());
      const shown = await rankingOnPage(page);
      expect(shown.map((r) => `${r.rank}:${r.id}:${r.score}`)).toEqual(
        engine.ranking.map((r) => `${r.rank}:${r.id}:${formatScore(r.score)}`),
      );
    }
  }
});

test("a copied link reproduces the view exactly after a reload", async ({ page, context, browser }, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await page.getByRole("radio", { name: /^TOPSIS/ }).check();
  // Markets: drop Russia, add India by code.
  await page.getByRole("button", { name: "Remove Russia" }).click();
  await page.getByText("Add or remove markets").click();
  await page.getByLabel("Search by name or code").fill("ind");
  await page.getByRole("checkbox", { name: /India/ }).check();
  // A weight, an own assessment and its group's weight.
  const lpi = page.getByRole("slider", { name: "Logistics Performance Index" });
  await lpi.focus();
  for (let i = 0; i < 15; i++) await lpi.press("ArrowRight");
  await page.getByLabel("Vietnam: competitive intensity, your rating").selectOption("4");
  await page.getByLabel("Thailand: competitive intensity, your rating").selectOption("2");
  const competition = page.getByRole("slider", { name: "Competitive intensity" });
  await competition.focus();
  for (let i = 0; i < 20; i++) await competition.press("ArrowRight");
  await page.getByLabel("Explain market").selectOption("VNM");
  await waitForUrlState(
    page,
    (p) => p.get("why") === "VNM" && (p.get("g") ?? "").includes("competition:0.2") && p.get("method") === "topsis",
  );

  await page.getByRole("button", { name: "Copy link to this view" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const view = async (p: typeof page) => ({
    ranking: await rankingOnPage(p),
    method: await p.getByRole("radio", { name: /^TOPSIS/ }).isChecked(),
    lpi: await p.getByRole("slider", { name: "Logistics Performance Index" }).getAttribute("aria-valuetext"),
    competition: await p.getByRole("slider", { name: "Competitive intensity" }).inputValue(),
    vietnam: await p.getByLabel("Vietnam: competitive intensity, your rating").inputValue(),
    markets: await p.getByRole("list", { name: "Selected markets" }).innerText(),
    why: await p.getByRole("heading", { name: /^Why / }).innerText(),
  });
  const original = await view(page);
  expect(original.why).toBe("Why Vietnam?");
  expect(original.ranking.map((r) => r.id)).toContain("IND");
  expect(original.ranking.map((r) => r.id)).not.toContain("RUS");

  const fresh = await browser.newContext();
  const reopened = await fresh.newPage();
  await reopened.goto(copied);
  expect(await view(reopened)).toEqual(original);
  await reopened.screenshot({ path: testInfo.outputPath("workspace-reopened-link.png"), fullPage: true });
  await fresh.close();

  await page.reload();
  expect(await view(page)).toEqual(original);
});

test("the market picker searches by name or code, and an empty selection says what to do", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Add or remove markets").click();
  const search = page.getByLabel("Search by name or code");
  await search.fill("vnm");
  await expect(page.getByRole("checkbox")).toHaveCount(1);
  await expect(page.getByRole("checkbox", { name: /Vietnam/ })).toBeChecked();
  await search.fill("zzzz");
  await expect(page.getByText("No market matches")).toBeVisible();
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByText("No market selected. Pick at least one below.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "No ranking for these settings." })).toContainText(
    "pick at least one market",
  );
  await page.getByRole("group", { name: "Presets" }).getByRole("button", { name: "Thesis markets" }).click();
  expect(await rankingOnPage(page)).toHaveLength(7);
});

test("a broken link is read as far as possible and the rest is named", async ({ page }) => {
  await page.goto("/?m=RUS,SGP,XXX&method=magic&g=proximity:abc");
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText("method");
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText("XXX");
  expect((await rankingOnPage(page)).map((r) => r.id).sort()).toEqual(["RUS", "SGP"]);
});

test("the why panel names the strongest and weakest criteria with values, years and sources", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  const first = (await rankingOnPage(page))[0]!;
  const why = page.locator("section", { has: page.getByRole("heading", { name: "Strongest criteria" }) });
  // A data year, or "(computed)" for a value Outbound computed, which has none (issue 11 §6).
  await expect(why.locator("li").first()).toContainText(/\(((19|20)\d\d|computed)\)/);
  await expect(why.locator("li").first()).toContainText("Source:");
  await expect(why.last()).not.toContainText("github.com");
  await page.screenshot({ path: testInfo.outputPath("why-panel.png") });
  await page.getByRole("button", { name: /^Why Russia ranks/ }).click();
  await expect(page.getByRole("heading", { name: "Why Russia?" })).toBeVisible();
  await expect(page.getByText(/No value for .*left out of Russia's score, never counted as zero/)).toBeVisible();
  expect(first.id).not.toBe("");
});

test("slider-to-ranking latency: p95 over 50 slider moves, measured in the browser", async ({ page }) => {
  await page.goto("/");
  // Steady state: the lazily loaded map has arrived (its first parse is a one-off cost).
  await expect(page.getByRole("img", { name: /Map of the selected markets/ })).toBeVisible();
  const slider = page.getByRole("slider", { name: "Real GDP growth" });
  await slider.focus();
  await slider.press("Home");
  await page.evaluate(() => {
    window.__outboundLatency = [];
    window.__outboundRecompute = [];
  });
  for (let i = 1; i <= 50; i++) {
    await slider.press("ArrowRight");
    await expect.poll(() => page.evaluate(() => window.__outboundLatency?.length ?? 0)).toBe(i);
  }
  const { latency, recompute } = await page.evaluate(() => ({
    latency: window.__outboundLatency ?? [],
    recompute: window.__outboundRecompute ?? [],
  }));
  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
  const summary = `slider-to-ranking latency over ${latency.length} moves: p95 ${p95(latency).toFixed(1)} ms, median ${[...latency].sort((a, b) => a - b)[Math.floor(latency.length / 2)]!.toFixed(1)} ms, max ${Math.max(...latency).toFixed(1)} ms; engine recompute p95 ${p95(recompute).toFixed(2)} ms`;
  console.log(summary);
  test.info().annotations.push({ type: "latency", description: summary });
  expect(latency).toHaveLength(50);
  expect(p95(latency)).toBeLessThan(50);
});

test("first-load JavaScript of the workspace: what the page needs before the map and charts load", async ({
  page,
  request,
}) => {
  const html = await (await request.get("/")).text();
  // Every script the HTML loads, except the legacy-browser polyfills (noModule: modern browsers skip them).
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)];
  const scripts = [...new Set(tags.filter((m) => !/nomodule/i.test(m[0])).map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  const { gzipSync } = await import("node:zlib");
  for (const src of scripts) {
    const body = await (await request.get(src)).body();
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const lazy: string[] = [];
  page.on("response", (r) => {
    if (r.url().endsWith(".js") && !scripts.some((s) => r.url().endsWith(s))) lazy.push(r.url());
  });
  await page.goto("/");
  await expect(page.getByRole("img", { name: /Map of the selected markets/ })).toBeVisible();
  const summary = `workspace first-load JS: ${scripts.length} scripts, ${(raw / 1024).toFixed(0)} KiB raw, ${(gzip / 1024).toFixed(0)} KiB gzip; loaded later: ${lazy.length} chunk(s) (map)`;
  console.log(summary);
  test.info().annotations.push({ type: "first-load-js", description: summary });
  expect(lazy.length).toBeGreaterThan(0);
  // Budget: the route's own code on top of React and Next.js stays small (the map and its shapes are lazy).
  // 220 KiB until issue 12; next-intl's client runtime with its ICU parser added ~18 KiB (237.8
  // measured), so 250. Precompiling the messages (next-intl's experimental option) would drop the parser.
  expect(gzip / 1024).toBeLessThan(250);
});

test("the workspace passes axe and reads well from 375 px to a wide screen", async ({ page }, testInfo) => {
  for (const [name, width] of [
    ["wide", 1440],
    ["phone", 375],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/?m=RUS,IDN,MYS,PHL,SGP,THA,VNM&method=wsm&missing=renormalize&why=RUS");
    await expect(page.getByRole("img", { name: /Map of the selected markets/ })).toBeVisible();
    await page.getByText("The numbers behind the bars").click();
    await page.getByRole("button", { name: "About Internet users" }).click();
    await expectNoSeriousAxeViolations(page, testInfo, `workspace-${name}`);
    await page.screenshot({ path: testInfo.outputPath(`workspace-${name}.png`), fullPage: true });
    await page.screenshot({ path: testInfo.outputPath(`workspace-${name}-viewport.png`) });
    // Nothing overflows the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});
