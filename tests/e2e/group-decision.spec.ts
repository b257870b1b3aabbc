import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

import type { Decision } from "@/lib/contracts/decisions";

import { adminCreate, post, startTeamServer, stopTeamServer, teamUrl, type TeamServer } from "./team-server";
import { expectNoSeriousAxeViolations } from "./workspace-support";

// Issue 13, "Done when": three people run a group decision end to end on a team-mode Outbound of
// its own (tests/e2e/team-server.ts): the owner, made by `admin create`, invites two members; each
// weighs privately; the facilitator's view shows each submission without a reload; reveal;
// consensus; freeze into a scenario; its report has the Group decision section; a read-only share
// link opens it without an account.

const PASSWORD = "correct horse battery staple";
const OWNER = { email: "olga@example.com", name: "Olga Owner", password: PASSWORD };
const MEI = { email: "mei@example.com", name: "Mei Editor", password: PASSWORD };
const RUSTAM = { email: "rustam@example.com", name: "Rustam Viewer", password: PASSWORD };

let server: TeamServer | undefined;

test.describe.configure({ mode: "serial" });
// One long story: a step that cannot act fails in seconds, not at the end of the whole budget.
test.use({ actionTimeout: 15_000, navigationTimeout: 30_000 });
test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startTeamServer();
  await adminCreate(OWNER);
});
test.afterAll(async () => {
  await stopTeamServer(server);
});

async function personContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: teamUrl(), locale: "en-US", viewport: { width: 1280, height: 900 } });
}

/** The owner makes a one-time invitation link on the members page; someone new joins with it. */
async function invite(owner: Page, member: BrowserContext, person: typeof MEI, role: "editor" | "viewer") {
  await owner.goto("/en/members");
  await owner.getByRole("combobox", { name: "Role", exact: true }).selectOption(role);
  await owner.getByRole("button", { name: "Create invitation link" }).click();
  const link = owner.getByRole("textbox", { name: "Invitation link" });
  await expect(link).toHaveValue(/\/join\/[A-Za-z0-9_-]{43}$/);
  const page = await member.newPage();
  await page.goto(await link.inputValue());
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(person.email);
  await page.getByLabel("Your name").fill(person.name);
  await page.getByRole("textbox", { name: /^Password/ }).fill(person.password);
  await page.getByRole("button", { name: "Join and sign in" }).click();
  await expect(page.locator("summary", { hasText: person.name })).toBeVisible({ timeout: 20_000 });
  await page.close();
}

/** Moves one criterion's slider to an end of its track. */
async function weigh(page: Page, criterion: string, key: "Home" | "End") {
  const slider = page.getByRole("slider", { name: criterion, exact: true });
  await slider.focus();
  await slider.press(key);
}

test("three people decide together: invite, weigh privately, watch live, reveal, consensus, freeze, report, share", async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const ownerContext = await personContext(browser);
  const meiContext = await personContext(browser);
  const rustamContext = await personContext(browser);

  // Team mode: without a session the API answers 401, and the decisions page sends one to sign in.
  const refused = await ownerContext.request.get("/api/v1/decisions");
  expect(refused.status()).toBe(401);

  const owner = await ownerContext.newPage();
  await test.step("the owner signs in and invites two members", async () => {
    await owner.goto("/en/decisions");
    await expect(owner).toHaveURL(/\/en\/sign-in\?next=%2Fdecisions$/);
    await owner.getByLabel("Email").fill(OWNER.email);
    await owner.getByLabel("Password").fill(OWNER.password);
    await owner.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(owner).toHaveURL(/\/en\/decisions$/);
    await invite(owner, meiContext, MEI, "editor");
    await invite(owner, rustamContext, RUSTAM, "viewer");
  });

  let decisionUrl = "";
  await test.step("the owner opens a decision with the three of them", async () => {
    await owner.goto("/en/decisions");
    await expect(owner.getByRole("heading", { name: "Group decisions", level: 1 })).toBeVisible();
    await owner.getByLabel("Name of the decision").fill("Southeast Asia, 2027");
    await owner.getByRole("group", { name: "Presets" }).getByRole("button", { name: "ASEAN", exact: true }).click();
    for (const person of [OWNER, MEI, RUSTAM]) {
      await owner.getByRole("checkbox", { name: new RegExp(person.name) }).check();
    }
    await owner.screenshot({ path: testInfo.outputPath("open-decision-1280.png"), fullPage: true });
    await expectNoSeriousAxeViolations(owner, testInfo, "open-decision");
    await owner.getByRole("button", { name: "Open the decision" }).click();
    await owner.waitForURL(/\/en\/decisions\/[0-9a-f-]{36}$/);
    decisionUrl = new URL(owner.url()).pathname;
    await expect(owner.getByTestId("submitted-count")).toHaveText("0 of 3 submitted.");
  });

  // A marker on the facilitator's window: a reload would wipe it.
  await owner.evaluate(() => Object.assign(window, { __noReload: true }));
  const noReload = () => owner.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);
  const criteria = (await (
    await ownerContext.request.get(`/api/v1${decisionUrl.replace("/en", "")}`)
  ).json()) as Decision;
  const [first, second, last] = [
    criteria.labels.criteria[0]!.name,
    criteria.labels.criteria[1]!.name,
    criteria.labels.criteria.at(-1)!.name,
  ];

  const mei = await meiContext.newPage();
  await test.step("Mei weighs privately, and the facilitator sees her submission without a reload", async () => {
    await mei.goto(decisionUrl);
    await expect(mei.getByRole("heading", { name: "Your weighting" })).toBeVisible();
    await weigh(mei, first, "Home");
    await weigh(mei, second, "End");
    await expect(mei.getByTestId("my-ranking")).toBeVisible();
    await mei.getByRole("button", { name: "Save and submit" }).click();
    await expect(mei.getByText("Saved. Your input is submitted.")).toBeVisible();
    await mei.screenshot({ path: testInfo.outputPath("weighing-1280.png"), fullPage: true });
    await expectNoSeriousAxeViolations(mei, testInfo, "weighing");

    await expect(owner.getByTestId("submitted-count")).toHaveText("1 of 3 submitted.", { timeout: 15_000 });
    expect(await noReload()).toBe(true);
    // Private until the reveal: Mei's answer holds her own input and nobody else's, no result.
    const seen = (await (await meiContext.request.get(`/api/v1${decisionUrl.replace("/en", "")}`)).json()) as Decision;
    expect(seen.result).toBeNull();
    expect(seen.mine?.input).not.toBeNull();
    expect(seen.participants.every((p) => p.input === null)).toBe(true);
    await expect(owner.getByTestId("group-result")).toHaveCount(0);
  });

  await test.step("Rustam and the owner weigh; each submission shows on the facilitator's view", async () => {
    const rustam = await rustamContext.newPage();
    await rustam.setViewportSize({ width: 375, height: 800 });
    await rustam.goto(decisionUrl);
    await weigh(rustam, last, "End");
    await rustam.getByRole("button", { name: "Save and submit" }).click();
    await expect(rustam.getByText("Saved. Your input is submitted.")).toBeVisible();
    await rustam.screenshot({ path: testInfo.outputPath("weighing-375.png"), fullPage: true });
    await expect(owner.getByTestId("submitted-count")).toHaveText("2 of 3 submitted.", { timeout: 15_000 });
    expect(await noReload()).toBe(true);

    await weigh(owner, first, "End");
    await owner.getByRole("button", { name: "Save and submit" }).click();
    await expect(owner.getByTestId("submitted-count")).toHaveText("3 of 3 submitted.", { timeout: 15_000 });
  });

  await test.step("reveal and consensus", async () => {
    await owner.getByRole("button", { name: "Reveal the inputs" }).click();
    const result = owner.getByTestId("group-result");
    await expect(result).toBeVisible();
    await expect(owner.getByTestId("consensus")).toContainText("Kendall's W over the members' rankings of the markets");
    await expect(owner.getByTestId("most-divisive")).not.toBeEmpty();
    for (const person of [OWNER, MEI, RUSTAM]) {
      await expect(owner.getByRole("columnheader", { name: person.name }).first()).toBeVisible();
    }
    // Mei's open page follows the reveal too.
    await expect(mei.getByTestId("group-result")).toBeVisible({ timeout: 15_000 });
    await owner.screenshot({ path: testInfo.outputPath("revealed-1280.png"), fullPage: true });
    await expectNoSeriousAxeViolations(owner, testInfo, "revealed");
  });

  await test.step("the revealed decision in Chinese and Russian, on a phone and a desk", async () => {
    const path = decisionUrl.replace("/en/", "/");
    const looks = await ownerContext.newPage();
    for (const [locale, width] of [
      ["zh", 375],
      ["ru", 1280],
      ["ru", 375],
    ] as const) {
      await looks.setViewportSize({ width, height: 900 });
      await looks.goto(`/${locale}${path}`);
      await expect(looks.getByTestId("group-result")).toBeVisible();
      await looks.screenshot({ path: testInfo.outputPath(`revealed-${locale}-${width}.png`), fullPage: true });
      await expectNoSeriousAxeViolations(looks, testInfo, `revealed-${locale}-${width}`);
    }
    await looks.goto("/zh/decisions");
    await expect(looks.getByRole("link", { name: "Southeast Asia, 2027" })).toBeVisible();
    await looks.screenshot({ path: testInfo.outputPath("decisions-zh-375.png"), fullPage: true });
    await expectNoSeriousAxeViolations(looks, testInfo, "decisions-zh-375");
    await looks.close();
  });

  let reportPath = "";
  await test.step("freeze into a scenario and open its report", async () => {
    await owner.getByLabel("Hide the members' names in the report").check();
    await owner.getByRole("button", { name: "Freeze into a scenario" }).click();
    const report = owner.getByRole("link", { name: "Open its report" });
    await expect(report).toBeVisible();
    reportPath = (await report.getAttribute("href"))!;
    await report.click();
    await owner.waitForURL(/\/scenarios\/[^/]+\/report/);
    const section = owner.getByRole("region", { name: "Group decision", exact: true });
    await expect(section).toBeVisible();
    // Hidden names: the section says Member 1 … and not the people's names.
    await expect(section).toContainText("Member 1");
    await expect(section).not.toContainText(MEI.name);
  });

  await test.step("a read-only share link opens the report without an account", async () => {
    const scenarioId = reportPath.split("/").at(-2)!;
    const share = (await (
      await post(ownerContext.request, `/api/v1/scenarios/${scenarioId}/shares`, { days: 7 })
    ).json()) as {
      path: string;
    };
    const stranger = await personContext(browser);
    const page = await stranger.newPage();
    await page.goto(`/en${share.path}`);
    await expect(page.getByRole("region", { name: "Group decision", exact: true })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("shared-report-1280.png"), fullPage: true });
    await stranger.close();
  });

  await Promise.all([ownerContext.close(), meiContext.close(), rustamContext.close()]);
});
