import { expect, test } from "vitest";

import {
  bearingBatches,
  importScopeOfProblem,
  importStaleness,
  type ImportFootprint,
  type ImportScope,
} from "@/lib/imports/staleness";

const cell = (market: string, indicator: string) => ({ market, indicator, indicatorName: indicator.toUpperCase() });
const batch = (
  id: string,
  cells: ImportFootprint["cells"],
  importedAt = "2026-12-01T10:00:00.000Z",
): ImportFootprint => ({
  id,
  fileName: `${id}.csv`,
  fileHash: `hash-${id}`,
  importedAt,
  cells,
});

// Scenario on IDN and VNM weighing gdp (market-local) and internet (normalised over every market).
const scope: ImportScope = {
  markets: ["IDN", "VNM"],
  indicators: ["gdp", "internet"],
  referenceIndicators: ["internet"],
};

test("a batch bears on a scenario through a weighted indicator on its markets, or anywhere for a reference-set indicator", () => {
  const batches = [
    batch("a", [cell("IDN", "gdp"), cell("BRA", "gdp")]), // IDN counts, BRA does not (gdp is local)
    batch("b", [cell("BRA", "internet")]), // counts: internet's scale spans every market
    batch("c", [cell("IDN", "lockers")]), // weight 0: no
    batch("d", [cell("BRA", "gdp")]), // other market, local indicator: no
  ];
  expect(bearingBatches(batches, scope).map((b) => [b.id, b.markets, b.indicators.map((i) => i.key)])).toEqual([
    ["a", ["IDN"], ["gdp"]],
    ["b", ["BRA"], ["internet"]],
  ]);
});

test("added and removed batches are named with their date, indicators and markets; unchanged ones are not", () => {
  const kept = batch("kept", [cell("IDN", "gdp")]);
  const gone = batch("gone", [cell("VNM", "gdp"), cell("IDN", "gdp")], "2026-11-20T08:00:00.000Z");
  const recorded = { scope, batches: bearingBatches([kept, gone], scope) };
  const added = batch("new", [cell("VNM", "internet")], "2026-12-02T09:30:00.000Z");
  const result = importStaleness(recorded, [kept, added], {
    markets: scope.markets,
    computedAt: "2026-11-30T00:00:00Z",
  });
  expect(result).toEqual({
    stale: true,
    reasons: [
      'Imported batch "new.csv" added on 2026-12-02: indicator INTERNET for market VNM.',
      'Imported batch "gone.csv" (imported on 2026-11-20) removed since this scenario was computed: indicator GDP for markets IDN, VNM.',
    ],
  });
  expect(importStaleness(recorded, [kept, gone], { markets: [], computedAt: "" })).toEqual({
    stale: false,
    reasons: [],
  });
});

test("a batch with the same id but another content hash counts as removed and added", () => {
  const one = batch("x", [cell("IDN", "gdp")]);
  const recorded = { scope, batches: bearingBatches([one], scope) };
  const changed = { ...one, fileHash: "other" };
  expect(importStaleness(recorded, [changed], { markets: [], computedAt: "" }).reasons).toHaveLength(2);
});

test("without a record, only a batch on the scenario's markets imported after it was computed may have moved it", () => {
  const legacy = { markets: ["IDN"], computedAt: "2026-12-01T00:00:00.000Z" };
  const earlier = batch("earlier", [cell("IDN", "gdp")], "2026-11-01T00:00:00.000Z");
  const elsewhere = batch("elsewhere", [cell("BRA", "gdp")], "2026-12-02T00:00:00.000Z");
  const later = batch("later", [cell("IDN", "gdp"), cell("BRA", "gdp")], "2026-12-02T00:00:00.000Z");
  expect(importStaleness(undefined, [earlier, elsewhere], legacy)).toEqual({ stale: false, reasons: [] });
  expect(importStaleness(undefined, [earlier, elsewhere, later], legacy).reasons).toEqual([
    'May be stale: imported data changed since. Imported batch "later.csv" added on 2026-12-02, after this scenario was computed: indicator GDP for market IDN.',
  ]);
});

test("a problem's scope: its alternatives, criteria weighted above 0 in a group above 0, and those with a reference set", () => {
  expect(
    importScopeOfProblem({
      alternatives: [{ id: "IDN" }, { id: "VNM" }],
      criteria: [
        { id: "gdp", weight: 1, group: "g1" },
        { id: "internet", weight: 2, group: "g1" },
        { id: "lockers", weight: 0, group: "g1" },
        { id: "distance", weight: 1, group: "g0" },
      ],
      groups: [
        { id: "g1", weight: 0.5 },
        { id: "g0", weight: 0 },
      ],
      reference: { values: { internet: [1, 2], lockers: [3] } },
    }),
  ).toEqual({ markets: ["IDN", "VNM"], indicators: ["gdp", "internet"], referenceIndicators: ["internet"] });
});
