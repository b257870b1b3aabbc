import { expect, test } from "vitest";

import { freshness, STALE_AFTER_YEARS, staleValues } from "@/lib/workspace/freshness";

// Issue 9: values older than three years are flagged; age = current year - data year; computed
// values (distances) carry no data year to age. Expectations computed by hand for 2026.

test("the threshold is three years: a 2023 value is 3 years old in 2026 and not flagged, a 2022 value is", () => {
  expect(STALE_AFTER_YEARS).toBe(3);
  expect(freshness({ year: 2023 }, 2026)).toEqual({
    year: 2023,
    age: 3,
    stale: false,
    text: "2023 data, 3 years old",
  });
  expect(freshness({ year: 2022 }, 2026)).toEqual({
    year: 2022,
    age: 4,
    stale: true,
    text: "2022 data, 4 years old (older than 3 years)",
  });
  expect(freshness({ year: 2025 }, 2026)?.text).toBe("2025 data, 1 year old");
  expect(freshness({ year: 2026 }, 2026)?.text).toBe("2026 data, from this year");
});

test("the current year is an input: the same value ages with it", () => {
  expect(freshness({ year: 2021 }, 2024)?.stale).toBe(false);
  expect(freshness({ year: 2021 }, 2025)?.stale).toBe(true);
});

test("computed values and values without a year are never aged", () => {
  expect(freshness({ year: 2010, kind: "computed" }, 2026)).toBeNull();
  expect(freshness({ year: null }, 2026)).toBeNull();
  // Any other kind is a data value and ages as usual.
  expect(freshness({ year: 2010, kind: "projection" }, 2026)?.stale).toBe(true);
});

test("a market's stale values among the given keys, oldest first; gaps and other keys ignored", () => {
  const values = {
    lpi: { year: 2018 },
    cpi: { year: 2025 },
    findex: { year: 2017 },
    distance: { year: 2015, kind: "computed" },
    broadband: { year: 2022 },
  };
  expect(staleValues(values, ["lpi", "cpi", "findex", "distance", "broadband", "gap"], 2026)).toEqual([
    { key: "findex", year: 2017, age: 9 },
    { key: "lpi", year: 2018, age: 8 },
    { key: "broadband", year: 2022, age: 4 },
  ]);
  // Only the keys asked for (the criteria that weigh in the ranking).
  expect(staleValues(values, ["cpi"], 2026)).toEqual([]);
  expect(staleValues(undefined, ["lpi"], 2026)).toEqual([]);
});
