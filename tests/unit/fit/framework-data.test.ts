import { describe, expect, test } from "vitest";

import { FIRM_FACTOR_KEYS, MARKET_FACTOR_KEYS } from "@/lib/scoring/fit";

import { ALL_FACTOR_KEYS, DATA_DIR, loadFramework, readCsv } from "./framework-data";

// Checks on the shipped framework tables in data/framework/: keys, references, locators.

const framework = loadFramework();
const LOCATOR = /seeds\/00\d_[0-9a-f]{16}\.txt lines? \d+/;

describe("keys are exactly the ones the app and the seed rely on", () => {
  test("driver groups and the ten drivers, of which only 9 and 10 rank markets", () => {
    expect(readCsv("driver-groups.csv").map((g) => g.key)).toEqual([
      "internal",
      "home_market",
      "international_opportunity",
    ]);
    expect(framework.drivers.map((d) => [d.number, d.key, d.group, d.ranks_markets])).toEqual([
      ["1", "ecosystem", "internal", "false"],
      ["2", "technology", "internal", "false"],
      ["3", "brand", "internal", "false"],
      ["4", "network", "internal", "false"],
      ["5", "quality", "internal", "false"],
      ["6", "domestic_saturation", "home_market", "false"],
      ["7", "domestic_competition", "home_market", "false"],
      ["8", "home_policy", "home_market", "false"],
      ["9", "host_attractiveness", "international_opportunity", "true"],
      ["10", "host_regulation", "international_opportunity", "true"],
    ]);
  });

  test("strategies, entry modes (control and commitment 1-5) and factors", () => {
    expect(framework.strategies.map((s) => s.key)).toEqual([
      "cost_leadership",
      "differentiation",
      "focus",
      "localization",
    ]);
    expect(framework.modes.map((m) => m.key)).toEqual([
      "cross_border_export",
      "strategic_partnership",
      "acquisition_stake",
      "own_subsidiary",
      "joint_venture",
      "licensing_franchising",
    ]);
    for (const m of framework.modes) {
      expect(
        [m.control, m.commitment].every((x) => Number.isInteger(x) && x >= 1 && x <= 5),
        m.key,
      ).toBe(true);
    }
    expect(framework.factors.map((f) => f.key)).toEqual([...FIRM_FACTOR_KEYS, ...MARKET_FACTOR_KEYS]);
    for (const f of framework.factors) {
      const expected = FIRM_FACTOR_KEYS.includes(f.key as never)
        ? "firm_input"
        : f.key === "competitiveIntensity" || f.key === "foreignOwnershipRestriction"
          ? "user_assessment"
          : "derived_from_indicators";
      expect(f.source_of_value, f.key).toBe(expected);
      expect(f.scope).toBe(FIRM_FACTOR_KEYS.includes(f.key as never) ? "firm" : "market");
    }
  });

  test("a factor's optional driver column names an existing driver", () => {
    const drivers = new Set(framework.drivers.map((d) => d.key));
    for (const f of framework.factors) if (f.driver) expect(drivers.has(f.driver), f.key).toBe(true);
  });
});

describe("the effects table", () => {
  test("every row refers to existing keys, has strength 1-3 and a theory tag from the decision record", () => {
    // loadFramework already ran parseEffectsTable (keys, strengths, one row per factor and target).
    const tags = new Set(["OLI", "TCE", "Uppsala", "Network", "Regulation", "RBV", "Porter", "CAGE", "BornGlobal"]);
    for (const e of framework.effects) {
      expect(ALL_FACTOR_KEYS).toContain(e.factor);
      expect([1, 2, 3]).toContain(e.strength);
      expect(tags.has(e.theory), `${e.id}: ${e.theory}`).toBe(true);
      expect(e.rationale.length).toBeGreaterThan(20);
    }
  });

  test("every precedent carries a locator in the seeds", () => {
    for (const e of framework.effects) if (e.precedent) expect(e.precedent, e.id).toMatch(LOCATOR);
  });

  test("every mode and strategy is acted on by several factors, and every factor acts on something", () => {
    for (const t of [...framework.modes, ...framework.strategies]) {
      expect(framework.effects.filter((e) => e.target === t.key).length, t.key).toBeGreaterThanOrEqual(4);
    }
    for (const k of ALL_FACTOR_KEYS)
      expect(
        framework.effects.some((e) => e.factor === k),
        k,
      ).toBe(true);
  });
});

describe("anchors", () => {
  test("every derived market factor has anchors, and so do the two rated factors with an evidence-based default", () => {
    const derived = framework.factors.filter((f) => f.source_of_value === "derived_from_indicators").map((f) => f.key);
    // Issue 9: competitive intensity and foreign-entry restrictions default to evidence where it exists.
    const withEvidenceDefault = ["competitiveIntensity", "foreignOwnershipRestriction"];
    expect([...new Set(framework.anchors.map((a) => a.factor))].sort()).toEqual(
      [...derived, ...withEvidenceDefault].sort(),
    );
  });

  test("anchors use only indicator keys of data/indicators.csv", () => {
    const known = readCsv("indicators.csv", DATA_DIR).map((i) => i.key);
    for (const a of framework.anchors) expect(known, a.indicator).toContain(a.indicator);
  });
});

describe("firm presets", () => {
  test("alibaba-2012 and alibaba-2016 give all eleven firm factors as whole numbers 1-5", () => {
    expect(framework.presets.map((p) => [p.key, p.year])).toEqual([
      ["alibaba-2012", 2012],
      ["alibaba-2016", 2016],
    ]);
    for (const p of framework.presets) {
      expect(Object.keys(p.values)).toEqual([...FIRM_FACTOR_KEYS]);
      for (const v of Object.values(p.values)) expect(Number.isInteger(v) && v >= 1 && v <= 5).toBe(true);
    }
  });

  test("every value is justified, with a locator in the seeds", () => {
    for (const p of framework.presets) {
      expect(Object.keys(p.justification).sort()).toEqual([...FIRM_FACTOR_KEYS].sort());
      for (const [k, text] of Object.entries(p.justification)) expect(text, `${p.key}.${k}`).toMatch(LOCATOR);
    }
  });
});

describe("framework evidence", () => {
  const evidence = framework.evidence;
  const subjects = {
    driver: framework.drivers.map((d) => d.key!),
    strategy: framework.strategies.map((s) => s.key),
    entry_mode: framework.modes.map((m) => m.key),
  };

  test("every item refers to an existing subject, has a year and a locator, and a note when the year is inferred", () => {
    const ids = new Set<string>();
    for (const x of evidence) {
      expect(ids.has(x.id), x.id).toBe(false);
      ids.add(x.id);
      expect(subjects[x.subjectKind], x.id).toContain(x.subject);
      expect(x.year >= 1980 && x.year <= 2025, x.id).toBe(true);
      expect(x.locator.length).toBeGreaterThan(5);
      if (x.source.startsWith("Thesis")) expect(x.locator, x.id).toMatch(LOCATOR);
    }
  });

  test("every driver, strategy and entry mode has at least one item", () => {
    for (const [kind, keys] of Object.entries(subjects)) {
      for (const key of keys)
        expect(
          evidence.some((x) => x.subjectKind === kind && x.subject === key),
          `${kind} ${key}`,
        ).toBe(true);
    }
  });

  test("licensing has only general items that say there is no Alibaba example", () => {
    const items = evidence.filter((x) => x.subject === "licensing_franchising");
    expect(items.every((x) => x.case === "general")).toBe(true);
    expect(items.some((x) => /not an Alibaba example/i.test(x.statement))).toBe(true);
  });

  test("the AliExpress Russia joint venture (2018, Mail.ru Group, MegaFon, RDIF) is a documented precedent (issue 9)", () => {
    const items = evidence.filter((x) => x.subject === "joint_venture");
    const russia = items.find((x) => x.case === "russia");
    expect(russia?.year).toBe(2018);
    for (const partner of ["Mail.ru Group", "MegaFon", "Russian Direct Investment Fund"])
      expect(russia?.statement).toContain(partner);
    // no item may still claim that neither case had a joint venture
    for (const x of items) expect(x.statement, x.id).not.toMatch(/no joint venture appears/i);
  });

  test("both cases have evidence for the entry modes the thesis observed", () => {
    const has = (subject: string, c: string) => evidence.some((x) => x.subject === subject && x.case === c);
    expect(has("cross_border_export", "russia")).toBe(true);
    expect(has("strategic_partnership", "russia")).toBe(true);
    expect(has("strategic_partnership", "southeast_asia")).toBe(true);
    expect(has("acquisition_stake", "southeast_asia")).toBe(true);
  });
});

describe("case replays", () => {
  test("refer to existing presets, markets and keys, and justify each assessment with a locator", () => {
    const modes = framework.modes.map((m) => m.key);
    const strategies = framework.strategies.map((s) => s.key);
    for (const r of framework.replays) {
      expect(framework.presets.map((p) => p.key)).toContain(r.firmPreset);
      expect(r.market).toMatch(/^[A-Z]{3}$/);
      for (const k of r.expectedTop) expect(modes).toContain(k);
      for (const k of r.expectedStrategies) expect(strategies).toContain(k);
      expect(Object.keys(r.assessments).sort()).toEqual(["competitiveIntensity", "foreignOwnershipRestriction"]);
      for (const a of Object.values(r.assessments)) {
        expect(Number.isInteger(a.value) && a.value >= 1 && a.value <= 5).toBe(true);
        expect(a.locator).toMatch(LOCATOR);
      }
      expect(r.locator).toMatch(LOCATOR);
    }
  });
});
