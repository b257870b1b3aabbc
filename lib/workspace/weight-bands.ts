/**
 * The stability band of each weight slider: the range of that slider's own values over which the
 * current leader stays first, every other slider left where it is. This is the one-at-a-time
 * weight stability interval (Mareschal 1988; Triantaphyllou & Sánchez 1997) asked along the path
 * the control actually moves: moving a group slider rescales the other groups, moving an
 * indicator slider rescales the other indicators of its group only. (The engine's
 * stabilityIntervals move one global weight with every other weight rescaled; the robustness
 * page shows those.) Every reachable slider position is scored with the engine's own scorer, so
 * the band is exact at the slider's resolution. Pure.
 */
import type { ScoringData } from "@/lib/contracts/api";
import type { WorkspaceState } from "@/lib/contracts/workspace";
// Engine modules by path, not the barrel: this runs in the workspace's first load (see workspace.tsx).
import { decisionProblem, type DecisionProblem } from "@/lib/scoring/decisionProblem";
import { beats } from "@/lib/scoring/ranks";
import { createScorer, type Scorer } from "@/lib/scoring/scorer";

import { rawCriterionWeight, rawGroupWeight, workspaceScoringInput, type WorkspaceCriterion } from "./scoring-input";

/** Sliders run over raw weights 0…1 in steps of 0.01 (the data set's defaults sum to 1). */
export const SLIDER_MAX = 1;
export const SLIDER_STEP = 0.01;

export interface WeightBand {
  /** Lowest / highest slider value at which the leader is still first. */
  low: number;
  high: number;
  /** Who leads just below `low` / above `high`; null when the band reaches the slider's end. */
  lowChallenger: string | null;
  highChallenger: string | null;
}

export interface WeightBands {
  leader: string;
  /** By slider id: `group:<key>` or `criterion:<key>`. Absent = the slider moves nothing scored. */
  bands: Record<string, WeightBand>;
}

export const groupSliderId = (key: string) => `group:${key}`;
export const criterionSliderId = (key: string) => `criterion:${key}`;

/**
 * Values and markets fixed, weights free: everything the bands need that does not change while a
 * slider moves. Built once per selection of markets, method and options.
 */
export interface BandProblem {
  problem: DecisionProblem;
  scorer: Scorer;
  criteria: WorkspaceCriterion[];
  /** Group key of each criterion, in problem order. */
  groupOf: string[];
  groups: string[];
}

/**
 * A problem with every criterion that has data for the selected markets, including those whose
 * weight is 0 now (raising them is what a band shows). Null when nothing can be scored.
 */
export function bandProblem(data: ScoringData, state: WorkspaceState): BandProblem | null {
  // Weight 1 everywhere: the problem is only used for its values; weights are passed per call.
  const allOn: WorkspaceState = {
    ...state,
    groupWeights: Object.fromEntries(data.criteriaGroups.map((g) => [g.key, 1])),
    indicatorWeights: Object.fromEntries(data.indicators.map((i) => [i.key, 1])),
  };
  const scoring = workspaceScoringInput(data, allOn);
  if (!scoring.ok) return null;
  let problem: DecisionProblem;
  try {
    problem = decisionProblem(scoring.input);
  } catch {
    return null;
  }
  const groupOf = scoring.criteria.map((c) => c.group);
  return { problem, scorer: createScorer(problem), criteria: scoring.criteria, groupOf, groups: [...new Set(groupOf)] };
}

/**
 * Global weights of the two-level tree (criteriaTree.ts): group share × share within the group.
 * A group whose criteria all weigh 0 counts as weight 0, as the workspace treats it. Returns
 * false when every weight is 0 (nothing can be ranked).
 */
export function treeWeights(
  groupOf: readonly string[],
  rawCriteria: ArrayLike<number>,
  rawGroups: ReadonlyMap<string, number>,
  out: Float64Array,
): boolean {
  const sums = new Map<string, number>();
  groupOf.forEach((g, c) => sums.set(g, (sums.get(g) ?? 0) + rawCriteria[c]!));
  let groupTotal = 0;
  for (const [g, sum] of sums) if (sum > 0) groupTotal += rawGroups.get(g) ?? 0;
  if (!(groupTotal > 0)) return false;
  groupOf.forEach((g, c) => {
    const sum = sums.get(g)!;
    out[c] = sum > 0 ? ((rawGroups.get(g) ?? 0) / groupTotal) * (rawCriteria[c]! / sum) : 0;
  });
  return true;
}

export function weightBands(
  data: ScoringData,
  state: WorkspaceState,
  prepared: BandProblem | null = bandProblem(data, state),
): WeightBands | null {
  if (!prepared) return null;
  const { problem, scorer, criteria, groupOf, groups } = prepared;
  const { n, m, ids } = problem;
  const rawCriteria = Float64Array.from(criteria, (c) => rawCriterionWeight(state, c));
  const rawGroups = new Map(groups.map((g) => [g, rawGroupWeight(data, state, g)]));
  const weights = new Float64Array(m);
  const scores = new Float64Array(n);

  /** Index of the first-ranked alternative (first by id among ties), or -1 when nothing ranks. */
  const leaderAt = (): number => {
    if (!treeWeights(groupOf, rawCriteria, rawGroups, weights)) return -1;
    scorer.scores(weights, scores);
    let best = 0;
    for (let a = 1; a < n; a++) if (beats(scores[a]!, scores[best]!)) best = a;
    return best;
  };
  const leader = leaderAt();
  if (leader < 0) return null;

  const bands: Record<string, WeightBand> = {};
  // As the engine's stabilityIntervals: the leader holds while nobody scores strictly higher.
  const holds = (): { ok: boolean; challenger: string | null } => {
    if (!treeWeights(groupOf, rawCriteria, rawGroups, weights)) return { ok: false, challenger: null };
    scorer.scores(weights, scores);
    let best = -1;
    for (let a = 0; a < n; a++) if (a !== leader && (best < 0 || beats(scores[a]!, scores[best]!))) best = a;
    return best >= 0 && beats(scores[best]!, scores[leader]!)
      ? { ok: false, challenger: ids[best]! }
      : { ok: true, challenger: null };
  };
  // Walks the slider's grid from the current value towards one end until someone else leads.
  const walk = (
    set: (v: number) => void,
    current: number,
    direction: -1 | 1,
  ): { edge: number; challenger: string | null } => {
    let edge = current;
    const steps = Math.round(SLIDER_MAX / SLIDER_STEP);
    const first = direction < 0 ? Math.floor(current / SLIDER_STEP - 1e-9) : Math.ceil(current / SLIDER_STEP + 1e-9);
    for (let i = first; direction < 0 ? i >= 0 : i <= steps; i += direction) {
      const v = Math.round(i * SLIDER_STEP * 1e6) / 1e6;
      set(v);
      const result = holds();
      if (!result.ok) return { edge, challenger: result.challenger };
      edge = v;
    }
    return { edge, challenger: null };
  };
  const band = (set: (v: number) => void, current: number): WeightBand => {
    const down = walk(set, current, -1);
    const up = walk(set, current, 1);
    set(current);
    return { low: down.edge, high: up.edge, lowChallenger: down.challenger, highChallenger: up.challenger };
  };

  for (const g of groups) {
    const current = rawGroups.get(g)!;
    bands[groupSliderId(g)] = band((v) => rawGroups.set(g, v), current);
  }
  criteria.forEach((c, k) => {
    if (c.kind === "assessment") return;
    const current = rawCriteria[k]!;
    bands[criterionSliderId(c.key)] = band((v) => (rawCriteria[k] = v), current);
  });
  return { leader: ids[leader]!, bands };
}
