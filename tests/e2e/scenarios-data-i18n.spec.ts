import { expect, test, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";

import type { CompareResponse, Scenario } from "@/lib/contracts/scenarios";
import { FIRM_FACTOR_KEYS } from "@/lib/scoring/fit/factors";

import { expectNoSeriousAxeViolations } from "./workspace-support";

// Issue 12 for the scenario pages and the data page: in Chinese and in Russian, the list, a saved
// scenario, the comparison of two and the data page speak the reader's language (headings, table
// headers, the comparison's sentences, country names), hold at 1280 px and 375 px without
// horizontal overflow, and are axe-clean. Screenshots of each are kept for looking at.

const firm = Object.fromEntries(FIRM_FACTOR_KEYS.map((key, at) => [key, (at % 5) + 1]));

async function create(request: APIRequestContext, name: string, groupWeights: Record<string, number>) {
  const response = await request.post("/api/v1/scenarios", {
    data: {
      name,
      inputs: {
        state: {
          markets: ["RUS", "IDN", "VNM", "THA"],
          method: "wsm",
          missing: "renormalize",
          groupWeights,
          indicatorWeights: {},
          assessments: {},
        },
        firmProfile: firm,
        monteCarlo: { samples: 300, seed: 7, concentration: 50 },
      },
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as Scenario;
}

/** The page at 1280 px and at 375 px: no horizontal overflow, no serious axe finding, screenshots. */
async function looksRight(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(200);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const wide = await page.evaluate(
      (limit) =>
        [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > limit + 0.5)
          .filter((e) => {
            for (let p = e.parentElement; p; p = p.parentElement)
              if (["auto", "scroll", "hidden"].includes(getComputedStyle(p).overflowX)) return false;
            return true;
          })
          .slice(0, 5)
          .map((e) => `${e.tagName}.${e.className}: ${(e.textContent ?? "").slice(0, 60)}`),
      width,
    );
    expect(scrollWidth, `${name} at ${width} px; too wide: ${wide.join(" | ")}`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await expectNoSeriousAxeViolations(page, testInfo, name);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const WORDS = {
  ru: {
    saved: "Сохранённые сценарии",
    frozen: "Рейтинг (зафиксирован при сохранении)",
    rankHeader: "Вероятность первого места",
    compare: "Сравнение сценариев",
    moved: "Что изменилось в рейтинге и почему",
    russia: "Россия",
    data: "Ваши данные",
    freshness: "Поставляемые данные: издания и давность",
    marketCaption: /Вьетнам: год данных, давность и издание каждой цифры/,
  },
} as const;

// Three pages, each at two widths with axe: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 180_000 });

// One locale per area spec, to keep CI's end-to-end run short: Chinese (dense CJK, CLDR names) for
// the markets and workspace pages and the report, Russian (the longest strings) for the comparisons,
// scenarios and data pages; tests/e2e/locales.spec.ts walks the whole path in both, and the message
// check (tests/unit/i18n/messages.test.ts) holds every catalogue to English key by key.
for (const locale of ["ru"] as const) {
  const words = WORDS[locale];

  test(`${locale}: the scenario list, a saved scenario and a comparison read in the reader's language and hold at 1280 and 375 px`, async ({
    page,
    request,
  }, testInfo) => {
    const a = await create(request, `${locale} A ${Date.now()}`, {});
    const b = await create(request, `${locale} B ${Date.now()}`, { proximity: 5 });

    await page.goto(`/${locale}/scenarios`);
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${words.saved}`) })).toBeVisible();
    await looksRight(page, testInfo, `${locale}-scenarios`);

    await page.goto(`/${locale}/scenarios/${a.id}`);
    await expect(page.getByRole("heading", { level: 2, name: words.frozen })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: words.rankHeader })).toBeVisible();
    // Country names come from CLDR in the reader's language, not from the English saved with it.
    await expect(page.getByRole("rowheader", { name: words.russia }).first()).toBeVisible();
    await looksRight(page, testInfo, `${locale}-scenario`);

    await page.goto(`/${locale}/scenarios/compare?a=${a.id}&b=${b.id}`);
    await expect(page.getByRole("heading", { level: 1, name: words.compare })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: words.moved })).toBeVisible();
    await looksRight(page, testInfo, `${locale}-compare`);
  });

  test(`${locale}: the data page, with one market's figures, reads in the reader's language and holds at 1280 and 375 px`, async ({
    page,
  }, testInfo) => {
    await page.goto(`/${locale}/data?market=VNM`);
    await expect(page.getByRole("heading", { level: 1, name: words.data })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: words.freshness })).toBeVisible();
    await expect(page.getByText(words.marketCaption)).toBeVisible();
    await looksRight(page, testInfo, `${locale}-data`);
  });
}

test("the comparison API answers in the Accept-Language's locale and in English by default, with the same numbers", async ({
  request,
}) => {
  const a = await create(request, `api A ${Date.now()}`, {});
  const b = await create(request, `api B ${Date.now()}`, { proximity: 5 });
  const compare = async (language?: string) => {
    const response = await request.get(`/api/v1/scenarios/compare?a=${a.id}&b=${b.id}`, {
      headers: language ? { "accept-language": language } : {},
    });
    expect(response.status()).toBe(200);
    return (await response.json()) as CompareResponse;
  };
  const [english, chinese, russian] = await Promise.all([compare(), compare("zh-CN,zh;q=0.9"), compare("ru")]);
  expect(english.comparison.rankings.find((r) => r.iso3 === "RUS")?.name).toBe("Russia");
  expect(chinese.comparison.rankings.find((r) => r.iso3 === "RUS")?.name).toBe("俄罗斯");
  expect(russian.comparison.rankings.find((r) => r.iso3 === "RUS")?.name).toBe("Россия");
  // The differences' labels are worded per locale; the ranks and the attribution are the same.
  expect(english.comparison.differences[0]?.label).toMatch(/^Weight of /);
  expect(chinese.comparison.differences[0]?.label).toMatch(/的权重$/);
  expect(russian.comparison.differences[0]?.label).toMatch(/^Вес группы /);
  for (const other of [chinese, russian]) {
    expect(other.comparison.rankings.map((r) => [r.iso3, r.rankA, r.rankB])).toEqual(
      english.comparison.rankings.map((r) => [r.iso3, r.rankA, r.rankB]),
    );
    expect(other.comparison.cause).toBe(english.comparison.cause);
  }
});
