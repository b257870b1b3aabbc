import { writeFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import type { Scenario } from "@/lib/contracts/scenarios";
import type { WeightPresetList } from "@/lib/contracts/weight-presets";

import {
  engineRankingForUrl,
  expectNoSeriousAxeViolations,
  formatScore,
  rankingOnPage,
  waitForUrlState,
} from "./workspace-support";

// Weight presets (issue 10 §3, docs/decisions/016-weight-presets.md) as a user meets them: the
// ranking names its preset, a preset is chosen with one control, moved sliders are never replaced
// without asking, an unknown preset in a link is reported, and the report names the preset.

test("the ranking names its weight preset; choosing another re-ranks as the engine does, and moved sliders are not replaced without asking", async ({
  page,
  request,
}, testInfo) => {
  await page.goto("/");
  const status = page.getByTestId("ranking-weights");
  await expect(status).toHaveText("Weights: Thesis preset (default)");
  await waitForUrlState(page, (p) => p.get("m") === "RUS,IDN,MYS,PHL,SGP,THA,VNM");
  const thesis = await rankingOnPage(page);
  const engineThesis = await engineRankingForUrl(request, page.url());
  expect(thesis.map((r) => `${r.id} ${r.score}`)).toEqual(
    engineThesis.ranking.map((r) => `${r.id} ${formatScore(r.score)}`),
  );
  // The new default ranking of the seven thesis markets, for the closing note.
  writeFileSync(
    testInfo.outputPath("default-ranking.txt"),
    thesis.map((r) => `${r.rank}. ${r.id} ${r.score}`).join("\n"),
  );
  await expectNoSeriousAxeViolations(page, testInfo, "workspace with weight presets");
  await page.getByTestId("weight-preset-control").screenshot({ path: testInfo.outputPath("preset-control.png") });

  const preset = page.getByRole("combobox", { name: "Weight preset" });
  await preset.selectOption("market_potential");
  await waitForUrlState(page, (p) => p.get("weights") === "market_potential");
  await expect(status).toHaveText("Weights: Market potential preset");
  await expect(page.getByTestId("weight-preset-control")).toContainText("globalEDGE Market Potential Index");
  await expect(page.getByRole("link", { name: "Source" })).toHaveAttribute("href", "https://globaledge.msu.edu/mpi");
  const mpi = await rankingOnPage(page);
  const engineMpi = await engineRankingForUrl(request, page.url());
  expect(mpi.map((r) => `${r.id} ${r.score}`)).toEqual(engineMpi.ranking.map((r) => `${r.id} ${formatScore(r.score)}`));
  expect(mpi.map((r) => r.score)).not.toEqual(thesis.map((r) => r.score));

  // One slider moved: the ranking says so.
  const proximity = page.getByRole("slider", { name: "Proximity to the home market (China)" });
  await proximity.focus();
  for (let i = 0; i < 20; i++) await proximity.press("ArrowRight");
  await expect(status).toHaveText("Custom, from Market potential preset: 1 change");
  await waitForUrlState(page, (p) => (p.get("g") ?? "").includes("proximity:0.2"));
  const moved = page.url();

  // Choosing Equal weights now asks first; keeping the weights changes nothing.
  await preset.selectOption("equal");
  const ask = page.getByRole("alert").filter({ hasText: "Start again from the Equal weights preset?" });
  await expect(ask).toContainText("It replaces your 1 weight change.");
  await page.getByTestId("weight-preset-control").screenshot({ path: testInfo.outputPath("preset-confirm.png") });
  await ask.getByRole("button", { name: "Keep my weights" }).click();
  await expect(ask).toBeHidden();
  await expect(status).toHaveText("Custom, from Market potential preset: 1 change");
  await expect(preset).toHaveValue("market_potential");
  expect(page.url()).toBe(moved);

  await preset.selectOption("equal");
  await page.getByRole("button", { name: "Apply Equal weights" }).click();
  await expect(status).toHaveText("Weights: Equal weights preset");
  await waitForUrlState(page, (p) => p.get("weights") === "equal" && !p.has("g"));
  const equal = await rankingOnPage(page);
  const engineEqual = await engineRankingForUrl(request, page.url());
  expect(equal.map((r) => `${r.id} ${r.score}`)).toEqual(
    engineEqual.ranking.map((r) => `${r.id} ${formatScore(r.score)}`),
  );

  // Readable at 375 px: no horizontal overflow.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/?weights=market_potential&g=proximity:0.2");
  await expect(status).toHaveText("Custom, from Market potential preset: 1 change");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.getByTestId("weight-preset-control").screenshot({ path: testInfo.outputPath("preset-control-375.png") });
});

test("an unknown weight preset in a link is named on the page, never silently replaced", async ({ page }, testInfo) => {
  await page.goto("/?weights=mystery");
  const notice = page.getByRole("status").filter({ hasText: "Parts of the link could not be used" });
  await expect(notice).toContainText(
    `"mystery" (weights=) is not a weight preset (known: thesis, market_potential, equal); the Thesis preset's weights are shown instead.`,
  );
  await expect(page.getByTestId("ranking-weights")).toHaveText("Weights: Thesis preset (default)");
  await page.screenshot({ path: testInfo.outputPath("unknown-preset.png") });
});

test("the API lists the presets, and a scenario saved from a preset names it in its report", async ({
  page,
  request,
}, testInfo) => {
  const listed = await request.get("/api/v1/weight-presets");
  expect(listed.status()).toBe(200);
  const list = (await listed.json()) as WeightPresetList;
  expect(list.default).toBe("thesis");
  expect(list.presets.map((p) => p.key)).toEqual(["thesis", "market_potential", "equal"]);
  // Thesis: attractiveness 55 of 100 points, population 20 of its 100 → 11 % of the total.
  expect(list.presets[0]!.globalShares.population).toBeCloseTo(0.11, 12);

  const created = await request.post("/api/v1/scenarios", {
    data: {
      name: "Market potential, proximity raised",
      inputs: {
        state: {
          markets: ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"],
          method: "wsm",
          missing: "renormalize",
          weightPreset: "market_potential",
          groupWeights: { proximity: 0.2 },
          indicatorWeights: {},
          assessments: {},
        },
        firmProfile: null,
        monteCarlo: { samples: 500, seed: 42, concentration: 50 },
      },
    },
  });
  expect(created.status()).toBe(201);
  const scenario = (await created.json()) as Scenario;
  expect(scenario.inputs.state.weightPreset).toBe("market_potential");

  await page.goto(`/scenarios/${scenario.id}`);
  await expect(page.getByTestId("scenario-weight-preset")).toHaveText(
    "Starting from the Market potential weight preset (docs/decisions/016-weight-presets.md#market-potential).",
  );
  await page.getByTestId("scenario-weight-preset").screenshot({ path: testInfo.outputPath("scenario-preset.png") });

  await page.goto(`/scenarios/${scenario.id}/report`);
  const label = "Custom, from Market potential preset: 1 change";
  await expect(page.getByText(`${label}. Method:`)).toBeVisible();
  await expect(page.getByText(/Changed from the preset: Proximity to the home market/)).toBeVisible();
  await expectNoSeriousAxeViolations(page, testInfo, "report with a weight preset");
  await page.screenshot({ path: testInfo.outputPath("report-preset.png"), fullPage: true });
  // The two places the page names the preset, close up (the full page is too tall to read).
  for (const [name, text] of [
    ["report-preset-ranking.png", `${label}. Method:`],
    ["report-preset-assumptions.png", "Changed from the preset:"],
  ] as const) {
    const box = (await page.getByText(text).first().boundingBox())!;
    await page.screenshot({
      path: testInfo.outputPath(name),
      fullPage: true,
      clip: { x: 0, y: Math.max(0, box.y - 120), width: 1280, height: box.height + 240 },
    });
  }
  for (const format of ["md", "csv"]) {
    const file = await request.get(`/api/v1/scenarios/${scenario.id}/report.${format}`);
    expect(file.status(), format).toBe(200);
    expect(await file.text(), format).toContain(label);
  }
});
