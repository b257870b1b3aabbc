import { readFileSync } from "node:fs";

import { expect, test, type APIRequestContext } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./workspace-support";

// Issue 11 §11: an import changes no one's ranking by itself (a new indicator waits at weight 0,
// and the page says so), and a scenario computed before an import says which batch moved.

const fixture = (name: string) => `tests/fixtures/imports/${name}`;

async function importByApi(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.post("/api/v1/imports", {
    multipart: { file: { name, mimeType: "text/csv", buffer: readFileSync(fixture(name)) } },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { batch: { id: string } }).batch.id;
}

test("a new indicator is imported at weight 0, and the workspace asks for a weight", async ({
  page,
  request,
}, testInfo) => {
  await page.goto("/data");
  await page.getByLabel(/CSV or Excel file/).setInputFiles(fixture("new-indicator.csv"));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(
    page.getByText(/New indicator Parcel lockers \(parcel_lockers_per100k\).*weight 0: set a weight to use it/),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("import-preview.png"), fullPage: true });
  await page.getByRole("button", { name: /^Import 5 values/ }).click();
  await expect(page.getByText(/Imported 5 values from new-indicator\.csv/)).toBeVisible();

  for (const [name, width] of [
    ["wide", 1400],
    ["phone", 375],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    const notice = page.getByRole("status").filter({ hasText: "New indicator" });
    await expect(notice).toContainText(
      "New indicator Parcel lockers (imported, in Infrastructure readiness), weight 0: set a weight to use it.",
    );
    await expectNoSeriousAxeViolations(page, testInfo, `import-notice-${name}`);
    await page.screenshot({ path: testInfo.outputPath(`import-notice-${name}.png`), fullPage: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }

  const list = (await (await request.get("/api/v1/imports")).json()) as { batches: { id: string; fileName: string }[] };
  for (const b of list.batches.filter((b) => b.fileName === "new-indicator.csv"))
    expect((await request.delete(`/api/v1/imports/${b.id}`)).status()).toBe(200);
});

test("a scenario saved before an import says which batch was added, on its page and in its report", async ({
  page,
  request,
}, testInfo) => {
  // Saving a scenario and rendering its report take a while on a shared machine.
  test.setTimeout(180_000);
  const created = await request.post("/api/v1/scenarios", {
    data: {
      name: "Thesis markets before the import",
      inputs: {
        state: {
          markets: ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"],
          method: "wsm",
          missing: "renormalize",
          groupWeights: {},
          indicatorWeights: {},
          assessments: {},
        },
        firmProfile: null,
        monteCarlo: { samples: 200, seed: 7, concentration: 50 },
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const batch = await importByApi(request, "idn-internet.csv");
  try {
    const day = new Date().toISOString().slice(0, 10);
    const reason = `Imported batch "idn-internet.csv" added on ${day}: indicator Internet users for market IDN.`;
    await page.goto(`/scenarios/${id}`);
    await expect(page.getByText("data changed since saved")).toBeVisible();
    await expect(page.getByRole("status", { name: "What changed since saved" })).toHaveText(reason);
    await expectNoSeriousAxeViolations(page, testInfo, "scenario-stale");
    await page.screenshot({ path: testInfo.outputPath("scenario-stale.png"), fullPage: false });

    await page.goto(`/scenarios/${id}/report`);
    await expect(page.getByText(`Imported data has changed since these results were frozen. ${reason}`)).toBeVisible();
  } finally {
    expect((await request.delete(`/api/v1/imports/${batch}`)).status()).toBe(200);
  }
  // With the batch gone the scenario's data is as it was when saved.
  await page.goto(`/scenarios/${id}`);
  await expect(page.getByText("data changed since saved")).toHaveCount(0);
});
