/**
 * Would another method give the same answer? The ranking under each method/normalization pair
 * side by side, with Spearman's rank correlation (Spearman 1904) between every two. Ties take
 * average ranks and ρ is the Pearson correlation of those ranks, the exact tie-corrected form
 * (Kendall & Gibbons 1990, §3.8); 1 − 6Σd²/(n(n² − 1)) is only right without ties.
 */
import { toProblem, type ProblemInput } from "./decisionProblem";
import { averageRanks, competitionRanks } from "./ranks";
import { createScorer } from "./scorer";
import type { AppliedNormalization, Method } from "./types";

export type MethodVariant = "wsm/minmax" | "wsm/vector" | "topsis/vector" | "topsis/minmax" | "promethee2";

export const METHOD_VARIANTS: readonly { key: MethodVariant; method: Method; normalization: AppliedNormalization }[] = [
  { key: "wsm/minmax", method: "wsm", normalization: "minmax" },
  { key: "wsm/vector", method: "wsm", normalization: "vector" },
  { key: "topsis/vector", method: "topsis", normalization: "vector" },
  { key: "topsis/minmax", method: "topsis", normalization: "minmax" },
  { key: "promethee2", method: "promethee2", normalization: "none" },
];

export interface MethodAgreement {
  variants: MethodVariant[];
  /** variant → alternative id → competition rank. */
  rankings: Record<MethodVariant, Record<string, number>>;
  /** variant → alternative id → score. */
  scores: Record<MethodVariant, Record<string, number>>;
  /** One entry per pair of variants; rho is null when a ranking is constant (ρ undefined). */
  spearman: { a: MethodVariant; b: MethodVariant; rho: number | null }[];
  /** Every variant puts the same alternative(s) first. */
  sameLeader: boolean;
}

/** Spearman's ρ with average ranks for ties; null when either ranking has no variance. */
export function spearmanRho(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  if (n !== y.length || n < 2) return null;
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return null;
  const rho = sxy / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, rho));
}

export function methodAgreement(input: ProblemInput): MethodAgreement {
  const problem = toProblem(input);
  const { n, ids, weights } = problem;
  const rankings = {} as Record<MethodVariant, Record<string, number>>;
  const scoreMaps = {} as Record<MethodVariant, Record<string, number>>;
  const raw = new Map<MethodVariant, Float64Array>();
  const leaders = new Set<string>();
  for (const variant of METHOD_VARIANTS) {
    const scorer = createScorer(problem, variant.method, variant.normalization);
    const scores = new Float64Array(n);
    scorer.scores(weights, scores);
    const ranks = competitionRanks(scores);
    const rankMap: Record<string, number> = {};
    const scoreMap: Record<string, number> = {};
    const top: string[] = [];
    for (let a = 0; a < n; a++) {
      rankMap[ids[a]!] = ranks[a]!;
      scoreMap[ids[a]!] = scores[a]!;
      if (ranks[a] === 1) top.push(ids[a]!);
    }
    leaders.add(top.join("\u0000"));
    rankings[variant.key] = rankMap;
    scoreMaps[variant.key] = scoreMap;
    raw.set(variant.key, scores);
  }
  const spearman: MethodAgreement["spearman"] = [];
  METHOD_VARIANTS.forEach((a, i) => {
    for (const b of METHOD_VARIANTS.slice(i + 1)) {
      spearman.push({ a: a.key, b: b.key, rho: spearmanRho(raw.get(a.key)!, raw.get(b.key)!) });
    }
  });
  return {
    variants: METHOD_VARIANTS.map((v) => v.key),
    rankings,
    scores: scoreMaps,
    spearman,
    sameLeader: leaders.size === 1,
  };
}
