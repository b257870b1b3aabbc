import { expect, test } from "vitest";

import { sideBySide } from "@/lib/compare/side-by-side";

const groups = [{ key: "g", name: "G", measurement: "public_data" as const }];
const indicator = (key: string, direction: "benefit" | "cost") => ({
  key,
  name: key,
  unit: "u",
  direction,
  criteriaGroup: "g",
  decimals: 1,
  definition: "",
});
const cell = (value: number, source = "S") => ({ value, year: 2024, source, note: null });

test("the best value of each row is marked by the indicator's direction; ties share the mark; gaps never win", () => {
  const [section] = sideBySide({
    groups,
    indicators: [indicator("up", "benefit"), indicator("down", "cost"), indicator("tie", "benefit")],
    markets: ["A", "B", "C"],
    values: {
      A: { up: cell(3), down: cell(3), tie: cell(5) },
      B: { up: cell(9), tie: cell(5, "T") },
      C: { up: cell(1), down: cell(7), tie: cell(2) },
    },
  });
  const best = (key: string) =>
    section!.rows
      .find((r) => r.indicator.key === key)!
      .cells.filter((c) => c.best)
      .map((c) => c.iso3);
  expect(best("up")).toEqual(["B"]);
  expect(best("down")).toEqual(["A"]); // B has a gap on it
  expect(best("tie")).toEqual(["A", "B"]);
  expect(section!.rows.find((r) => r.indicator.key === "tie")!.sources).toEqual(["S", "T"]);
});

test("a row with one value, or all values equal, marks nothing and says why", () => {
  const [section] = sideBySide({
    groups,
    indicators: [indicator("one", "benefit"), indicator("flat", "benefit")],
    markets: ["A", "B"],
    values: { A: { one: cell(1), flat: cell(4) }, B: { flat: cell(4) } },
  });
  const row = (key: string) => section!.rows.find((r) => r.indicator.key === key)!;
  expect(row("one").noBest).toBe("fewer_than_two_values");
  expect(row("flat").noBest).toBe("all_equal");
  expect(section!.rows.flatMap((r) => r.cells).some((c) => c.best)).toBe(false);
});
