import { readFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { saveThesisScenario } from "./thesis-scenario";
import { expectNoSeriousAxeViolations } from "./workspace-support";

// A read-only share link as its two users meet it (issue 13 §3): the scenario's owner makes one
// from the scenario page's Share panel and copies it; someone with no account opens it in a fresh
// browser (no cookies), reads the report and downloads the PDF; the owner revokes it and the link
// is gone. Screenshots in English and Chinese at 1280 and 375 px.

test("an owner shares a scenario's report; a fresh browser reads it and downloads the PDF; once revoked the link is gone", async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const scenario = await saveThesisScenario(request, { name: "Board pack: Southeast Asia", samples: 300 });

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/en/scenarios/${scenario.id}`);
  const panel = page.getByRole("region", { name: "Share" });
  await expect(panel.getByText("No links yet.")).toBeVisible();
  await panel.getByLabel("Expires after (days, 1–90)").fill("7");
  await panel.getByRole("button", { name: "Create link" }).click();
  const field = panel.getByLabel("New link");
  await expect(field).toHaveValue(/\/en\/shared\/[A-Za-z0-9_-]{43}$/);
  const url = await field.inputValue();
  await panel.getByRole("button", { name: "Copy link" }).click();
  await expect(panel.getByRole("status")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  const row = panel.getByRole("row").nth(1);
  await expect(row).toContainText("Active");
  await expectNoSeriousAxeViolations(page, testInfo, "share-panel");
  await panel.screenshot({ path: testInfo.outputPath("share-panel-en-1280.png") });

  // Someone with no account, in a browser that never saw the app.
  const stranger = await browser.newContext({ locale: "en-US", acceptDownloads: true });
  const reader = await stranger.newPage();
  const opened = await reader.goto(url);
  expect(opened?.status()).toBe(200);
  const headers = opened!.headers();
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toContain("noindex");
  await expect(reader.getByRole("note", { name: "Shared link" })).toContainText("Shared read-only");
  await expect(reader.getByText("Scenario: Board pack: Southeast Asia")).toBeVisible();
  // Read-only: none of the scenario page's controls, no way back into the workspace's scenario.
  await expect(reader.getByRole("link", { name: "Open in workspace" })).toHaveCount(0);
  await expect(reader.getByRole("button", { name: /Save|Rename|Delete/ })).toHaveCount(0);
  await expect(reader.locator(`a[href*="/scenarios/${scenario.id}"]`)).toHaveCount(0);
  await expectNoSeriousAxeViolations(reader, testInfo, "shared-report");
  await reader.setViewportSize({ width: 1280, height: 900 });
  await reader.screenshot({ path: testInfo.outputPath("shared-en-1280.png") });
  await reader.setViewportSize({ width: 375, height: 800 });
  await reader.screenshot({ path: testInfo.outputPath("shared-en-375.png") });
  await reader.setViewportSize({ width: 1280, height: 900 });

  const downloading = reader.waitForEvent("download");
  await reader.getByRole("button", { name: "Download PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
  await stranger.close();

  // The same link in Chinese.
  const chinese = await browser.newContext({ locale: "zh-CN" });
  const zh = await chinese.newPage();
  await zh.goto(url.replace("/en/shared/", "/zh/shared/"));
  await expect(zh.getByRole("note", { name: "分享链接" })).toContainText("只读分享");
  await zh.setViewportSize({ width: 1280, height: 900 });
  await zh.screenshot({ path: testInfo.outputPath("shared-zh-1280.png") });
  await zh.setViewportSize({ width: 375, height: 800 });
  await zh.screenshot({ path: testInfo.outputPath("shared-zh-375.png") });
  await chinese.close();

  // The owner's panel in Chinese at 375 px, then the revoke.
  await page.goto(`/zh/scenarios/${scenario.id}`);
  const zhPanel = page.getByRole("region", { name: "分享" });
  await expect(zhPanel.getByRole("row").nth(1)).toContainText("有效");
  await page.setViewportSize({ width: 375, height: 800 });
  await zhPanel.screenshot({ path: testInfo.outputPath("share-panel-zh-375.png") });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/en/scenarios/${scenario.id}`);
  await panel.getByRole("button", { name: /^Revoke the link created / }).click();
  await expect(panel.getByRole("row").nth(1)).toContainText("Revoked");
  await expect(panel.getByRole("button", { name: /^Revoke/ })).toHaveCount(0);
  // The scenario's activity names both, in words.
  await page.reload();
  await expect(page.getByText("Read-only link revoked")).toBeVisible();
  await expect(page.getByText(/Read-only link created, valid until \w{3} \d{1,2}, 2\d{3}/)).toBeVisible();

  // Gone: the page and the files answer 404, the same as a link that never existed.
  const after = await browser.newContext({ locale: "en-US" });
  const late = await after.newPage();
  const gone = await late.goto(url);
  expect(gone?.status()).toBe(404);
  expect(gone!.headers()["cache-control"]).toContain("no-store");
  await expect(late.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await late.screenshot({ path: testInfo.outputPath("shared-gone-en-1280.png") });
  const token = url.split("/").at(-1)!;
  const pdf = await late.request.get(`/api/v1/shared/${token}/report.pdf`);
  expect(pdf.status()).toBe(404);
  const never = await late.request.get(`/api/v1/shared/${"A".repeat(43)}/report.pdf`);
  expect(await never.json()).toEqual(await pdf.json());
  await after.close();
});
