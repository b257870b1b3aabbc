import type { ScoreRequest } from "@/lib/contracts/engine";
import type { ScenarioResults } from "@/lib/contracts/scenarios";
import {
  rankAlternatives,
  type Criterion,
  type Method,
  type MissingPolicy,
  type Normalization,
  type ScoringInput,
} from "@/lib/scoring";

// A frozen engine input in a form two scenarios can be compared on and changed one difference at
// a time: the raw weights as the user set them (a group's weight, a criterion's weight within its
// group; the engine normalizes both), the options, and the values per market.

export type CriterionShare = {
  group: string;
  /** Raw weight within its group. */ within: number;
  direction: Criterion["direction"];
};

export type Snapshot = {
  method: Method;
  /** The normalization actually applied ("none" for PROMETHEE II). */
  normalization: Normalization | "none";
  missing: MissingPolicy;
  /** Group key → raw weight. */
  groups: Map<string, number>;
  /** Criterion id → group and raw weight within its group. */
  criteria: Map<string, CriterionShare>;
  markets: string[];
  /** iso3 → criterion id → value (null = missing). */
  values: Map<string, Map<string, number | null>>;
};

/** Criteria declared without groups are put in one implicit group with this key. */
const ALL = "";

export function snapshotOf(results: Pick<ScenarioResults, "problem" | "ranking">): Snapshot {
  const problem: ScoreRequest = results.problem;
  const groupOf = (c: ScoreRequest["criteria"][number]) => (problem.groups ? (c.group ?? ALL) : ALL);
  const declared = problem.groups ?? [{ id: ALL, weight: 1 }];
  const groups = new Map(declared.map((g) => [g.id, g.weight]));
  const criteria = new Map(
    problem.criteria.map((c) => [c.id, { group: groupOf(c), within: c.weight, direction: c.direction }]),
  );
  return {
    method: problem.method,
    normalization: results.ranking.normalization,
    missing: results.ranking.missing,
    groups,
    criteria,
    markets: problem.alternatives.map((a) => a.id),
    values: new Map(problem.alternatives.map((a) => [a.id, new Map(Object.entries(a.values))])),
  };
}

/** Each weight's share of the total (0 when all are 0). */
export function sharesOf(weights: ReadonlyMap<string, number>): Map<string, number> {
  let total = 0;
  for (const w of weights.values()) total += w;
  return new Map([...weights].map(([k, w]) => [k, total > 0 ? w / total : 0]));
}

export function cloneSnapshot(s: Snapshot): Snapshot {
  return {
    ...s,
    groups: new Map(s.groups),
    criteria: new Map(s.criteria),
    markets: [...s.markets],
    values: new Map([...s.values].map(([iso3, v]) => [iso3, new Map(v)])),
  };
}

/**
 * Back to an engine input. Zero weights are left out (they change no score) and so are criteria
 * no market has a value for (the engine refuses them), the rule the workspace uses too.
 */
export function inputOf(s: Snapshot): ScoringInput {
  const hasData = (id: string) => s.markets.some((iso3) => typeof s.values.get(iso3)?.get(id) === "number");
  const criteria = [...s.criteria]
    .filter(([id, c]) => c.within > 0 && (s.groups.get(c.group) ?? 0) > 0 && hasData(id))
    .map(([id, c]) => ({ id, weight: c.within, direction: c.direction, group: c.group }));
  const used = new Set(criteria.map((c) => c.group));
  return {
    method: s.method,
    ...(s.normalization !== "none" ? { normalization: s.normalization } : {}),
    missing: s.missing,
    groups: [...s.groups].filter(([key]) => used.has(key)).map(([id, weight]) => ({ id, weight })),
    criteria,
    alternatives: s.markets.map((iso3) => ({
      id: iso3,
      values: Object.fromEntries(criteria.map((c) => [c.id, s.values.get(iso3)?.get(c.id) ?? null])),
    })),
  };
}

/** Market → competition rank under the snapshot. Throws the engine's ScoringInputError. */
export function ranksOf(s: Snapshot): Map<string, number> {
  return new Map(rankAlternatives(inputOf(s)).ranking.map((r) => [r.id, r.rank]));
}

/**
 * Which weights B changed, as a user changes them: one slider at a time, the others untouched.
 * Weights are compared up to a common scale (weights 1:2 and 50:100 are the same choice): the
 * scale is the ratio b/a most weights share (ties: the ratio nearest 1), and the weights that do
 * not follow it are the changed ones. Applying B's change to A is then `a ← b / scale`.
 */
export function changedWeights(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
): { scale: number; changed: string[] } {
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const ratios = keys.flatMap((k) => ((a.get(k) ?? 0) > 0 && (b.get(k) ?? 0) > 0 ? [b.get(k)! / a.get(k)!] : []));
  let scale = 1;
  let bestCount = 0;
  for (const r of ratios) {
    const count = ratios.filter((x) => sameRatio(x, r)).length;
    if (count > bestCount || (count === bestCount && Math.abs(Math.log(r)) < Math.abs(Math.log(scale)))) {
      scale = r;
      bestCount = count;
    }
  }
  const changed = keys.filter((k) => {
    const wa = a.get(k) ?? 0;
    const wb = b.get(k) ?? 0;
    if (wa === 0 || wb === 0) return (wa === 0) !== (wb === 0);
    return !sameRatio(wb / wa, scale);
  });
  return { scale, changed };
}

function sameRatio(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-6 * Math.max(Math.abs(x), Math.abs(y));
}
