import { expect, test, type Browser, type Page } from "@playwright/test";

import { adminCreate, startTeamServer, stopTeamServer, teamUrl, type TeamServer } from "./team-server";
import { expectNoOverflowAt375, expectNoSeriousAxeViolations } from "./workspace-support";

// Working as a team, in the browser. The e2e server of the other specs runs alone (solo mode), so
// this spec starts its own instance (tests/e2e/team-server.ts: a free port, its own embedded
// database), makes the first owner with `npm run -s outbound -- admin create` (which goes through
// that running app), and then: a visitor is sent to sign in; the owner signs in, invites an editor, who joins with a
// name and a password; the owner hands out a reset link, which sets a new password and ends the
// editor's sessions. Pages are looked at in English and Chinese, at 1280 and 375 px.

let origin = "";
const OWNER = { email: "owner@example.com", name: "Olga Owner", password: "owner password 1" };
const EDITOR = { email: "editor@example.com", name: "Eddie Editor", password: "editor password 1" };

let server: TeamServer | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(200_000);
  server = await startTeamServer({ name: "accounts" });
  origin = teamUrl();
  // The first health answer opened the database: the lock now names the app's address.
  const created = await adminCreate(OWNER);
  expect(created.stderr).toBe("");
  expect(created.stdout).toContain('owner of "My workspace"');
});

test.afterAll(async () => {
  await stopTeamServer(server);
});

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function newPage(browser: Browser, locale = "en-US"): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

let inviteUrl = "";

test("a visitor is sent to sign in; a wrong password is refused; the owner signs in and sees the members", async ({
  browser,
}, testInfo) => {
  const page = await newPage(browser);
  await page.goto(`${origin}/en/members`);
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fmembers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  // No SSO button: single sign-on is not configured for this instance.
  await expect(page.getByRole("button", { name: /Sign in with/ })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("sign-in-en-1280.png"), fullPage: true });
  await expectNoSeriousAxeViolations(page, testInfo, "sign-in");

  await signIn(page, { email: OWNER.email, password: "not the password" });
  await expect(page.getByRole("alert").filter({ hasText: "The email or the password is wrong." })).toBeVisible();
  await signIn(page, OWNER);
  await expect(page).toHaveURL(/\/en\/members$/);
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await expect(page.getByRole("cell", { name: /^Olga Owner/ })).toBeVisible();
  await expect(page.locator("summary", { hasText: OWNER.name })).toBeVisible();

  await page.locator('select[name="role"]').selectOption("editor");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = page.getByRole("textbox", { name: "Invitation link" });
  await expect(link).toHaveValue(new RegExp(`^${origin}/join/[A-Za-z0-9_-]{43}$`));
  inviteUrl = await link.inputValue();
  await expect(page.getByText(/Editor, for whoever gets the link/)).toBeVisible();
  await page.locator("summary", { hasText: OWNER.name }).click();
  await expect(page.getByText("My workspace · owner")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("members-en-1280.png"), fullPage: true });
  await expectNoSeriousAxeViolations(page, testInfo, "members");
  await expectNoOverflowAt375(page, "members");
  await page.screenshot({ path: testInfo.outputPath("members-en-375.png"), fullPage: true });
});

test("the invited editor joins with a name and a password and is signed in; the link then no longer works", async ({
  browser,
}, testInfo) => {
  const page = await newPage(browser);
  await page.goto(inviteUrl);
  await expect(page).toHaveURL(/\/en\/join\//);
  await expect(page.getByRole("heading", { level: 1, name: "Join My workspace" })).toBeVisible();
  await expect(page.getByText("You are invited as an editor.")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("join-en-1280.png"), fullPage: true });
  await expectNoSeriousAxeViolations(page, testInfo, "join");
  await page.getByLabel("Email", { exact: true }).fill(EDITOR.email);
  await page.getByLabel("Your name").fill(EDITOR.name);
  await page.locator('input[name="password"]').fill(EDITOR.password);
  await page.getByRole("button", { name: "Join and sign in" }).click();
  await expect(page.locator("summary", { hasText: EDITOR.name })).toBeVisible({ timeout: 20_000 });

  const again = await newPage(browser, "zh-CN");
  await again.goto(inviteUrl);
  await expect(again.getByRole("heading", { level: 1, name: "此邀请链接无法使用" })).toBeVisible();
  await again.setViewportSize({ width: 375, height: 800 });
  await again.screenshot({ path: testInfo.outputPath("join-used-zh-375.png"), fullPage: true });
});

test("the owner's reset link sets the editor's new password once and ends the editor's sessions", async ({
  browser,
}, testInfo) => {
  const editor = await newPage(browser);
  await editor.goto(`${origin}/en/sign-in`);
  await signIn(editor, EDITOR);
  await expect(editor.locator("summary", { hasText: EDITOR.name })).toBeVisible();

  const owner = await newPage(browser, "zh-CN");
  await owner.goto(`${origin}/zh/sign-in?next=/members`);
  await owner.getByLabel("邮箱").fill(OWNER.email);
  await owner.getByLabel("密码").fill(OWNER.password);
  await owner.getByRole("button", { name: "登录", exact: true }).click();
  await expect(owner).toHaveURL(/\/zh\/members$/);
  await expect(owner.getByRole("cell", { name: EDITOR.email })).toBeVisible();
  await owner.getByRole("button", { name: `${EDITOR.name} 的密码重置链接` }).click();
  const link = owner.getByRole("textbox", { name: `${EDITOR.name} 的密码重置链接` });
  await expect(link).toHaveValue(/\/reset\/[A-Za-z0-9_-]{43}$/);
  const resetUrl = await link.inputValue();
  await owner.screenshot({ path: testInfo.outputPath("members-zh-1280.png"), fullPage: true });
  await expectNoSeriousAxeViolations(owner, testInfo, "members-zh");
  await expectNoOverflowAt375(owner, "members zh");
  await owner.screenshot({ path: testInfo.outputPath("members-zh-375.png"), fullPage: true });

  const reset = await newPage(browser, "zh-CN");
  await reset.goto(resetUrl);
  await expect(reset.getByRole("heading", { level: 1, name: "设置新密码" })).toBeVisible();
  await reset.screenshot({ path: testInfo.outputPath("reset-zh-1280.png"), fullPage: true });
  await expectNoSeriousAxeViolations(reset, testInfo, "reset");
  await reset.locator('input[name="password"]').fill("editor password 2");
  await reset.locator('input[name="confirm"]').fill("editor password 2");
  await reset.getByRole("button", { name: "设置密码" }).click();
  await expect(reset.getByRole("status")).toContainText("密码已设置");

  // The editor's earlier session ended with the reset: the header offers sign-in again.
  await editor.reload();
  await expect(editor.getByRole("link", { name: "Sign in" })).toBeVisible();
  await reset.goto(resetUrl);
  await expect(reset.getByRole("heading", { level: 1, name: "此链接无法使用" })).toBeVisible();

  // Signing in with the new password is tests/integration/people.test.ts's: every sign-in of this
  // spec comes from one loopback address, which has 5 attempts a minute.
  await editor.goto(`${origin}/zh/sign-in`);
  await expect(editor.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
  await editor.setViewportSize({ width: 375, height: 800 });
  await editor.screenshot({ path: testInfo.outputPath("sign-in-zh-375.png"), fullPage: true });
});
