import { expect, test } from "vitest";

import { assessedFactorGroups, driverOfFactor, factorDrivers } from "@/lib/compare/factor-links";
import { russiaVersusSoutheastAsia, type Table3Input } from "@/lib/compare/russia-vs-sea";
import { DATA_DIR, loadFramework, readCsv } from "@/tests/unit/fit/framework-data";

// The thesis's Table 3 rebuilt from the shipped data files, as the page builds it from the database.

const framework = loadFramework();
const drivers = framework.drivers.map((d) => ({ key: d.key!, number: Number(d.number), name: d.name! }));
const factors = framework.factors.map((f) => ({
  key: f.key!,
  name: f.name!,
  description: f.description!,
  scope: f.scope as "firm" | "market",
  sourceOfValue: f.source_of_value!,
}));
const groups = readCsv("criteria-groups.csv", DATA_DIR).map((g) => ({
  key: g.key!,
  name: g.name!,
  driver: g.driver ? g.driver : null,
  measurement: g.measurement as "public_data" | "user_assessment",
}));

function latestValues() {
  const out: Table3Input["values"] = {};
  const table = out as Record<
    string,
    Record<string, { value: number; year: number; source: string; note: string | null }>
  >;
  for (const row of readCsv("indicator-values.csv", DATA_DIR)) {
    const byIndicator = (table[row.market!] ??= {});
    const current = byIndicator[row.indicator!];
    if (!current || Number(row.year) > current.year) {
      byIndicator[row.indicator!] = {
        value: Number(row.value),
        year: Number(row.year),
        source: row.source!,
        note: null,
      };
    }
  }
  return out;
}

function caseEvidence(kind: string, key: string) {
  return framework.evidence.filter((e) => e.subjectKind === kind && e.subject === key);
}

function input(): Table3Input {
  return {
    criteriaGroups: groups,
    indicators: readCsv("indicators.csv", DATA_DIR).map((i) => ({
      key: i.key!,
      name: i.name!,
      unit: i.unit!,
      direction: i.direction as "benefit" | "cost",
      criteriaGroup: i.criteria_group!,
      decimals: Number(i.decimals ?? 2),
      definition: i.definition!,
    })),
    markets: readCsv("markets.csv", DATA_DIR).map((m) => ({ iso3: m.iso3!, name: m.name!, role: m.role! })),
    values: latestValues(),
    evidence: readCsv("evidence.csv", DATA_DIR).map((e) => ({
      id: e.id!,
      scope: e.scope!,
      topic: e.driver!,
      statement: e.statement!,
      year: Number(e.year),
      yearNote: e.year_note || null,
      source: e.source!,
      locator: e.locator!,
    })),
    drivers: drivers.map((d) => ({ key: d.key, evidence: caseEvidence("driver", d.key) })),
    entryModes: framework.modes.map((m) => ({
      key: m.key,
      name: m.name!,
      evidence: caseEvidence("entry_mode", m.key),
    })),
    strategies: framework.strategies.map((s) => ({
      key: s.key,
      name: s.name!,
      evidence: caseEvidence("strategy", s.key),
    })),
    factors,
    replays: framework.replays,
    assessedFactorGroups: assessedFactorGroups(factors, drivers, groups),
  };
}

test("factors link to the thesis drivers their descriptions name", () => {
  expect(driverOfFactor({ description: "… rivals lack (driver 2)." }, drivers)?.key).toBe("technology");
  expect(driverOfFactor({ description: "… sellers (part of driver 10)." }, drivers)?.key).toBe("host_regulation");
  const links = factorDrivers(factors, drivers);
  expect(links.ecosystem).toBe("ecosystem");
  expect(links.homePolicySupport).toBe("home_policy");
  expect(links.resources).toBeNull();
  expect(assessedFactorGroups(factors, drivers, groups)).toEqual({
    competitiveIntensity: "competition",
    // the host-regulation driver is measured by host_policy since data set 2026.12.1
    foreignOwnershipRestriction: "host_policy",
  });
});

test("one row per framework element, in the order of Table 3, each with a verdict from the data", () => {
  const rows = russiaVersusSoutheastAsia(input());
  expect(rows.map((r) => r.key)).toEqual([...groups.map((g) => g.key), "entry_modes", "strategies"]);
  for (const row of rows.filter((r) => r.kind === "criteria" && r.indicators.length > 0)) {
    for (const c of row.indicators.filter((i) => i.position !== "no_data")) {
      const inside = c.russia!.value >= c.sea!.min && c.russia!.value <= c.sea!.max;
      expect(c.position === "inside", `${c.indicator.key}`).toBe(inside);
      expect(c.sea!.count).toBeLessThanOrEqual(6);
    }
    // governance quality (WGI, CPI) is not a thesis driver: the thesis's host-regulation evidence
    // belongs to host_policy, so the governance row compares indicators only
    if (row.key === "governance") continue;
    expect(row.russia.evidence.length + row.sea.evidence.length, row.key).toBeGreaterThan(0);
  }
});

test("strategies: cost leadership, differentiation and localization in both regions, focus only in Russia (thesis Table 3)", () => {
  const row = russiaVersusSoutheastAsia(input()).find((r) => r.key === "strategies")!;
  expect(row.sets!.both.sort()).toEqual(["Cost leadership", "Differentiation", "Localization"]);
  expect(row.sets!.russiaOnly).toEqual(["Focus"]);
  expect(row.verdict).toBe("partly");
});

test("competition differs on the case assessments; its evidence is split by scope", () => {
  const row = russiaVersusSoutheastAsia(input()).find((r) => r.key === "competition")!;
  const [assessment] = row.assessments;
  expect(assessment!.russia!.market).toBe("RUS");
  expect(assessment!.sea!.market).toBe("IDN");
  expect(assessment!.similar).toBe(Math.abs(assessment!.russia!.value - assessment!.sea!.value) < 1);
  expect(row.russia.evidence.every((e) => e.scope === "RUS" || e.scope === "Russia case")).toBe(true);
  expect(row.sea.evidence.every((e) => e.scope !== "RUS")).toBe(true);
});
