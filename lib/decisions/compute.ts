import type { ScoringData } from "@/lib/contracts/api";
import type {
  Consistency,
  DecisionInput,
  DecisionSetup,
  GroupResult,
  MemberPreview,
  RankedMarket,
} from "@/lib/contracts/decisions";
import type { WorkspaceState } from "@/lib/contracts/workspace";
import { ScoringInputError, decisionProblem, rankProblem } from "@/lib/scoring";
import { ahpWeights, type AhpResult } from "@/lib/scoring/ahp";
import {
  ahpConsensus,
  aggregatePriorities,
  displacementByCriterion,
  groupAhp,
  kendallW,
  memberWeights,
  mostDivisiveCriterion,
  ranksFromScores,
  summariseDirectWeights,
} from "@/lib/scoring/group";
import { availableMarkets, workspaceScoringInput } from "@/lib/workspace/scoring-input";
import { defaultsAreDefaultPreset } from "@/lib/workspace/weight-preset-status";
import { DEFAULT_WEIGHT_PRESET } from "@/lib/workspace/weight-presets";

// A group decision's numbers (issue 13 §4), pure: the caller reads the data set and the inputs.
// Every weight vector, a member's or the group's, ranks the markets with the workspace's own
// translation of a state (lib/workspace/scoring-input.ts), so a decision ranks exactly as the
// scenario it is frozen into. The arithmetic of aggregation and consensus is lib/scoring/group's
// (decision record 021); this module only lines the inputs up for it.

/** The criteria keys a set-up weighs, in its order. */
export function criteriaOf(setup: DecisionSetup): string[] {
  return setup.criteria.keys;
}

/** Checks the set-up against the data set: its markets have data, its criteria exist. */
export function checkSetup(setup: DecisionSetup, data: ScoringData): void {
  const known = new Set(availableMarkets(data).map((m) => m.iso3));
  setup.markets.forEach((iso3, i) => {
    if (!known.has(iso3))
      throw new ScoringInputError(`${iso3} is not a market with data in the data set`, ["setup", "markets", i]);
  });
  const { criteria } = setup;
  if (criteria.level === "groups") {
    const groups = new Set(data.criteriaGroups.map((g) => g.key));
    criteria.keys.forEach((key, i) => {
      if (!groups.has(key))
        throw new ScoringInputError(`"${key}" is not a criteria group`, ["setup", "criteria", "keys", i]);
    });
  } else {
    if (!data.criteriaGroups.some((g) => g.key === criteria.group))
      throw new ScoringInputError(`"${criteria.group}" is not a criteria group`, ["setup", "criteria", "group"]);
    const inGroup = new Set(data.indicators.filter((i) => i.criteriaGroup === criteria.group).map((i) => i.key));
    criteria.keys.forEach((key, i) => {
      if (!inGroup.has(key))
        throw new ScoringInputError(`"${key}" is not an indicator of ${criteria.group}`, [
          "setup",
          "criteria",
          "keys",
          i,
        ]);
    });
  }
  // Equal weights must rank: a set-up whose criteria no market has data for fails here, not later.
  rankUnder(
    setup,
    data,
    criteria.keys.map(() => 1 / criteria.keys.length),
  );
}

/**
 * The workspace state a weight vector (in the set-up's criteria order) stands for: the weighed
 * level takes the vector (the level's other elements weigh 0, as in a scenario's AHP); the rest of
 * the tree keeps the default preset's weights.
 */
export function stateFor(setup: DecisionSetup, data: ScoringData, weights: readonly number[]): WorkspaceState {
  const keys = criteriaOf(setup);
  const byKey = Object.fromEntries(keys.map((k, i) => [k, weights[i]!]));
  const { criteria } = setup;
  const groupWeights =
    criteria.level === "groups" ? Object.fromEntries(data.criteriaGroups.map((g) => [g.key, byKey[g.key] ?? 0])) : {};
  const indicatorWeights =
    criteria.level === "indicators"
      ? Object.fromEntries(
          data.indicators.filter((i) => i.criteriaGroup === criteria.group).map((i) => [i.key, byKey[i.key] ?? 0]),
        )
      : {};
  return {
    markets: [...setup.markets],
    method: setup.rankingMethod,
    missing: "renormalize",
    ...(defaultsAreDefaultPreset(data) ? { weightPreset: DEFAULT_WEIGHT_PRESET } : {}),
    groupWeights,
    indicatorWeights,
    assessments: {},
    ...(setup.home ? { home: setup.home } : {}),
  };
}

/** The markets ranked under a weight vector, in ranking order. */
export function rankUnder(setup: DecisionSetup, data: ScoringData, weights: readonly number[]): RankedMarket[] {
  const scoring = workspaceScoringInput(data, stateFor(setup, data, weights));
  if (!scoring.ok) throw new ScoringInputError(scoring.reason, ["setup"]);
  const names = new Map(data.markets.map((m) => [m.iso3, m.name]));
  return rankProblem(decisionProblem(scoring.input)).ranking.map((r) => ({
    iso3: r.id,
    name: names.get(r.id) ?? r.id,
    rank: r.rank,
    score: r.score,
  }));
}

/** Average ranks (ties share) of the set-up's markets, in the set-up's market order: Kendall's input. */
function marketRanks(setup: DecisionSetup, ranking: readonly RankedMarket[]): number[] {
  const score = new Map(ranking.map((r) => [r.iso3, r.score]));
  return ranksFromScores(setup.markets.map((iso3) => score.get(iso3) ?? Number.NEGATIVE_INFINITY));
}

/** The full reciprocal matrix from its upper triangle, row by row (the contract's order). */
export function matrixFromJudgements(n: number, judgements: readonly number[]): number[][] {
  const matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
  let at = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = judgements[at++]!;
      matrix[i]![j] = value;
      matrix[j]![i] = 1 / value;
    }
  }
  return matrix;
}

export type ResolvedInput = { weights: number[]; matrix: number[][] | null; ahp: AhpResult | null };

/** A member's input checked against the set-up, as normalized weights (and their AHP matrix). */
export function resolveInput(setup: DecisionSetup, input: DecisionInput, path: (string | number)[] = ["input"]) {
  const keys = criteriaOf(setup);
  if (input.method !== setup.method) {
    throw new ScoringInputError(`this decision is weighed by ${setup.method}, not ${input.method}`, [
      ...path,
      "method",
    ]);
  }
  if (input.method === "direct") {
    for (const key of Object.keys(input.weights)) {
      if (!keys.includes(key))
        throw new ScoringInputError(`"${key}" is not one of this decision's criteria`, [...path, "weights", key]);
    }
    const raw = keys.map((key) => {
      const value = input.weights[key];
      if (value === undefined) throw new ScoringInputError(`gives no weight for "${key}"`, [...path, "weights", key]);
      return value;
    });
    const total = raw.reduce((s, w) => s + w, 0);
    if (!(total > 0)) throw new ScoringInputError("the weights must not all be 0", [...path, "weights"]);
    return { weights: raw.map((w) => w / total), matrix: null, ahp: null } satisfies ResolvedInput;
  }
  const n = keys.length;
  const expected = (n * (n - 1)) / 2;
  if (input.judgements.length !== expected) {
    throw new ScoringInputError(
      `${input.judgements.length} comparisons for ${n} criteria (the upper triangle holds ${expected})`,
      [...path, "judgements"],
    );
  }
  const matrix = matrixFromJudgements(n, input.judgements);
  const ahp = ahpWeights(matrix, { method: "eigenvector" });
  return { weights: ahp.weights, matrix, ahp } satisfies ResolvedInput;
}

function consistencyOf(setup: DecisionSetup, ahp: AhpResult | null): Consistency | null {
  if (!ahp) return null;
  const keys = criteriaOf(setup);
  return {
    cr: ahp.cr,
    lambdaMax: ahp.lambdaMax,
    consistent: ahp.consistent,
    ...(ahp.worstPair && ahp.suggestedValue !== null
      ? { worstPair: [keys[ahp.worstPair[0]]!, keys[ahp.worstPair[1]]!] as [string, string] }
      : {}),
    ...(ahp.worstPair && ahp.suggestedValue !== null ? { suggestedValue: ahp.suggestedValue } : {}),
  };
}

const byKeys = (keys: readonly string[], values: readonly number[]) =>
  Object.fromEntries(keys.map((k, i) => [k, values[i]!]));

/** What a member sees of their own input while they work: weights, consistency, ranking. */
export function memberPreview(setup: DecisionSetup, data: ScoringData, input: DecisionInput): MemberPreview {
  const resolved = resolveInput(setup, input);
  return {
    weights: byKeys(criteriaOf(setup), resolved.weights),
    consistency: consistencyOf(setup, resolved.ahp),
    ranking: rankUnder(setup, data, resolved.weights),
  };
}

export type GroupMember = { userId: string; name: string; weight: number; input: DecisionInput };

/**
 * The group result over the members who submitted (at least two): aggregated weights (AIJ, AIP or
 * the direct mean), each member's and the group's consistency, Kendall's W over the markets and
 * over the criteria, Goepel's S* (AHP), the spread and displacement per criterion, the rankings.
 */
export function groupResult(
  setup: DecisionSetup,
  data: ScoringData,
  members: readonly GroupMember[],
  criterionNames: Readonly<Record<string, string>> = {},
): GroupResult {
  if (members.length < 2) throw new ScoringInputError("a group result needs two submitted inputs", ["members"]);
  const keys = criteriaOf(setup);
  const resolved = members.map((m, k) => resolveInput(setup, m.input, ["members", k, "input"]));
  const given = members.map((m) => m.weight);
  const lambda = memberWeights(members.length, given);
  const vectors = resolved.map((r) => r.weights);
  const spread = summariseDirectWeights(vectors, given);

  let groupWeights: number[];
  let groupConsistency: AhpResult | null = null;
  if (setup.method === "direct") {
    groupWeights = spread.mean;
  } else if (setup.aggregation === "aij") {
    const group = groupAhp(
      resolved.map((r) => r.matrix!),
      { weights: given, method: "eigenvector" },
    );
    groupWeights = group.result.weights;
    groupConsistency = group.result;
  } else {
    groupWeights = aggregatePriorities(vectors, { weights: given, mean: "geometric" });
  }

  const rankings = vectors.map((w) => rankUnder(setup, data, w));
  const groupRanking = rankUnder(setup, data, groupWeights);
  const rank = (w: number[]) => marketRanks(setup, rankUnder(setup, data, w));
  const displacements = displacementByCriterion(groupWeights, vectors, rank);
  const divisive = mostDivisiveCriterion(displacements);
  const name = (key: string) => criterionNames[key] ?? key;

  return {
    method: setup.method,
    aggregation: setup.method === "ahp" ? setup.aggregation : null,
    members: members.map((m, k) => ({
      userId: m.userId,
      name: m.name,
      share: lambda[k]!,
      weights: byKeys(keys, vectors[k]!),
      consistency: consistencyOf(setup, resolved[k]!.ahp),
      ranks: Object.fromEntries(rankings[k]!.map((r) => [r.iso3, r.rank])),
    })),
    criteria: keys.map((key, j) => ({
      key,
      name: name(key),
      weight: groupWeights[j]!,
      standardDeviation: spread.standardDeviation[j]!,
      min: spread.min[j]!,
      max: spread.max[j]!,
      displacement: displacements[j]!.displacement,
      displacedBy: displacements[j]!.member >= 0 ? members[displacements[j]!.member]!.userId : null,
    })),
    groupConsistency: consistencyOf(setup, groupConsistency),
    ranking: groupRanking.map((r) => ({
      ...r,
      memberRanks: Object.fromEntries(
        members.map((m, k) => [m.userId, rankings[k]!.find((x) => x.iso3 === r.iso3)?.rank ?? 0]),
      ),
    })),
    consensus: {
      markets: kendallW(rankings.map((r) => marketRanks(setup, r))),
      criteria: kendallW(vectors.map((w) => ranksFromScores(w))),
      ahp: setup.method === "ahp" ? pickConsensus(ahpConsensus(vectors)) : null,
    },
    mostDivisive: divisive
      ? {
          key: keys[divisive.criterion]!,
          name: name(keys[divisive.criterion]!),
          displacement: divisive.displacement,
          displacedBy: members[divisive.member]!.userId,
        }
      : null,
  };
}

function pickConsensus(c: ReturnType<typeof ahpConsensus>) {
  return { consensus: c.consensus, word: c.word };
}
