/**
 * How uncertain a value is, from what it is (docs/decisions/014-uncertainty-and-preferences.md):
 * a 95 % half-width h, so that the Monte Carlo draws the value from Uniform[x − h, x + h] or
 * Normal(x, (h/1.96)²) (monteCarlo.ts). Independent sources of error add in quadrature:
 *   h = √(h_survey² + h_kind² + h_age² + h_range²)
 * - survey: a share p (in %) from a sample survey of n respondents, the simple-random-sampling
 *   95 % margin 1.96·√(p(1 − p)/n)·100 points (Cochran 1977, §3.2). Clustered samples have a
 *   design effect above 1, so this is a lower bound of the real margin.
 * - kind: a figure the publisher marks as its estimate, a projection, or a value computed by
 *   Outbound from other figures carries a relative half-width KIND_SHARE[kind]·|x|; a published
 *   observation carries none.
 * - age: a figure older than the freshest figure of the same indicator stands for today less
 *   well: AGE_SHARE_PER_YEAR·age·|x|.
 * - range: where several sources give the value, the farthest of them from x bounds it: h_range =
 *   max |x − other|.
 * The shares are judgements, stated here and in the record, not measured error rates.
 */
import { ScoringInputError } from "./errors";

export type ValueKind = "observed" | "estimate" | "projection" | "computed";

export const VALUE_KINDS: readonly ValueKind[] = ["observed", "estimate", "projection", "computed"];

/** Relative 95 % half-width by kind (judgement; decision record 014). */
export const KIND_SHARE: Readonly<Record<ValueKind, number>> = {
  observed: 0,
  computed: 0.05,
  estimate: 0.1,
  projection: 0.15,
};

/** Relative 95 % half-width added per year of age (judgement; decision record 014). */
export const AGE_SHARE_PER_YEAR = 0.02;

/** z of a normal's central 95 %. */
const Z95 = 1.959963984540054;

export interface ValueFacts {
  value: number;
  /** Default "observed". */
  kind?: ValueKind | undefined;
  /** Years behind the freshest figure of the same indicator (≥ 0); default 0. */
  age?: number | undefined;
  /** The value is a share in % from a sample survey of this many respondents. */
  surveySampleSize?: number | undefined;
  /** Other sources' values for the same thing (the range between sources). */
  otherSources?: readonly number[] | undefined;
}

export interface ValueUncertainty {
  /** 95 % half-width in the value's unit. */
  halfWidth: number;
  /** The parts before they are combined in quadrature, in the value's unit. */
  parts: { survey: number; kind: number; age: number; range: number };
}

export function valueUncertainty(facts: ValueFacts): ValueUncertainty {
  const { value } = facts;
  if (!Number.isFinite(value)) throw new ScoringInputError("the value must be a finite number", ["value"]);
  const kind = facts.kind ?? "observed";
  if (!VALUE_KINDS.includes(kind)) throw new ScoringInputError(`unknown value kind "${String(kind)}"`, ["kind"]);
  const age = facts.age ?? 0;
  if (!(age >= 0) || !Number.isFinite(age))
    throw new ScoringInputError("age must be a finite number of years ≥ 0", ["age"]);
  const magnitude = Math.abs(value);

  let survey = 0;
  if (facts.surveySampleSize !== undefined) {
    const n = facts.surveySampleSize;
    if (!(n >= 1) || !Number.isFinite(n)) {
      throw new ScoringInputError("surveySampleSize must be a number of respondents ≥ 1", ["surveySampleSize"]);
    }
    const p = Math.min(1, Math.max(0, value / 100));
    survey = Z95 * Math.sqrt((p * (1 - p)) / n) * 100;
  }
  let range = 0;
  for (const other of facts.otherSources ?? []) {
    if (!Number.isFinite(other))
      throw new ScoringInputError("other sources' values must be finite numbers", ["otherSources"]);
    range = Math.max(range, Math.abs(value - other));
  }
  const parts = {
    survey,
    kind: KIND_SHARE[kind] * magnitude,
    age: AGE_SHARE_PER_YEAR * age * magnitude,
    range,
  };
  const halfWidth = Math.sqrt(parts.survey ** 2 + parts.kind ** 2 + parts.age ** 2 + parts.range ** 2);
  return { halfWidth, parts };
}
