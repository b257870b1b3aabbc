import { centered, clampToScale, type FitEffect, NEUTRAL_FACTOR_VALUE } from "./factors";

// Calibrating the entry-mode effects on documented entries, and measuring the model on entries it
// has not seen (docs/decisions/012-entry-mode-calibration.md).
//
// The model is the one of decision record 005: a mode's fit is the strength-weighted mean of its
// rows' pushes, u_m = Σ_r w_r·a_r / Σ_r w_r with a_r = ±(v_f − 3)/2 (the sign is the row's
// theory-given direction). Calibration keeps that form and every row's sign (w_r ≥ 0) and fits
// the strengths w by penalized maximum likelihood of a multinomial logit on the fits,
// P(mode m | case) ∝ exp(τ·u_m), with a ridge penalty pulling each w_r towards its hand-set
// strength: a small library cannot outvote the theory, only correct it.

/** One documented entry, as the model sees it: the mode chosen and the factor ratings known. */
export type CalibrationCase = {
  id: string;
  mode: string;
  /** Factor key → rating 1-5; a factor without a rating is unknown and read as the neutral 3. */
  factors: Readonly<Record<string, number>>;
};

export type CalibrationSettings = {
  /** Ridge weight towards the hand-set strengths (per row, on the squared difference). */
  lambda: number;
  /** Logit scale τ on the fits u ∈ [-1, 1]. */
  temperature: number;
  /** Projected gradient steps, and the step size. */
  iterations: number;
  stepSize: number;
};

export const DEFAULT_CALIBRATION_GRID: readonly Pick<CalibrationSettings, "lambda" | "temperature">[] = [
  0.3, 1, 3, 10,
].flatMap((lambda) => [4, 8, 16].map((temperature) => ({ lambda, temperature })));

export const DEFAULT_OPTIMIZER = { iterations: 400, stepSize: 0.05 } as const;

type Row = { factor: string; sign: 1 | -1; mode: number; prior: number };

/** The entry-mode rows of the effects table, indexed for the optimizer. */
function modeRows(effects: readonly FitEffect[], modes: readonly string[]): Row[] {
  return effects
    .filter((e) => e.targetKind === "entry_mode" && modes.includes(e.target))
    .map((e) => ({
      factor: e.factor,
      sign: e.direction === "raises" ? 1 : -1,
      mode: modes.indexOf(e.target),
      prior: Math.abs(e.strength),
    }));
}

function ratingOf(c: CalibrationCase, factor: string): number {
  const v = c.factors[factor];
  return v === undefined || !Number.isFinite(v) ? NEUTRAL_FACTOR_VALUE : clampToScale(v);
}

/** a_r for every row and case: the row's signed push, before its strength. */
function pushes(rows: readonly Row[], cases: readonly CalibrationCase[]): Float64Array[] {
  return cases.map((c) => Float64Array.from(rows, (r) => r.sign * centered(ratingOf(c, r.factor))));
}

/** u_m = Σ w·a / Σ w over the mode's rows; a mode whose strengths are all 0 fits neutrally (0). */
function fits(rows: readonly Row[], modeCount: number, w: ArrayLike<number>, a: ArrayLike<number>) {
  const num = new Float64Array(modeCount);
  const den = new Float64Array(modeCount);
  rows.forEach((r, i) => {
    num[r.mode]! += w[i]! * a[i]!;
    den[r.mode]! += w[i]!;
  });
  return { u: Float64Array.from(num, (n, m) => (den[m]! > 0 ? n / den[m]! : 0)), den };
}

function softmax(u: ArrayLike<number>, temperature: number): Float64Array {
  let max = -Infinity;
  for (let m = 0; m < u.length; m++) max = Math.max(max, temperature * u[m]!);
  const e = Float64Array.from({ length: u.length }, (_, m) => Math.exp(temperature * u[m]! - max));
  const sum = e.reduce((s, x) => s + x, 0);
  return e.map((x) => x / sum);
}

/**
 * The penalized negative log-likelihood and its gradient in w (exported for the gradient test):
 * L = −Σ_cases log P(chosen) + λ Σ_r (w_r − s_r)².
 */
export function objective(
  effects: readonly FitEffect[],
  modes: readonly string[],
  cases: readonly CalibrationCase[],
  strengths: readonly number[],
  settings: Pick<CalibrationSettings, "lambda" | "temperature">,
): { value: number; gradient: number[] } {
  const rows = modeRows(effects, modes);
  return objectiveOnRows(rows, modes.length, pushes(rows, cases), modeIndexes(cases, modes), strengths, settings);
}

function modeIndexes(cases: readonly CalibrationCase[], modes: readonly string[]): number[] {
  return cases.map((c) => {
    const m = modes.indexOf(c.mode);
    if (m < 0) throw new Error(`case ${c.id}: unknown entry mode "${c.mode}"`);
    return m;
  });
}

function objectiveOnRows(
  rows: readonly Row[],
  modeCount: number,
  a: readonly Float64Array[],
  chosen: readonly number[],
  theta: readonly number[],
  { lambda, temperature }: Pick<CalibrationSettings, "lambda" | "temperature">,
): { value: number; gradient: number[] } {
  // theta = the rows' strengths, then one offset per mode (ridge towards 0: no mode is favoured
  // unless the cases say so).
  const w = theta.slice(0, rows.length);
  const b = theta.slice(rows.length);
  let value = 0;
  const gradient = [...rows.map((r, i) => 2 * lambda * (w[i]! - r.prior)), ...b.map((x) => 2 * lambda * x)];
  rows.forEach((r, i) => (value += lambda * (w[i]! - r.prior) ** 2));
  b.forEach((x) => (value += lambda * x ** 2));
  a.forEach((ac, k) => {
    const { u, den } = fits(rows, modeCount, w, ac);
    const p = softmax(withOffsets(u, b), temperature);
    value -= Math.log(Math.max(p[chosen[k]!]!, 1e-300));
    // ∂L/∂u_m = τ(p_m − [m = chosen]); ∂u_m/∂w_r = (a_r − u_m) / Σw_m for the mode's rows; ∂u_m/∂b_m = 1.
    rows.forEach((r, i) => {
      if (den[r.mode]! <= 0) return;
      const dLdu = temperature * (p[r.mode]! - (r.mode === chosen[k] ? 1 : 0));
      gradient[i]! += (dLdu * (ac[i]! - u[r.mode]!)) / den[r.mode]!;
    });
    b.forEach((_, m) => (gradient[rows.length + m]! += temperature * (p[m]! - (m === chosen[k] ? 1 : 0))));
  });
  return { value, gradient };
}

function withOffsets(u: Float64Array, b: readonly number[]): Float64Array {
  return u.map((x, m) => x + (b[m] ?? 0));
}

/**
 * Fits the strengths by projected gradient descent from the hand-set ones (w ≥ 0 keeps each row's
 * theory-given sign; a row may fall to 0, i.e. the cases do not support it). Deterministic.
 */
export function calibrateStrengths(
  effects: readonly FitEffect[],
  modes: readonly string[],
  cases: readonly CalibrationCase[],
  settings: CalibrationSettings,
): CalibratedModel {
  const rows = modeRows(effects, modes);
  const theta = fitRows(rows, modes.length, pushes(rows, cases), modeIndexes(cases, modes), settings);
  return toModel(effects, modes, rows, theta);
}

/** Calibrated strengths per effect id, and an offset per mode added to its fit (u ∈ [-1, 1] scale). */
export type CalibratedModel = { strengths: Map<string, number>; offsets: Map<string, number> };

function toModel(effects: readonly FitEffect[], modes: readonly string[], rows: readonly Row[], theta: readonly number[]): CalibratedModel {
  const ids = effects.filter((e) => e.targetKind === "entry_mode" && modes.includes(e.target)).map((e) => e.id);
  return {
    strengths: new Map(ids.map((id, i) => [id, theta[i]!])),
    offsets: new Map(modes.map((m, i) => [m, theta[rows.length + i] ?? 0])),
  };
}

function fitRows(
  rows: readonly Row[],
  modeCount: number,
  a: readonly Float64Array[],
  chosen: readonly number[],
  settings: CalibrationSettings,
): number[] {
  let theta = [...rows.map((r) => r.prior), ...Array.from({ length: modeCount }, () => 0)];
  // Plain gradient steps scaled by the number of cases keep the step size meaningful whatever the
  // library's size; with the ridge term the problem is smooth and the steps converge. Strengths are
  // projected onto w >= 0 (the theory's sign); offsets are free.
  const scale = 1 / Math.max(1, a.length);
  for (let t = 0; t < settings.iterations; t++) {
    const { gradient } = objectiveOnRows(rows, modeCount, a, chosen, theta, settings);
    theta = theta.map((x, i) => {
      const next = x - settings.stepSize * scale * gradient[i]!;
      return i < rows.length ? Math.max(0, next) : next;
    });
  }
  return theta;
}

/** Modes ranked by fit for one case under the given strengths (ties keep the modes' order). */
export function rankModes(
  effects: readonly FitEffect[],
  modes: readonly string[],
  c: CalibrationCase,
  model: CalibratedModel | null,
): string[] {
  const modeEffects = effects.filter((e) => e.targetKind === "entry_mode" && modes.includes(e.target));
  const rows = modeRows(modeEffects, modes);
  const w = modeEffects.map((e) => model?.strengths.get(e.id) ?? Math.abs(e.strength));
  const { u } = fits(rows, modes.length, w, pushes(rows, [c])[0]!);
  return modes
    .map((mode, index) => ({ mode, index, u: u[index]! + (model?.offsets.get(mode) ?? 0) }))
    .sort((x, y) => y.u - x.u || x.index - y.index)
    .map((x) => x.mode);
}

export type BacktestPrediction = { caseId: string; actual: string; predicted: string[]; baseline: string };

export type BacktestSummary = {
  cases: number;
  /** Share of held-out cases whose actual mode is ranked first / in the first two. */
  top1: number;
  top2: number;
  /** Always naming the most common mode of the training cases, out of sample. */
  baseRate: number;
  /** Actual mode → predicted first mode → count. */
  confusion: Record<string, Record<string, number>>;
  perMode: Record<string, { cases: number; top1: number; top2: number }>;
  predictions: BacktestPrediction[];
};

/** The most common mode among the cases; ties go to the mode listed first. */
export function mostCommonMode(cases: readonly CalibrationCase[], modes: readonly string[]): string {
  const counts = modes.map((m) => cases.filter((c) => c.mode === m).length);
  return modes[counts.indexOf(Math.max(...counts))]!;
}

export function summarize(modes: readonly string[], predictions: BacktestPrediction[]): BacktestSummary {
  const n = predictions.length;
  const share = (k: number, of: number) => (of === 0 ? 0 : k / of);
  const confusion = Object.fromEntries(modes.map((m) => [m, Object.fromEntries(modes.map((p) => [p, 0]))]));
  for (const p of predictions) confusion[p.actual]![p.predicted[0]!]! += 1;
  const perMode = Object.fromEntries(
    modes.map((m) => {
      const own = predictions.filter((p) => p.actual === m);
      return [
        m,
        {
          cases: own.length,
          top1: share(own.filter((p) => p.predicted[0] === m).length, own.length),
          top2: share(own.filter((p) => p.predicted.slice(0, 2).includes(m)).length, own.length),
        },
      ];
    }),
  );
  return {
    cases: n,
    top1: share(predictions.filter((p) => p.predicted[0] === p.actual).length, n),
    top2: share(predictions.filter((p) => p.predicted.slice(0, 2).includes(p.actual)).length, n),
    baseRate: share(predictions.filter((p) => p.baseline === p.actual).length, n),
    confusion,
    perMode,
    predictions,
  };
}

/** Deterministic k folds: cases in the given order dealt round-robin. */
export function folds<T>(items: readonly T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: Math.min(k, items.length) }, () => []);
  items.forEach((item, i) => out[i % out.length]!.push(item));
  return out;
}

/**
 * Picks λ and τ by k-fold cross-validated log-likelihood on the given (training) cases only, then
 * fits the strengths on all of them with that choice.
 */
export function selectAndCalibrate(
  effects: readonly FitEffect[],
  modes: readonly string[],
  cases: readonly CalibrationCase[],
  grid: readonly Pick<CalibrationSettings, "lambda" | "temperature">[] = DEFAULT_CALIBRATION_GRID,
  optimizer: Pick<CalibrationSettings, "iterations" | "stepSize"> = DEFAULT_OPTIMIZER,
  innerFolds = 5,
): { model: CalibratedModel; settings: CalibrationSettings; crossValidatedLogLoss: number } {
  const rows = modeRows(effects, modes);
  const a = pushes(rows, cases);
  const chosen = modeIndexes(cases, modes);
  const indexFolds = folds(
    cases.map((_, i) => i),
    innerFolds,
  );
  let best: { settings: CalibrationSettings; loss: number } | null = null;
  for (const g of grid) {
    const settings = { ...g, ...optimizer };
    let loss = 0;
    for (const held of indexFolds) {
      const train = cases.map((_, i) => i).filter((i) => !held.includes(i));
      const theta = fitRows(
        rows,
        modes.length,
        train.map((i) => a[i]!),
        train.map((i) => chosen[i]!),
        settings,
      );
      for (const i of held) {
        const u = fits(rows, modes.length, theta.slice(0, rows.length), a[i]!).u;
        const p = softmax(withOffsets(u, theta.slice(rows.length)), settings.temperature);
        loss -= Math.log(Math.max(p[chosen[i]!]!, 1e-300));
      }
    }
    loss /= cases.length;
    if (!best || loss < best.loss - 1e-12) best = { settings, loss };
  }
  const settings = best!.settings;
  return {
    model: calibrateStrengths(effects, modes, cases, settings),
    settings,
    crossValidatedLogLoss: best!.loss,
  };
}

/**
 * Leave-one-out backtest: for each case, the strengths (and λ, τ) are chosen and fitted on the
 * other cases only, and the held-out case is ranked with them. The baseline names the most common
 * mode of those same training cases. Nothing about the held-out case reaches its own prediction.
 */
export function leaveOneOutBacktest(
  effects: readonly FitEffect[],
  modes: readonly string[],
  cases: readonly CalibrationCase[],
  grid?: readonly Pick<CalibrationSettings, "lambda" | "temperature">[],
  optimizer?: Pick<CalibrationSettings, "iterations" | "stepSize">,
  innerFolds?: number,
): BacktestSummary {
  const predictions = cases.map((held) => {
    const train = cases.filter((c) => c !== held);
    const { model } = selectAndCalibrate(effects, modes, train, grid, optimizer, innerFolds);
    return {
      caseId: held.id,
      actual: held.mode,
      predicted: rankModes(effects, modes, held, model),
      baseline: mostCommonMode(train, modes),
    };
  });
  return summarize(modes, predictions);
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
      baseline: mostCommonMode(
        cases.filter((x) => x !== c),
        modes,
      ),
    })),
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
      return { case: c, shared: shared.length, distance: shared.length > 0 ? Math.sqrt(sum / shared.length) : Infinity };
    })
    .filter((x) => x.shared >= minShared)
    .sort((x, y) => x.distance - y.distance || x.case.id.localeCompare(y.case.id))
    .slice(0, count);
}
