/**
 * How far a group agrees (issue 13 §4).
 * - Kendall's coefficient of concordance W over the members' rankings of the markets (Kendall &
 *   Babington Smith 1939; with the correction for tied ranks, Siegel & Castellan 1988 §9.4):
 *   W = 12 S / (m²(n³ − n) − m Σ T), S = Σ_i (R_i − m(n+1)/2)², R_i the sum of market i's ranks
 *   over the m members, T = Σ (t³ − t) over each member's groups of t tied ranks. W = 1: the same
 *   ranking for all; 0: no agreement. For n > 7, m(n − 1)W is approximately χ² with n − 1 degrees
 *   of freedom; we give that p-value for any n, and say when n ≤ 7 makes it approximate.
 *   Words after Schmidt 1997 ("Managing Delphi surveys using nonparametric statistical
 *   techniques", Decision Sciences 28(3), Table 3): 0.1 very weak, 0.3 weak, 0.5 moderate, 0.7
 *   strong, 0.9 unusually strong agreement.
 * - The AHP consensus S* over the members' priority vectors (Goepel 2013, "Implementing the
 *   Analytic Hierarchy Process as a standard method for multi-criteria decision making in
 *   corporate enterprises", ISAHP 2013; as in AHP-OS): Shannon entropies of the members'
 *   priorities, Hα the mean of each member's entropy, Hγ the entropy of the mean priorities,
 *   Hβ = Hγ − Hα; with D = exp(H), S* = (1/Dβ − Dα,min/Dγ,max) / (1 − Dα,min/Dγ,max), where
 *   Dγ,max = n and Dα,min is the diversity of a member who rates one criterion M times more
 *   important than every other (M = 9, Saaty's scale). Words: below 0.5 very low, 0.625 low, 0.75
 *   moderate, 0.875 high, above very high (Goepel, bpmsg.com "AHP consensus word scale", from 140
 *   nodes of 35 group projects).
 */
import { ScoringInputError } from "../errors";
import { averageRanks } from "../ranks";

export type ConcordanceWord = "very weak" | "weak" | "moderate" | "strong" | "unusually strong";

export interface Concordance {
  w: number;
  chiSquare: number;
  degreesOfFreedom: number;
  /** P(χ² ≥ chiSquare) under no agreement; approximate when fewer than 8 markets are ranked. */
  pValue: number;
  approximate: boolean;
  word: ConcordanceWord;
}

/**
 * Kendall's W for m members' rankings of n items. Each row holds one member's ranks (1 = first;
 * equal scores share the average rank), or pass scores through `ranksFromScores` first.
 */
export function kendallW(ranks: readonly (readonly number[])[]): Concordance {
  const m = ranks.length;
  if (m < 2) throw new ScoringInputError("concordance needs at least two members", ["members"]);
  const n = ranks[0]!.length;
  if (n < 2) throw new ScoringInputError("concordance needs at least two ranked items", ["items"]);
  ranks.forEach((r, k) => {
    if (r.length !== n) throw new ScoringInputError(`member ${k + 1} ranks ${r.length} items, not ${n}`, [k]);
  });
  const sums = Array.from({ length: n }, (_, i) => ranks.reduce((s, r) => s + r[i]!, 0));
  const meanSum = (m * (n + 1)) / 2;
  const s = sums.reduce((acc, r) => acc + (r - meanSum) ** 2, 0);
  const ties = ranks.reduce((acc, r) => acc + tieCorrection(r), 0);
  const denominator = m * m * (n ** 3 - n) - m * ties;
  // Every member ties every item: there is no ranking to agree on.
  const w = denominator > 0 ? (12 * s) / denominator : 0;
  const chiSquare = m * (n - 1) * w;
  const degreesOfFreedom = n - 1;
  return {
    w,
    chiSquare,
    degreesOfFreedom,
    pValue: chiSquareSurvival(chiSquare, degreesOfFreedom),
    approximate: n <= 7,
    word: concordanceWord(w),
  };
}

/** Ranks from scores, higher score first; ties share their average rank. */
export function ranksFromScores(scores: readonly number[]): number[] {
  return Array.from(averageRanks(scores));
}

export function concordanceWord(w: number): ConcordanceWord {
  if (w >= 0.9) return "unusually strong";
  if (w >= 0.7) return "strong";
  if (w >= 0.5) return "moderate";
  if (w >= 0.3) return "weak";
  return "very weak";
}

function tieCorrection(ranks: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const r of ranks) counts.set(r, (counts.get(r) ?? 0) + 1);
  let t = 0;
  for (const c of counts.values()) if (c > 1) t += c ** 3 - c;
  return t;
}

export type ConsensusWord = "very low" | "low" | "moderate" | "high" | "very high";

export interface AhpConsensus {
  /** Goepel's S*, 0 (none) to 1 (all members give the same priorities). */
  consensus: number;
  word: ConsensusWord;
  hAlpha: number;
  hBeta: number;
  hGamma: number;
}

/** The AHP consensus S* of the members' priority vectors (each sums to 1). */
export function ahpConsensus(priorities: readonly (readonly number[])[], scaleMax = 9): AhpConsensus {
  const k = priorities.length;
  if (k < 2) throw new ScoringInputError("consensus needs at least two members", ["members"]);
  const n = priorities[0]!.length;
  if (n < 2) throw new ScoringInputError("consensus needs at least two criteria", ["criteria"]);
  const normalised = priorities.map((p, i) => {
    if (p.length !== n) throw new ScoringInputError(`member ${i + 1} gives ${p.length} priorities, not ${n}`, [i]);
    const total = p.reduce((s, x) => s + x, 0);
    if (!(total > 0) || p.some((x) => !Number.isFinite(x) || x < 0)) {
      throw new ScoringInputError(`member ${i + 1}'s priorities must be ≥ 0 and not all 0`, [i]);
    }
    return p.map((x) => x / total);
  });
  const mean = Array.from({ length: n }, (_, j) => normalised.reduce((s, p) => s + p[j]!, 0) / k);
  const hAlpha = normalised.reduce((s, p) => s + entropy(p), 0) / k;
  const hGamma = entropy(mean);
  const hBeta = hGamma - hAlpha;
  // One criterion M times as important as each of the n − 1 others: p = M/(M+n−1), 1/(M+n−1)…
  const top = scaleMax / (scaleMax + n - 1);
  const rest = 1 / (scaleMax + n - 1);
  const dAlphaMin = Math.exp(entropy([top, ...Array.from({ length: n - 1 }, () => rest)]));
  const floor = dAlphaMin / n;
  const consensus = Math.min(1, Math.max(0, (1 / Math.exp(hBeta) - floor) / (1 - floor)));
  return { consensus, word: consensusWord(consensus), hAlpha, hBeta, hGamma };
}

export function consensusWord(s: number): ConsensusWord {
  if (s > 0.875) return "very high";
  if (s > 0.75) return "high";
  if (s > 0.625) return "moderate";
  if (s >= 0.5) return "low";
  return "very low";
}

function entropy(p: readonly number[]): number {
  return -p.reduce((s, x) => (x > 0 ? s + x * Math.log(x) : s), 0);
}

/**
 * P(X ≥ x) for X ~ χ²(df): the regularised upper incomplete gamma Q(df/2, x/2), by its series
 * when x < a + 1 and Lentz's continued fraction otherwise (Press et al., Numerical Recipes, 3rd
 * ed., §6.2), to 1e-14.
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(x > 0)) return 1;
  const a = df / 2;
  const z = x / 2;
  const lnPrefix = a * Math.log(z) - z - lnGamma(a);
  if (z < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let i = 1; i < 1000 && Math.abs(term) > Math.abs(sum) * 1e-15; i++) {
      term *= z / (a + i);
      sum += term;
    }
    return Math.max(0, 1 - sum * Math.exp(lnPrefix));
  }
  const tiny = 1e-300;
  let b = z + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(lnPrefix) * h);
}

// Lanczos approximation (g = 7, n = 9; as in Press et al. and Godfrey's coefficients), ~15 digits.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}
