import { expect, test } from "vitest";

import type { WorkspaceState } from "@/lib/contracts/workspace";
import { rankAlternatives } from "@/lib/scoring";
import { workspaceScoringInput } from "@/lib/workspace/scoring-input";
import { shownUncertainty } from "@/lib/workspace/value-uncertainty";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { tinyScoringData } from "./fixture";

// Decision records 013 (coverage threshold, reference set) and 014 (value uncertainty), as the
// workspace assembles the engine's input. Weights of the tiny data set: size .6 × (gdp .7, pop
// .3), ease .4 × distance 1 → gdp .42, pop .18, distance .4.

const state = (over: Partial<WorkspaceState>): WorkspaceState => ({ ...defaultWorkspaceState(), ...over });

test("a criterion known for fewer selected markets than the threshold is left out, with its coverage", () => {
  const data = tinyScoringData();
  // pop is known for AAA and BBB, not CCC: 2 of 3.
  const kept = workspaceScoringInput(data, state({ markets: ["AAA", "BBB", "CCC"] }));
  if (!kept.ok) throw new Error(kept.reason);
  expect(kept.input.criteria.map((c) => c.id)).toContain("pop");
  expect(kept.input.coverageThreshold).toBe(0.5);

  const strict = workspaceScoringInput(data, state({ markets: ["AAA", "BBB", "CCC"], coverageThreshold: 0.7 }));
  if (!strict.ok) throw new Error(strict.reason);
  expect(strict.input.criteria.map((c) => c.id)).not.toContain("pop");
  expect(strict.omitted).toContainEqual({
    kind: "criterion",
    key: "pop",
    reason: "known for 2 of 3 selected markets (67 %), below the 70 % coverage threshold",
    code: "belowCoverage",
    known: 2,
    of: 3,
    threshold: 0.7,
    coverage: 2 / 3,
  });
});

test("indicators are normalized over every market with data, not only the selected ones", () => {
  const data = tinyScoringData();
  const scoring = workspaceScoringInput(data, state({ markets: ["AAA", "CCC"] }));
  if (!scoring.ok) throw new Error(scoring.reason);
  expect(scoring.input.reference?.values.gdp).toEqual([10, 6, 8]);
  expect(scoring.input.reference?.label).toBe("all 3 markets with data in data set tiny");
  const result = rankAlternatives(scoring.input);
  expect(result.reference.set).toBe("supplied");
  const score = Object.fromEntries(result.ranking.map((r) => [r.id, r.score]));
  // By hand, min-max over the data set: gdp 6..10 → AAA 1, CCC ½; pop (AAA 5, BBB 9) → AAA 0,
  // CCC's gap the peers' mean 5 → 0; distance (cost) 50..500 → AAA 400/450, CCC 0.
  expect(score.AAA).toBeCloseTo(0.42 + 0.4 * (400 / 450), 12);
  expect(score.CCC).toBeCloseTo(0.42 * 0.5, 12);
});

test("every value carries its uncertainty from its kind, age and survey margin", () => {
  const data = tinyScoringData();
  data.values.AAA!.gdp = { value: 10, year: 2021, source: "s1", note: null, kind: "estimate" } as never;
  data.indicators.push({
    key: "online",
    name: "Bought online",
    definition: "share of adults",
    unit: "% of population aged 15+",
    direction: "benefit",
    criteriaGroup: "ease",
    publisher: "World Bank, Global Findex Database 2025",
    dataset: "Findex",
    defaultWeight: 1,
    decimals: 1,
  });
  data.values.AAA!.online = { value: 50, year: 2024, source: "findex", note: null };
  data.values.BBB!.online = { value: 20, year: 2024, source: "findex", note: null };
  const scoring = workspaceScoringInput(data, state({ markets: ["AAA", "BBB", "CCC"] }));
  if (!scoring.ok) throw new Error(scoring.reason);
  const aaa = scoring.input.alternatives.find((a) => a.id === "AAA")!;
  // gdp: an estimate (±10 %) three years older than the freshest gdp (±2 %/year): √(1² + 0.6²).
  expect(aaa.uncertainty?.gdp).toEqual({ absolute: expect.closeTo(Math.sqrt(1 + 0.36), 12) });
  // online: a Findex share of 50 % from ~1,000 respondents: 1.96·√(.25/1000)·100 points.
  expect(aaa.uncertainty?.online).toEqual({
    absolute: expect.closeTo(1.959963984540054 * Math.sqrt(0.25 / 1000) * 100, 12),
  });
  // An observed, current, non-survey figure is taken as exact.
  expect(aaa.uncertainty?.pop).toBeUndefined();
});

test("the uncertainty the pages show names its parts, largest first, in the value's unit", () => {
  const data = tinyScoringData();
  data.values.AAA!.gdp = { value: 10, year: 2021, source: "s1", note: null, kind: "estimate" } as never;
  const format = (x: number) => x.toFixed(2);
  // gdp AAA: estimate ±10 % of 10 = 1.00; three years behind the freshest gdp, 2 %/year: 0.60;
  // together √(1 + 0.36).
  const gdp = shownUncertainty(data, { key: "gdp", kind: "indicator" }, "AAA", format);
  expect(gdp?.halfWidth).toBeCloseTo(Math.sqrt(1.36), 12);
  expect(gdp?.basis).toBe("estimate value ±1.00; 3 years behind the newest figure ±0.60");
  // The same parts as keys and numbers, for the pages to word in the reader's language.
  expect(gdp?.basisParts).toEqual({
    from: "parts",
    kind: "estimate",
    age: 3,
    parts: [
      { part: "kind", halfWidth: 1 },
      { part: "age", halfWidth: 0.6 },
    ],
  });
  // A current published observation carries none, and says so.
  const pop = shownUncertainty(data, { key: "pop", kind: "indicator" }, "AAA", format);
  expect(pop).toEqual({
    halfWidth: 0,
    basis: "a published observation, current: no uncertainty assigned",
    basisParts: { from: "parts", kind: null, age: 0, parts: [] },
  });
  // A gap has no uncertainty; the user's own rating is ±0.5.
  expect(shownUncertainty(data, { key: "pop", kind: "indicator" }, "CCC", format)).toBeNull();
  expect(shownUncertainty(data, { key: "competition", kind: "assessment" }, "AAA", format)?.halfWidth).toBe(0.5);
});
