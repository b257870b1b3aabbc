import { expect, test } from "@playwright/test";

// Issue 10 §1-2 as a user meets them: the coverage threshold and PROMETHEE's preference function
// are workspace options kept in the link, and the Monte Carlo says it draws weights and values.

const thesis = "m=RUS,IDN,MYS,PHL,SGP,THA,VNM";

test("PROMETHEE's preference function and the coverage threshold are options kept in the URL", async ({
  page,
}, testInfo) => {
  await page.goto(`/?${thesis}&method=promethee2&missing=renormalize`);
  const preference = page.getByLabel("Preference function");
  await expect(preference).toHaveValue("linear");
  // A choice made on the server-rendered page before the app has taken over is lost on a slow
  // machine: choose again until the link holds it.
  await expect(async () => {
    await preference.selectOption("gaussian");
    await expect(page).toHaveURL(/pref=gaussian/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const threshold = page.getByLabel(/Coverage threshold/);
  await threshold.fill("90");
  await expect(page).toHaveURL(/cov=0\.9/);
  await expect(page.getByText(/below the 90 ?% coverage threshold/).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("workspace-options.png"), fullPage: true });
});

test("the Monte Carlo samples weights and values together and says so", async ({ page }, testInfo) => {
  await page.goto(`/robustness?${thesis}&method=wsm&missing=renormalize&samples=500`);
  await expect(page.getByText(/every market value within its\s+uncertainty \(\d+ values/)).toBeVisible();
  await page.getByRole("button", { name: "Run simulation" }).click();
  const varied = page.getByTestId("monte-carlo-varied");
  await expect(varied).toContainText(
    /Monte Carlo draws of the weights \(Dirichlet around the chosen weights, concentration 50\) and of \d+ market values together/,
  );
  await page.screenshot({ path: testInfo.outputPath("monte-carlo.png"), fullPage: true });
});

test("the stability intervals say whether they are exact or a grid approximation", async ({ page }) => {
  await page.goto(`/robustness?${thesis}&method=wsm&missing=renormalize`);
  await expect(
    page.getByText(/The bounds are exact: the scores move in a straight line with each weight\./),
  ).toBeVisible();
  await page.goto(`/robustness?${thesis}&method=topsis&missing=renormalize`);
  await expect(
    page.getByText(/these bounds are approximations, found on a grid of 100 steps per weight/),
  ).toBeVisible();
});
