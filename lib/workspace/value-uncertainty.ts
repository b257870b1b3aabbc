/**
 * From the data set to the facts the engine's uncertainty model reads (lib/scoring/valueUncertainty.ts,
 * docs/decisions/014-uncertainty-and-preferences.md): each value's kind, its age and, for survey
 * shares, the survey's sample size. Pure; runs in the browser and on the server.
 */
import type { ScoringData } from "@/lib/contracts/api";
import { VALUE_KINDS, valueUncertainty, type ValueFacts, type ValueKind, type ValueUncertainty } from "@/lib/scoring";

/**
 * Respondents per economy in a Global Findex round: "approximately 1,000 people in each economy"
 * (World Bank, Global Findex Database 2021, Appendix A: Survey Methodology; the same Gallup World
 * Poll design in 2011-2025).
 */
export const FINDEX_SAMPLE_SIZE = 1000;

type Indicator = ScoringData["indicators"][number];
type Value = ScoringData["values"][string][string];

/** Survey shares measured by the Global Findex, recognised by their publisher and unit. */
export function surveySampleSize(indicator: Indicator): number | undefined {
  return /Global Findex/i.test(indicator.publisher) && indicator.unit.trim().startsWith("%")
    ? FINDEX_SAMPLE_SIZE
    : undefined;
}

/** The kind a value carries once the data set records it (data set 2026.12.1 on); else observed. */
export function kindOf(value: Value): ValueKind {
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === "string" && (VALUE_KINDS as readonly string[]).includes(kind)
    ? (kind as ValueKind)
    : "observed";
}

const freshest = new WeakMap<ScoringData, Map<string, number>>();

/** The newest year of any value of each indicator: a value's age is counted from it. */
export function freshestYears(data: ScoringData): Map<string, number> {
  let years = freshest.get(data);
  if (years) return years;
  years = new Map();
  for (const byIndicator of Object.values(data.values)) {
    for (const [key, v] of Object.entries(byIndicator)) years.set(key, Math.max(years.get(key) ?? -Infinity, v.year));
  }
  freshest.set(data, years);
  return years;
}

export function valueFacts(data: ScoringData, indicator: Indicator, value: Value): ValueFacts {
  const newest = freshestYears(data).get(indicator.key) ?? value.year;
  return {
    value: value.value,
    kind: kindOf(value),
    age: Math.max(0, newest - value.year),
    surveySampleSize: surveySampleSize(indicator),
  };
}

/** The 95 % half-width of a data-set value, in its unit. */
export function valueHalfWidth(data: ScoringData, indicator: Indicator, value: Value): number {
  return valueUncertainty(valueFacts(data, indicator, value)).halfWidth;
}

/**
 * A user's 1-5 rating stands for anything within half a step of it: ±0.5 (uniform rounding of a
 * judgement to the nearest whole step).
 */
export const ASSESSMENT_HALF_WIDTH = 0.5;

/** A value's 95 % uncertainty and, in words, what it comes from: what the workspace and report show. */
export interface ShownUncertainty {
  halfWidth: number;
  /** e.g. "survey margin ±2.9; estimate ±1.2; 3 years behind the newest figure ±3.6". */
  basis: string;
  /** The same as keys and numbers, for a page to say in the reader's language. */
  basisParts: UncertaintyBasisParts;
}

/** What a value's uncertainty comes from: the user's rating, or the record 014 parts, largest first (empty: none). */
export type UncertaintyBasisParts =
  | { from: "rating" }
  | {
      from: "parts";
      /** The value's kind where it is not observed (estimate, projection…). */
      kind: string | null;
      age: number;
      parts: { part: "survey" | "kind" | "age" | "range"; halfWidth: number }[];
    };

function basisParts(uncertainty: ValueUncertainty, facts: Pick<ValueFacts, "kind" | "age">): UncertaintyBasisParts {
  const { parts } = uncertainty;
  const all = [
    { part: "survey" as const, halfWidth: parts.survey },
    { part: "kind" as const, halfWidth: parts.kind },
    { part: "age" as const, halfWidth: parts.age },
    { part: "range" as const, halfWidth: parts.range },
  ];
  return {
    from: "parts",
    kind: facts.kind && facts.kind !== "observed" ? String(facts.kind) : null,
    age: facts.age ?? 0,
    parts: all.filter((p) => p.halfWidth > 0).sort((a, b) => b.halfWidth - a.halfWidth),
  };
}

/** The parts of decision record 014 in words, in the value's unit, largest first. */
export function uncertaintyBasis(
  uncertainty: ValueUncertainty,
  facts: Pick<ValueFacts, "kind" | "age">,
  format: (x: number) => string,
): string {
  const { parts } = uncertainty;
  const named: [string, number][] = [
    ["survey margin", parts.survey],
    [facts.kind && facts.kind !== "observed" ? `${facts.kind} value` : "kind", parts.kind],
    [`${facts.age ?? 0} year${facts.age === 1 ? "" : "s"} behind the newest figure`, parts.age],
    ["range between sources", parts.range],
  ];
  const shown = named.filter(([, h]) => h > 0).sort((a, b) => b[1] - a[1]);
  return shown.length === 0
    ? "a published observation, current: no uncertainty assigned"
    : shown.map(([name, h]) => `${name} ±${format(h)}`).join("; ");
}

/**
 * The uncertainty of one criterion value as the engine samples it: the model of decision record
 * 014 for a data-set or imported value, ±0.5 for the user's own 1-5 rating.
 */
export function shownUncertainty(
  data: ScoringData,
  criterion: { key: string; kind: "indicator" | "assessment" },
  iso3: string,
  format: (x: number) => string,
): ShownUncertainty | null {
  if (criterion.kind === "assessment") {
    return {
      halfWidth: ASSESSMENT_HALF_WIDTH,
      basis: "your rating, read as anything within half a step of it",
      basisParts: { from: "rating" },
    };
  }
  const indicator = data.indicators.find((i) => i.key === criterion.key);
  const stored = data.values[iso3]?.[criterion.key];
  if (!indicator || !stored) return null;
  const facts = valueFacts(data, indicator, stored);
  const uncertainty = valueUncertainty(facts);
  return {
    halfWidth: uncertainty.halfWidth,
    basis: uncertaintyBasis(uncertainty, facts, format),
    basisParts: basisParts(uncertainty, facts),
  };
}
