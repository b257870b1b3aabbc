import { expect, test } from "vitest";

import { buildReportModel } from "@/lib/reports/build";
import { breakOpportunities } from "@/lib/reports/pdf/fonts";
import { renderMarkdown } from "@/lib/reports/markdown";
import { fixtureReportInput } from "@/tests/fixtures/reports/report-input";

// A Chinese or Russian report names the markets as CLDR does in that language, in its question
// and its tables; English keeps the names frozen with the results.

test("market names follow the report's language (CLDR), English as frozen", () => {
  const zh = renderMarkdown(buildReportModel({ ...fixtureReportInput(), locale: "zh" }));
  expect(zh).toContain("越南");
  expect(zh).toContain("俄罗斯");
  const ru = renderMarkdown(buildReportModel({ ...fixtureReportInput(), locale: "ru" }));
  expect(ru).toContain("Вьетнам");
  const en = renderMarkdown(buildReportModel(fixtureReportInput()));
  expect(en).toContain("Viet Nam");
});

test("Chinese breaks between characters and after a list comma, never inside a Latin word", () => {
  expect(breakOpportunities("在越南中")).toEqual(["在", "", "越", "", "南", "", "中"]);
  expect(breakOpportunities("Malaysia、Philippines和Russia")).toEqual([
    "Malaysia、",
    "",
    "Philippines",
    "",
    "和",
    "",
    "Russia",
  ]);
  expect(breakOpportunities("市场，")).toEqual(["市", "", "场，"]);
  expect(breakOpportunities("Russia")).toEqual(["Russia"]);
});
