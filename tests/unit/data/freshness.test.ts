import { describe, expect, it, test } from "vitest";

import { indicatorFreshness, isOlderThanThreeYears, latestDataYear, valueAge } from "@/lib/data/freshness";

test("age is the current year minus the data year; older than three years means an age of 4 or more", () => {
  expect(valueAge(2024, 2026)).toBe(2);
  expect(isOlderThanThreeYears({ year: 2023, kind: "observed" }, 2026)).toBe(false); // age 3
  expect(isOlderThanThreeYears({ year: 2022, kind: "observed" }, 2026)).toBe(true); // age 4: LPI 2023 (survey 2022)
  expect(isOlderThanThreeYears({ year: 2022 }, 2026)).toBe(true); // a user's value has no kind: observed
  // a distance computed from Natural Earth 4.0.0 (2017) does not grow old
  expect(isOlderThanThreeYears({ year: 2017, kind: "computed" }, 2026)).toBe(false);
});

test("per indicator: editions by use, newest and oldest year, economies, and how many are old", () => {
  const latest = [
    { market: "RUS", indicator: "account_ownership_pct", year: 2024, kind: "observed" as const, edition: "Global Findex 2025" },
    { market: "IDN", indicator: "account_ownership_pct", year: 2024, kind: "observed" as const, edition: "Global Findex 2025" },
    { market: "VNM", indicator: "account_ownership_pct", year: 2022, kind: "observed" as const, edition: "Global Findex 2025" },
    { market: "XXX", indicator: "account_ownership_pct", year: 2014, kind: "observed" as const, edition: null },
    { market: "RUS", indicator: "median_age", year: 2025, kind: "projection" as const, edition: "UN WPP 2022 (projection)" },
  ];
  const [account, age, gap] = indicatorFreshness(["account_ownership_pct", "median_age", "lpi_score"], latest, 2026);
  expect(account).toEqual({
    indicator: "account_ownership_pct",
    editions: [
      { edition: "Global Findex 2025", economies: 3 },
      { edition: "your data (no edition)", economies: 1 },
    ],
    latestYear: 2024,
    oldestYear: 2014,
    economies: 4,
    olderThanThreeYears: 2, // VNM 2022 (age 4) and XXX 2014 (age 12)
    computed: false,
    projections: 0,
  });
  expect(age).toMatchObject({ projections: 1, olderThanThreeYears: 0, latestYear: 2025 });
  expect(gap).toMatchObject({ economies: 0, latestYear: null, editions: [] });
});

describe("latestDataYear", () => {
  it("is the newest observed, estimated or projected year; a computed distance does not count", () => {
    // Hand example: population 2025, GDP 2024 (estimate), distance computed from a 2017 file but
    // stored with its newest input's year 2026 (as the home-relative distance is).
    expect(
      latestDataYear([
        { year: 2025, kind: "observed" },
        { year: 2024, kind: "estimate" },
        { year: 2026, kind: "computed" },
      ]),
    ).toBe(2025);
    expect(latestDataYear([{ year: 2017, kind: "computed" }])).toBeNull();
    expect(latestDataYear([])).toBeNull();
  });
});
