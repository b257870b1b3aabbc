import { describe, expect, test } from "vitest";

import {
  EntryModeRequestSchema,
  EntryModeResponseSchema,
  FirmProfileSchema,
  MarketFactorAnchorRowSchema,
  parseEffectsTable,
} from "@/lib/contracts/fit";
import { entryModeRequest, FIRM_FACTOR_KEYS, FitRequestError, MARKET_FACTOR_KEYS } from "@/lib/scoring/fit";

import { loadFramework } from "./framework-data";

const framework = loadFramework();
const firm = framework.presets.find((p) => p.key === "alibaba-2016")!.values;
const context = {
  effects: framework.effects,
  modes: framework.modes,
  strategies: framework.strategies,
  anchors: framework.anchors,
  evidence: framework.evidence,
};

describe("FirmProfileSchema", () => {
  test("holds exactly the eleven firm factors", () => {
    expect(Object.keys(FirmProfileSchema.shape).sort()).toEqual([...FIRM_FACTOR_KEYS].sort());
  });

  test("rejects unknown fields, values outside 1-5 and missing fields", () => {
    expect(FirmProfileSchema.safeParse({ ...firm, size: 3 }).success).toBe(false);
    expect(FirmProfileSchema.safeParse({ ...firm, brand: 6 }).success).toBe(false);
    expect(FirmProfileSchema.safeParse({ ...firm, brand: Number.NaN }).success).toBe(false);
    expect(FirmProfileSchema.safeParse({ ...firm, urgency: undefined }).success).toBe(false);
    expect(FirmProfileSchema.safeParse({ ...firm, brand: 3.5 }).success).toBe(true);
  });
});

describe("EntryModeRequestSchema", () => {
  const inline = Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, 3]));

  test("takes a market code (normalized to upper case) with optional assessments and year", () => {
    const parsed = EntryModeRequestSchema.parse({
      market: "idn",
      firm,
      assessments: { competitiveIntensity: 4, foreignOwnershipRestriction: { value: 2, reason: "soft rules" } },
      indicatorYear: 2018,
    });
    expect(parsed.market).toBe("IDN");
  });

  test("takes an inline market profile of the seven factors", () => {
    expect(EntryModeRequestSchema.safeParse({ market: { ...inline, name: "Atlantis" }, firm }).success).toBe(true);
    expect(EntryModeRequestSchema.safeParse({ market: { ...inline, attractiveness: undefined }, firm }).success).toBe(
      false,
    );
  });

  test("refuses assessments or a year next to an inline profile, and unknown assessment keys", () => {
    const both = EntryModeRequestSchema.safeParse({ market: inline, firm, assessments: { competitiveIntensity: 4 } });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.path).toEqual(["assessments"]);
    expect(EntryModeRequestSchema.safeParse({ market: inline, firm, indicatorYear: 2018 }).success).toBe(false);
    expect(EntryModeRequestSchema.safeParse({ market: "IDN", firm, assessments: { attractiveness: 4 } }).success).toBe(
      false,
    );
  });
});

describe("entryModeRequest", () => {
  test("an inline profile is scored as given, and the response matches its schema", () => {
    const request = EntryModeRequestSchema.parse({
      market: { ...Object.fromEntries(MARKET_FACTOR_KEYS.map((k) => [k, 3])), name: "Test" },
      firm,
    });
    const response = entryModeRequest(request, context);
    expect(response.market).toEqual({ iso3: null, name: "Test", indicatorYear: null });
    expect(response.marketProfile.factors.attractiveness.basis).toBe("user_assessment");
    expect(response.assumptions).toEqual([]);
    expect(EntryModeResponseSchema.parse(response)).toEqual(response);
  });

  test("a market code without indicator values is refused with a typed error, not scored as neutral", () => {
    const request = EntryModeRequestSchema.parse({ market: "IDN", firm });
    expect(() => entryModeRequest(request, context)).toThrow(FitRequestError);
  });

  test("a market code with indicators lists the unassessed factors among the assumptions", () => {
    const request = EntryModeRequestSchema.parse({ market: "IDN", firm, indicatorYear: 2018 });
    const response = entryModeRequest(request, {
      ...context,
      marketIndicators: { lpi_score: 3.15 },
      marketName: "Indonesia",
    });
    expect(response.market).toEqual({ iso3: "IDN", name: "Indonesia", indicatorYear: 2018 });
    // Neither rated nor measured by the evidence indicators for this market: the neutral 3, said so.
    for (const factor of ["competitiveIntensity", "foreignOwnershipRestriction"]) {
      expect(response.assumptions.some((a) => a.startsWith(factor) && a.includes("neutral 3"))).toBe(true);
    }
  });
});

describe("parseEffectsTable", () => {
  const keys = {
    factors: framework.factors.map((f) => f.key!),
    modes: framework.modes.map((m) => m.key),
    strategies: framework.strategies.map((s) => s.key),
  };
  const row = {
    id: "x-1",
    factor: "resources",
    target_kind: "entry_mode",
    target: "joint_venture",
    direction: "raises",
    strength: "2",
    theory: "TCE",
    rationale: "r",
    precedent: "",
  };

  test("turns CSV rows into the engine's effects", () => {
    const parsed = parseEffectsTable([row], keys);
    expect(parsed).toEqual({
      ok: true,
      effects: [
        {
          id: "x-1",
          factor: "resources",
          targetKind: "entry_mode",
          target: "joint_venture",
          direction: "raises",
          strength: 2,
          theory: "TCE",
          rationale: "r",
          precedent: null,
        },
      ],
    });
  });

  test("names the row and column of every problem", () => {
    const parsed = parseEffectsTable(
      [
        row,
        { ...row, id: "x-1", target: "joint_venture" },
        { ...row, id: "x-3", factor: "size" },
        { ...row, id: "x-4", target_kind: "strategy", target: "joint_venture" },
        { ...row, id: "x-5", strength: "4" },
      ],
      keys,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      { row: 3, column: "id", message: "duplicate id x-1" },
      { row: 3, column: "factor", message: "a second row for resources→entry_mode:joint_venture" },
      { row: 4, column: "factor", message: "unknown factor size" },
      { row: 5, column: "target", message: "unknown strategy joint_venture" },
      { row: 6, column: "strength", message: "must be 1, 2 or 3" },
    ]);
  });
});

test("MarketFactorAnchorRowSchema refuses equal anchors and log scales over non-positive values", () => {
  const base = {
    factor: "attractiveness",
    indicator: "population",
    weight: "1",
    value_at_1: "1",
    value_at_5: "100",
    rationale: "r",
    scale: "log10",
  };
  expect(MarketFactorAnchorRowSchema.safeParse(base).success).toBe(true);
  expect(MarketFactorAnchorRowSchema.safeParse({ ...base, value_at_5: "1" }).success).toBe(false);
  expect(MarketFactorAnchorRowSchema.safeParse({ ...base, value_at_1: "0" }).success).toBe(false);
  expect(MarketFactorAnchorRowSchema.parse({ ...base, scale: undefined }).scale).toBe("linear");
});
