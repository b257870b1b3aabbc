import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import type { MarketProfile } from "@/lib/contracts/api";

// A market's profile shows its e-commerce facts as dated evidence next to the indicators: size
// with year and publisher (forecasts say when they were made), incumbents with owner and home
// country, rules with the date they took effect, Russia's sanctions and payment rails.

for (const iso3 of ["RUS", "IDN", "SGP"]) {
  test(`${iso3}: every size figure, platform and rule of the API is on the page, dated and sourced`, async ({
    page,
    request,
  }) => {
    const profile = (await (await request.get(`/api/v1/markets/${iso3}`)).json()) as MarketProfile;
    await page.goto(`/markets/${iso3}`);
    await expect(page.getByRole("heading", { name: "E-commerce size", level: 2 })).toBeVisible();

    expect(await page.locator("tr[data-figure]").count()).toBe(profile.ecommerceSize.figures.length);
    for (const f of profile.ecommerceSize.figures) {
      const row = page.locator(`tr[data-figure="${f.id}"]`);
      await expect(row).toContainText(String(f.year));
      await expect(row).toContainText(f.publisher);
      if (f.kind === "forecast") await expect(row).toContainText(`forecast made in ${f.published.slice(0, 4)}`);
      // A secondary source names the original publisher first, then the outlet (issue 11 §6).
      if (f.secondaryOf && !/^not named/i.test(f.secondaryOf) && !f.source.startsWith(f.secondaryOf))
        await expect(row).toContainText(`${f.secondaryOf}, as reported by ${f.source}`);
    }
    for (const platform of new Set(profile.incumbents.map((i) => i.platform))) {
      const item = page.locator(`li[data-platform="${platform}"]`);
      await expect(item).toContainText(profile.incumbents.find((i) => i.platform === platform)!.owner);
    }
    for (const rule of profile.foreignSellerRules) {
      const row = page.locator(`tr[data-rule="${rule.id}"]`);
      await expect(row).toContainText(rule.effective ?? "date not stated");
      const label = { in_force: "In force", superseded: "Superseded", not_yet_in_force: "Not yet in force" }[
        rule.status
      ];
      await expect(row).toContainText(label);
    }
  });
}

test("Russia's page shows its sanctions and payment rails as dated items, and passes axe", async ({
  page,
  request,
}) => {
  const profile = (await (await request.get("/api/v1/markets/RUS")).json()) as MarketProfile;
  await page.goto("/markets/RUS");
  for (const topic of ["sanctions", "payment_rails"]) {
    const items = profile.context.filter((c) => c.topic === topic);
    expect(items.length).toBeGreaterThan(0);
    const section = page.locator(`section[data-topic="${topic}"]`);
    await expect(section.locator("li")).toHaveCount(items.length);
    await expect(section).toContainText(items[0]!.effective ?? items[0]!.published ?? "date not stated");
  }
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
