/** Per-criterion direction and PROMETHEE preference function, checked. Part of decisionProblem(). */
import { ScoringInputError } from "./errors";
import type { Criterion } from "./types";

export interface CriterionProperties {
  /** 1 = benefit (more is better), 0 = cost. */
  benefit: Uint8Array;
  /** 1 = linear preference with thresholds q ≤ p, 0 = usual. */
  linear: Uint8Array;
  q: Float64Array;
  p: Float64Array;
}

export function criterionProperties(criteria: readonly Criterion[]): CriterionProperties {
  const m = criteria.length;
  const benefit = new Uint8Array(m);
  const linear = new Uint8Array(m);
  const q = new Float64Array(m);
  const p = new Float64Array(m);
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
    if (pref === undefined || pref.type === "usual") return;
    if (pref.type !== "linear") {
      throw new ScoringInputError(`criterion "${criterion.id}": unknown preference function`, [
        "criteria",
        c,
        "preference",
        "type",
      ]);
    }
    if (!Number.isFinite(pref.q) || !Number.isFinite(pref.p) || pref.q < 0 || pref.p < pref.q) {
      throw new ScoringInputError(
        `criterion "${criterion.id}": the linear preference function needs thresholds 0 ≤ q ≤ p (got q = ${pref.q}, p = ${pref.p})`,
        ["criteria", c, "preference"],
      );
    }
    linear[c] = 1;
    q[c] = pref.q;
    p[c] = pref.p;
  });

  return { benefit, linear, q, p };
}
