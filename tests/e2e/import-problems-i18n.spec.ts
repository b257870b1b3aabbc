import { expect, test } from "@playwright/test";

import { expectNoSeriousAxeViolations } from "./workspace-support";

// The import problems in the reader's language (issue 12): a bad file checked on /zh/data and
// /ru/data lists every problem by row and column in Chinese and Russian, at 1280 and 375 px.

const WORDS = {
  zh: {
    file: /CSV 或 Excel 文件/,
    check: "检查文件",
    year: "缺少年份：每个数值都须注明所属年份。",
    duplicate: "重复：第 5 行已给出 VNM · gdp_growth_pct · 2024 的数值。",
    script: /\p{Script=Han}/u,
  },
  ru: {
    file: /Файл CSV или Excel/,
    check: "Проверить файл",
    year: "Не указан год: у каждого значения должен быть год, к которому оно относится.",
    duplicate: "Дубликат: строка 5 уже содержит VNM · gdp_growth_pct · 2024.",
    script: /\p{Script=Cyrillic}/u,
  },
} as const;

for (const locale of ["zh", "ru"] as const) {
  for (const width of [1280, 375]) {
    test(`a bad file's problems are listed in ${locale} at ${width} px`, async ({ page }, testInfo) => {
      const words = WORDS[locale];
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/data`);
      await page.getByLabel(words.file).setInputFiles("tests/fixtures/imports/problems.csv");
      await page.getByRole("button", { name: words.check }).click();
      // The list of every problem (each row's problems are a list inside it).
      const problems = page
        .getByRole("list")
        .filter({ hasText: words.year })
        .filter({ hasText: words.duplicate })
        .last();
      await expect(problems).toBeVisible();
      const text = await problems.innerText();
      expect(text).toMatch(words.script);
      expect(text).not.toMatch(/Year is missing|Duplicate:|Unknown market|is not a number/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoSeriousAxeViolations(page, testInfo, `problems-${locale}-${width}`);
      await problems.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`problems-${locale}-${width}.png`) });
    });
  }
}
