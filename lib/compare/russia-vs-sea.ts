import type { SideBySideIndicator, SourcedCell } from "./side-by-side";

// Russia against Southeast Asia on the framework, laid out like the thesis's Table 3: one row per
// framework element, a Russia column, a Southeast Asia column and whether the two are the same.
// Everything in it comes from the data set: indicator values, evidence items, the framework's
// case evidence and the case replays' assessments. Pure.
//
// The rule for "same" or "differs" (shown on the page):
// - an indicator is similar when Russia's value lies inside the range of the six Southeast Asian
//   markets (their lowest to highest value), and differs when it lies above or below all six;
// - an analyst's assessment (case replays) is similar when Russia's and Southeast Asia's ratings
//   are less than one point apart on the 1-5 scale;
// - entry modes and strategies are compared as sets: those the framework's case evidence records
//   for Russia against those it records for Southeast Asia;
// - a row is "same" when every comparison in it is similar, "differs" when none is, and "partly"
//   otherwise; a row with nothing to compare says so.

export type Verdict = "same" | "partly" | "differs" | "not_compared";

type Evidence = {
  id: string;
  statement: string;
  year: number;
  yearNote: string | null;
  source: string;
  locator: string;
};

export type Table3Evidence = Evidence & {
  /** Where it applies: a market code, SEA/SEA6, or the thesis case it illustrates. */
  scope: string;
};

export type SeaRange = {
  min: number;
  max: number;
  mean: number;
  count: number;
  minMarket: string;
  maxMarket: string;
  years: [number, number];
  sources: string[];
};

export type IndicatorComparison = {
  indicator: SideBySideIndicator;
  russia: SourcedCell | null;
  sea: SeaRange | null;
  position: "inside" | "above" | "below" | "no_data";
};

export type AssessmentSide = {
  value: number;
  reason: string | null;
  locator: string | null;
  caseName: string;
  market: string;
};

export type AssessmentComparison = {
  factor: string;
  factorName: string;
  russia: AssessmentSide | null;
  sea: AssessmentSide | null;
  similar: boolean | null;
};

export type ObservedTarget = { key: string; name: string; evidence: Table3Evidence[] };

export type Table3Row = {
  key: string;
  name: string;
  kind: "criteria" | "entry_mode" | "strategy";
  /** Where the element is explained on /framework. */
  anchor: string;
  indicators: IndicatorComparison[];
  assessments: AssessmentComparison[];
  russia: { evidence: Table3Evidence[]; observed: ObservedTarget[] };
  sea: { evidence: Table3Evidence[]; observed: ObservedTarget[] };
  /** Entry modes or strategies: in both cases, only in Russia, only in Southeast Asia. */
  sets: { both: string[]; russiaOnly: string[]; seaOnly: string[] } | null;
  verdict: Verdict;
  similarCount: number;
  comparedCount: number;
};

type CaseEvidence = Evidence & { case: "russia" | "southeast_asia" | "general" };

export type Table3Input = {
  criteriaGroups: readonly {
    key: string;
    name: string;
    driver: string | null;
    measurement: "public_data" | "user_assessment";
  }[];
  indicators: readonly SideBySideIndicator[];
  markets: readonly { iso3: string; name: string; role: string }[];
  values: Readonly<Record<string, Readonly<Record<string, SourcedCell | undefined>>>>;
  evidence: readonly (Evidence & { scope: string; topic: string })[];
  drivers: readonly { key: string; evidence: readonly CaseEvidence[] }[];
  entryModes: readonly { key: string; name: string; evidence: readonly CaseEvidence[] }[];
  strategies: readonly { key: string; name: string; evidence: readonly CaseEvidence[] }[];
  factors: readonly { key: string; name: string }[];
  replays: readonly {
    name: string;
    market: string;
    assessments?: Readonly<
      Record<string, { value: number; reason?: string | null; locator?: string | null } | number | undefined>
    >;
  }[];
  /** Assessed market factor → the criteria group it belongs to (see factorCriteriaGroups). */
  assessedFactorGroups: Readonly<Record<string, string>>;
};

/** The thesis's regional scopes: evidence about the region as a whole. */
export const SEA_REGION_SCOPES = ["SEA", "SEA6"] as const;

export function russiaVersusSoutheastAsia(input: Table3Input): Table3Row[] {
  const russia = input.markets.filter((m) => m.role === "target_russia").map((m) => m.iso3);
  const sea = input.markets.filter((m) => m.role === "target_sea").map((m) => m.iso3);
  const isRussia = (scope: string) => russia.includes(scope);
  const isSea = (scope: string) => sea.includes(scope) || (SEA_REGION_SCOPES as readonly string[]).includes(scope);
  const assessedGroups = input.assessedFactorGroups;

  const criteriaRows = input.criteriaGroups.map((group): Table3Row => {
    const topics = new Set([group.key, ...(group.driver ? [group.driver] : [])]);
    const topical = input.evidence.filter((e) => topics.has(e.topic));
    const driverEvidence = input.drivers.filter((d) => topics.has(d.key)).flatMap((d) => d.evidence);
    const indicators = input.indicators
      .filter((i) => i.criteriaGroup === group.key)
      .map((indicator) => compareIndicator(indicator, russia, sea, input.values));
    const assessments = Object.entries(assessedGroups)
      .filter(([, groupKey]) => groupKey === group.key)
      .map(([factor]) => compareAssessment(factor, input, russia, sea));
    const similarities = [
      ...indicators.filter((c) => c.position !== "no_data").map((c) => c.position === "inside"),
      ...assessments.filter((a) => a.similar !== null).map((a) => a.similar === true),
    ];
    return {
      key: group.key,
      name: group.name,
      kind: "criteria",
      anchor: `criteria-${group.key}`,
      indicators,
      assessments,
      russia: {
        evidence: [
          ...topical.filter((e) => isRussia(e.scope)).map(toEvidence),
          ...driverEvidence.filter((e) => e.case === "russia").map(fromCase),
        ],
        observed: [],
      },
      sea: {
        evidence: [
          ...topical.filter((e) => isSea(e.scope)).map(toEvidence),
          ...driverEvidence.filter((e) => e.case === "southeast_asia").map(fromCase),
        ],
        observed: [],
      },
      sets: null,
      ...verdictOf(similarities),
    };
  });

  return [
    ...criteriaRows,
    observedRow("entry_mode", "entry_modes", "Entry modes observed", "entry-modes", input.entryModes),
    observedRow("strategy", "strategies", "Business strategies observed", "strategies", input.strategies),
  ];
}

function compareIndicator(
  indicator: SideBySideIndicator,
  russia: readonly string[],
  sea: readonly string[],
  values: Table3Input["values"],
): IndicatorComparison {
  const russianValue = russia.map((iso3) => values[iso3]?.[indicator.key]).find((v) => v !== undefined) ?? null;
  const seaValues = sea.flatMap((iso3) => {
    const v = values[iso3]?.[indicator.key];
    return v ? [{ iso3, ...v }] : [];
  });
  let range: SeaRange | null = null;
  if (seaValues.length > 0) {
    const low = seaValues.reduce((a, b) => (b.value < a.value ? b : a));
    const high = seaValues.reduce((a, b) => (b.value > a.value ? b : a));
    const years = seaValues.map((v) => v.year);
    range = {
      min: low.value,
      max: high.value,
      mean: seaValues.reduce((s, v) => s + v.value, 0) / seaValues.length,
      count: seaValues.length,
      minMarket: low.iso3,
      maxMarket: high.iso3,
      years: [Math.min(...years), Math.max(...years)],
      sources: [...new Set(seaValues.map((v) => v.source))],
    };
  }
  const position =
    !russianValue || !range
      ? "no_data"
      : russianValue.value > range.max
        ? "above"
        : russianValue.value < range.min
          ? "below"
          : "inside";
  return { indicator, russia: russianValue, sea: range, position };
}

function compareAssessment(
  factor: string,
  input: Table3Input,
  russia: readonly string[],
  sea: readonly string[],
): AssessmentComparison {
  const sideOf = (markets: readonly string[]): AssessmentSide | null => {
    for (const replay of input.replays) {
      if (!markets.includes(replay.market)) continue;
      const raw = replay.assessments?.[factor];
      if (raw === undefined) continue;
      const a = typeof raw === "number" ? { value: raw } : raw;
      return {
        value: a.value,
        reason: a.reason ?? null,
        locator: a.locator ?? null,
        caseName: replay.name,
        market: replay.market,
      };
    }
    return null;
  };
  const r = sideOf(russia);
  const s = sideOf(sea);
  return {
    factor,
    factorName: input.factors.find((f) => f.key === factor)?.name ?? factor,
    russia: r,
    sea: s,
    similar: r && s ? Math.abs(r.value - s.value) < 1 : null,
  };
}

function observedRow(
  kind: "entry_mode" | "strategy",
  key: string,
  name: string,
  anchor: string,
  targets: Table3Input["entryModes"],
): Table3Row {
  const observedIn = (c: "russia" | "southeast_asia") =>
    targets
      .map((t) => ({ key: t.key, name: t.name, evidence: t.evidence.filter((e) => e.case === c).map(fromCase) }))
      .filter((t) => t.evidence.length > 0);
  const russia = observedIn("russia");
  const sea = observedIn("southeast_asia");
  const inRussia = new Set(russia.map((t) => t.key));
  const inSea = new Set(sea.map((t) => t.key));
  const nameOf = (k: string) => targets.find((t) => t.key === k)?.name ?? k;
  const all = targets.map((t) => t.key).filter((k) => inRussia.has(k) || inSea.has(k));
  const sets = {
    both: all.filter((k) => inRussia.has(k) && inSea.has(k)).map(nameOf),
    russiaOnly: all.filter((k) => inRussia.has(k) && !inSea.has(k)).map(nameOf),
    seaOnly: all.filter((k) => !inRussia.has(k) && inSea.has(k)).map(nameOf),
  };
  return {
    key,
    name,
    kind,
    anchor,
    indicators: [],
    assessments: [],
    russia: { evidence: [], observed: russia },
    sea: { evidence: [], observed: sea },
    sets,
    ...verdictOf(all.map((k) => inRussia.has(k) && inSea.has(k))),
  };
}

function verdictOf(similarities: readonly boolean[]): Pick<Table3Row, "verdict" | "similarCount" | "comparedCount"> {
  const similarCount = similarities.filter(Boolean).length;
  const comparedCount = similarities.length;
  const verdict: Verdict =
    comparedCount === 0
      ? "not_compared"
      : similarCount === comparedCount
        ? "same"
        : similarCount === 0
          ? "differs"
          : "partly";
  return { verdict, similarCount, comparedCount };
}

function toEvidence(e: Evidence & { scope: string }): Table3Evidence {
  const { id, statement, year, yearNote, source, locator, scope } = e;
  return { id, statement, year, yearNote, source, locator, scope };
}

function fromCase(e: CaseEvidence): Table3Evidence {
  const { id, statement, year, yearNote, source, locator } = e;
  return {
    id,
    statement,
    year,
    yearNote,
    source,
    locator,
    scope: e.case === "russia" ? "Russia case" : "Southeast Asia case",
  };
}
