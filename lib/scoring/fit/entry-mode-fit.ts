import {
  centered,
  clampToScale,
  type FirmProfile,
  type FitEffect,
  type FitTarget,
  type FitTargetKind,
  type FrameworkEvidenceItem,
  type MarketProfile,
  NEUTRAL_FACTOR_VALUE,
  round,
} from "./factors";
import { type EntryModeModel, HAND_SET_MODEL } from "./entry-mode-model";
import { effectOf, type ReasonEffect, type RuleDirection } from "./reasons";

export type FitReason = {
  effectId: string;
  factor: string;
  value: number;
  /** What this factor did to this score: the sign of `contribution` (issue 11 §1). */
  direction: ReasonEffect;
  /** The effects-table rule's own direction: what a HIGH value of the factor does. */
  ruleDirection: RuleDirection;
  strength: number;
  /** sign(ruleDirection) × strength × (value − 3) / 2: in [−strength, +strength]. */
  contribution: number;
  theory: string;
  rationale: string;
  precedent: string | null;
};

export type FitEvidence = Pick<
  FrameworkEvidenceItem,
  "id" | "case" | "statement" | "year" | "yearNote" | "source" | "locator"
>;

export type FitTargetResult = {
  id: string;
  name?: string;
  /** 0-100; 50 = the factors push neither way. */
  score: number;
  /** Competition ranking on the shown score: ties share a rank (1, 1, 3). */
  rank: number;
  /** Σ contributions and its largest possible size (Σ strengths of this target's rows). */
  raw: number;
  maxRaw: number;
  /** Non-zero contributions, largest |contribution| first. */
  reasons: FitReason[];
  /** Factors with an effect on this target that sit at the neutral 3 and so pushed neither way. */
  neutralFactors: string[];
  evidence: FitEvidence[];
};

export type FitResult = { modes: FitTargetResult[]; strategies: FitTargetResult[]; assumptions: string[] };

export type EntryModeFitInput = {
  firm: FirmProfile;
  market: MarketProfile;
  effects: readonly FitEffect[];
  modes: readonly FitTarget[];
  strategies: readonly FitTarget[];
  evidence?: readonly FrameworkEvidenceItem[];
  /** The strengths that rank the entry modes (decision record 012); the hand-set table when absent. Strategies always use the table. */
  model?: EntryModeModel;
};

/** How one target's rows are weighed: strengths replacing the table's, a fixed denominator (sum form) and an offset on the -1..1 fit. */
type Weighing = {
  strengthOf: (effect: FitEffect) => number;
  /** Σ hand-set strengths of the target (the sum form's denominator), or null for Σ of the strengths used. */
  denominator: number | null;
  offset: number;
};

const tableStrength = (effect: FitEffect) => (Number.isFinite(effect.strength) ? Math.abs(effect.strength) : 0);

/**
 * Entry-mode and strategy fit: an additive, theory-grounded effects model
 * (docs/decisions/005-entry-mode-fit.md).
 *
 * Each factor value v ∈ [1, 5] is centred, c = (v − 3) / 2 ∈ [−1, 1]. An effects row adds
 * sign(direction) × strength × c to its target. A target's raw score is the sum over its rows and
 * is reported as 50 + 50 × raw / Σ strengths of its rows: 100 when every factor pushes it as far
 * as it can, 0 when every factor pulls it down, 50 when they cancel or all sit at the neutral 3.
 * The denominator depends on the table only, never on the values, so raising a factor that only
 * raises a target can never lower that target's score.
 *
 * With a calibrated model (decision record 012) the entry modes' rows take the calibrated
 * strengths (same signs), the sum form divides by the hand-set Σ strengths instead, and a mode's
 * offset o is added to its fit: score = 50 + 50 × (raw / denominator + o), kept within 0-100.
 */
export function entryModeFit(input: EntryModeFitInput): FitResult {
  const assumptions: string[] = [];
  const valueOf = factorLookup(input.firm, input.market, assumptions);
  const model = input.model ?? HAND_SET_MODEL;
  const score = (kind: FitTargetKind, targets: readonly FitTarget[]) =>
    rankTargets(
      targets.map((target) => {
        const effects = input.effects.filter((e) => e.targetKind === kind && e.target === target.key);
        return scoreTarget(
          target,
          effects,
          valueOf,
          (input.evidence ?? []).filter((x) => x.subjectKind === kind && x.subject === target.key),
          assumptions,
          kind === "entry_mode" ? weighing(model, target.key, effects) : undefined,
        );
      }),
    );
  const modes = score("entry_mode", input.modes);
  const strategies = score("strategy", input.strategies);
  return { modes, strategies, assumptions };
}

function weighing(model: EntryModeModel, mode: string, effects: readonly FitEffect[]): Weighing | undefined {
  const calibrated = model.calibrated;
  if (!calibrated) return undefined;
  return {
    // a row the calibration file does not know keeps its hand-set strength
    strengthOf: (e) => {
      const w = calibrated.strengths[e.id];
      return w !== undefined && Number.isFinite(w) ? Math.max(0, w) : tableStrength(e);
    },
    denominator: model.form === "sum" ? effects.reduce((s, e) => s + tableStrength(e), 0) : null,
    offset: calibrated.offsets[mode] ?? 0,
  };
}

function factorLookup(firm: FirmProfile, market: MarketProfile, assumptions: string[]) {
  const noted = new Set<string>();
  const note = (factor: string, text: string) => {
    if (!noted.has(factor)) assumptions.push(text);
    noted.add(factor);
  };
  return (factor: string): number => {
    const raw =
      (firm as Record<string, number | undefined>)[factor] ?? (market as Record<string, number | undefined>)[factor];
    if (raw === undefined || !Number.isFinite(raw)) {
      note(factor, `${factor} has no value: the neutral ${NEUTRAL_FACTOR_VALUE} was used for its effects.`);
      return NEUTRAL_FACTOR_VALUE;
    }
    const clamped = clampToScale(raw);
    if (clamped !== raw) note(factor, `${factor} = ${raw} lies outside 1-5 and was read as ${clamped}.`);
    return clamped;
  };
}

function scoreTarget(
  target: FitTarget,
  effects: readonly FitEffect[],
  valueOf: (factor: string) => number,
  evidence: readonly FrameworkEvidenceItem[],
  assumptions: string[],
  weighed?: Weighing,
): FitTargetResult {
  const reasons: FitReason[] = [];
  const neutralFactors: string[] = [];
  let raw = 0;
  let maxRaw = 0;
  for (const effect of effects) {
    const strength = weighed ? weighed.strengthOf(effect) : tableStrength(effect);
    if (strength === 0) continue;
    const value = valueOf(effect.factor);
    const contribution = (effect.direction === "raises" ? 1 : -1) * strength * centered(value);
    raw += contribution;
    maxRaw += strength;
    if (contribution === 0) {
      neutralFactors.push(effect.factor);
      continue;
    }
    const shown = round(contribution, 3);
    reasons.push({
      effectId: effect.id,
      factor: effect.factor,
      value,
      // the sign of the contribution as reported, so a value a hair off 3 is "neutral", never raises/lowers
      direction: effectOf(shown),
      ruleDirection: effect.direction,
      strength,
      contribution: shown,
      theory: effect.theory,
      rationale: effect.rationale,
      precedent: effect.precedent,
    });
  }
  if (maxRaw === 0) {
    assumptions.push(`${target.key}: no effects in the table act on it, so it scores the neutral 50.`);
  }
  // Stable sort: equal |contribution| keeps the table's order, so the output is deterministic.
  reasons.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const denominator = weighed?.denominator ?? maxRaw;
  const fit = (denominator === 0 ? 0 : raw / denominator) + (weighed?.offset ?? 0);
  const score = Math.min(100, Math.max(0, 50 + 50 * fit));
  return {
    id: target.key,
    ...(target.name ? { name: target.name } : {}),
    score: round(score, 1),
    rank: 0,
    raw: round(raw, 3),
    maxRaw: round(maxRaw, 3),
    reasons,
    neutralFactors,
    evidence: evidence.map(({ id, case: c, statement, year, yearNote, source, locator }) => ({
      id,
      case: c,
      statement,
      year,
      yearNote,
      source,
      locator,
    })),
  };
}

function rankTargets(results: FitTargetResult[]): FitTargetResult[] {
  const ordered = results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => b.result.score - a.result.score || a.index - b.index)
    .map(({ result }) => result);
  ordered.forEach((result, i) => {
    const previous = ordered[i - 1];
    result.rank = previous && previous.score === result.score ? previous.rank : i + 1;
  });
  return ordered;
}
