import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

import { expect, test } from "@playwright/test";

import { saveThesisScenario } from "./thesis-scenario";
import { expectNoSeriousAxeViolations } from "./workspace-support";

// The report in Chinese and in Russian (issue 12): the page at /zh/… and /ru/…, its downloads in
// the page's language, and the PDF a board receives, in the right script. Screenshots of the page
// (1280 px and 375 px) and PNGs of the PDF's first page, a table page and the glossary are kept.

// One locale per area spec, to keep CI's end-to-end run short: Chinese (dense CJK, CLDR names) for
// the markets and workspace pages and the report, Russian (the longest strings) for the comparisons,
// scenarios and data pages; tests/e2e/locales.spec.ts walks the whole path in both, and the message
// check (tests/unit/i18n/messages.test.ts) holds every catalogue to English key by key.
const LOCALES = [
  {
    locale: "zh",
    question: /^在.+中，我们应进入哪个市场/,
    downloads: "下载 Markdown",
    headings: ["执行摘要", "市场排序", "术语表"],
    script: /\p{Script=Han}{4}/u,
    glossary: "术语表",
  },
] as const;

for (const l of LOCALES) {
  test(`the report in ${l.locale}: the page at 1280 and 375 px, its downloads and a PDF in the right script`, async ({
    page,
    request,
  }, testInfo) => {
    test.setTimeout(240_000);
    const scenario = await saveThesisScenario(request, { name: `Thesis ${l.locale}`, samples: 500 });

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/${l.locale}/scenarios/${scenario.id}/report`);
    await expect(page.getByRole("heading", { level: 1, name: l.question })).toBeVisible();
    for (const heading of l.headings)
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: l.downloads })).toHaveAttribute(
      "href",
      `/api/v1/scenarios/${scenario.id}/report.md?locale=${l.locale}`,
    );
    await page.screenshot({ path: testInfo.outputPath(`report-${l.locale}-1280.png`) });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page, testInfo, `report-${l.locale}-1280`);

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/${l.locale}/scenarios/${scenario.id}/report`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`report-${l.locale}-375.png`) });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page, testInfo, `report-${l.locale}-375`);

    // The PDF as the page's link asks for it.
    const started = Date.now();
    const pdf = await request.get(`/api/v1/scenarios/${scenario.id}/report.pdf?locale=${l.locale}`);
    expect(pdf.status()).toBe(200);
    const body = await pdf.body();
    testInfo.annotations.push({
      type: "pdf",
      description: `${l.locale}: ${body.length} bytes in ${Date.now() - started} ms`,
    });
    const file = testInfo.outputPath(`report-${l.locale}.pdf`);
    writeFileSync(file, body);
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
    expect(text).toMatch(l.script);
    for (const heading of l.headings) expect(text).toContain(heading);
    const pages = text.split("\f");
    const glossaryPage = pages.findIndex((p) => p.includes(l.glossary) && p.length > 500) + 1;
    for (const n of [1, 5, glossaryPage]) {
      execFileSync("pdftoppm", [
        "-r",
        "60",
        "-png",
        "-f",
        String(n),
        "-l",
        String(n),
        file,
        testInfo.outputPath(`pdf-${l.locale}-p${n}`),
      ]);
    }
  });
}
