/** Per-criterion direction and PROMETHEE preference function, checked. Part of decisionProblem(). */
import { ScoringInputError } from "./errors";
import { PREFERENCE_TYPES } from "./preferences";
import type { Criterion, PreferenceType } from "./types";

export interface CriterionProperties {
  /** 1 = benefit (more is better), 0 = cost. */
  benefit: Uint8Array;
  /** Preference type code (preferences.ts: USUAL … GAUSSIAN). */
  preference: Uint8Array;
  /** Thresholds as given; NaN = take the default from the reference set's spread. */
  q: Float64Array;
  p: Float64Array;
  s: Float64Array;
}

function threshold(value: unknown, name: string, criterion: Criterion, c: number): number {
  if (value === undefined) return NaN;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new ScoringInputError(`criterion "${criterion.id}": threshold ${name} must be a finite number ≥ 0`, [
      "criteria",
      c,
      "preference",
      name,
    ]);
  }
  return value;
}

export function criterionProperties(criteria: readonly Criterion[]): CriterionProperties {
  const m = criteria.length;
  const benefit = new Uint8Array(m);
  const preference = new Uint8Array(m);
  const q = new Float64Array(m).fill(NaN);
  const p = new Float64Array(m).fill(NaN);
  const s = new Float64Array(m).fill(NaN);
  criteria.forEach((criterion, c) => {
    if (criterion.direction !== "benefit" && criterion.direction !== "cost") {
      throw new ScoringInputError(`criterion "${criterion.id}": direction must be "benefit" or "cost"`, [
        "criteria",
        c,
        "direction",
      ]);
    }
    benefit[c] = criterion.direction === "benefit" ? 1 : 0;
    const pref = criterion.preference;
    if (pref === undefined) return;
    const code = PREFERENCE_TYPES.indexOf(pref.type as PreferenceType);
    if (code < 0) {
      throw new ScoringInputError(
        `criterion "${criterion.id}": unknown preference function; use one of ${PREFERENCE_TYPES.join(", ")}`,
        ["criteria", c, "preference", "type"],
      );
    }
    preference[c] = code;
    const given = pref as { q?: unknown; p?: unknown; s?: unknown };
    q[c] = threshold(given.q, "q", criterion, c);
    p[c] = threshold(given.p, "p", criterion, c);
    s[c] = threshold(given.s, "s", criterion, c);
    if (!Number.isNaN(q[c]!) && !Number.isNaN(p[c]!) && p[c]! < q[c]!) {
      throw new ScoringInputError(
        `criterion "${criterion.id}": the ${pref.type} preference function needs thresholds 0 ≤ q ≤ p (got q = ${q[c]}, p = ${p[c]})`,
        ["criteria", c, "preference"],
      );
    }
  });

  return { benefit, preference, q, p, s };
}
