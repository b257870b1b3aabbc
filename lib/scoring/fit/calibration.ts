import { centered, clampToScale, type FitEffect, NEUTRAL_FACTOR_VALUE } from "./factors";

// Calibrating the entry-mode effects on documented entries, and measuring the model on entries it
// has not seen (docs/decisions/012-entry-mode-calibration.md).
//
// The model is the one of decision record 005: a mode's fit is the strength-weighted mean of its
// rows' pushes, u_m = Σ_r w_r·a_r / Σ_r w_r with a_r = ±(v_f − 3)/2 (the sign is the row's
// theory-given direction). Calibration keeps that form and every row's sign and fits a
// multinomial logit P(mode m | case) ∝ exp(τ·u_m + β_m) by penalized maximum likelihood.
//
// The strengths are w_r = s_r·g_j(r): the hand-set strength s_r times a multiplier g ≥ 0 shared by
// a group of rows. The family of the model is the grouping: none (the hand-set table as is), one
// multiplier per theory tag, one per factor, or one per row. A ridge penalty λ·Σ(g − 1)² pulls
// every multiplier towards 1 (the hand-set table), and λ·Σ β² pulls the optional per-mode offsets β
// (on the logit scale, where the problem is convex in them and in τ) towards 0: a small library cannot outvote the theory, only correct it. The family, offsets or
// not, and λ are chosen by cross-validation on the training cases only (nested inside the
// leave-one-out backtest) by the one-standard-error rule; τ is fitted with the other parameters.

/** One documented entry, as the model sees it: the mode chosen and the factor ratings known. */
export type CalibrationCase = {
  id: string;
  mode: string;
  /** Factor key → rating 1-5; a factor without a rating is unknown and read as the neutral 3. */
  factors: Readonly<Record<string, number>>;
};

export const MODEL_FAMILIES = ["hand_set", "per_theory", "per_factor", "per_row"] as const;
export type ModelFamily = (typeof MODEL_FAMILIES)[number];

/**
 * How a mode's fit is formed from its rows' pushes. `mean`: decision record 005's strength-weighted
 * mean Σ w·a / Σ w, invariant to scaling a mode's strengths. `sum`: Σ w·a / S_m with S_m the
 * hand-set Σ s of the mode, a constant: equal to the mean at the hand-set strengths, but a mode
 * whose strengths grow gets a wider range, so the data can say "this mode's arguments weigh more".
 */
export const MODEL_FORMS = ["mean", "sum"] as const;
export type ModelForm = (typeof MODEL_FORMS)[number];

/** One candidate model: how strengths are grouped, the fit's form (mean when absent), whether modes get offsets, and the ridge λ. */
export type ModelSpec = { family: ModelFamily; form?: ModelForm; offsets: boolean; lambda: number };

const formOf = (spec: Pick<ModelSpec, "form">): ModelForm => spec.form ?? "mean";

export type OptimizerSettings = {
  /** Projected-gradient iterations at most, and the relative decrease of the objective below which it stops. */
  maxIterations: number;
  tolerance: number;
};

export const DEFAULT_LAMBDAS: readonly number[] = [0.3, 1, 3, 10, 30];
export const DEFAULT_OPTIMIZER: OptimizerSettings = { maxIterations: 200, tolerance: 1e-8 };
export const INNER_FOLDS = 5;

/** The logit scale τ is fitted within these bounds, starting near where the hand-set table's optimum lies (τ ≈ 2). */
const TAU_MIN = 0.5;
const TAU_MAX = 100;
const TAU_START = 2;

/**
 * Every candidate, simplest first: families by their number of free parameters, the product's
 * mean form before the sum form, without offsets before with, and within a family the largest λ
 * (the one held closest to the hand-set table) first. The one-standard-error rule below takes the
 * first candidate in this order that is good enough. The hand-set table without offsets has only
 * τ, which does not change its ranking, so λ plays no part there and it appears once; with all
 * multipliers at 1 the two forms coincide, so the hand-set table has the mean form only. The sum
 * form is tried per theory and per factor, not per row: 69 free strengths whose scale no mean
 * absorbs are too many for 52 cases, and each form costs a minute of calibration time.
 */
export function modelSpecs(
  lambdas: readonly number[] = DEFAULT_LAMBDAS,
  forms: readonly ModelForm[] = MODEL_FORMS,
): ModelSpec[] {
  const specs: ModelSpec[] = [{ family: "hand_set", form: "mean", offsets: false, lambda: 0 }];
  const descending = [...lambdas].sort((a, b) => b - a);
  for (const family of MODEL_FAMILIES) {
    for (const form of family === "hand_set" || family === "per_row" ? (["mean"] as const) : forms) {
      for (const offsets of [false, true]) {
        if (family === "hand_set" && !offsets) continue;
        for (const lambda of descending) specs.push({ family, form, offsets, lambda });
      }
    }
  }
  return specs;
}

/** "per_theory+offsets", "per_factor/sum": the name of a family, its form and offsets, as the reports print it. */
export function familyKey(spec: Pick<ModelSpec, "family" | "form" | "offsets">): string {
  return `${spec.family}${formOf(spec) === "sum" ? "/sum" : ""}${spec.offsets ? "+offsets" : ""}`;
}

// ---------------------------------------------------------------------------------------------
// The design: rows, groups and precomputed pushes as flat typed arrays (the optimizer evaluates
// the objective thousands of times; nothing is allocated per case inside it).

type Design = {
  modes: readonly string[];
  ids: string[];
  factor: string[];
  theory: string[];
  mode: Int32Array;
  prior: Float64Array;
  /** S_m: the hand-set Σ strengths of each mode, the sum form's fixed denominator. */
  priorTotal: Float64Array;
};

function design(effects: readonly FitEffect[], modes: readonly string[]): Design {
  const rows = effects.filter((e) => e.targetKind === "entry_mode" && modes.includes(e.target));
  const prior = Float64Array.from(rows, (e) => Math.abs(e.strength));
  const priorTotal = new Float64Array(modes.length);
  rows.forEach((e, r) => (priorTotal[modes.indexOf(e.target)]! += prior[r]!));
  return {
    modes,
    ids: rows.map((e) => e.id),
    factor: rows.map((e) => e.factor),
    theory: rows.map((e) => e.theory),
    mode: Int32Array.from(rows, (e) => modes.indexOf(e.target)),
    prior,
    priorTotal,
  };
}

type Groups = { keys: string[]; ofRow: Int32Array };

function groups(d: Design, family: ModelFamily): Groups {
  const label =
    family === "per_theory" ? d.theory : family === "per_factor" ? d.factor : family === "per_row" ? d.ids : null;
  if (!label) return { keys: [], ofRow: new Int32Array(d.ids.length).fill(-1) };
  const keys = [...new Set(label)];
  return { keys, ofRow: Int32Array.from(label, (l) => keys.indexOf(l)) };
}

/** Cases as the optimizer sees them: a_kr = signed push of row r for case k, and the chosen mode. */
type Data = { n: number; a: Float64Array; chosen: Int32Array };

function ratingOf(c: CalibrationCase, factor: string): number {
  const v = c.factors[factor];
  return v === undefined || !Number.isFinite(v) ? NEUTRAL_FACTOR_VALUE : clampToScale(v);
}

function data(d: Design, effects: readonly FitEffect[], cases: readonly CalibrationCase[]): Data {
  const sign = new Map(effects.map((e) => [e.id, e.direction === "raises" ? 1 : -1]));
  const R = d.ids.length;
  const a = new Float64Array(cases.length * R);
  cases.forEach((c, k) =>
    d.ids.forEach((id, r) => (a[k * R + r] = sign.get(id)! * centered(ratingOf(c, d.factor[r]!)))),
  );
  const chosen = Int32Array.from(cases, (c) => {
    const m = d.modes.indexOf(c.mode);
    if (m < 0) throw new Error(`case ${c.id}: unknown entry mode "${c.mode}"`);
    return m;
  });
  return { n: cases.length, a, chosen };
}

function subset(d: Design, all: Data, indexes: readonly number[]): Data {
  const R = d.ids.length;
  const a = new Float64Array(indexes.length * R);
  indexes.forEach((i, k) => a.set(all.a.subarray(i * R, (i + 1) * R), k * R));
  return { n: indexes.length, a, chosen: Int32Array.from(indexes, (i) => all.chosen[i]!) };
}

// ---------------------------------------------------------------------------------------------
// The objective. θ = [multipliers g (one per group), logit offsets β (one per mode, if used), τ].

type Layout = { groups: number; offsets: number; tau: number; size: number };

function layout(g: Groups, spec: ModelSpec, modeCount: number): Layout {
  const offsets = spec.offsets ? modeCount : 0;
  return { groups: g.keys.length, offsets, tau: g.keys.length + offsets, size: g.keys.length + offsets + 1 };
}

function startingPoint(l: Layout): Float64Array {
  const theta = new Float64Array(l.size);
  theta.fill(1, 0, l.groups);
  theta[l.tau] = TAU_START;
  return theta;
}

function strengthsOf(d: Design, g: Groups, theta: ArrayLike<number>): Float64Array {
  return Float64Array.from(d.prior, (s, r) => s * (g.ofRow[r]! >= 0 ? theta[g.ofRow[r]!]! : 1));
}

/** Each mode's denominator: Σ w of its rows (mean form) or the hand-set Σ s (sum form). */
function denominators(d: Design, form: ModelForm, w: ArrayLike<number>): Float64Array {
  if (form === "sum") return Float64Array.from(d.priorTotal);
  const den = new Float64Array(d.modes.length);
  for (let r = 0; r < d.ids.length; r++) den[d.mode[r]!]! += w[r]!;
  return den;
}

/**
 * L(θ) = −Σ_k log P(chosen_k) + λ·Σ_j (g_j − 1)² + λ·Σ_m β_m²; writes ∂L/∂θ into `grad` when given.
 * ∂L/∂z_m = p_m − y_m for the logits z_m = τ·u_m + β_m; ∂u_m/∂w_r = (a_r − u_m)/Σw_m for the
 * mode's rows in the mean form, a_r/S_m in the sum form; ∂w_r/∂g_j = s_r for the rows of group j.
 */
function evaluate(
  d: Design,
  g: Groups,
  spec: ModelSpec,
  l: Layout,
  x: Data,
  theta: Float64Array,
  grad: Float64Array | null,
): number {
  const R = d.ids.length;
  const M = d.modes.length;
  const w = strengthsOf(d, g, theta);
  const sum = formOf(spec) === "sum";
  const den = denominators(d, formOf(spec), w);
  const tau = theta[l.tau]!;
  let value = 0;
  if (grad) grad.fill(0);
  for (let j = 0; j < l.groups + l.offsets; j++) {
    const centre = j < l.groups ? 1 : 0;
    value += spec.lambda * (theta[j]! - centre) ** 2;
    if (grad) grad[j] = 2 * spec.lambda * (theta[j]! - centre);
  }
  const dw = grad ? new Float64Array(R) : null;
  const num = new Float64Array(M);
  const u = new Float64Array(M);
  const p = new Float64Array(M);
  for (let k = 0; k < x.n; k++) {
    const base = k * R;
    num.fill(0);
    for (let r = 0; r < R; r++) num[d.mode[r]!]! += w[r]! * x.a[base + r]!;
    let max = -Infinity;
    for (let m = 0; m < M; m++) {
      u[m] = den[m]! > 0 ? num[m]! / den[m]! : 0;
      p[m] = tau * u[m]! + (l.offsets ? theta[l.groups + m]! : 0);
      max = Math.max(max, p[m]!);
    }
    let total = 0;
    for (let m = 0; m < M; m++) total += p[m] = Math.exp(p[m]! - max);
    for (let m = 0; m < M; m++) p[m]! /= total;
    const chosen = x.chosen[k]!;
    value -= Math.log(Math.max(p[chosen]!, 1e-300));
    if (!grad || !dw) continue;
    for (let m = 0; m < M; m++) {
      const e = p[m]! - (m === chosen ? 1 : 0);
      grad[l.tau]! += e * u[m]!;
      if (l.offsets) grad[l.groups + m]! += e;
      num[m] = tau * e; // reused as ∂L/∂u_m
    }
    for (let r = 0; r < R; r++) {
      const m = d.mode[r]!;
      if (den[m]! > 0) dw[r]! += (num[m]! * (x.a[base + r]! - (sum ? 0 : u[m]!))) / den[m]!;
    }
  }
  if (grad && dw) for (let r = 0; r < R; r++) if (g.ofRow[r]! >= 0) grad[g.ofRow[r]!]! += dw[r]! * d.prior[r]!;
  return value;
}

function project(l: Layout, theta: Float64Array): Float64Array {
  for (let j = 0; j < l.groups; j++) theta[j] = Math.max(0, theta[j]!); // w ≥ 0: the theory's sign
  theta[l.tau] = Math.min(TAU_MAX, Math.max(TAU_MIN, theta[l.tau]!));
  return theta;
}

/**
 * Projected gradient descent with Barzilai-Borwein step lengths and an Armijo backtracking line
 * search along the projection arc (Bertsekas, Nonlinear Programming, 2nd ed., §2.3). Deterministic.
 */
function minimize(
  f: (theta: Float64Array, grad: Float64Array | null) => number,
  start: Float64Array,
  l: Layout,
  opt: OptimizerSettings,
) {
  let x: Float64Array = project(l, Float64Array.from(start));
  let grad: Float64Array = new Float64Array(l.size);
  let fx = f(x, grad);
  let step = 1e-2;
  for (let it = 0; it < opt.maxIterations; it++) {
    let accepted: { y: Float64Array; fy: number; gy: Float64Array } | null = null;
    for (let tries = 0; tries < 40 && !accepted; tries++, step /= 2) {
      const y = project(
        l,
        Float64Array.from(x, (xi, i) => xi - step * grad[i]!),
      );
      let decrease = 0;
      for (let i = 0; i < l.size; i++) decrease += grad[i]! * (y[i]! - x[i]!);
      if (decrease === 0) break;
      const gy = new Float64Array(l.size);
      const fy = f(y, gy);
      if (fy <= fx + 1e-4 * decrease) accepted = { y, fy, gy };
    }
    if (!accepted) break;
    let ss = 0;
    let sy = 0;
    for (let i = 0; i < l.size; i++) {
      const s = accepted.y[i]! - x[i]!;
      ss += s * s;
      sy += s * (accepted.gy[i]! - grad[i]!);
    }
    const converged = fx - accepted.fy <= opt.tolerance * (1 + Math.abs(fx));
    x = accepted.y;
    grad = accepted.gy;
    fx = accepted.fy;
    if (converged) break;
    step = sy > 0 ? Math.min(1e6, Math.max(1e-8, ss / sy)) : step * 4;
  }
  return { theta: x, value: fx };
}

/** Fits one spec on x, from the hand-set table or from `start` (a fit of the same family on the same cases). */
function fit(
  d: Design,
  spec: ModelSpec,
  x: Data,
  opt: OptimizerSettings,
  start?: Float64Array,
): { g: Groups; l: Layout; theta: Float64Array } {
  const g = groups(d, spec.family);
  const l = layout(g, spec, d.modes.length);
  const { theta } = minimize((t, grad) => evaluate(d, g, spec, l, x, t, grad), start ?? startingPoint(l), l, opt);
  return { g, l, theta };
}

/**
 * Fits every spec on the same cases x, each family along its regularization path from the largest
 * λ down, every fit warm-started from the previous one (Friedman, Hastie & Tibshirani 2010, §2.5).
 * The start only ever comes from the same training cases, so nothing held out leaks through it.
 */
function fitPath(d: Design, specs: readonly ModelSpec[], x: Data, opt: OptimizerSettings) {
  const fitted = new Array<ReturnType<typeof fit>>(specs.length);
  const order = specs
    .map((_, i) => i)
    .sort(
      (i, j) =>
        familyKey(specs[i]!).localeCompare(familyKey(specs[j]!)) || specs[j]!.lambda - specs[i]!.lambda || i - j,
    );
  let previous: { key: string; theta: Float64Array } | null = null;
  for (const i of order) {
    const key = familyKey(specs[i]!);
    fitted[i] = fit(d, specs[i]!, x, opt, previous?.key === key ? previous.theta : undefined);
    previous = { key, theta: fitted[i]!.theta };
  }
  return fitted;
}

/** Fits specs[i] the way the cross-validation fitted it: along its family's path, from the largest λ. */
function fitAsSelected(d: Design, specs: readonly ModelSpec[], i: number, x: Data, opt: OptimizerSettings) {
  const family = specs.filter((s) => familyKey(s) === familyKey(specs[i]!));
  return fitPath(d, family, x, opt)[family.indexOf(specs[i]!)]!;
}

/** Probabilities of every mode for case k of x under a fitted θ. */
function predict(
  d: Design,
  form: ModelForm,
  g: Groups,
  l: Layout,
  theta: Float64Array,
  x: Data,
  k: number,
): Float64Array {
  const R = d.ids.length;
  const M = d.modes.length;
  const w = strengthsOf(d, g, theta);
  const num = new Float64Array(M);
  const den = denominators(d, form, w);
  for (let r = 0; r < R; r++) num[d.mode[r]!]! += w[r]! * x.a[k * R + r]!;
  const z = Float64Array.from(
    num,
    (n, m) => theta[l.tau]! * (den[m]! > 0 ? n / den[m]! : 0) + (l.offsets ? theta[l.groups + m]! : 0),
  );
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/**
 * The penalized negative log-likelihood and its gradient at θ = [multipliers, logit offsets β, τ]
 * (exported for the gradient test and for reading the objective by hand).
 */
export function objective(
  effects: readonly FitEffect[],
  modes: readonly string[],
  cases: readonly CalibrationCase[],
  spec: ModelSpec,
  theta: readonly number[],
): { value: number; gradient: number[] } {
  const d = design(effects, modes);
  const g = groups(d, spec.family);
  const l = layout(g, spec, modes.length);
  if (theta.length !== l.size)
    throw new Error(`objective: θ has ${theta.length} entries, the ${familyKey(spec)} model ${l.size}`);
  const grad = new Float64Array(l.size);
  const value = evaluate(d, g, spec, l, data(d, effects, cases), Float64Array.from(theta), grad);
  return { value, gradient: [...grad] };
}

/** A fitted model: what the product needs to rank modes, and what the reports print. */
export type CalibratedModel = {
  spec: ModelSpec;
  temperature: number;
  /** Group (theory tag, factor or effect id) → multiplier of the hand-set strengths; empty for hand_set. */
  multipliers: Map<string, number>;
  /** Effect id → calibrated strength s·g. */
  strengths: Map<string, number>;
  /** Entry mode → offset added to its fit, on the fit's -1..1 scale (β/τ; 0 without offsets). */
  offsets: Map<string, number>;
};

function toModel(d: Design, spec: ModelSpec, g: Groups, l: Layout, theta: Float64Array): CalibratedModel {
  const w = strengthsOf(d, g, theta);
  return {
    spec,
    temperature: theta[l.tau]!,
    multipliers: new Map(g.keys.map((k, j) => [k, theta[j]!])),
    strengths: new Map(d.ids.map((id, r) => [id, w[r]!])),
    offsets: new Map(d.modes.map((m, i) => [m, l.offsets ? theta[l.groups + i]! / theta[l.tau]! : 0])),
  };
}

/** Fits one model on the given cases (projected from the hand-set table: w ≥ 0 keeps each sign). */
export function calibrateStrengths(
  effects: readonly FitEffect[],
  modes: readonly string[],
  cases: readonly CalibrationCase[],
  spec: ModelSpec,
  optimizer: OptimizerSettings = DEFAULT_OPTIMIZER,
): CalibratedModel {
  const d = design(effects, modes);
  const { g, l, theta } = fit(d, spec, data(d, effects, cases), optimizer);
  return toModel(d, spec, g, l, theta);
}

/** Each mode's fit (plus offset) on the -1..1 scale for one case, in the modes' order; null = the hand-set table. */
function fitsOf(
  effects: readonly FitEffect[],
  modes: readonly string[],
  c: CalibrationCase,
  model: CalibratedModel | null,
): number[] {
  const d = design(effects, modes);
  const x = data(d, effects, [c]);
  const w = Float64Array.from(d.ids, (id, r) => model?.strengths.get(id) ?? d.prior[r]!);
  const num = new Float64Array(modes.length);
  const den = denominators(d, model ? formOf(model.spec) : "mean", w);
  d.ids.forEach((_, r) => (num[d.mode[r]!]! += w[r]! * x.a[r]!));
  return modes.map(
    (mode, index) => (den[index]! > 0 ? num[index]! / den[index]! : 0) + (model?.offsets.get(mode) ?? 0),
  );
}

/** Modes ranked by fit (plus offset) for one case; null = the hand-set table; ties keep the modes' order. */
export function rankModes(
  effects: readonly FitEffect[],
  modes: readonly string[],
  c: CalibrationCase,
  model: CalibratedModel | null,
): string[] {
  const u = fitsOf(effects, modes, c, model);
  return modes
    .map((mode, index) => ({ mode, index, u: u[index]! }))
    .sort((p, q) => q.u - p.u || p.index - q.index)
    .map((p) => p.mode);
}

/**
 * Each mode's score for one case as the product shows it: 50 + 50 × fit, kept within 0-100 and
 * rounded to one decimal (lib/scoring/fit/entry-mode-fit.ts). The backtest stores these for its
 * held-out cases so the score gap between its first choice and the actual mode can be measured
 * (docs/decisions/018-entry-mode-score-uncertainty.md).
 */
export function scoreModes(
  effects: readonly FitEffect[],
  modes: readonly string[],
  c: CalibrationCase,
  model: CalibratedModel | null,
): Record<string, number> {
  const u = fitsOf(effects, modes, c, model);
  return Object.fromEntries(
    modes.map((mode, i) => [mode, Math.round(Math.min(100, Math.max(0, 50 + 50 * u[i]!)) * 10) / 10]),
  );
}

// ---------------------------------------------------------------------------------------------
// Selection and backtest.

/** Deterministic k folds: items in the given order dealt round-robin. */
export function folds<T>(items: readonly T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: Math.min(k, items.length) }, () => []);
  items.forEach((item, i) => out[i % out.length]!.push(item));
  return out;
}

type CrossValidation = { mean: number[]; standardError: number[] };

/**
 * Held-out log-loss of each spec by k-fold cross-validation on x (the training cases only): the
 * mean over cases, and its standard error (the cases' standard deviation / √n).
 */
function crossValidate(
  d: Design,
  specs: readonly ModelSpec[],
  x: Data,
  k: number,
  opt: OptimizerSettings,
): CrossValidation {
  const indexFolds = folds(
    Array.from({ length: x.n }, (_, i) => i),
    k,
  );
  const parts = indexFolds.map((held) => ({
    train: subset(
      d,
      x,
      Array.from({ length: x.n }, (_, i) => i).filter((i) => !held.includes(i)),
    ),
    test: subset(d, x, held),
  }));
  const perCase = specs.map(() => [] as number[]);
  for (const { train, test } of parts) {
    fitPath(d, specs, train, opt).forEach(({ g, l, theta }, s) => {
      const form = formOf(specs[s]!);
      for (let i = 0; i < test.n; i++)
        perCase[s]!.push(-Math.log(Math.max(predict(d, form, g, l, theta, test, i)[test.chosen[i]!]!, 1e-300)));
    });
  }
  const mean = perCase.map((v) => v.reduce((a, b) => a + b, 0) / v.length);
  const standardError = perCase.map((v, s) =>
    Math.sqrt(v.reduce((a, b) => a + (b - mean[s]!) ** 2, 0) / Math.max(1, v.length - 1) / v.length),
  );
  return { mean, standardError };
}

/**
 * The one-standard-error rule (Hastie, Tibshirani & Friedman, The Elements of Statistical Learning,
 * 2nd ed., §7.10): the simplest candidate (first in `among`) whose cross-validated loss is within
 * one standard error of the smallest. With 40-50 cases the differences between candidates are far
 * smaller than the noise of their estimates; picking the bare minimum picks noise.
 */
function choose(cv: CrossValidation, among: readonly number[]): number {
  const min = among.reduce((b, i) => (cv.mean[i]! < cv.mean[b]! - 1e-12 ? i : b), among[0]!);
  const threshold = cv.mean[min]! + cv.standardError[min]!;
  return among.find((i) => cv.mean[i]! <= threshold + 1e-12)!;
}

export type SelectionResult = {
  model: CalibratedModel;
  crossValidatedLogLoss: number;
  /** Every candidate's cross-validated log-loss and its standard error, in the order of the specs. */
  candidates: { spec: ModelSpec; crossValidatedLogLoss: number; standardError: number }[];
};

/**
 * Chooses the family, offsets and λ by k-fold cross-validated log-loss on the given (training)
 * cases only (one-standard-error rule), then fits that choice on all of them.
 */
export function selectAndCalibrate(
  effects: readonly FitEffect[],
  modes: readonly string[],
  cases: readonly CalibrationCase[],
  specs: readonly ModelSpec[] = modelSpecs(),
  optimizer: OptimizerSettings = DEFAULT_OPTIMIZER,
  innerFolds = INNER_FOLDS,
): SelectionResult {
  const d = design(effects, modes);
  const x = data(d, effects, cases);
  const cv = crossValidate(d, specs, x, innerFolds, optimizer);
  const chosen = choose(
    cv,
    specs.map((_, i) => i),
  );
  const { g, l, theta } = fitAsSelected(d, specs, chosen, x, optimizer);
  return {
    model: toModel(d, specs[chosen]!, g, l, theta),
    crossValidatedLogLoss: cv.mean[chosen]!,
    candidates: specs.map((spec, i) => ({
      spec,
      crossValidatedLogLoss: cv.mean[i]!,
      standardError: cv.standardError[i]!,
    })),
  };
}

export type BacktestPrediction = {
  caseId: string;
  actual: string;
  predicted: string[];
  /** The most common mode of the training cases, and the two most common (the base rate's guesses). */
  baseline: string;
  baselineTop2: string[];
  /** The model family the inner cross-validation chose for this held-out case (nested backtest only). */
  chosenFamily?: string;
  /** Each mode's 0-100 score under the model that ranked this held-out case (nested backtest only). */
  scores?: Record<string, number>;
};

export type BacktestSummary = {
  cases: number;
  /** Share of held-out cases whose actual mode is ranked first / in the first two. */
  top1: number;
  top2: number;
  /** Always naming the most common mode (the two most common, for top-2) of the training cases. */
  baseRate: number;
  baseRateTop2: number;
  /** Actual mode → predicted first mode → count. */
  confusion: Record<string, Record<string, number>>;
  perMode: Record<string, { cases: number; top1: number; top2: number; top1Hits: number; top2Hits: number }>;
  predictions: BacktestPrediction[];
};

/** Modes by how often the cases chose them, most common first; ties go to the mode listed first. */
export function modesByFrequency(cases: readonly CalibrationCase[], modes: readonly string[]): string[] {
  const counts = new Map(modes.map((m) => [m, cases.filter((c) => c.mode === m).length]));
  return modes
    .map((m, i) => ({ m, i }))
    .sort((p, q) => counts.get(q.m)! - counts.get(p.m)! || p.i - q.i)
    .map((p) => p.m);
}

export function mostCommonMode(cases: readonly CalibrationCase[], modes: readonly string[]): string {
  return modesByFrequency(cases, modes)[0]!;
}

/**
 * The no-information rate: the share of the library's most common mode (top-1) and of its two
 * most common modes (top-2), i.e. what always naming them scores in sample.
 */
export function noInformationRates(cases: readonly CalibrationCase[], modes: readonly string[]) {
  const ranked = modesByFrequency(cases, modes);
  const share = (names: string[]) =>
    cases.length === 0 ? 0 : cases.filter((c) => names.includes(c.mode)).length / cases.length;
  return { mostCommon: ranked.slice(0, 2), top1: share(ranked.slice(0, 1)), top2: share(ranked.slice(0, 2)) };
}

/** For each factor, how many cases rate it (the others read it as the neutral 3). */
export function ratingCoverage(cases: readonly CalibrationCase[], factors: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    factors.map((f) => [f, cases.filter((c) => c.factors[f] !== undefined && Number.isFinite(c.factors[f])).length]),
  );
}

function baselineOf(train: readonly CalibrationCase[], modes: readonly string[]) {
  const ranked = modesByFrequency(train, modes);
  return { baseline: ranked[0]!, baselineTop2: ranked.slice(0, 2) };
}

export function summarize(modes: readonly string[], predictions: BacktestPrediction[]): BacktestSummary {
  const n = predictions.length;
  const share = (k: number, of: number) => (of === 0 ? 0 : k / of);
  const confusion = Object.fromEntries(modes.map((m) => [m, Object.fromEntries(modes.map((p) => [p, 0]))]));
  for (const p of predictions) confusion[p.actual]![p.predicted[0]!]! += 1;
  const perMode = Object.fromEntries(
    modes.map((m) => {
      const own = predictions.filter((p) => p.actual === m);
      const top1Hits = own.filter((p) => p.predicted[0] === m).length;
      const top2Hits = own.filter((p) => p.predicted.slice(0, 2).includes(m)).length;
      return [
        m,
        { cases: own.length, top1: share(top1Hits, own.length), top2: share(top2Hits, own.length), top1Hits, top2Hits },
      ];
    }),
  );
  return {
    cases: n,
    top1: share(predictions.filter((p) => p.predicted[0] === p.actual).length, n),
    top2: share(predictions.filter((p) => p.predicted.slice(0, 2).includes(p.actual)).length, n),
    baseRate: share(predictions.filter((p) => p.baseline === p.actual).length, n),
    baseRateTop2: share(predictions.filter((p) => p.baselineTop2.includes(p.actual)).length, n),
    confusion,
    perMode,
    predictions,
  };
}

export type LeaveOneOutResult = {
  /** The whole selection (family, offsets, λ) repeated on each training set: the honest figure. */
  nested: BacktestSummary;
  /** Each family kept fixed (only λ chosen inside): for comparison; picking the best of these would itself be selection. */
  byFamily: Record<string, BacktestSummary>;
};

/**
 * Leave-one-out backtest: for each case, the inner cross-validation chooses the model on the other
 * cases only, the choice is fitted on them, and the held-out case is ranked with it. The baseline
 * names the most common modes of those same training cases. Nothing about the held-out case
 * reaches its own prediction.
 */
export function leaveOneOutBacktest(
  effects: readonly FitEffect[],
  modes: readonly string[],
  cases: readonly CalibrationCase[],
  specs: readonly ModelSpec[] = modelSpecs(),
  optimizer: OptimizerSettings = DEFAULT_OPTIMIZER,
  innerFolds = INNER_FOLDS,
): LeaveOneOutResult {
  const d = design(effects, modes);
  const all = data(d, effects, cases);
  const families = [...new Set(specs.map(familyKey))];
  const nested: BacktestPrediction[] = [];
  const byFamily = new Map<string, BacktestPrediction[]>(families.map((f) => [f, []]));
  cases.forEach((held, h) => {
    const trainIdx = cases.map((_, i) => i).filter((i) => i !== h);
    const train = subset(d, all, trainIdx);
    const cv = crossValidate(d, specs, train, innerFolds, optimizer);
    const base = baselineOf(
      trainIdx.map((i) => cases[i]!),
      modes,
    );
    const models = new Map<number, CalibratedModel>();
    const modelOf = (i: number) => {
      if (!models.has(i)) {
        const { g, l, theta } = fitAsSelected(d, specs, i, train, optimizer);
        models.set(i, toModel(d, specs[i]!, g, l, theta));
      }
      return models.get(i)!;
    };
    const rankWith = (i: number) => rankModes(effects, modes, held, modelOf(i));
    const overall = choose(
      cv,
      specs.map((_, i) => i),
    );
    nested.push({
      caseId: held.id,
      actual: held.mode,
      predicted: rankWith(overall),
      ...base,
      chosenFamily: familyKey(specs[overall]!),
      scores: scoreModes(effects, modes, held, modelOf(overall)),
    });
    for (const f of families) {
      const i = choose(
        cv,
        specs.flatMap((s, j) => (familyKey(s) === f ? [j] : [])),
      );
      byFamily.get(f)!.push({ caseId: held.id, actual: held.mode, predicted: rankWith(i), ...base });
    }
  });
  return {
    nested: summarize(modes, nested),
    byFamily: Object.fromEntries(families.map((f) => [f, summarize(modes, byFamily.get(f)!)])),
  };
}

/** The hand-set table scored on every case (it was written without these cases, except Alibaba's). */
export function handSetBacktest(
  effects: readonly FitEffect[],
  modes: readonly string[],
  cases: readonly CalibrationCase[],
): BacktestSummary {
  return summarize(
    modes,
    cases.map((c) => ({
      caseId: c.id,
      actual: c.mode,
      predicted: rankModes(effects, modes, c, null),
      ...baselineOf(
        cases.filter((x) => x !== c),
        modes,
      ),
    })),
  );
}

/** A fitted model scored on the very cases it was fitted on: in sample, an upper bound, not a test. */
export function inSampleFit(
  effects: readonly FitEffect[],
  modes: readonly string[],
  cases: readonly CalibrationCase[],
  model: CalibratedModel,
): BacktestSummary {
  const base = baselineOf(cases, modes);
  return summarize(
    modes,
    cases.map((c) => ({ caseId: c.id, actual: c.mode, predicted: rankModes(effects, modes, c, model), ...base })),
  );
}

/**
 * The documented entries nearest to a firm and market in factor space: Euclidean distance over
 * the factors both have a rating for (unknown = not compared), scaled by how many factors were
 * compared so that sparsely rated cases do not look near by default; cases sharing fewer than
 * `minShared` factors are left out.
 */
export function similarCases<C extends CalibrationCase>(
  query: Readonly<Record<string, number>>,
  cases: readonly C[],
  count = 3,
  minShared = 6,
): { case: C; distance: number; shared: number }[] {
  return cases
    .map((c) => {
      const shared = Object.keys(c.factors).filter((f) => query[f] !== undefined && Number.isFinite(query[f]));
      const sum = shared.reduce((s, f) => s + (clampToScale(query[f]!) - clampToScale(c.factors[f]!)) ** 2, 0);
      return {
        case: c,
        shared: shared.length,
        distance: shared.length > 0 ? Math.sqrt(sum / shared.length) : Infinity,
      };
    })
    .filter((x) => x.shared >= minShared)
    .sort((x, y) => x.distance - y.distance || x.case.id.localeCompare(y.case.id))
    .slice(0, count);
}
