import { readFileSync } from "node:fs";

import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

import type { Scenario } from "@/lib/contracts/scenarios";

import { expectNoSeriousAxeViolations, formatScore, rankingOnPage } from "./workspace-support";

// Saved scenarios as a user meets them: save from the workspace, reopen from the list with the
// same numbers, a stale save caught, delete with undo, compare two. Names are hostile on purpose.

const HOSTILE = `<script>alert(1)</script> =HYPERLINK("http://evil.example","x")`;

/** Any alert/confirm the page opens would mean a name was run as code: fail the test. */
function failOnDialogs(page: Page) {
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
}

async function createViaApi(
  request: APIRequestContext,
  name: string,
  state: Record<string, unknown> = {},
  firmProfile: Record<string, number> | null = null,
): Promise<Scenario> {
  const response = await request.post("/api/v1/scenarios", {
    data: {
      name,
      inputs: {
        state: {
          markets: ["RUS", "IDN", "VNM", "THA"],
          method: "wsm",
          missing: "renormalize",
          groupWeights: {},
          indicatorWeights: {},
          assessments: {},
          ...state,
        },
        firmProfile,
        monteCarlo: { samples: 500, seed: 3, concentration: 50 },
      },
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as Scenario;
}

test("a user saves the workspace as a scenario, reopens it from the list, downloads its PDF report, and gets the same view and numbers back", async ({
  page,
  request,
}, testInfo) => {
  failOnDialogs(page);
  const name = `${HOSTILE} ${Date.now()}`;
  await page.goto("/?m=RUS,IDN,VNM,THA,MYS&method=topsis&missing=renormalize&g=proximity:0.6");
  await expect(page.getByRole("heading", { name: "Rank candidate markets", level: 1 })).toBeVisible();
  const before = await rankingOnPage(page);

  await page.getByRole("button", { name: "Save scenario" }).click();
  const dialog = page.getByRole("dialog", { name: "Save this analysis as a scenario" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel(/^Notes/).fill("=1+1\nFor the board, <b>not bold</b>");
  await dialog.getByRole("button", { name: "Save scenario" }).click();
  await expect(dialog.getByRole("status")).toContainText("Saved as a new scenario");
  await dialog.getByRole("button", { name: "Close" }).click();

  await page.goto("/scenarios");
  await expect(page.getByRole("heading", { name: "Scenarios", level: 1 })).toBeVisible();
  await expectNoSeriousAxeViolations(page, testInfo, "scenarios");
  const link = page.getByRole("link", { name, exact: true });
  await expect(link).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("scenarios.png"), fullPage: true });
  await link.click();

  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("For the board, <b>not bold</b>")).toBeVisible();
  await expectNoSeriousAxeViolations(page, testInfo, "scenario");
  await page.screenshot({ path: testInfo.outputPath("scenario.png"), fullPage: true });
  const id = page.url().split("/").pop()!;
  const saved = (await (await request.get(`/api/v1/scenarios/${id}`)).json()) as Scenario;

  // From the reopened scenario to its report: the PDF the board gets names the leader.
  await page.getByRole("link", { name: "Report", exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  const pdf = readFileSync((await (await downloading).path())!);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(20_000);
  await page.goto(`/scenarios/${id}`);

  await page.getByRole("link", { name: "Open in workspace" }).click();
  await expect(page).toHaveURL(/\/en\?/);
  const params = new URL(page.url()).searchParams;
  expect(params.get("m")).toBe("RUS,IDN,VNM,THA,MYS");
  expect(params.get("method")).toBe("topsis");
  expect(params.get("g")).toBe("proximity:0.6");
  await expect(page.getByRole("heading", { name: "Rank candidate markets", level: 1 })).toBeVisible();
  // The reopened workspace shows exactly what was saved, and what the server froze.
  const after = await rankingOnPage(page);
  expect(after).toEqual(before);
  expect(after.map((r) => r.id)).toEqual(saved.results.ranking.ranking.map((r) => r.id));
  expect(after.map((r) => r.score)).toEqual(saved.results.ranking.ranking.map((r) => formatScore(r.score)));

  // A colleague saves a new version meanwhile: saving from this tab is refused, nothing is overwritten.
  const colleague = await request.put(`/api/v1/scenarios/${id}`, {
    data: { baseVersion: 1, notes: "colleague's notes" },
  });
  expect(colleague.status()).toBe(200);
  await page.getByRole("button", { name: "Save scenario" }).click();
  // The dialog starts as a new scenario; a new version of the scenario it was opened from is offered.
  await expect(dialog.getByRole("radio", { name: "A new scenario" })).toBeChecked();
  await dialog.getByRole("radio", { name: /A new version of/ }).check();
  await dialog.getByRole("button", { name: "Save new version" }).click();
  const conflict = dialog.getByRole("alert");
  await expect(conflict).toContainText("the current version is 2");
  await conflict.getByRole("button", { name: "Save mine as a copy" }).click();
  await expect(dialog.getByRole("status")).toContainText("Saved as a new scenario");
  const current = (await (await request.get(`/api/v1/scenarios/${id}`)).json()) as Scenario;
  expect(current).toMatchObject({ version: 2, notes: "colleague's notes" });
});

test("“Open in workspace” restores the saved view with the frozen numbers, and the saved firm profile", async ({
  page,
  request,
}) => {
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
  const scenario = await createViaApi(
    request,
    `Reopen me ${Date.now()}`,
    { method: "promethee2", indicatorWeights: { internet_users_pct: 0.4 } },
    firm,
  );
  await page.goto(`/scenarios/${scenario.id}`);
  await page.getByRole("link", { name: "Open in workspace" }).click();
  await expect(page.getByRole("heading", { name: "Rank candidate markets", level: 1 })).toBeVisible();
  const params = new URL(page.url()).searchParams;
  expect(params.get("method")).toBe("promethee2");
  expect(params.get("w")).toBe("internet_users_pct:0.4");
  const shown = await rankingOnPage(page);
  expect(shown.map((r) => r.id)).toEqual(scenario.results.ranking.ranking.map((r) => r.id));
  expect(shown.map((r) => r.score)).toEqual(scenario.results.ranking.ranking.map((r) => formatScore(r.score)));
  const stored = await page.evaluate(() =>
    JSON.parse(window.localStorage.getItem("outbound.firmProfile.v1") ?? "null"),
  );
  expect(stored?.profile).toEqual(firm);
});

test("deleting a scenario can be undone from the banner, and restored later from “Recently deleted”", async ({
  page,
  request,
}) => {
  failOnDialogs(page);
  const scenario = await createViaApi(request, `Delete me ${Date.now()}`);
  await page.goto("/scenarios");
  await page.getByRole("button", { name: `Delete ${scenario.name}` }).click();
  const banner = page.getByRole("status").filter({ hasText: `Deleted “${scenario.name}”` });
  await expect(banner).toBeVisible();
  await expect(page.getByRole("link", { name: scenario.name, exact: true })).toHaveCount(0);
  await banner.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("link", { name: scenario.name, exact: true })).toBeVisible();

  await page.getByRole("button", { name: `Delete ${scenario.name}` }).click();
  // The delete must reach the server before the reload (under load the reload could overtake it).
  await expect(banner).toBeVisible();
  await page.reload();
  const deleted = page.getByRole("region", { name: "Recently deleted" });
  await deleted.getByRole("button", { name: `Restore ${scenario.name}` }).click();
  await expect(page.getByRole("link", { name: scenario.name, exact: true })).toBeVisible();
});

test("renaming from the list saves a new version", async ({ page, request }) => {
  const scenario = await createViaApi(request, `Rename me ${Date.now()}`);
  await page.goto("/scenarios");
  await page.getByRole("button", { name: `Rename ${scenario.name}` }).click();
  await page.getByLabel("New name").fill(`${scenario.name} (renamed)`);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("link", { name: `${scenario.name} (renamed)`, exact: true })).toBeVisible();
  const after = (await (await request.get(`/api/v1/scenarios/${scenario.id}`)).json()) as Scenario;
  expect(after.version).toBe(2);
});

test("two scenarios compared: weights and rankings side by side, and the difference that moved the ranking", async ({
  page,
  request,
}, testInfo) => {
  failOnDialogs(page);
  const a = await createViaApi(request, `${HOSTILE} A`);
  const b = await createViaApi(request, "Proximity first", { groupWeights: { proximity: 5 } });
  await page.goto(`/scenarios/compare?a=${a.id}&b=${b.id}`);
  await expect(page.getByRole("heading", { name: "Compare scenarios", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: a.name, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What moved in the ranking, and why" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Each difference applied alone/ })).toContainText(
    "Weight of Proximity to the home market (China)",
  );
  await expect(page.getByRole("table", { name: /Rank of each market/ }).getByRole("row")).toHaveCount(5);
  await expectNoSeriousAxeViolations(page, testInfo, "compare");
  await page.screenshot({ path: testInfo.outputPath("compare.png"), fullPage: true });
});

test("an unknown or malformed scenario id is a not-found page, and a JSON error from the API", async ({
  page,
  request,
}) => {
  expect((await page.goto("/scenarios/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"))?.status()).toBe(404);
  expect((await page.goto("/scenarios/not-an-id"))?.status()).toBe(404);
  const api = await request.get("/api/v1/scenarios/not-an-id");
  expect(api.status()).toBe(400);
  expect((await api.json()).error.code).toBe("invalid_request");
});

test("with more scenarios than fit a page, the list pages through them, newest first", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  // 26 new ones: the first of them is the 26th most recently saved, one past the page's 25.
  const names = Array.from({ length: 26 }, (_, i) => `Paged ${stamp} #${String(i + 1).padStart(2, "0")}`);
  for (const name of names) await createViaApi(request, name);

  await page.goto("/scenarios");
  await expect(page.getByRole("link", { name: names[25]!, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: names[1]!, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: names[0]!, exact: true })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("scenarios-first-page.png"), fullPage: true });

  const more = page.getByRole("navigation", { name: "More scenarios" });
  await more.getByRole("link", { name: "Show older scenarios" }).click();
  await expect(page.getByRole("link", { name: names[0]!, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: names[25]!, exact: true })).toHaveCount(0);
  // The compare pickers start on this page's first two scenarios, not on one twice.
  await expect(page.getByLabel("with B")).not.toHaveValue(await page.getByLabel("Compare A").inputValue());
  await page.screenshot({ path: testInfo.outputPath("scenarios-older-page.png"), fullPage: true });

  await page
    .getByRole("navigation", { name: "More scenarios" })
    .getByRole("link", { name: "Back to the most recent" })
    .click();
  await expect(page.getByRole("link", { name: names[25]!, exact: true })).toBeVisible();
});
