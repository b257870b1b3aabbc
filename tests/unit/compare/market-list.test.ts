import { expect, test } from "vitest";

import { parseMarketList } from "@/lib/compare/market-list";

const known = new Set(["RUS", "IDN", "THA", "VNM", "MYS"]);
const defaults = ["RUS", "IDN"];

test("reads comma lists and repeated parameters, upper-cases, drops duplicates", () => {
  expect(parseMarketList("rus,idn,RUS", { known, defaults }).markets).toEqual(["RUS", "IDN"]);
  expect(parseMarketList(["RUS", "THA,VNM"], { known, defaults }).markets).toEqual(["RUS", "THA", "VNM"]);
});

test("unknown codes are reported, too many are cut to the maximum, too few fall back to the defaults", () => {
  const unknown = parseMarketList("RUS,XYZ,IDN", { known, defaults });
  expect(unknown.markets).toEqual(["RUS", "IDN"]);
  expect(unknown.problems.join(" ")).toContain("XYZ");
  expect(unknown.issues).toEqual([{ code: "unknown", market: "XYZ" }]);

  const many = parseMarketList("RUS,IDN,THA,VNM,MYS", { known, defaults, max: 4 });
  expect(many.markets).toEqual(["RUS", "IDN", "THA", "VNM"]);
  expect(many.problems.join(" ")).toContain("MYS");
  expect(many.issues).toEqual([{ code: "tooMany", max: 4, leftOut: ["MYS"] }]);

  const few = parseMarketList("THA", { known, defaults, min: 2 });
  expect(few).toMatchObject({ markets: defaults, usedDefaults: true });
  expect(few.problems.length).toBe(1);
  expect(few.issues).toEqual([{ code: "tooFew", min: 2 }]);

  expect(parseMarketList(undefined, { known, defaults })).toEqual({
    markets: defaults,
    problems: [],
    issues: [],
    usedDefaults: true,
  });
});
