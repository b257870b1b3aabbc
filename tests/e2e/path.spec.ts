import { expect, test, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";

import type { Scenario } from "@/lib/contracts/scenarios";

import { expectNoSeriousAxeViolations } from "./workspace-support";

// One path from question to report (issue 11 §7-8): the guided path carries the analysis from
// step to step, the market ratings are entered once and kept in the link, and saving never lands
// on the wrong scenario.

async function createViaApi(request: APIRequestContext, name: string, markets: string[]): Promise<Scenario> {
  const response = await request.post("/api/v1/scenarios", {
    data: {
      name,
      notes: `notes of ${name}`,
      inputs: {
        state: {
          markets,
          method: "wsm",
          missing: "renormalize",
          groupWeights: {},
          indicatorWeights: {},
          assessments: {},
        },
        firmProfile: null,
        monteCarlo: { samples: 300, seed: 3, concentration: 50 },
      },
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as Scenario;
}

async function scenario(request: APIRequestContext, id: string): Promise<Scenario> {
  return (await (await request.get(`/api/v1/scenarios/${id}`)).json()) as Scenario;
}

/** Screenshots at the two widths the pages must fit, and no sideways scrolling at 375 px. */
async function lookAt(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1400, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: width === 1400 });
    if (width === 375) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} overflows at 375 px by ${overflow} px`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize({ width: 1400, height: 900 });
}

async function saveAs(page: Page, name: string) {
  await page.getByRole("button", { name: "Save scenario" }).click();
  const dialog = page.getByRole("dialog", { name: "Save this analysis as a scenario" });
  await expect(dialog.getByLabel("Name")).toHaveValue("");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Save scenario" }).click();
  await expect(dialog.getByRole("status")).toContainText("Saved as a new scenario");
  await dialog.getByRole("button", { name: "Close" }).click();
}

async function savedIdByName(request: APIRequestContext, name: string): Promise<string> {
  const list = (await (await request.get("/api/v1/scenarios?limit=200")).json()) as {
    scenarios: { id: string; name: string }[];
  };
  const found = list.scenarios.filter((s) => s.name === name);
  expect(found).toHaveLength(1);
  return found[0]!.id;
}

test("save A, load another link, open B: each later save with a new name is a new scenario, and A and B stay as they were", async ({
  page,
  request,
}, testInfo) => {
  test.slow(); // four pages, each checked by axe and photographed at two widths
  const stamp = Date.now();
  const b = await createViaApi(request, `B ${stamp}`, ["THA", "VNM", "PHL"]);

  await page.goto("/?m=RUS,IDN,VNM");
  await saveAs(page, `A ${stamp}`);
  const a = await savedIdByName(request, `A ${stamp}`);

  // Another link: nothing in it names A, so the dialog offers no new version of A.
  await page.goto("/?m=MYS,SGP");
  await page.getByRole("button", { name: "Save scenario" }).click();
  const dialog = page.getByRole("dialog", { name: "Save this analysis as a scenario" });
  await expect(dialog.getByRole("radio")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await saveAs(page, `C ${stamp}`);

  // Opened from B: "a new version of B" is offered, named, and not the default.
  await page.goto(`/scenarios/${b.id}`);
  await page.getByRole("link", { name: "Open in workspace" }).click();
  await expect(page).toHaveURL(new RegExp(`scenario=${b.id}`));
  await page.getByRole("button", { name: "Save scenario" }).click();
  await expect(dialog.getByRole("radio", { name: `A new version of “B ${stamp}”`, exact: false })).not.toBeChecked();
  await expect(dialog.getByRole("radio", { name: "A new scenario" })).toBeChecked();
  await expectNoSeriousAxeViolations(page, testInfo, "save-dialog");
  await page.screenshot({ path: testInfo.outputPath("save-dialog-1400.png") });
  await dialog.getByLabel("Name").fill(`D ${stamp}`);
  await dialog.getByRole("button", { name: "Save scenario" }).click();
  await expect(dialog.getByRole("status")).toContainText("Saved as a new scenario");

  const [afterA, afterB] = [await scenario(request, a), await scenario(request, b.id)];
  expect(afterA).toMatchObject({ name: `A ${stamp}`, version: 1 });
  expect(afterA.inputs.state.markets).toEqual(["RUS", "IDN", "VNM"]);
  expect(afterB).toMatchObject({ name: `B ${stamp}`, version: 1, notes: `notes of B ${stamp}` });
  const d = await scenario(request, await savedIdByName(request, `D ${stamp}`));
  expect(d.inputs.state.markets).toEqual(["THA", "VNM", "PHL"]);
  expect(d.id).not.toBe(b.id);
});

test("the guided path carries markets, home and the market ratings from the ranking to the entry-mode and strategy pages, through reload and Back", async ({
  page,
}, testInfo) => {
  await page.goto("/?m=RUS,IDN,VNM&a=RUS.competitiveIntensity:4");
  const path = page.getByRole("navigation", { name: "Path from question to report" });
  await expect(path.getByRole("link", { name: /Markets and weights/ })).toHaveAttribute("aria-current", "step");
  await expect(page.getByRole("combobox", { name: /Russia\s*: competitive intensity/ })).toHaveValue("4");
  await expectNoSeriousAxeViolations(page, testInfo, "workspace");
  await lookAt(page, testInfo, "workspace");

  await path.getByRole("link", { name: /Your firm/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Firm profile" })).toBeVisible();
  const firmPath = page.getByRole("navigation", { name: "Path from question to report" });
  await expect(firmPath.getByRole("link", { name: /Your firm/ })).toHaveAttribute("aria-current", "step");
  expect(new URL(page.url()).searchParams.get("a")).toBe("RUS.competitiveIntensity:4");
  await expectNoSeriousAxeViolations(page, testInfo, "firm");
  await lookAt(page, testInfo, "firm");

  await firmPath.getByRole("link", { name: /Entry modes and strategies/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Entry modes for / })).toBeVisible();
  const params = new URL(page.url()).searchParams;
  expect(params.get("m")).toBe("RUS,IDN,VNM");
  expect(params.get("a")).toBe("RUS.competitiveIntensity:4");
  const market = params.get("market")!;
  expect(["RUS", "IDN", "VNM"]).toContain(market);

  // Open Russia's entry modes with the same link, rate its foreign-entry restrictions, reload.
  params.set("market", "RUS");
  await page.goto(`/compare/entry-modes?${params.toString()}`);
  const intensity = page.getByRole("combobox", { name: /^Competitive intensity/ });
  await expect(intensity).toHaveValue("4");
  await page.getByRole("combobox", { name: /^Foreign-entry restrictions/ }).selectOption("2");
  await expect(page).toHaveURL(/a=RUS\.competitiveIntensity%3A4%2CRUS\.foreignOwnershipRestriction%3A2/);
  await page.reload();
  await expect(page.getByRole("combobox", { name: /^Foreign-entry restrictions/ })).toHaveValue("2");
  await expectNoSeriousAxeViolations(page, testInfo, "entry-modes");
  await lookAt(page, testInfo, "entry-modes");

  await page.getByRole("link", { name: "Strategies for this market" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Business strategies for Russia/ })).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^Competitive intensity/ })).toHaveValue("4");
  await expect(page.getByRole("combobox", { name: /^Foreign-entry restrictions/ })).toHaveValue("2");

  // Back on the ranking through the path: the same ratings, the new one included.
  await page
    .getByRole("navigation", { name: "Path from question to report" })
    .getByRole("link", { name: /Markets and weights/ })
    .click();
  await expect(page.getByRole("combobox", { name: /Russia\s*: competitive intensity/ })).toHaveValue("4");
  expect(new URL(page.url()).searchParams.get("a")).toBe(
    "RUS.competitiveIntensity:4,RUS.foreignOwnershipRestriction:2",
  );
});

test("a bad rating in the link is named: which market, which rating, what range", async ({ page }) => {
  await page.goto("/?m=RUS,IDN&a=RUS.competitiveIntensity:9");
  await expect(page.getByRole("status").filter({ hasText: "could not be used" })).toContainText(
    '"RUS.competitiveIntensity:9" (in a=): RUS competitive intensity "9" is not a rating from 1 to 5; it was left unrated.',
  );
});

test("comparing two scenarios compares their entry modes and strategies, names the fit inputs that differ, and cuts no column at 1400 px", async ({
  page,
  request,
}, testInfo) => {
  const firm = {
    ecosystem: 5,
    technology: 4,
    brand: 2,
    network: 4,
    quality: 3,
    domesticSaturation: 4,
    domesticCompetition: 5,
    homePolicySupport: 4,
    resources: 5,
    riskAppetite: 4,
    urgency: 3,
  };
  const save = async (name: string, profile: typeof firm, assessments: Record<string, Record<string, number>>) => {
    const response = await request.post("/api/v1/scenarios", {
      data: {
        name,
        inputs: {
          state: {
            markets: ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"],
            method: "wsm",
            missing: "renormalize",
            groupWeights: {},
            indicatorWeights: {},
            assessments,
          },
          firmProfile: profile,
          entryMode: { market: "RUS" },
          monteCarlo: { samples: 300, seed: 3, concentration: 50 },
        },
      },
    });
    expect(response.status()).toBe(201);
    return (await response.json()) as Scenario;
  };
  const a = await save(`Rich firm ${Date.now()}`, firm, {});
  const b = await save(
    `Lean firm ${Date.now()}`,
    { ...firm, resources: 1 },
    {
      RUS: { foreignOwnershipRestriction: 5 },
    },
  );
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`/scenarios/compare?a=${a.id}&b=${b.id}`);
  await expect(page.getByRole("heading", { name: "Entry modes and strategies" })).toBeVisible();
  const inputs = page.getByRole("table", { name: /Fit inputs that differ/ });
  await expect(inputs.getByRole("row", { name: /Resources/ })).toContainText("51");
  await expect(inputs.getByRole("row", { name: /Foreign-entry restrictions/ })).toContainText("5");
  // Each mode's rank in A and B, as the two saved scenarios froze them.
  const modes = page.getByRole("table", { name: /Entry modes: rank and score/ });
  for (const mode of a.results.entryModes!.modes) {
    const inB = b.results.entryModes!.modes.find((m) => m.id === mode.id)!;
    await expect(
      modes.getByRole("row", { name: new RegExp(`^${mode.name!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }),
    ).toContainText(`${mode.rank}${inB.rank}`);
  }
  // No table is wider than the region that holds it: nothing is cut or scrolled at 1400 px.
  const cut = await page
    .getByRole("region")
    .evaluateAll((regions) =>
      regions.filter((r) => r.scrollWidth > r.clientWidth + 1).map((r) => r.getAttribute("aria-label")),
    );
  expect(cut).toEqual([]);
  await expectNoSeriousAxeViolations(page, testInfo, "compare");
  await lookAt(page, testInfo, "compare");
});
