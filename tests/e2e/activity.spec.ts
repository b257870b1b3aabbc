import { expect, test } from "@playwright/test";

import type { Scenario } from "@/lib/contracts/scenarios";

import { expectNoSeriousAxeViolations } from "./workspace-support";

// The scenario page's Activity panel (issue 13's audit log), with the app running alone: a
// scenario created, renamed, deleted and restored through the API shows those four changes,
// newest first, made by "you (no accounts)", in English and in Chinese, on a desktop and a phone.

test("the Activity panel lists a scenario's changes, newest first, in the page's language", async ({
  page,
  request,
}, testInfo) => {
  const created = await request.post("/api/v1/scenarios", {
    data: {
      name: `Activity ${Date.now()}`,
      inputs: {
        state: {
          markets: ["RUS", "IDN", "VNM"],
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
  expect(created.status()).toBe(201);
  const scenario = (await created.json()) as Scenario;
  const renamed = await request.put(`/api/v1/scenarios/${scenario.id}`, {
    data: { baseVersion: 1, name: `${scenario.name} (board)` },
  });
  expect(renamed.status()).toBe(200);
  expect((await request.delete(`/api/v1/scenarios/${scenario.id}`)).status()).toBe(200);
  expect((await request.post(`/api/v1/scenarios/${scenario.id}/restore`)).status()).toBe(200);

  for (const [locale, heading, expected] of [
    ["en", "Activity", ["Restored", "Deleted", "Version 2 saved (was 1)", "Created"]],
    ["zh", "活动记录", ["已恢复", "已删除", "已保存第 2 版（原为第 1 版）", "已创建"]],
  ] as const) {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/scenarios/${scenario.id}`);
      const panel = page
        .locator("section, div")
        .filter({ has: page.getByRole("heading", { name: heading, level: 2 }) })
        .last();
      const items = panel.getByRole("listitem");
      await expect(items).toHaveCount(4);
      for (const [i, text] of expected.entries()) await expect(items.nth(i)).toContainText(text);
      await expect(items.first()).toContainText(locale === "en" ? "you (no accounts)" : "您（未启用账户）");
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`activity-${locale}-${width}.png`), fullPage: true });
      if (width === 1280) await expectNoSeriousAxeViolations(page, testInfo, `activity-${locale}`);
    }
  }
});
