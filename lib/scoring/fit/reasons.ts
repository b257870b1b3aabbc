// What a fit reason did for this firm and market, as opposed to what its rule says
// (issue 11 §1, docs/decisions/005-entry-mode-fit.md). A rule "a higher value lowers the fit"
// with a value below the neutral 3 ADDS to the score: contribution = sign(rule) × strength ×
// (value − 3) / 2, so the effect is the sign of the contribution, never the rule's own direction.
// Pure.

/** The rule's own direction, as data/framework/effects.csv states it: what a HIGH value does. */
export type RuleDirection = "raises" | "lowers";

/**
 * The effect the reason had on this score: "raises" (contribution > 0), "lowers" (< 0) or
 * "neutral" (exactly 0 at the three decimals the contribution is reported with: the factor sits
 * at, or within rounding of, the neutral 3, so it pushed neither way and is never called raises
 * or lowers).
 */
export type ReasonEffect = "raises" | "lowers" | "neutral";

export const REASON_EFFECTS = ["raises", "lowers", "neutral"] as const satisfies readonly ReasonEffect[];
export const RULE_DIRECTIONS = ["raises", "lowers"] as const satisfies readonly RuleDirection[];

export function effectOf(contribution: number): ReasonEffect {
  if (contribution > 0) return "raises";
  if (contribution < 0) return "lowers";
  return "neutral";
}

type StoredReason = { direction?: unknown; ruleDirection?: unknown; contribution?: unknown };

/**
 * A reason as saved before issue 11 carried the RULE's direction in `direction` and had no
 * `ruleDirection`. Read it in today's shape: the rule's direction moves to `ruleDirection` and
 * `direction` is derived from the stored contribution. Anything else (today's shape, or not a
 * reason at all) is returned as it is, for the schema to judge. Nothing saved is rewritten: this
 * runs on the way out of storage.
 */
export function upgradeStoredReason<T>(reason: T): T {
  if (typeof reason !== "object" || reason === null) return reason;
  const r = reason as StoredReason;
  if (r.ruleDirection !== undefined || typeof r.contribution !== "number") return reason;
  if (r.direction !== "raises" && r.direction !== "lowers") return reason;
  return { ...reason, ruleDirection: r.direction, direction: effectOf(r.contribution) };
}

type WithReasons = { reasons?: unknown };
type StoredFitAnswer = { modes?: unknown; strategies?: unknown };

const upgradeTargets = (targets: unknown) =>
  Array.isArray(targets)
    ? targets.map((t: unknown) =>
        typeof t === "object" && t !== null && Array.isArray((t as WithReasons).reasons)
          ? { ...t, reasons: ((t as WithReasons).reasons as unknown[]).map(upgradeStoredReason) }
          : t,
      )
    : targets;

/** Every reason of a stored entry-mode answer (modes and strategies) read in today's shape. */
export function upgradeStoredFitAnswer<T>(answer: T): T {
  if (typeof answer !== "object" || answer === null) return answer;
  const a = answer as StoredFitAnswer;
  return { ...answer, modes: upgradeTargets(a.modes), strategies: upgradeTargets(a.strategies) };
}
