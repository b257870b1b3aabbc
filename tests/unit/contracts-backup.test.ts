import { expect, test } from "vitest";

import { BackupValue } from "@/lib/contracts/backup";
import { IndicatorValueRow } from "@/lib/contracts/dataset";

// Data set 2026.12.1 added kind, edition and locator to every value. Files and backups written
// before keep reading: a value without them is an observed figure of no named edition.

test("a backup value written before 2026.12.1 (no kind, edition, locator) still restores", () => {
  const old = {
    market: "VNM",
    indicator: "internet_users_pct",
    year: 2024,
    value: 80.25,
    source: "Market research panel",
    note: null,
  };
  expect(BackupValue.parse(old)).toEqual(old);
  expect(BackupValue.parse({ ...old, kind: "observed", edition: null, locator: null })).toMatchObject({
    kind: "observed",
  });
  expect(() => BackupValue.parse({ ...old, kind: "guessed" })).toThrow();
});

test("an indicator-values.csv row without the new columns reads as observed, edition and locator unknown", () => {
  const row = IndicatorValueRow.parse({
    market: "RUS",
    indicator: "population",
    year: "2025",
    value: "143513328",
    source: "World Bank WDI",
    note: "",
  });
  expect(row).toMatchObject({
    kind: "observed",
    edition: null,
    locator: null,
    note: null,
    year: 2025,
    value: 143513328,
  });
  const full = IndicatorValueRow.parse({
    market: "RUS",
    indicator: "median_age",
    year: "2025",
    value: "40.1",
    kind: "projection",
    edition: "UN WPP 2022 (projection)",
    source: "UN DESA",
    locator:
      "github.com/Binna-Choi/tb_prediction@3739b65 data/median-age.csv, Code=RUS, Year=2025, column Projected Age",
    note: "",
  });
  expect(full).toMatchObject({ kind: "projection", edition: "UN WPP 2022 (projection)" });
  expect(IndicatorValueRow.safeParse({ ...full, year: "2025", kind: "invented" }).success).toBe(false);
});
