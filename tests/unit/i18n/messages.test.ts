import { readdirSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { checkMessages } from "@/scripts/i18n/check-messages";

const root = path.resolve(__dirname, "../../..");
const sources = ["app", "components", "lib"]
  .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)))
  .filter((file) => /\.tsx?$/.test(file) && !file.startsWith("lib/db/generated/"))
  .map((file) => path.join(root, file));

describe("message catalogues (en, zh, ru)", () => {
  it("have the same keys, parse as ICU with the same arguments, and every key is used and defined", async () => {
    const catalogues = Object.fromEntries(LOCALES.map((l) => [l, messagesFor(l)]));
    const problems = await checkMessages(catalogues, sources);
    expect(problems).toEqual({ missing: [], invalid: [], syntax: [], unused: [], undefined: [] });
  }, 60_000);

  it("the check bites: a missing key, an extra key, a bad argument, an ICU error, an unused and an undefined key", async () => {
    const catalogues = {
      en: { demo: { greeting: "Hello {name}", count: "{n, plural, one {# market} other {# markets}}", spare: "Never used" } },
      zh: { demo: { greeting: "你好 {name}", count: "{n, plural, other {# 个市场}", spare: "未使用", extra: "多余" } },
      ru: { demo: { greeting: "Привет {who}", count: "{n, plural, one {# рынок} other {# рынков}}", spare: "Не нужно" } },
    };
    const problems = await checkMessages(catalogues, [path.join(root, "tests/fixtures/i18n/uses-keys.tsx")]);
    expect(problems.missing).toContain("zh: demo.extra (not in en)");
    expect(problems.invalid.map((p) => p.split(" (")[0])).toEqual(["ru: demo.greeting"]);
    expect(problems.syntax.map((p) => p.split(" (")[0])).toEqual(["zh: demo.count"]);
    expect(problems.unused).toEqual(["demo.spare"]);
    expect(problems.undefined).toEqual(["demo.absent"]);
  });
});
